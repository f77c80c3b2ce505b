"""A region's statistic per cluster category and emerging industry, for many regions at once.

For every (region, definition) pair: the weighted sum of the values of the definition's
NACE codes that have one, and which codes were counted, missing or confidential, so that a
partial figure is never presented as a complete one. Only exact codes match: a definition
naming class 10.11 is not filled from division 10's figure.

The sums come from one set-based query that joins the dataset's rows to the set's codes on
the NACE code (each side reached by an index, whatever the planner's estimates); the codes
without a row are the definition's codes minus those found, worked out here. The API
answers one region with it; scoring runs it for every region of a dataset.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import Executable, Result, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import String

# Eurostat's flag "c" (confidential), possibly combined with others ("cd"); the longer
# words of the shipped file (corrupt_in_source) are not flags of this kind.
CONFIDENTIAL_SQL = "(s.flag ~ '^[a-z]{1,5}$' AND strpos(s.flag, 'c') > 0)"

_DEFINITIONS = text(
    """
    SELECT d.kind, d.slug, d.name,
           coalesce(array_agg(dc.nace_code ORDER BY dc.nace_code)
                    FILTER (WHERE dc.nace_code IS NOT NULL), '{}') AS codes
    FROM definition d
    LEFT JOIN definition_code dc
        ON dc.set_id = d.set_id AND dc.kind = d.kind AND dc.slug = d.slug
    WHERE d.set_id = :set_id
    GROUP BY d.kind, d.slug, d.name
    ORDER BY d.kind, d.slug
    """
)

_REGIONS_WITH_DATA = text(
    """
    SELECT DISTINCT nuts_id FROM regional_statistic
    WHERE dataset_id = :dataset_id AND indicator = :indicator AND year = :year
    ORDER BY nuts_id
    """
)

# Only this module's constant is formatted in, never input.
_SUMS = text(
    f"""
    SELECT s.year, s.nuts_id, c.kind, c.slug,
           sum(c.weight * s.value) AS value,
           array_agg(c.nace_code) FILTER (WHERE s.value IS NOT NULL) AS counted,
           array_agg(c.nace_code) FILTER (WHERE s.value IS NULL AND {CONFIDENTIAL_SQL})
               AS confidential
    FROM regional_statistic s
    JOIN definition_code c ON c.set_id = :set_id AND c.nace_code = s.nace_code
    WHERE s.dataset_id = :dataset_id AND s.indicator = :indicator
      AND s.year = ANY(CAST(:years AS integer[]))
      AND (CAST(:nuts_ids AS text[]) IS NULL OR s.nuts_id = ANY(CAST(:nuts_ids AS text[])))
    GROUP BY s.year, s.nuts_id, c.kind, c.slug
    """  # noqa: S608
)


class Executor(Protocol):
    """An AsyncConnection, or the API's autocommit ReadConnection."""

    async def execute(self, statement: Executable) -> Result[Any]: ...


@dataclass(frozen=True)
class CategoryFigure:
    nuts_id: str
    kind: str  # category or emerging_industry
    slug: str
    name: str
    value: Decimal | None  # weighted sum over ``counted``; None when no code has a value
    codes: tuple[str, ...]  # every NACE code of the definition
    counted: tuple[str, ...]  # codes with a value
    missing: tuple[str, ...]  # codes without a row, or without a value (not confidential)
    confidential: tuple[str, ...]  # codes whose value the source withholds (flag c)
    # Figures on another NUTS version's region: the least exact way a counted value was
    # made (exact, recoded, merged, estimated); None for figures as stored.
    conversion: str | None = None

    @property
    def complete(self) -> bool:
        """True when every code of the definition was counted."""
        return bool(self.codes) and len(self.counted) == len(self.codes)


async def category_figures(
    conn: Executor,
    *,
    set_id: int,
    dataset_id: int,
    indicator: str,
    year: int,
    nuts_ids: Sequence[str] | None = None,
) -> list[CategoryFigure]:
    """Figures per region and definition, ordered by region, kind and slug.

    ``nuts_ids`` None means every region with data for the indicator and year.
    """
    if nuts_ids is None:
        scope = {"dataset_id": dataset_id, "indicator": indicator, "year": year}
        nuts_ids = list((await conn.execute(_REGIONS_WITH_DATA.bindparams(**scope))).scalars())
    by_year = await category_figures_by_year(
        conn,
        set_id=set_id,
        dataset_id=dataset_id,
        indicator=indicator,
        years=[year],
        nuts_ids=nuts_ids,
    )
    return by_year[year]


