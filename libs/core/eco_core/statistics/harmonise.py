"""Codes of an older NUTS version in a statistics file, converted to the dataset's version.

Eurostat files keep the codes a figure was first published under: the SBS regional file
of 2008-2015 (NUTS 2013) has NUTS 2010 codes such as EL11, SI01 or UKI1 and NUTS 2006
codes such as DE41 or ITD5 for its early years. They are found with the JRC converter (a
code the converter knows in an older version and not in the dataset's) and their figures
are moved, in the staging table and before anything is written, to the dataset's regions:
whole regions carry over exactly (``recoded``, ``merged``), split ones are shared by the
converter's weight (``estimated``), and every such row names its sources and the weight.

- A figure published under the dataset's own code wins: a converted value only replaces a
  cell the file leaves blank without a flag (``:``), or one it does not have.
- A converted value needs every source: if one is blank, so is the result (flag ``c`` when
  a source is confidential, else ``missing``), never a partial sum taken for a whole.
- The older codes' own rows are not stored: the same figures would count twice.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.regions.conversion import ConversionWeight, shares_sql

_KEY_MATCH = (
    "s.indicator = c.indicator AND s.nuts_id = c.nuts_id AND s.nace_code = c.nace_code"
    " AND s.year = c.year"
)


async def convert_older_codes(
    conn: AsyncConnection, stage: str, nuts_version: int, weight: ConversionWeight
) -> int:
    """Convert the stage's rows of older NUTS codes to ``nuts_version``; returns how many
    converted rows the stage holds now. ``stage`` is a generated table name."""
    older = f"{stage}_older"
    converted = f"{stage}_converted"
    await conn.execute(
        text(
            f"""
            CREATE UNLOGGED TABLE {older} AS
            SELECT c.nuts_id, max(k.from_version) AS code_version
            FROM (SELECT DISTINCT nuts_id FROM {stage}) c
            JOIN nuts_conversion k
              ON k.from_code = c.nuts_id AND k.to_version = :v AND k.from_version < :v
            WHERE NOT EXISTS (
                SELECT 1 FROM nuts_conversion n
                WHERE n.from_version = :v AND n.from_code = c.nuts_id
            )
            GROUP BY c.nuts_id
            """  # noqa: S608
        ),
        {"v": nuts_version},
    )
    found = await conn.scalar(text(f"SELECT count(*) FROM {older}"))  # noqa: S608
    if not found:
        await conn.execute(text(f"DROP TABLE {older}"))
        return 0
    await conn.execute(
        text(
            f"""
            CREATE UNLOGGED TABLE {converted} AS
            WITH shares AS ({shares_sql(weight)}),
            parts AS (
                SELECT s.indicator, sh.to_code AS nuts_id, s.nace_code, s.year, s.unit,
                       s.row_no, s.nuts_id AS source, o.code_version,
                       sh.share::numeric AS share, s.value::numeric AS value, s.flag
                FROM {stage} s
                JOIN {older} o ON o.nuts_id = s.nuts_id
                JOIN shares sh ON sh.from_version = o.code_version
                              AND sh.from_code = s.nuts_id AND sh.to_version = :v
            )
            SELECT indicator, nuts_id, nace_code, year,
                   min(row_no) AS row_no, min(unit) AS unit, count(DISTINCT unit) AS units,
                   bool_and(value IS NOT NULL) AS complete,
                   bool_or(value IS NULL AND flag LIKE '%c%') AS confidential,
                   bool_or(value IS NOT NULL OR flag IS DISTINCT FROM 'missing') AS informative,
                   sum(value * share) AS total,
                   bool_and(share = 1) AS whole,
                   count(*) AS sources_n,
                   string_agg(DISTINCT flag, '') FILTER (WHERE value IS NOT NULL) AS flags,
                   jsonb_agg(jsonb_build_object(
                       'nuts_id', source, 'nuts_version', code_version,
                       'share', round(share, 6)) ORDER BY source) AS sources
            FROM parts
            GROUP BY indicator, nuts_id, nace_code, year
            """  # noqa: S608
        ),
        {"v": nuts_version},
    )
    # The older codes' own rows go; then blank cells of the dataset's codes make room.
    await conn.execute(
        text(f"DELETE FROM {stage} s USING {older} o WHERE s.nuts_id = o.nuts_id")  # noqa: S608
    )
    await conn.execute(
        text(
            f"""
            DELETE FROM {stage} s USING {converted} c
            WHERE {_KEY_MATCH} AND s.value IS NULL AND s.flag = 'missing'
              AND c.informative AND c.units = 1
            """  # noqa: S608
        )
    )
    inserted = await conn.execute(
        text(
            f"""
            INSERT INTO {stage} (row_no, indicator, nuts_id, nace_code, year, value, unit, flag,
                                 conversion, converted_from, conversion_weight)
            SELECT c.row_no, c.indicator, c.nuts_id, c.nace_code, c.year,
                   CASE WHEN c.complete THEN round(c.total, 4)::text END,
                   c.unit,
                   CASE WHEN c.complete THEN nullif(c.flags, '')
                        WHEN c.confidential THEN 'c' ELSE 'missing' END,
                   CASE WHEN c.whole AND c.sources_n = 1 THEN 'recoded'
                        WHEN c.whole THEN 'merged' ELSE 'estimated' END,
                   c.sources, :weight
            FROM {converted} c
            WHERE c.informative AND c.units = 1
              AND NOT EXISTS (SELECT 1 FROM {stage} s WHERE {_KEY_MATCH})
            """  # noqa: S608
        ),
        {"weight": ConversionWeight(weight).value},
    )
    await conn.execute(text(f"DROP TABLE {converted}, {older}"))
    return inserted.rowcount
