"""Definition sets in the database: the writes the seeder and the upload share, and activation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.definitions.content import DefinitionDraft, SetMetadata
from eco_core.imports.report import ImportReport
from eco_core.models import Definition, DefinitionCode, DefinitionSet, ImportRun, NaceActivity

_set = cast(Table, DefinitionSet.__table__)
_definition = cast(Table, Definition.__table__)
_code = cast(Table, DefinitionCode.__table__)
_nace = cast(Table, NaceActivity.__table__)
_import_run = cast(Table, ImportRun.__table__)
_BATCH = 2_000  # rows per INSERT: well under asyncpg's 32,767 bind parameters


@dataclass(frozen=True)
class StoredSet:
    id: int
    version: str
    sha256: str
    is_active: bool


async def nace_parents(conn: AsyncConnection) -> dict[str, str | None]:
    """Every NACE code the database knows, with its parent: what a definition may name."""
    rows = await conn.execute(select(_nace.c.code, _nace.c.parent_code))
    return {row.code: row.parent_code for row in rows}


async def find_set(conn: AsyncConnection, version: str) -> StoredSet | None:
    row = (
        await conn.execute(
            select(_set.c.id, _set.c.version, _set.c.sha256, _set.c.is_active).where(
                _set.c.version == version
            )
        )
    ).one_or_none()
    return None if row is None else StoredSet(row.id, row.version, row.sha256, row.is_active)


async def lock_version(conn: AsyncConnection, version: str) -> None:
    """Two uploads of the same new version at once: the second waits, then finds the first."""
    await conn.execute(
        text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
        {"key": f"eco.definition_set:{version}"},
    )


async def insert_set(
    conn: AsyncConnection,
    meta: SetMetadata,
    sha256: str,
    definitions: list[DefinitionDraft],
    *,
    created_by: uuid.UUID | None,
) -> int:
    set_id = await conn.scalar(
        insert(_set)
        .values(
            version=meta.version,
            title=meta.title,
            description=meta.description,
            source=meta.source,
            sha256=sha256,
            created_by=created_by,
        )
        .returning(_set.c.id)
    )
    assert set_id is not None
    definition_rows = [
        {
            "set_id": set_id,
            "kind": d.kind,
            "slug": d.slug,
            "name": d.name,
            "description": d.description,
        }
        for d in definitions
    ]
    code_rows = [
        {
            "set_id": set_id,
            "kind": d.kind,
            "slug": d.slug,
            "nace_code": c.nace_code,
            "weight": c.weight,
        }
        for d in definitions
        for c in d.codes
    ]
    await _insert_batches(conn, _definition, definition_rows)
    await _insert_batches(conn, _code, code_rows)
    return int(set_id)


async def _insert_batches(conn: AsyncConnection, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _BATCH):
        await conn.execute(insert(table), rows[start : start + _BATCH])


async def active_set(conn: AsyncConnection) -> StoredSet | None:
    row = (
        await conn.execute(
            select(_set.c.id, _set.c.version, _set.c.sha256, _set.c.is_active).where(
                _set.c.is_active
            )
        )
    ).one_or_none()
    return None if row is None else StoredSet(row.id, row.version, row.sha256, row.is_active)


@dataclass(frozen=True)
class Activation:
    changed: bool  # False when the set was already the active one
    previous_version: str | None


async def activate(conn: AsyncConnection, set_id: int) -> Activation:
    """Make the set the one scoring uses.

    Serialised by a lock: two activations at once would otherwise both switch off the old
    set and then collide on the single-active index.
    """
    await conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('eco.definition_set.active'))"))
    previous = await active_set(conn)
    if previous is not None and previous.id == set_id:
        return Activation(changed=False, previous_version=previous.version)
    if previous is not None:
        # Two statements: the unique index is checked row by row, not at the end.
        await conn.execute(update(_set).where(_set.c.id == previous.id).values(is_active=False))
    await conn.execute(update(_set).where(_set.c.id == set_id).values(is_active=True))
    return Activation(changed=True, previous_version=previous.version if previous else None)


async def record_import(
    conn: AsyncConnection,
    report: ImportReport,
    *,
    account_id: uuid.UUID | None,
    filename: str | None,
) -> None:
    assert report.import_id is not None
    await conn.execute(
        insert(_import_run).values(
            id=report.import_id,
            kind="definitions",
            account_id=account_id,
            target=report.target,
            filename=filename,
            sha256=report.sha256,
            mode=report.mode.value,
            rows_read=report.rows_read,
            rows_invalid=report.rows_invalid,
            inserted=report.inserted,
            updated=report.updated,
            unchanged=report.unchanged,
            report=report.model_dump(mode="json"),
        )
    )
