"""NUTS regions across classification versions, shared by every service."""
