"""Stored statistics read as the cells ``fill`` works on, for every tool that reads figures.

The Panorama and the scoreboard (its derived indicators at load and its structural peers)
both read here and fill with ``eco_core.statistics.fill``, so that their region totals and
shares count the same employees.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import String

from eco_core.statistics.aggregate import CONFIDENTIAL_SQL, Executor
from eco_core.statistics.fill import RegionValues, SourceCell, fill_regions

# Every stored value of one indicator and year for some regions, blank ones too: a blank
# aggregate is filled from its parts. Only this module's constant is formatted in.
_CELLS = text(
    f"""
    SELECT s.nuts_id, s.nace_code, s.value, {CONFIDENTIAL_SQL} AS confidential
    FROM regional_statistic s
    WHERE s.dataset_id = :dataset_id AND s.indicator = :indicator AND s.year = :year
      AND s.nuts_id = ANY(:nuts_ids)
    """  # noqa: S608
)
_NACE_PARENTS = text("SELECT code, parent_code FROM nace_activity")


async def source_cells(
    conn: Executor, *, dataset_id: int, indicator: str, year: int, nuts_ids: Sequence[str]
) -> list[SourceCell]:
    stmt = _CELLS.bindparams(
        bindparam("nuts_ids", list(nuts_ids), ARRAY(String)),
        dataset_id=dataset_id,
        indicator=indicator,
        year=year,
    )
    return [
        SourceCell(
            r.nuts_id,
            r.nace_code,
            float(r.value) if r.value is not None else None,
            bool(r.confidential),
        )
        for r in await conn.execute(stmt)
    ]


async def nace_parents(conn: Executor) -> dict[str, str | None]:
    return {r.code: r.parent_code for r in await conn.execute(_NACE_PARENTS)}


async def filled_values(
    conn: Executor,
    *,
    dataset_id: int,
    indicator: str,
    year: int,
    nuts_ids: Sequence[str],
    parents: dict[str, str | None] | None = None,
) -> tuple[dict[str, RegionValues], dict[str, str | None]]:
    """The regions' values with blank aggregates filled from their parts, and the NACE tree
    used (``parents``, read when not given)."""
    if parents is None:
        parents = await nace_parents(conn)
    cells = await source_cells(
        conn, dataset_id=dataset_id, indicator=indicator, year=year, nuts_ids=nuts_ids
    )
    return fill_regions(cells, parents), parents


_DEFINITIONS = text(
    """
    SELECT d.kind, d.slug, dc.nace_code, dc.weight
    FROM definition d
    LEFT JOIN definition_code dc
        ON dc.set_id = d.set_id AND dc.kind = d.kind AND dc.slug = d.slug
    WHERE d.set_id = :set_id
    ORDER BY d.kind, d.slug, dc.nace_code
    """
)


async def weighted_definitions(
    conn: Executor, set_id: int
) -> dict[tuple[str, str], list[tuple[str, float]]]:
    """Every definition of the set, keyed by (kind, slug), with its weighted codes."""
    out: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for row in await conn.execute(_DEFINITIONS.bindparams(set_id=set_id)):
        codes = out.setdefault((row.kind, row.slug), [])
        if row.nace_code is not None:
            codes.append((row.nace_code, float(row.weight)))
    return out
