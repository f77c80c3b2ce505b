"""A client library for accessing European Cluster Observatory: matchmaking"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
