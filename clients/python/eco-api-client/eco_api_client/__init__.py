"""A client library for accessing European Cluster Observatory: cluster data"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
