"""One territory under its codes of several NUTS versions.

Results are filed under the code of the NUTS version their data came in: the shipped
statistics (hence Panorama runs and scoreboard values) under NUTS 2013, assessments under
2021 or 2024. A region whose code changed but whose territory did not (FR30 of 2013 is FRE1
of 2021) has those results under another code; splits, merges and boundary shifts describe
other territory and are never followed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.db.session import ReadConnection

Connection = AsyncConnection | AsyncSession | ReadConnection

# Changes after which a code still covers the same territory: results filed under either
# code describe the same region.
SAME_TERRITORY = ("unchanged", "name_change", "recoded")


@dataclass(frozen=True)
class TerritoryCode:
    nuts_version: int
    nuts_id: str
    name: str
    level: int
    country_code: str


_VERSIONS = text(
    """
    SELECT nuts_version, nuts_id, name, level, country_code
    FROM nuts_region
    WHERE nuts_id = :nuts_id AND kind <> 'extra_regio'
    ORDER BY nuts_version DESC
    """
)

# Every (version, code) reachable from one region through same-territory changes, in
# either direction (FR30 of 2013 -> FRE1 of 2021 -> FRE1 of 2024, and back).
_SAME_TERRITORY = text(
    """
    WITH RECURSIVE same(nuts_version, nuts_id) AS (
        SELECT CAST(:nuts_version AS smallint), CAST(:nuts_id AS varchar)
        UNION
        SELECT CASE WHEN c.from_version = s.nuts_version AND c.from_id = s.nuts_id
                    THEN c.to_version ELSE c.from_version END,
               CASE WHEN c.from_version = s.nuts_version AND c.from_id = s.nuts_id
                    THEN c.to_id ELSE c.from_id END
        FROM same s
        JOIN nuts_correspondence c
          ON (c.from_version = s.nuts_version AND c.from_id = s.nuts_id)
          OR (c.to_version = s.nuts_version AND c.to_id = s.nuts_id)
        WHERE c.to_id IS NOT NULL AND c.change = ANY(:changes)
    )
    SELECT r.nuts_version, r.nuts_id, r.name, r.level, r.country_code
    FROM same s
    JOIN nuts_region r ON r.nuts_version = s.nuts_version AND r.nuts_id = s.nuts_id
    ORDER BY r.nuts_version DESC
    """
)


async def code_versions(conn: Connection, nuts_id: str) -> list[TerritoryCode]:
    """The NUTS versions a code exists in, newest first (empty for an unknown code)."""
    result = await conn.execute(_VERSIONS.bindparams(nuts_id=nuts_id))
    return [TerritoryCode(**r) for r in result.mappings()]


async def same_territory(conn: Connection, nuts_version: int, nuts_id: str) -> list[TerritoryCode]:
    """The region and its codes in other NUTS versions for the same territory, newest
    version first (empty when the region does not exist in that version)."""
    stmt = _SAME_TERRITORY.bindparams(
        nuts_version=nuts_version, nuts_id=nuts_id, changes=list(SAME_TERRITORY)
    )
    return [TerritoryCode(**r) for r in (await conn.execute(stmt)).mappings()]


def lookup_order(codes: Sequence[TerritoryCode], own: str) -> list[str]:
    """The distinct codes to look results up under: the region's own first, then the others,
    the newest version's first."""
    return list(dict.fromkeys([own, *(c.nuts_id for c in codes)]))


def codes_in_version(codes: Sequence[TerritoryCode], nuts_version: int, own: str) -> list[str]:
    """The codes of one NUTS version (results computed in that version are filed under
    them), the region's own first."""
    found = dict.fromkeys(c.nuts_id for c in codes if c.nuts_version == nuts_version)
    return sorted(found, key=lambda nuts_id: nuts_id != own)
