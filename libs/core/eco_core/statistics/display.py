"""Stored statistics shown on the regions of another NUTS version (set-based SQL).

A figure filed under a region of one version is shared among the regions of the target
version by the JRC converter's weight (``eco_core.regions.conversion``): each target value
is the sum over its source regions of value x share. Every value says how it was made:

- ``exact``: the same code, the whole of one region, nothing else added;
- ``recoded``: the whole of one region under another code (FR30 of 2013 is FRE1 of 2024);
- ``merged``: several whole regions added up (exact sums);
- ``estimated``: a share of a split region counts: weighted, not published.

A value imported already converted (``regional_statistic.conversion``) keeps the stronger
of the two. A target value is blank unless every source region has a value (flag ``c``
when one is confidential, else ``missing``): a partial sum is never shown as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eco_core.regions.conversion import ConversionWeight, shares_sql

KINDS = ("exact", "recoded", "merged", "estimated")
_RANK = "CASE {col} WHEN 'recoded' THEN 1 WHEN 'merged' THEN 2 WHEN 'estimated' THEN 3 ELSE 0 END"


@dataclass(frozen=True)
class DisplayFilter:
    """What to convert: the target region (a code of ``target``), and source filters."""

    target: int
    weight: ConversionWeight
    nuts_id: str
    include_subregions: bool = False
    nace_code: str | None = None
    definition: tuple[int, str, str] | None = None
    # Only the NACE codes some definition of this set names (the by-category figures).
    set_id: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    indicator: str | None = None
    dataset: str | None = None
    nuts_version: int | None = None


def converted_statistics_sql(
    where: DisplayFilter, *, after: tuple[Any, ...] | None, limit: int | None
) -> tuple[str, dict[str, Any]]:
    """The SQL and its parameters: rows keyed like regional_statistic, in key order."""
    params: dict[str, Any] = {
        "target": where.target,
        "region": where.nuts_id,
        "weight": ConversionWeight(where.weight).value,
    }
    region_match = "= :region"
    if where.include_subregions:
        region_match = "LIKE :region_prefix"
        params["region_prefix"] = where.nuts_id + "%"
    filters = []
    if where.nace_code is not None:
        filters.append("s.nace_code = :nace_code")
        params["nace_code"] = where.nace_code
    if where.definition is not None:
        filters.append(
            "s.nace_code IN (SELECT nace_code FROM definition_code"
            " WHERE set_id = :set_id AND kind = :kind AND slug = :slug)"
        )
        params["set_id"], params["kind"], params["slug"] = where.definition
    if where.set_id is not None:
        filters.append(
            "s.nace_code IN (SELECT nace_code FROM definition_code WHERE set_id = :any_set_id)"
        )
        params["any_set_id"] = where.set_id
    if where.year_from is not None:
        filters.append("s.year >= :year_from")
        params["year_from"] = where.year_from
    if where.year_to is not None:
        filters.append("s.year <= :year_to")
        params["year_to"] = where.year_to
    if where.indicator is not None:
        filters.append("s.indicator = :indicator")
        params["indicator"] = where.indicator
    if where.dataset is not None:
        filters.append("d.code = :dataset")
        params["dataset"] = where.dataset
    if where.nuts_version is not None:
        filters.append("s.nuts_version = :source_version")
        params["source_version"] = where.nuts_version
    extra = "".join(f" AND {f}" for f in filters)
    page = ""
    if after is not None:
        page = "WHERE (dataset_id, indicator, nuts_id, nace_code, year) > (:a0, :a1, :a2, :a3, :a4)"
        params.update({f"a{i}": v for i, v in enumerate(after)})
    limited = ""
    if limit is not None:
        limited = "LIMIT :limit"
        params["limit"] = limit
    stored_rank = _RANK.format(col="p.conversion")
    # Country codes (level 0) are not in the converter: a country is itself in every version.
    sql = f"""
        WITH shares AS ({shares_sql(where.weight)}),
        flows AS (
            SELECT from_version, from_code, to_code, share FROM shares
            WHERE to_version = :target AND to_code {region_match}
            UNION ALL
            SELECT v, :region, :region, 1.0 FROM unnest(ARRAY[2013, 2021, 2024]) v
            WHERE length(:region) = 2
        ),
        expected AS (
            SELECT from_version, to_code, count(*) AS sources_n FROM flows
            GROUP BY from_version, to_code
        ),
        parts AS (
            SELECT s.dataset_id, d.code AS dataset, d.source, s.nuts_version, s.nuts_id,
                   f.to_code, s.nace_code, s.indicator, s.year, s.value, s.unit, s.flag,
                   s.conversion, f.share::numeric AS share
            FROM flows f
            JOIN regional_statistic s
              ON s.nuts_version = f.from_version AND s.nuts_id = f.from_code
            JOIN statistics_dataset d ON d.id = s.dataset_id
            WHERE true{extra}
        ),
        grouped AS (
            SELECT p.dataset_id, min(p.dataset) AS dataset, min(p.source) AS source,
                   p.indicator, p.to_code AS nuts_id, p.nace_code, p.year,
                   min(p.nuts_version) AS source_version,
                   count(*) AS present_n, min(e.sources_n) AS expected_n,
                   bool_and(p.value IS NOT NULL) AS complete,
                   bool_or(p.value IS NULL AND p.flag LIKE '%c%') AS confidential,
                   sum(p.value * p.share) AS total,
                   bool_and(p.share = 1) AS whole,
                   bool_and(p.nuts_id = p.to_code) AS same_code,
                   max({stored_rank}) AS stored_rank,
                   min(p.unit) AS unit,
                   string_agg(DISTINCT p.flag, '') FILTER (WHERE p.value IS NOT NULL) AS flags,
                   jsonb_agg(jsonb_build_object(
                       'nuts_id', p.nuts_id, 'nuts_version', p.nuts_version,
                       'share', round(p.share, 6)) ORDER BY p.nuts_id) AS converted_from
            FROM parts p
            JOIN expected e ON e.from_version = p.nuts_version AND e.to_code = p.to_code
            GROUP BY p.dataset_id, p.indicator, p.to_code, p.nace_code, p.year
        )
        SELECT dataset_id, dataset, source, CAST(:target AS smallint) AS nuts_version, nuts_id,
               nace_code, indicator, year,
               CASE WHEN complete AND present_n = expected_n THEN round(total, 4) END AS value,
               unit,
               CASE WHEN complete AND present_n = expected_n THEN nullif(flags, '')
                    WHEN confidential THEN 'c' ELSE 'missing' END AS flag,
               (ARRAY['exact', 'recoded', 'merged', 'estimated'])[1 + greatest(
                   stored_rank,
                   CASE WHEN NOT whole THEN 3 WHEN present_n > 1 THEN 2
                        WHEN NOT same_code THEN 1 ELSE 0 END)] AS conversion,
               converted_from, CAST(:weight AS text) AS conversion_weight
        FROM grouped
        {page}
        ORDER BY dataset_id, indicator, nuts_id, nace_code, year
        {limited}
    """  # noqa: S608
    return sql, params
