from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    RowMapping,
    Select,
    and_,
    case,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_api.sectors.schemas import SECTOR_COLUMNS, SectorFilter, SectorSubtree
from eco_core.db.name_search import ranked_by_name
from eco_core.db.session import ReadConnection
from eco_core.models import NaceActivity

_activity = NaceActivity.__table__
_columns = [_activity.c[name] for name in SECTOR_COLUMNS]


def filtered(where: SectorFilter, after: Sequence[Any] | None = None) -> Select[Any]:
    """The list's statement: filters and a stable order (rank first when searching), from
    the keyset ``after`` on."""
    stmt = select(*_columns)
    if where.level is not None:
        stmt = stmt.where(_activity.c.level == where.level)
    if where.parent_code is not None:
        stmt = stmt.where(_activity.c.parent_code == where.parent_code)
    if where.section is not None:
        stmt = stmt.where(_activity.c.section == where.section)
    if where.query is None:
        if after is not None:
            stmt = stmt.where(_activity.c.code > after[0])
        return stmt.order_by(_activity.c.code)
    return ranked_by_name(stmt, _activity.c.name_search, where.query, "code", after)


def _public(stmt: Select[Any]) -> Select[Any]:
    """Only the columns a client sees (a search adds its ranks)."""
    return stmt.with_only_columns(*(stmt.selected_columns[name] for name in SECTOR_COLUMNS))


class SectorRepository:
    """Reads public reference data with Core queries on an autocommit connection."""

    def __init__(self, connection: ReadConnection, engine: AsyncEngine | None = None) -> None:
        self.connection = connection
        # For exports, which stream after the request's connection is gone.
        self.engine = engine

    async def get(self, code: str) -> RowMapping | None:
        stmt = select(*_columns).where(_activity.c.code == code)
        return (await self.connection.execute(stmt)).mappings().one_or_none()

    async def list(
        self, where: SectorFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        stmt = filtered(where, after).limit(limit + 1)
        return (await self.connection.execute(stmt)).mappings().all()

    async def stream(self, where: SectorFilter) -> AsyncIterator[dict[str, Any]]:
        assert self.engine is not None
        stmt = _public(filtered(where))
        # Not the autocommit read engine: asyncpg opens a server-side cursor only inside a
        # transaction.
        async with self.engine.connect() as conn:
            result = await conn.stream(stmt.execution_options(yield_per=500))
            # Plain str keys: the names of a union's columns are a str subclass, which
            # orjson refuses as keys.
            async for row in result:
                yield dict(zip(SECTOR_COLUMNS, row, strict=True))

    async def chain(self, code: str, lineage: Sequence[str]) -> Sequence[RowMapping]:
        """``code``, the codes of its ``lineage`` and its section, from the section down."""
        section_of_code = select(_activity.c.section).where(_activity.c.code == code)
        stmt = (
            select(*_columns)
            .where(
                or_(
                    _activity.c.code.in_(lineage),
                    _activity.c.code == section_of_code.scalar_subquery(),
                )
            )
            .order_by(_activity.c.level)
        )
        return (await self.connection.execute(stmt)).mappings().all()

    async def subtree(
        self, tree: SectorSubtree, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        """The root first (so that a missing root is told from a leaf), then a page of the
        codes below it, by code."""
        root = _activity.c.code == tree.code
        below: ColumnElement[bool] = and_(
            _activity.c.level >= tree.min_level, _activity.c.level <= tree.max_level
        )
        if after is not None:
            below = and_(below, _activity.c.code > after[0])
        # A section's codes are not prefixed by its letter; the others' are by their own code.
        scope = (
            _activity.c.section == tree.code
            if tree.code.isalpha()
            else _activity.c.code.startswith(tree.code, autoescape=True)
        )
        stmt = (
            select(*_columns)
            .where(scope, or_(root, below))
            .order_by(case((root, 0), else_=1), _activity.c.code)
            .limit(limit + 2)
        )
        return (await self.connection.execute(stmt)).mappings().all()