async def category_figures_by_year(
    conn: Executor,
    *,
    set_id: int,
    dataset_id: int,
    indicator: str,
    years: Sequence[int],
    nuts_ids: Sequence[str],
) -> dict[int, list[CategoryFigure]]:
    """``category_figures`` of the given regions for several years, with one read of the
    definitions and one of the sums, whatever the number of years."""
    definitions = (await conn.execute(_DEFINITIONS.bindparams(set_id=set_id))).all()
    regions = sorted(set(nuts_ids))
    wanted = bindparam("nuts_ids", regions, ARRAY(String))
    scope = {"dataset_id": dataset_id, "indicator": indicator, "years": list(years)}
    sums: dict[tuple[int, str, str, str], tuple[Decimal | None, list[str], list[str]]] = {
        (row.year, row.nuts_id, row.kind, row.slug): (
            row.value,
            row.counted or [],
            row.confidential or [],
        )
        for row in await conn.execute(_SUMS.bindparams(wanted, set_id=set_id, **scope))
    }
    plain = [(d.kind, d.slug, d.name, tuple(d.codes)) for d in definitions]
    figures: dict[int, list[CategoryFigure]] = {}
    for year in years:
        figures[year] = []
        for nuts_id in regions:
            for kind, slug, name, codes in plain:
                found = sums.get((year, nuts_id, kind, slug))
                if found is None:
                    figures[year].append(
                        CategoryFigure(nuts_id, kind, slug, name, None, codes, (), codes, ())
                    )
                    continue
                value, counted, confidential = found
                seen = set(counted) | set(confidential)
                figures[year].append(
                    CategoryFigure(
                        nuts_id,
                        kind,
                        slug,
                        name,
                        value,
                        codes,
                        tuple(sorted(counted)),
                        tuple(c for c in codes if c not in seen),
                        tuple(sorted(confidential)),
                    )
                )
    return figures


# ------------------------------------------------------------------ from converted values

_DEFINITION_CODES = text(
    """
    SELECT d.kind, d.slug, d.name, dc.nace_code, dc.weight
    FROM definition d
    LEFT JOIN definition_code dc
        ON dc.set_id = d.set_id AND dc.kind = d.kind AND dc.slug = d.slug
    WHERE d.set_id = :set_id
    ORDER BY d.kind, d.slug, dc.nace_code
    """
)
_CONFIDENTIAL = re.compile(r"[a-z]{1,5}")
CONVERSION_KINDS = ("exact", "recoded", "merged", "estimated")


@dataclass(frozen=True)
class CodeValue:
    """One NACE code's value for a region and year, however it was made."""

    value: Decimal | None
    flag: str | None
    conversion: str | None = None

    @property
    def confidential(self) -> bool:
        # As CONFIDENTIAL_SQL: a short Eurostat flag holding c.
        return (
            self.value is None
            and self.flag is not None
            and bool(_CONFIDENTIAL.fullmatch(self.flag))
            and "c" in self.flag
        )


@dataclass(frozen=True)
class WeightedDefinition:
    kind: str
    slug: str
    name: str
    weights: tuple[tuple[str, Decimal], ...]  # (NACE code, weight), by code


async def definitions_with_weights(conn: Executor, set_id: int) -> list[WeightedDefinition]:
    rows = (await conn.execute(_DEFINITION_CODES.bindparams(set_id=set_id))).all()
    grouped: dict[tuple[str, str, str], list[tuple[str, Decimal]]] = {}
    for row in rows:
        codes = grouped.setdefault((row.kind, row.slug, row.name), [])
        if row.nace_code is not None:
            codes.append((row.nace_code, Decimal(row.weight)))
    return [WeightedDefinition(k, s, n, tuple(codes)) for (k, s, n), codes in grouped.items()]


def figures_from_values(
    nuts_id: str, definitions: Sequence[WeightedDefinition], values: Mapping[str, CodeValue]
) -> list[CategoryFigure]:
    """The figures ``category_figures`` gives, from values already at hand (converted to
    another NUTS version's region): the same sums, counts and gaps, and per figure the
    least exact conversion among the values it counts."""
    figures = []
    for d in definitions:
        codes = tuple(code for code, _ in d.weights)
        total: Decimal | None = None
        counted: list[str] = []
        confidential: list[str] = []
        missing: list[str] = []
        rank = -1
        for code, weight in d.weights:
            found = values.get(code)
            if found is not None and found.value is not None:
                total = (total or Decimal(0)) + weight * found.value
                counted.append(code)
                if found.conversion in CONVERSION_KINDS:
                    rank = max(rank, CONVERSION_KINDS.index(found.conversion))
            elif found is not None and found.confidential:
                confidential.append(code)
            else:
                missing.append(code)
        figures.append(
            CategoryFigure(
                nuts_id,
                d.kind,
                d.slug,
                d.name,
                total,
                codes,
                tuple(counted),
                tuple(missing),
                tuple(confidential),
                CONVERSION_KINDS[rank] if rank >= 0 else None,
            )
        )
    return figures
