"""Cluster organisations: profile rules shared by the services, imports, demonstration seed."""
