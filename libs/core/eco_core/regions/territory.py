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

from sqlalchemy import RowMapping, text
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


# The versions are listed (the table's check allows no others) so that the primary key
# (version, code) serves the lookup by code: without them, a sequential scan of every
# region (~1 ms of the database's time on every request that takes a region).
_VERSIONS = text(
    """
    SELECT nuts_version, nuts_id, name, level, country_code
    FROM nuts_region
    WHERE nuts_version IN (2013, 2021, 2024) AND nuts_id = :nuts_id
      AND kind <> 'extra_regio'
    ORDER BY nuts_version DESC
    """
)

# Every (version, code) reachable from some regions through same-territory changes, in
# either direction (FR30 of 2013 -> FRE1 of 2021 -> FRE1 of 2024, and back).
_SAME_TERRITORY = text(
    """
    WITH RECURSIVE same(nuts_version, nuts_id) AS (
        SELECT * FROM unnest(CAST(:versions AS smallint[]), CAST(:nuts_ids AS varchar[]))
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
    ORDER BY r.nuts_version DESC, r.nuts_id
    """
)

# Links between some regions and regions of other territory (splits, merges, shifts,
# discontinuations), in either direction.
_OTHER_TERRITORY = text(
    """
    WITH mine(nuts_version, nuts_id) AS (
        SELECT * FROM unnest(CAST(:versions AS smallint[]), CAST(:nuts_ids AS varchar[]))
    )
    SELECT c.from_version, c.from_id, f.name AS from_name,
           c.to_version, c.to_id, t.name AS to_name, c.change
    FROM nuts_correspondence c
    LEFT JOIN nuts_region f ON f.nuts_version = c.from_version AND f.nuts_id = c.from_id
    LEFT JOIN nuts_region t ON t.nuts_version = c.to_version AND t.nuts_id = c.to_id
    WHERE c.change <> ALL(:changes)
      AND ((c.from_version, c.from_id) IN (SELECT * FROM mine)
           OR (c.to_version, c.to_id) IN (SELECT * FROM mine))
    ORDER BY c.from_version, c.from_id, c.to_version, c.to_id NULLS LAST
    """
)


async def code_versions(conn: Connection, nuts_id: str) -> list[TerritoryCode]:
    """The NUTS versions a code exists in, newest first (empty for an unknown code)."""
    result = await conn.execute(_VERSIONS.bindparams(nuts_id=nuts_id))
    return [TerritoryCode(**r) for r in result.mappings()]


async def same_territory(conn: Connection, nuts_version: int, nuts_id: str) -> list[TerritoryCode]:
    """The region and its codes in other NUTS versions for the same territory, newest
    version first (empty when the region does not exist in that version)."""
    return await same_territory_of(conn, [(nuts_version, nuts_id)])


async def same_territory_of(
    conn: Connection, codes: Sequence[tuple[int, str]]
) -> list[TerritoryCode]:
    """These (version, code) regions and every code of the same territory in any version,
    newest version first."""
    stmt = _SAME_TERRITORY.bindparams(
        versions=[v for v, _ in codes],
        nuts_ids=[n for _, n in codes],
        changes=list(SAME_TERRITORY),
    )
    return [TerritoryCode(**r) for r in (await conn.execute(stmt)).mappings()]


async def other_territory(
    conn: Connection, codes: Sequence[tuple[int, str]]
) -> Sequence[RowMapping]:
    """Links of these (version, code) pairs to predecessors and successors of other
    territory: from_version, from_id, from_name, to_version, to_id (None: discontinued),
    to_name, change."""
    stmt = _OTHER_TERRITORY.bindparams(
        changes=list(SAME_TERRITORY),
        versions=[v for v, _ in codes],
        nuts_ids=[n for _, n in codes],
    )
    return (await conn.execute(stmt)).mappings().all()
