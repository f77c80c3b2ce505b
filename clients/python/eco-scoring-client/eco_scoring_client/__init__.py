"""A client library for accessing European Cluster Observatory: scoring"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
