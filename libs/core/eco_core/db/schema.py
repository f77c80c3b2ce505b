"""The Alembic revision this code expects; /readyz compares it with the database's."""

from __future__ import annotations

# A test checks that this is the head of migrations/: bump it with every new migration.
SCHEMA_REVISION = "0018_statistics_series"
