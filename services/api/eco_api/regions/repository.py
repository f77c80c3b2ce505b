from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from typing import Any

from asyncpg import Record
from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    RowMapping,
    Select,
    SmallInteger,
    String,
    and_,
    bindparam,
    case,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncEngine

from eco_api.regions.schemas import READ_FIELDS, REGION_COLUMNS, RegionFilter, Subtree
from eco_core.db.name_search import ranked_by_name
from eco_core.db.session import ReadConnection
from eco_core.models import NutsCorrespondence, NutsRegion
from eco_core.types import NutsVersion

_region = NutsRegion.__table__
_link = NutsCorrespondence.__table__
_columns = [_region.c[name] for name in REGION_COLUMNS]
_ALL_VERSIONS = [int(v) for v in NutsVersion]

# The hottest reads, as SQL the driver runs itself (ReadConnection.fetch): a statement
# built with SQLAlchemy costs more CPU to key, compile and process than the query costs
# the database. Columns in RegionRead's order, so the rows serialise as they are. (Built
# from constants of this module only, never from input: S608 does not apply.)
_FIELDS = ", ".join(READ_FIELDS)
_GET_ONE = f"SELECT {_FIELDS} FROM nuts_region WHERE nuts_version = $1 AND nuts_id = $2"  # noqa: S608
# The versions are listed: the primary key (version, code) then serves the lookup by code.
_VERSIONS = ", ".join(map(str, _ALL_VERSIONS))
_IN_VERSIONS = f"""
SELECT {_FIELDS} FROM nuts_region WHERE nuts_version IN ({_VERSIONS}) AND nuts_id = $1
ORDER BY nuts_version
"""  # noqa: S608
# Correspondence rows from and to a code (see RegionRepository.links), each side by its
# own index.
_LINKS = f"""
SELECT c.from_version AS nuts_version, 'successor' AS direction,
       c.to_version AS other_version, c.to_id AS other_id, o.name AS other_name, c.change
FROM nuts_correspondence c
LEFT JOIN nuts_region o ON o.nuts_version = c.to_version AND o.nuts_id = c.to_id
WHERE c.from_version IN ({_VERSIONS}) AND c.from_id = $1
UNION ALL
SELECT c.to_version, 'predecessor', c.from_version, c.from_id, o.name, c.change
FROM nuts_correspondence c
LEFT JOIN nuts_region o ON o.nuts_version = c.from_version AND o.nuts_id = c.from_id
WHERE c.to_version IN ({_VERSIONS}) AND c.to_id = $1
ORDER BY 1, 2, 3, 4
"""  # noqa: S608


def filtered(where: RegionFilter, after: Sequence[Any] | None = None) -> Select[Any]:
    """The list's statement: filters and a stable order (rank first when searching), from
    the keyset ``after`` on."""
    stmt = select(*_columns).where(_region.c.nuts_version == where.nuts_version)
    if where.level is not None:
        stmt = stmt.where(_region.c.level == where.level)
    if where.country_code is not None:
        stmt = stmt.where(_region.c.country_code == where.country_code)
    if where.parent_id is not None:
        stmt = stmt.where(_region.c.parent_id == where.parent_id)
    if where.query is None:
        if after is not None:
            stmt = stmt.where(_region.c.nuts_id > after[0])
        return stmt.order_by(_region.c.nuts_id)
    return ranked_by_name(stmt, _region.c.name_search, where.query, "nuts_id", after)


# The filters of a list, and a page's cursor parts, as bound parameters of a statement
# built once per shape (``_page_statement``); the values go with each execution.
_BOUND = RegionFilter(
    nuts_version=bindparam("nuts_version", type_=SmallInteger),  # type: ignore[arg-type]
    level=bindparam("level", type_=SmallInteger),  # type: ignore[arg-type]
    country_code=bindparam("country_code", type_=String),  # type: ignore[arg-type]
    parent_id=bindparam("parent_id", type_=String),  # type: ignore[arg-type]
    query=bindparam("query", type_=String),  # type: ignore[arg-type]
)
_AFTER_CODE = (bindparam("after_code", type_=String),)
_AFTER_RANKED = (
    bindparam("after_tier", type_=BigInteger),
    bindparam("after_rank", type_=BigInteger),
    bindparam("after_code", type_=String),
)


@functools.cache
def _page_statement(
    level: bool, country: bool, parent: bool, query: bool, after: bool
) -> Select[Any]:
    """A page of the list for one combination of filters, built once: building the search
    statement (its CTE, union and column collections) cost ~5 ms of CPU per request, far
    more than the database spent on it. Its cache key is computed once too."""
    shape = replace(
        _BOUND,
        level=_BOUND.level if level else None,
        country_code=_BOUND.country_code if country else None,
        parent_id=_BOUND.parent_id if parent else None,
        query=_BOUND.query if query else None,
    )
    keyset = (_AFTER_RANKED if query else _AFTER_CODE) if after else None
    return filtered(shape, keyset).limit(bindparam("row_limit", type_=Integer))


