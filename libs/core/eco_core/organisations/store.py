"""Write validated profiles by slug; a profile whose values are unchanged is not rewritten."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, func, literal_column, true, tuple_
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.models import ClusterOrganisation
from eco_core.organisations.delegation import acted_for_by
from eco_core.organisations.profile import PROFILE_FIELDS, Profile

_table = cast(Table, ClusterOrganisation.__table__)
# Rows per INSERT: 30 columns each stays far below asyncpg's 32,767 parameters.
_BATCH = 500
UPDATABLE = tuple(f for f in PROFILE_FIELDS if f != "slug")


@dataclass(frozen=True)
class Written:
    id: uuid.UUID
    slug: str
    owner_account_id: uuid.UUID
    revision: int
    inserted: bool


async def upsert_profiles(
    conn: AsyncConnection,
    profiles: Sequence[Profile],
    *,
    owner_id: uuid.UUID,
    may_write_any: bool,
    new_id: Callable[[Profile], uuid.UUID] = lambda _: uuid.uuid4(),
) -> list[Written]:
    """Insert new slugs (owned by ``owner_id``), update changed ones; return what was written.

    An existing row is updated only when its values differ (its revision goes up by one)
    and only when ``owner_id`` owns or manages it, or ``may_write_any``: the caller has already
    refused other accounts' slugs, so this is the guard against a race, not the check.
    """
    new_rows = insert(_table)
    excluded = new_rows.excluded
    owned = true() if may_write_any else acted_for_by(owner_id, _table)
    # One statement compiled once, sent with many parameter sets (SQLAlchemy batches them
    # into multi-row VALUES); building a literal VALUES list per batch costs seconds.
    stmt = new_rows.on_conflict_do_update(
        index_elements=["slug"],
        set_={
            **{c: excluded[c] for c in UPDATABLE},
            "revision": _table.c.revision + 1,
            "updated_at": func.now(),
        },
        where=owned
        & tuple_(*(_table.c[c] for c in UPDATABLE)).is_distinct_from(
            tuple_(*(excluded[c] for c in UPDATABLE))
        ),
    ).returning(
        _table.c.id,
        _table.c.slug,
        _table.c.owner_account_id,
        _table.c.revision,
        # xmax is 0 on a freshly inserted row version, set on an updated one.
        literal_column("(xmax = 0)").label("inserted"),
    )
    written: list[Written] = []
    for start in range(0, len(profiles), _BATCH):
        batch = profiles[start : start + _BATCH]
        rows = [{**pr.as_row(), "id": new_id(pr), "owner_account_id": owner_id} for pr in batch]
        result = await conn.execute(stmt, rows)
        written.extend(
            Written(r.id, r.slug, r.owner_account_id, r.revision, bool(r.inserted)) for r in result
        )
    return written
