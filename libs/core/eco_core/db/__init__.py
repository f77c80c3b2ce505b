"""Database access shared by the services: declarative base, engine, request-scoped session."""