def _page_values(where: RegionFilter, after: Sequence[Any] | None, limit: int) -> dict[str, Any]:
    values: dict[str, Any] = {
        "nuts_version": where.nuts_version,
        "level": where.level,
        "country_code": where.country_code,
        "parent_id": where.parent_id,
        "query": where.query,
        "row_limit": limit,
    }
    if after is not None:
        if where.query is None:
            values["after_code"] = after[0]
        else:
            values["after_tier"], values["after_rank"], values["after_code"] = after
    return {k: v for k, v in values.items() if v is not None}


def _public(stmt: Select[Any]) -> Select[Any]:
    """Only the columns a client sees (a search adds its ranks)."""
    return stmt.with_only_columns(*(stmt.selected_columns[name] for name in REGION_COLUMNS))


class RegionRepository:
    """Reads public reference data with Core queries on an autocommit connection."""

    def __init__(self, connection: ReadConnection, engine: AsyncEngine | None = None) -> None:
        self.connection = connection
        # For exports, which stream after the request's connection is gone.
        self.engine = engine

    async def get(self, nuts_version: int, nuts_id: str) -> RowMapping | None:
        stmt = select(*_columns).where(
            _region.c.nuts_version == nuts_version, _region.c.nuts_id == nuts_id
        )
        return (await self.connection.execute(stmt)).mappings().one_or_none()

    async def get_record(self, nuts_version: int, nuts_id: str) -> Record | None:
        """The region's READ_FIELDS (and ``kind``), read by the driver; None if absent."""
        rows = await self.connection.fetch(_GET_ONE, nuts_version, nuts_id)
        return rows[0] if rows else None

    async def in_versions_records(self, nuts_id: str) -> list[Record]:
        """``in_versions`` read by the driver: the code in every version that has it."""
        return await self.connection.fetch(_IN_VERSIONS, nuts_id)

    async def links_records(self, nuts_id: str) -> list[Record]:
        """``links`` read by the driver, in the same order."""
        return await self.connection.fetch(_LINKS, nuts_id)

    async def list(
        self, where: RegionFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        stmt = _page_statement(
            where.level is not None,
            where.country_code is not None,
            where.parent_id is not None,
            where.query is not None,
            after is not None,
        )
        values = _page_values(where, after, limit + 1)
        return (await self.connection.execute(stmt, values)).mappings().all()

    async def stream(self, where: RegionFilter) -> AsyncIterator[dict[str, Any]]:
        assert self.engine is not None
        stmt = _public(filtered(where))
        # Not the autocommit read engine: asyncpg opens a server-side cursor only inside a
        # transaction.
        async with self.engine.connect() as conn:
            result = await conn.stream(stmt.execution_options(yield_per=500))
            # Plain str keys: the names of a union's columns are a str subclass, which
            # orjson refuses as keys.
            async for row in result:
                yield dict(zip(REGION_COLUMNS, row, strict=True))

    async def get_many(self, nuts_version: int, nuts_ids: Sequence[str]) -> Sequence[RowMapping]:
        stmt = (
            select(*_columns)
            .where(_region.c.nuts_version == nuts_version, _region.c.nuts_id.in_(nuts_ids))
            .order_by(_region.c.nuts_id)
        )
        return (await self.connection.execute(stmt)).mappings().all()

    async def chain(self, nuts_version: int, nuts_ids: Sequence[str]) -> Sequence[RowMapping]:
        """The named regions (a code and its prefixes), from the country down."""
        stmt = (
            select(*_columns)
            .where(_region.c.nuts_version == nuts_version, _region.c.nuts_id.in_(nuts_ids))
            .order_by(_region.c.level)
        )
        return (await self.connection.execute(stmt)).mappings().all()

    async def subtree(
        self, tree: Subtree, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        """The root region first (so that a missing root is told from a leaf), then a page of
        the regions below it, by code."""
        root = _region.c.nuts_id == tree.nuts_id
        below: ColumnElement[bool] = and_(
            _region.c.level >= tree.min_level, _region.c.level <= tree.max_level
        )
        if after is not None:
            below = and_(below, _region.c.nuts_id > after[0])
        stmt = (
            select(*_columns)
            .where(
                _region.c.nuts_version == tree.nuts_version,
                # The country code keeps the (version, country, level) index in play.
                _region.c.country_code == tree.nuts_id[:2],
                _region.c.nuts_id.startswith(tree.nuts_id, autoescape=True),
                or_(root, below),
            )
            .order_by(case((root, 0), else_=1), _region.c.nuts_id)
            .limit(limit + 2)
        )
        return (await self.connection.execute(stmt)).mappings().all()
