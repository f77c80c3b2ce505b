"""The definitions domain of the cluster data service."""
