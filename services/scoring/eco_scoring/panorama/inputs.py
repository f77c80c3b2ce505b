"""What a Panorama run computes from: dense matrices of the regions' figures, filled as
eco_core.statistics.fill says, and for every cell how its figures were made.

Status of a cell's figures (the worst of its employment figure and its region total):
``estimated`` when the employment counts a share of a published code (a weight below 1, an
assumption), ``derived`` when it or the region total counts a blank aggregate filled from
its parts, ``published`` otherwise (published values and sums of them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from sqlalchemy import RowMapping
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.definitions.coarsen import class_counts
from eco_core.statistics.fill import (
    Figure,
    RegionTotal,
    RegionValues,
    figure,
    fill_regions,
    region_total,
)
from eco_core.statistics.lfs import lfs_totals
from eco_scoring.panorama.compute import Matrix, PanoramaInput
from eco_scoring.panorama.repository import PanoramaRepository

# Wages and salaries first (V13320, the 2014 Panorama's proxy), personnel costs otherwise.
WAGE_INDICATORS = ("wages_salaries", "personnel_costs")
# Both are published in million EUR; productivity is served in EUR per person employed.
WAGE_UNIT_FACTOR = 1_000_000.0
ESTABLISHMENTS = "local_units"  # the establishments of the US Cluster Mapping rule

FigureStatus = Literal["published", "derived", "estimated"]
Column = tuple[str, str]  # (kind, slug)


@dataclass(frozen=True)
class CellNote:
    status: FigureStatus
    filled_from_parts: tuple[str, ...]  # blank aggregates filled for this cell's figures
    codes_counted: int
    codes_missing: int
    measured_share: float


@dataclass(frozen=True)
class RunInputs:
    data: PanoramaInput
    nuts_ids: list[str]
    columns: list[Column]
    notes: list[list[CellNote]]  # regions x columns
    definition_notes: dict[str, Any]
    # Why a cell with employment has no productivity figure (None where it has one).
    productivity_notes: list[list[str | None]] | None = None
    wage_indicator: str | None = None
    growth: dict[str, Any] | None = None  # the window, and how many cells it covers


@dataclass(frozen=True)
class Sum:
    """A definition's weighted sum and the codes it counted: what the figures that only
    accompany employment (start year, establishments) need of eco_core's ``figure``."""

    value: float | None
    counted: tuple[str, ...]


def _sum(region: RegionValues, codes: Sequence[tuple[str, float]]) -> Sum:
    counted = [(c, w) for c, w in codes if c in region.values]
    if not counted:
        return Sum(None, ())
    return Sum(sum(w * region.values[c] for c, w in counted), tuple(sorted(c for c, _ in counted)))


def _same_codes(a: Figure | Sum, b: Figure | Sum) -> bool:
    return a.value is not None and b.value is not None and a.counted == b.counted


def productivity_note(employment: Figure, wages: Figure, dataset: str, year: int) -> str | None:
    """Why a cell with employment has no wages per person employed: never a 0."""
    if employment.value is None:
        return None
    if wages.value is None:
        if wages.confidential:
            return (
                f"Wages and salaries are confidential in {dataset} {year} for "
                f"{', '.join(wages.confidential)}: no productivity figure or star"
            )
        return f"{dataset} publishes no wages and salaries for this cell in {year}"
    if wages.counted != employment.counted:
        lacking = sorted(set(employment.counted) - set(wages.counted))
        if not lacking:
            extra = sorted(set(wages.counted) - set(employment.counted))
            return (
                f"Persons employed are not published in {dataset} {year} for "
                f"{', '.join(extra)} whose wages are: no productivity figure or star (wages "
                "and employment must count the same codes)"
            )
        withheld = [c for c in lacking if c in wages.confidential]
        why = "confidential" if len(withheld) == len(lacking) else "not published"
        return (
            f"Wages and salaries are {why} in {dataset} {year} for {', '.join(lacking)} "
            "whose employment is counted: no productivity figure or star (wages over part "
            "of the employment would mislead)"
        )
    return None


def _status(found: Figure, total: RegionTotal | None) -> FigureStatus:
    if found.value is not None and found.partial_weights:
        return "estimated"
    if found.filled or (total is not None and total.filled):
        return "derived"
    return "published"


def _note(found: Figure, total: RegionTotal | None) -> CellNote:
    filled = set(found.filled) | set(total.filled if total is not None else ())
    return CellNote(
        status=_status(found, total),
        filled_from_parts=tuple(sorted(filled)),
        codes_counted=len(found.counted),
        codes_missing=len(found.missing) + len(found.confidential),
        measured_share=found.measured_share,
    )


def _matrix(figures: Sequence[Sequence[Figure | Sum]]) -> Matrix:
    return np.array(
        [[np.nan if f.value is None else f.value for f in row] for row in figures],
        dtype=np.float64,
    ).reshape(len(figures), len(figures[0]) if figures else 0)


