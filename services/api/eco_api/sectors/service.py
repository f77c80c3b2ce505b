from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping
from typing import Any

from sqlalchemy import RowMapping

from eco_api.sectors.codes import SectorCode, lineage
from eco_api.sectors.repository import SectorRepository
from eco_api.sectors.schemas import SectorFilter, SectorPage, SectorRead, SectorSubtree
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.reference.parse import nace_level

CLASS_LEVEL = 4


def subtree_levels(code: str, *, level: int | None, depth: int | None) -> tuple[int, int] | None:
    """The levels of a descendants query; None when they are not below the code."""
    own = nace_level(code)
    lowest = CLASS_LEVEL if depth is None else min(own + depth, CLASS_LEVEL)
    if level is not None:
        return (level, level) if own < level <= lowest else None
    return (own + 1, lowest) if own < CLASS_LEVEL else None


def _read(row: Mapping[Any, Any]) -> SectorRead:
    return SectorRead.model_validate(dict(row))


def _missing(wanted: SectorCode) -> Problem:
    if wanted.section is None:
        return not_found("NACE Rev. 2 code", wanted.code)
    return not_found(f"NACE Rev. 2 code in section {wanted.section}", wanted.code)


def _is(row: RowMapping | None, wanted: SectorCode) -> bool:
    """Whether ``row`` is the code asked for, in the section named with it if any."""
    if row is None or row["code"] != wanted.code:
        return False
    return wanted.section is None or row["section"] == wanted.section


class SectorService:
    def __init__(self, repository: SectorRepository) -> None:
        self.repository = repository

    async def get(self, wanted: SectorCode) -> SectorRead:
        sector = await self.repository.get(wanted.code)
        if not _is(sector, wanted):
            raise _missing(wanted)
        assert sector is not None
        return _read(sector)

    async def list(self, where: SectorFilter, page: PageParams) -> SectorPage:
        if where.query is None:
            after = page.key(str)
            key_of: Any = lambda r: (r["code"],)  # noqa: E731
        else:
            after = page.key(int, int, str)
            key_of = lambda r: (r["match_tier"], r["match_rank"], r["code"])  # noqa: E731
        rows = await self.repository.list(where, after=after, limit=page.limit)
        items, cursor = paginate(rows, page, key_of)
        return SectorPage(items=[_read(r) for r in items], next_cursor=cursor)

    def export_rows(self, where: SectorFilter) -> AsyncIterator[Mapping[str, Any]]:
        return self.repository.stream(where)

    async def ancestors(self, wanted: SectorCode) -> builtins.list[SectorRead]:
        rows = await self.repository.chain(wanted.code, lineage(wanted.code))
        if not rows or not _is(rows[-1], wanted):
            raise _missing(wanted)
        return [_read(r) for r in rows[:-1]]

    async def descendants(
        self,
        wanted: SectorCode,
        page: PageParams,
        *,
        level: int | None = None,
        depth: int | None = None,
    ) -> SectorPage:
        levels = subtree_levels(wanted.code, level=level, depth=depth)
        if levels is None and level is not None:
            raise Problem(
                422,
                "Unprocessable Content",
                f"Level {level} is not below {wanted.code} (level {nace_level(wanted.code)})"
                + ("" if depth is None else f" within depth {depth}"),
                slug="validation-error",
                errors=[FieldError(field="query.level", message="not below the code")],
            )
        # A class has no descendants: still ask, so that an unknown code is a 404.
        low, high = levels or (CLASS_LEVEL + 1, CLASS_LEVEL + 1)
        tree = SectorSubtree(wanted.code, low, high)
        rows = await self.repository.subtree(tree, after=page.key(str), limit=page.limit)
        if not rows or not _is(rows[0], wanted):
            raise _missing(wanted)
        items, cursor = paginate(rows[1:], page, lambda r: (r["code"],))
        return SectorPage(items=[_read(r) for r in items], next_cursor=cursor)

    async def children(self, wanted: SectorCode, page: PageParams) -> SectorPage:
        return await self.descendants(wanted, page, depth=1)
