from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

from asyncpg import Record

from eco_api.regions.repository import RegionRepository
from eco_api.regions.schemas import (
    READ_FIELDS,
    RegionBatch,
    RegionBatchQuery,
    RegionFilter,
    RegionPage,
    RegionRead,
    Subtree,
)
from eco_core.http.etag import dump_json, serialise
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.regions.resolve import Resolution, resolve_region
from eco_core.regions.territory import TerritoryCode
from eco_core.types import CURRENT_NUTS_VERSION

DEEPEST_LEVEL = 3


def nuts_level(nuts_id: str) -> int:
    """A NUTS code has one character per level after the country: DE 0, DE2 1, DE21 2."""
    return len(nuts_id) - 2


def ancestor_ids(nuts_id: str) -> list[str]:
    """DE212 -> [DE, DE2, DE21]: every parent is its child's code minus the last character."""
    return [nuts_id[:end] for end in range(2, len(nuts_id))]


def subtree_levels(nuts_id: str, *, level: int | None, depth: int | None) -> tuple[int, int] | None:
    """The levels of a descendants query; None when they are not below the region."""
    own = nuts_level(nuts_id)
    lowest = DEEPEST_LEVEL if depth is None else min(own + depth, DEEPEST_LEVEL)
    if level is not None:
        return (level, level) if own < level <= lowest else None
    return (own + 1, lowest) if own < DEEPEST_LEVEL else None


def _read(row: Mapping[Any, Any]) -> RegionRead:
    return RegionRead.model_validate(dict(row))


# The public reads below serialise rows read from our own database as they come, without
# building and validating a model per row: the database's types and constraints already
# hold what the models would check, and READ_FIELDS keeps the models' field order, so the
# bytes (and the ETags) are the ones the models would give. The OpenAPI document still
# comes from the models (the routes' response_model).


def _fields(row: Mapping[Any, Any]) -> dict[str, Any]:
    """A region as RegionRead writes it."""
    return {name: row[name] for name in READ_FIELDS}


def _link(row: Mapping[str, Any]) -> dict[str, Any]:
    """A correspondence row as RegionLink writes it."""
    return {
        "nuts_version": row["other_version"],
        "nuts_id": row["other_id"],
        "name": row["other_name"],
        "change": row["change"],
    }


def _links(
    links: Sequence[Mapping[str, Any]], nuts_version: int, direction: str
) -> list[dict[str, Any]]:
    return [
        _link(row)
        for row in links
        if row["nuts_version"] == nuts_version and row["direction"] == direction
    ]


