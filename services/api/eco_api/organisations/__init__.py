"""The organisations domain of the cluster data service."""
