"""Create and drop databases, and read the migrated revision: chores of the CLI and the tests."""

from __future__ import annotations

import asyncpg
from sqlalchemy.engine import URL

from eco_core.db.url import async_url


def _connect_kwargs(url: URL, database: str) -> dict[str, object]:
    kwargs: dict[str, object] = {"database": database, "user": url.username or "postgres"}
    if url.password:
        kwargs["password"] = url.password
    # A Unix socket directory travels in the query string (?host=/path) for the embedded server.
    host = url.query.get("host") or url.host
    if host:
        kwargs["host"] = host if isinstance(host, str) else host[0]
    if url.port:
        kwargs["port"] = url.port
    return kwargs


async def _admin_connection(url: URL) -> asyncpg.Connection:
    return await asyncpg.connect(**_connect_kwargs(url, "postgres"), timeout=10)


async def database_exists(url: str | URL) -> bool:
    target = async_url(url)
    conn = await _admin_connection(target)
    try:
        found = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", target.database)
    finally:
        await conn.close()
    return bool(found)


async def create_database(url: str | URL) -> bool:
    """Create the URL's database if it does not exist; True when it was created."""
    target = async_url(url)
    if await database_exists(target):
        return False
    conn = await _admin_connection(target)
    try:
        name = target.database or "eco"
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return True


async def drop_database(url: str | URL) -> None:
    target = async_url(url)
    conn = await _admin_connection(target)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)')
    finally:
        await conn.close()