def lookup_document(
    nuts_id: str, regions: Sequence[Mapping[str, Any]], links: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    """A RegionLookup as its model writes it: the code in each version (RegionInVersion),
    with what it became and came from."""
    entries = [
        {
            **_fields(region),
            "successors": _links(links, region["nuts_version"], "successor"),
            "predecessors": _links(links, region["nuts_version"], "predecessor"),
        }
        for region in regions
    ]
    return {
        "nuts_id": nuts_id,
        "versions": [e["nuts_version"] for e in entries],
        "current": _current(entries),
        "regions": entries,
    }


def _current(entries: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The code itself if it is in the current version, else what its latest version became."""
    if not entries:
        return []
    latest = entries[-1]
    if latest["nuts_version"] == CURRENT_NUTS_VERSION:
        return [
            {
                "nuts_version": latest["nuts_version"],
                "nuts_id": latest["nuts_id"],
                "name": latest["name"],
                "change": "unchanged",
            }
        ]
    return [s for s in latest["successors"] if s["nuts_version"] == CURRENT_NUTS_VERSION]


def as_itself(requested: str, record: Mapping[str, Any]) -> Resolution:
    """How the resolver reads a code found in the version asked: as itself (``same_code``).
    Extra-Regio codes (DEZ, DEZZ) too: they are no territory the resolver would follow to
    another version, but a code the region list serves is read by its id."""
    code = TerritoryCode(
        record["nuts_version"], requested, record["name"], record["level"], record["country_code"]
    )
    return Resolution(requested, code, code, "same_code")


class RegionService:
    def __init__(self, repository: RegionRepository) -> None:
        self.repository = repository

    async def resolve(self, nuts_version: int, nuts_id: str) -> Resolution:
        """The region of ``nuts_version`` for a code of any version: the code itself, or
        its code of the same territory there (FR30 of 2013 is FRE1 of 2024). Never a
        containing region: these endpoints are about the region asked for."""
        return await resolve_region(
            self.repository.connection, nuts_id, in_version=nuts_version, parents=False
        )

    async def get(self, nuts_version: int, nuts_id: str) -> RegionRead:
        region = await self.repository.get(nuts_version, nuts_id)
        if region is None:
            raise not_found(f"NUTS {nuts_version} region", nuts_id)
        return _read(region)

    async def get_json(self, nuts_version: int, nuts_id: str) -> tuple[bytes, Resolution]:
        """The region as RegionRead JSON, and how the code was read.

        A code of the version asked (nearly every request) is itself, so one indexed read
        answers, with the resolution the resolver would give (same_code). Any other code
        (of another version, or unknown) goes through the resolver."""
        record: Record | None = await self.repository.get_record(nuts_version, nuts_id)
        if record is not None:
            return dump_json(_fields(record)), as_itself(nuts_id, record)
        resolution = await self.resolve(nuts_version, nuts_id)
        region = await self.get(nuts_version, resolution.nuts_id)
        return serialise(region, RegionRead), resolution

    async def list(self, where: RegionFilter, page: PageParams) -> dict[str, Any]:
        """A RegionPage as its model writes it."""
        if where.query is None:
            after = page.key(str)
            key_of: Any = lambda r: (r["nuts_id"],)  # noqa: E731
        else:
            after = page.key(int, int, str)
            key_of = lambda r: (r["match_tier"], r["match_rank"], r["nuts_id"])  # noqa: E731
        rows = await self.repository.list(where, after=after, limit=page.limit)
        items, cursor = paginate(rows, page, key_of)
        return {"items": [_fields(r) for r in items], "next_cursor": cursor}

    def export_rows(self, where: RegionFilter) -> AsyncIterator[Mapping[str, Any]]:
        return self.repository.stream(where)

    async def get_many(self, query: RegionBatchQuery) -> RegionBatch:
        wanted = list(dict.fromkeys(query.nuts_ids))
        rows = await self.repository.get_many(query.nuts_version, wanted)
        found = {r["nuts_id"] for r in rows}
        return RegionBatch(
            items=[_read(r) for r in rows],
            missing=[code for code in wanted if code not in found],
        )

    async def ancestors(self, nuts_version: int, nuts_id: str) -> builtins.list[RegionRead]:
        rows = await self.repository.chain(nuts_version, [*ancestor_ids(nuts_id), nuts_id])
        if not rows or rows[-1]["nuts_id"] != nuts_id:
            raise not_found(f"NUTS {nuts_version} region", nuts_id)
        return [_read(r) for r in rows[:-1]]

    async def descendants(
        self,
        nuts_version: int,
        nuts_id: str,
        page: PageParams,
        *,
        level: int | None = None,
        depth: int | None = None,
    ) -> RegionPage:
        levels = subtree_levels(nuts_id, level=level, depth=depth)
        if levels is None and level is not None:
            raise Problem(
                422,
                "Unprocessable Content",
                f"Level {level} is not below {nuts_id} (level {nuts_level(nuts_id)})"
                + ("" if depth is None else f" within depth {depth}"),
                slug="validation-error",
                errors=[FieldError(field="query.level", message="not below the region")],
            )
        # A level-3 region has no descendants: still ask, so that an unknown code is a 404.
        low, high = levels or (DEEPEST_LEVEL + 1, DEEPEST_LEVEL + 1)
        tree = Subtree(nuts_version, nuts_id, low, high)
        rows = await self.repository.subtree(tree, after=page.key(str), limit=page.limit)
        if not rows or rows[0]["nuts_id"] != nuts_id:
            raise not_found(f"NUTS {nuts_version} region", nuts_id)
        items, cursor = paginate(rows[1:], page, lambda r: (r["nuts_id"],))
        return RegionPage(items=[_read(r) for r in items], next_cursor=cursor)

    async def children(self, nuts_version: int, nuts_id: str, page: PageParams) -> RegionPage:
        return await self.descendants(nuts_version, nuts_id, page, depth=1)

    async def lookup(self, nuts_id: str, nuts_version: int | None = None) -> dict[str, Any]:
        """A RegionLookup as its model writes it."""
        regions = await self.repository.in_versions_records(nuts_id)
        if nuts_version is not None:
            regions = [r for r in regions if r["nuts_version"] == nuts_version]
        if not regions:
            what = "NUTS region" if nuts_version is None else f"NUTS {nuts_version} region"
            raise not_found(what, nuts_id)
        return lookup_document(nuts_id, regions, await self.repository.links_records(nuts_id))