def definition_notes(
    columns: Sequence[Column], figures: Sequence[Sequence[Figure]]
) -> dict[str, Any]:
    """Definitions that the run's figures cannot tell apart (the same codes measured: their
    figures differ only by assumed weights, and with one code not at all) and definitions
    that no region measures."""
    measured: dict[Column, set[str]] = {c: set() for c in columns}
    for row in figures:
        for column, found in zip(columns, row, strict=True):
            measured[column].update(found.counted)
    groups: dict[tuple[str, frozenset[str]], list[str]] = defaultdict(list)
    for (kind, slug), codes in measured.items():
        if codes:
            groups[(kind, frozenset(codes))].append(slug)
    return {
        "indistinguishable": [
            {"kind": kind, "slugs": sorted(slugs), "measured_codes": sorted(codes)}
            for (kind, codes), slugs in sorted(groups.items(), key=lambda g: sorted(g[1]))
            if len(slugs) > 1
        ],
        "not_measured": [
            {"kind": kind, "slug": slug} for (kind, slug), codes in measured.items() if not codes
        ],
    }


async def load_inputs(conn: AsyncConnection, run: RowMapping) -> RunInputs:
    repo = PanoramaRepository(conn)
    regions = await repo.run_regions(
        dataset_id=run["dataset_id"],
        year=run["year"],
        nuts_version=run["nuts_version"],
        level=run["region_level"],
    )
    nuts_ids = [n for n, _ in regions]
    parents = await repo.nace_parents()
    classes = class_counts(parents)
    definitions = await repo.definitions(run["definition_set_id"])
    columns = sorted(definitions)

    async def filled(indicator: str, year: int) -> dict[str, RegionValues]:
        cells = await repo.cells(
            dataset_id=run["dataset_id"], indicator=indicator, year=year, nuts_ids=nuts_ids
        )
        return fill_regions(cells, parents)

    def sums(values: Mapping[str, RegionValues]) -> list[list[Sum]]:
        empty = RegionValues()
        return [[_sum(values.get(n, empty), definitions[c]) for c in columns] for n in nuts_ids]

    def figures(values: Mapping[str, RegionValues]) -> list[list[Figure]]:
        empty = RegionValues()
        return [
            [figure(values.get(n, empty), definitions[c], classes) for c in columns]
            for n in nuts_ids
        ]

    employment_values = await filled("employment", run["year"])
    employment = figures(employment_values)
    totals = {
        n: region_total(employment_values[n], parents) if n in employment_values else None
        for n in nuts_ids
    }

    wages: Matrix | None = None
    wage_notes: list[list[str | None]] | None = None
    wage_indicator = None
    for indicator in WAGE_INDICATORS:
        wage_figures = figures(await filled(indicator, run["year"]))
        if all(f.value is None for row in wage_figures for f in row):
            continue
        wage_indicator = indicator
        wages = np.array(
            [
                [
                    w.value * WAGE_UNIT_FACTOR
                    if _same_codes(e, w) and w.value is not None
                    else np.nan
                    for e, w in zip(e_row, w_row, strict=True)
                ]
                for e_row, w_row in zip(employment, wage_figures, strict=True)
            ],
            dtype=np.float64,
        ).reshape(len(nuts_ids), len(columns))
        wage_notes = [
            [
                productivity_note(e, w, run["dataset"], run["year"])
                for e, w in zip(e_row, w_row, strict=True)
            ]
            for e_row, w_row in zip(employment, wage_figures, strict=True)
        ]
        break
    start = None
    years_between = 0
    growth: dict[str, Any] | None = None
    if run["growth_from_year"] is not None:
        start_figures = sums(await filled("employment", run["growth_from_year"]))
        # Growth only where both years count the same codes: a code published in one year
        # and withheld in the other would read as growth or decline.
        start = np.array(
            [
                [
                    s.value if _same_codes(e, s) else np.nan
                    for e, s in zip(e_row, s_row, strict=True)
                ]
                for e_row, s_row in zip(employment, start_figures, strict=True)
            ],
            dtype=np.float64,
        ).reshape(len(nuts_ids), len(columns))
        years_between = run["year"] - run["growth_from_year"]
        with_employment = sum(f.value is not None for row in employment for f in row)
        with_growth = int(np.sum(np.isfinite(start) & (start > 0)))
        growth = {
            **(run["growth"] or {}),
            "from_year": run["growth_from_year"],
            "to_year": run["year"],
            "years": years_between,
            "cells_with_employment": with_employment,
            "cells_with_growth": with_growth,
            "coverage": round(with_growth / with_employment, 4) if with_employment else None,
        }
    establishments = _matrix(sums(await filled(ESTABLISHMENTS, run["year"])))

    region_totals = np.array(
        [np.nan if (t := totals[n]) is None else t.value for n in nuts_ids], dtype=np.float64
    )
    if run["denominator_source"] == "lfs_total":
        lfs = await lfs_totals(conn, year=run["year"], nuts_ids=nuts_ids)
        region_totals = np.array(
            [lfs[n][0] if n in lfs else np.nan for n in nuts_ids], dtype=np.float64
        )

    data = PanoramaInput(
        employment=_matrix(employment),
        region_total=region_totals,
        wages=wages,
        employment_start=start,
        years_between=years_between,
        establishments=None if np.isnan(establishments).all() else establishments,
        measured_share=np.array(
            [[f.measured_share for f in row] for row in employment], dtype=np.float64
        ).reshape(len(nuts_ids), len(columns)),
    )
    notes = [
        [_note(found, totals[n]) for found in row]
        for n, row in zip(nuts_ids, employment, strict=True)
    ]
    return RunInputs(
        data=data,
        nuts_ids=nuts_ids,
        columns=columns,
        notes=notes,
        definition_notes=definition_notes(columns, employment),
        productivity_notes=wage_notes,
        wage_indicator=wage_indicator,
        growth=growth,
    )
