"""The statistics domain of the cluster data service."""
