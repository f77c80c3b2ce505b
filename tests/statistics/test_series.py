"""The shipped time series 2008-2015, checked against the raw files read here independently.

The bulk TSV and the JRC converter are parsed with the standard library only (not with the
importer's parser), so an importer bug cannot agree with itself.
"""

from __future__ import annotations

import csv
import gzip
from collections import Counter, defaultdict
from decimal import Decimal
from functools import cache
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.settings import PROJECT_ROOT

ROOT = PROJECT_ROOT / "reference_data"
TSV = ROOT / "employment/sbs_r_nuts06_r2_2008_2015.tsv.gz"
CROSSWALK = ROOT / "nuts/nuts_crosswalk_2006_2024.csv.gz"
INDICATORS = {"V16110": "employment", "V13320": "wages_salaries", "V11210": "local_units"}
STATISTICS = "/v1/statistics"


@cache
def raw_cells() -> dict[tuple[str, str, str, int], str]:
    """(Eurostat indicator, geo, nace_r2, year) -> the cell as written, stripped."""
    out: dict[tuple[str, str, str, int], str] = {}
    with gzip.open(TSV, "rt", encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        years = [int(y) for y in header[1:]]
        for line in handle:
            key, *cells = line.rstrip("\n").split("\t")
            nace, indicator, geo = key.split(",")
            for year, cell in zip(years, cells, strict=True):
                out[indicator, geo, nace, year] = cell.strip()
    return out


def raw_value(indicator: str, geo: str, nace: str, year: int) -> Decimal | None:
    cell = raw_cells()[indicator, geo, nace, year]
    return None if cell.startswith(":") else Decimal(cell.split(" ")[0])


@cache
def crosswalk() -> list[dict[str, str]]:
    with gzip.open(CROSSWALK, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def shares(from_version: int, to_version: int) -> dict[str, dict[str, float]]:
    """from_code -> to_code -> share of its pop21."""
    flows: dict[str, dict[str, float]] = defaultdict(dict)
    for r in crosswalk():
        pair = (int(r["from_version"]), int(r["to_version"]))
        if pair == (from_version, to_version) and float(r["pop21"]) > 0:
            flows[r["from_code"]][r["to_code"]] = float(r["pop21"])
    return {
        code: {to: w / sum(targets.values()) for to, w in targets.items()}
        for code, targets in flows.items()
    }


@cache
def older_codes() -> frozenset[str]:
    """Codes of NUTS 2006/2010 that NUTS 2013 no longer has."""
    in_2013 = {r["from_code"] for r in crosswalk() if r["from_version"] == "2013"}
    older = {r["from_code"] for r in crosswalk() if r["from_version"] in ("2006", "2010")}
    return frozenset(older - in_2013)


def _plain(eurostat: str) -> str:
    """NACE as stored: C10 -> 10, G451 -> 45.1 (a section letter alone stays)."""
    digits = eurostat[1:]
    return digits if len(digits) == 2 else f"{digits[:2]}.{digits[2:]}"


async def stored(
    conn: AsyncConnection, nuts_id: str, nace: str, year: int, indicator: str = "employment"
) -> Any:
    return (
        await conn.execute(
            text(
                "SELECT r.value, r.flag, r.unit, r.nuts_version, r.conversion,"
                " r.converted_from, r.conversion_weight FROM regional_statistic r"
                " JOIN statistics_dataset d ON d.id = r.dataset_id"
                " WHERE d.code = 'sbs_r_nuts06_r2' AND r.indicator = :i AND r.nuts_id = :n"
                " AND r.nace_code = :c AND r.year = :y"
            ),
            {"i": indicator, "n": nuts_id, "c": nace, "y": year},
        )
    ).one_or_none()


async def test_rows_and_values_per_indicator_and_year_match_the_raw_file(
    connection: AsyncConnection,
) -> None:
    lines: Counter[tuple[str, int]] = Counter()
    values: Counter[tuple[str, int]] = Counter()
    for (indicator, geo, _nace, year), cell in raw_cells().items():
        if indicator not in INDICATORS or geo in older_codes():
            continue
        lines[INDICATORS[indicator], year] += 1
        # One negative amount is a source error, stored blank (checked below).
        values[INDICATORS[indicator], year] += not cell.startswith((":", "-"))
    rows = (
        await connection.execute(
            text(
                "SELECT r.indicator, r.year, count(*) AS n,"
                " count(r.value) FILTER (WHERE r.conversion IS NULL) AS published"
                " FROM regional_statistic r JOIN statistics_dataset d ON d.id = r.dataset_id"
                " WHERE d.code = 'sbs_r_nuts06_r2' GROUP BY 1, 2"
            )
        )
    ).all()
    found = {(r.indicator, r.year): (r.n, r.published) for r in rows}
    assert sorted({y for _, y in found}) == list(range(2008, 2016))
    for key, n in lines.items():
        if key == ("employment", 2015):
            continue  # completed from the later 2015 file, below
        # Every cell of a current code is a row (blank ones too); converted values of older
        # codes only fill blank cells, so the published values are exactly the file's.
        assert found[key] == (n, values[key]), key
    # A few figures per year, stated so that a change shows.
    assert lines["employment", 2010] == 42_390
    # 2015 persons employed: the later extraction's 2015 values, the bulk file's elsewhere.
    employment_2015 = found["employment", 2015]
    assert employment_2015[1] >= values["employment", 2015]
    assert raw_cells()["V13320", "NO06", "B06", 2014] == "-8.3"
    corrupt = await stored(connection, "NO06", "06", 2014, "wages_salaries")
    assert (corrupt.value, corrupt.flag) == (None, "corrupt_in_source")
    # The percentages V91290 and V94310 are not stored: no such indicator exists here.
    indicators = {r.indicator for r in rows}
    assert indicators == {"employment", "wages_salaries", "local_units"}


async def test_hand_check_wages_and_local_units_figures(connection: AsyncConnection) -> None:
    hand = await stored(connection, "DE21", "C", 2015)
    assert (hand.value, hand.flag, hand.unit) == (Decimal(398403), None, "persons")
    assert raw_value("V16110", "DE21", "C", 2015) == Decimal(398403)
    for code, indicator, unit in (
        ("V13320", "wages_salaries", "EUR million"),
        ("V11210", "local_units", "local units"),
    ):
        for year in (2008, 2014):
            row = await stored(connection, "DE21", "C", year, indicator)
            assert row.value == raw_value(code, "DE21", "C", year), (indicator, year)
            assert row.unit == unit
            assert row.nuts_version == 2013
            assert row.conversion is None


# Countries none of whose regions changed between NUTS 2006 and 2013: no converted values.
UNCHANGED = ("AT", "BE", "NL", "ES", "SE")


async def test_a_confidential_cell_is_null_with_its_flag_not_zero(
    connection: AsyncConnection,
) -> None:
    # The first confidential employment cell of 2012 of a current code, read from the file.
    geo, nace = next(
        (g, n)
        for (i, g, n, y), c in raw_cells().items()
        if i == "V16110" and y == 2012 and c == ": c" and g.startswith(UNCHANGED) and len(n) > 1
    )
    row = await stored(connection, geo, _plain(nace), 2012)
    assert row is not None
    assert (row.value, row.flag) == (None, "c")
    # A plain missing cell says so too.
    geo, nace = next(
        (g, n)
        for (i, g, n, y), c in raw_cells().items()
        if i == "V13320" and y == 2011 and c == ":" and g.startswith(UNCHANGED) and len(n) > 1
    )
    row = await stored(connection, geo, _plain(nace), 2011, "wages_salaries")
    assert (row.value, row.flag) == (None, "missing")


async def test_nuts_2010_codes_land_on_their_nuts_2013_regions(
    connection: AsyncConnection,
) -> None:
    assert {"EL11", "SI01", "SI02", "UKI1", "UKI2", "DE41", "ITD5"} <= older_codes()
    # The older codes' own rows are not stored: their figures would count twice.
    older = await connection.scalar(
        text(
            "SELECT count(*) FROM regional_statistic"
            " WHERE nuts_id IN ('EL11', 'SI01', 'SI02', 'UKI1', 'UKI2', 'DE41', 'ITD5')"
        )
    )
    assert older == 0

    # EL11 (NUTS 2010) is EL51 of NUTS 2013, whole: recoded, exact.
    assert shares(2010, 2013)["EL11"] == {"EL51": 1.0}
    el51 = await stored(connection, "EL51", "C", 2010)
    assert el51.value == raw_value("V16110", "EL11", "C", 2010) == Decimal(18844)
    assert el51.conversion == "recoded"
    assert el51.converted_from == [{"nuts_id": "EL11", "nuts_version": 2010, "share": 1.0}]
    assert el51.conversion_weight == "pop21"

    # SI01 lies in SI03 (pop21: wholly); SI02 is split between SI03 and SI04.
    si = shares(2010, 2013)
    assert si["SI01"] == {"SI03": 1.0}
    si01 = raw_value("V16110", "SI01", "C", 2011)
    si02 = raw_value("V16110", "SI02", "C", 2011)
    assert si01 is not None
    assert si02 is not None
    si03 = await stored(connection, "SI03", "C", 2011)
    si04 = await stored(connection, "SI04", "C", 2011)
    assert float(si03.value) == pytest.approx(
        float(si01) + float(si02) * si["SI02"]["SI03"], abs=1e-3
    )
    assert float(si04.value) == pytest.approx(float(si02) * si["SI02"]["SI04"], abs=1e-3)
    assert (si03.conversion, si04.conversion) == ("estimated", "estimated")
    # What is split adds up to what was published.
    assert float(si03.value + si04.value) == pytest.approx(float(si01 + si02), abs=1e-3)

    # UKI1 (Inner London) was split into UKI3 and UKI4 in NUTS 2013.
    uki1 = raw_value("V16110", "UKI1", "C", 2012)
    assert uki1 is not None
    parts = shares(2010, 2013)["UKI1"]
    assert set(parts) == {"UKI3", "UKI4"}
    for code, share in parts.items():
        row = await stored(connection, code, "C", 2012)
        assert float(row.value) == pytest.approx(float(uki1) * share, abs=1e-3)
        assert row.conversion == "estimated"
        assert row.converted_from == [
            {"nuts_id": "UKI1", "nuts_version": 2010, "share": pytest.approx(share, abs=1e-6)}
        ]

    # DE41 + DE42 (NUTS 2006) merged into DE40: the exact sum, with the sources' flag.
    de40 = await stored(connection, "DE40", "C", 2008)
    assert raw_cells()["V16110", "DE41", "C", 2008] == "35680 i"
    assert de40.value == Decimal(35680 + 51045)
    assert (de40.conversion, de40.flag) == ("merged", "i")
    # A confidential source leaves the merged value blank and flagged, not partial.
    assert raw_cells()["V16110", "DE41", "C", 2010] == ": c"
    blank = await stored(connection, "DE40", "C", 2010)
    assert (blank.value, blank.flag, blank.conversion) == (None, "c", "merged")

    # A figure published under the NUTS 2013 code wins over a conversion (FI1D, 2010).
    fi1d = await stored(connection, "FI1D", "C", 2010)
    assert fi1d.value == raw_value("V16110", "FI1D", "C", 2010)
    assert fi1d.conversion is None


async def test_year_range_over_http(api: httpx.AsyncClient) -> None:
    response = await api.get(
        STATISTICS,
        params={"region": "DE21", "nace": "C", "year_from": 2010, "year_to": 2014},
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert [(i["indicator"], i["year"]) for i in items] == [
        (indicator, year)
        for indicator in ("employment", "local_units", "wages_salaries")
        for year in range(2010, 2015)
    ]
    by_key = {(i["indicator"], i["year"]): i for i in items}
    assert by_key["employment", 2012]["value"] == raw_value("V16110", "DE21", "C", 2012)
    assert by_key["wages_salaries", 2013]["value"] == pytest.approx(
        float(raw_value("V13320", "DE21", "C", 2013) or 0)
    )
    assert by_key["wages_salaries", 2013]["unit"] == "EUR million"
    assert all(i["conversion"] is None for i in items)

    only_from = await api.get(
        STATISTICS,
        params={"region": "DE21", "nace": "C", "indicator": "employment", "year_from": 2014},
    )
    assert [i["year"] for i in only_from.json()["items"]] == [2014, 2015]

    backwards = await api.get(STATISTICS, params={"year_from": 2014, "year_to": 2010})
    assert backwards.status_code == 422
    assert backwards.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in backwards.json()["errors"]] == ["query.year_to"]
    both = await api.get(STATISTICS, params={"year": 2014, "year_from": 2010})
    assert both.status_code == 422
    assert [e["field"] for e in both.json()["errors"]] == ["query.year_from"]
    too_early = await api.get(STATISTICS, params={"year_from": 1900})
    assert too_early.status_code == 422
    assert [e["field"] for e in too_early.json()["errors"]] == ["query.year_from"]


async def test_by_category_per_year(api: httpx.AsyncClient) -> None:
    series = await api.get(
        f"{STATISTICS}/by-category/series",
        params={"region": "DE21", "year_from": 2012, "year_to": 2014},
    )
    assert series.status_code == 200
    body = series.json()
    assert body["nuts_id"] == "DE21"
    assert [y["year"] for y in body["years"]] == [2012, 2013, 2014]
    for year in body["years"]:
        single = await api.get(
            f"{STATISTICS}/by-category", params={"region": "DE21", "year": year["year"]}
        )
        assert single.status_code == 200
        assert single.json()["items"] == year["items"]
    # A category of whole divisions, summed from the raw file for one year.
    items = {i["slug"]: i for i in body["years"][1]["items"]}
    fig = next(i for i in items.values() if i["complete"] and i["codes_counted"])
    assert fig["value"] is not None
    # Every year of the series by default, with a wages series too.
    wages = await api.get(
        f"{STATISTICS}/by-category/series",
        params={"region": "FRE1", "indicator": "wages_salaries"},
    )
    assert wages.status_code == 200
    assert wages.headers["Eco-Resolved-Region"] == "FR30"
    assert [y["year"] for y in wages.json()["years"]] == list(range(2008, 2016))
    assert {y["unit"] for y in wages.json()["years"]} == {"EUR million"}


async def test_figures_shown_on_nuts_2024_regions(api: httpx.AsyncClient) -> None:
    # FR30 of 2013 is FRE1 of 2024, recoded: the same figures, exact.
    recoded = await api.get(
        STATISTICS,
        params={
            "region": "FRE1",
            "to_nuts_version": 2024,
            "nace": "C",
            "indicator": "employment",
            "year_from": 2010,
            "year_to": 2012,
        },
    )
    assert recoded.status_code == 200
    items = recoded.json()["items"]
    assert [(i["nuts_id"], i["nuts_version"], i["year"]) for i in items] == [
        ("FRE1", 2024, y) for y in (2010, 2011, 2012)
    ]
    for item in items:
        assert item["value"] == raw_value("V16110", "FR30", "C", item["year"])
        assert item["conversion"] == {
            "kind": "recoded",
            "weight": "pop21",
            "converted_from": [{"nuts_id": "FR30", "nuts_version": 2013, "share": 1.0}],
        }

    # Centro PT16 of 2013 was split: PT19 of 2024 holds 74 % of its population.
    share = shares(2013, 2024)["PT16"]["PT19"]
    pt16 = raw_value("V16110", "PT16", "C", 2014)
    assert pt16 is not None
    split = await api.get(
        STATISTICS,
        params={"region": "PT19", "to_nuts_version": 2024, "nace": "C", "year": 2014},
    )
    assert split.status_code == 200
    (item,) = [i for i in split.json()["items"] if i["indicator"] == "employment"]
    assert item["value"] == pytest.approx(float(pt16) * share, abs=1e-3)
    assert item["conversion"]["kind"] == "estimated"
    assert item["conversion"]["weight"] == "pop21"
    # Another weight, stated in the answer.
    by_area = await api.get(
        STATISTICS,
        params={
            "region": "PT19",
            "to_nuts_version": 2024,
            "nace": "C",
            "year": 2014,
            "indicator": "employment",
            "conversion_weight": "area_km",
        },
    )
    (area_item,) = by_area.json()["items"]
    assert area_item["conversion"]["weight"] == "area_km"
    assert area_item["value"] != item["value"]

    # PT1D gathers parts of PT16 and PT18: estimated from both.
    pt1d = await api.get(
        STATISTICS,
        params={
            "region": "PT1D",
            "to_nuts_version": 2024,
            "nace": "C",
            "year": 2014,
            "indicator": "employment",
        },
    )
    (mixed,) = pt1d.json()["items"]
    expected = (
        float(pt16) * shares(2013, 2024)["PT16"]["PT1D"]
        + float(raw_value("V16110", "PT18", "C", 2014) or 0) * shares(2013, 2024)["PT18"]["PT1D"]
    )
    assert mixed["value"] == pytest.approx(expected, abs=1e-3)
    assert [s["nuts_id"] for s in mixed["conversion"]["converted_from"]] == ["PT16", "PT18"]

    # Converting needs a region.
    missing = await api.get(STATISTICS, params={"to_nuts_version": 2024, "year": 2014})
    assert missing.status_code == 422
    assert [e["field"] for e in missing.json()["errors"]] == ["query.region"]


async def test_by_category_on_nuts_2024_regions(api: httpx.AsyncClient) -> None:
    # FRE1 of 2024 is FR30 of 2013 recoded: the same figures as FR30's, stated as recoded.
    stored = (
        await api.get(f"{STATISTICS}/by-category", params={"region": "FR30", "year": 2014})
    ).json()
    recoded = await api.get(
        f"{STATISTICS}/by-category",
        params={"region": "FRE1", "year": 2014, "to_nuts_version": 2024},
    )
    assert recoded.status_code == 200, recoded.text
    body = recoded.json()
    assert (body["nuts_id"], body["nuts_version"], body["year"]) == ("FRE1", 2024, 2014)
    assert body["conversion"] == {
        "kind": "recoded",
        "weight": "pop21",
        "converted_from": [{"nuts_id": "FR30", "nuts_version": 2013, "share": 1.0}],
    }
    want = {(i["kind"], i["slug"]): i for i in stored["items"]}
    assert len(body["items"]) == len(want)
    for item in body["items"]:
        plain = want[item["kind"], item["slug"]]
        if plain["value"] is None:
            assert item["value"] is None, item["slug"]
        else:
            assert item["value"] == pytest.approx(plain["value"], rel=1e-9), item["slug"]
        assert item["codes_counted"] == plain["codes_counted"], item["slug"]
        assert item["codes_confidential"] == plain["codes_confidential"], item["slug"]
        assert item["conversion"] == ("recoded" if item["codes_counted"] else None)
    assert stored["conversion"] is None
    assert all(i["conversion"] is None for i in stored["items"])

    # PT19 of 2024 holds a population share of PT16 of 2013 (split): every figure is that
    # share of PT16's, estimated.
    share = shares(2013, 2024)["PT16"]["PT19"]
    pt16 = (
        await api.get(f"{STATISTICS}/by-category", params={"region": "PT16", "year": 2014})
    ).json()
    split = (
        await api.get(
            f"{STATISTICS}/by-category",
            params={"region": "PT19", "year": 2014, "to_nuts_version": 2024},
        )
    ).json()
    assert split["conversion"]["kind"] == "estimated"
    assert split["conversion"]["converted_from"] == [
        {"nuts_id": "PT16", "nuts_version": 2013, "share": pytest.approx(share, abs=1e-6)}
    ]
    source = {(i["kind"], i["slug"]): i for i in pt16["items"]}
    compared = 0
    for item in split["items"]:
        original = source[item["kind"], item["slug"]]
        assert item["codes_counted"] == original["codes_counted"], item["slug"]
        if original["value"] is not None:
            assert item["value"] == pytest.approx(original["value"] * share, rel=1e-4)
            assert item["conversion"] == "estimated"
            compared += 1
    assert compared > 10
    # Another weight: other figures, and the answer says which.
    by_area = (
        await api.get(
            f"{STATISTICS}/by-category",
            params={
                "region": "PT19",
                "year": 2014,
                "to_nuts_version": 2024,
                "conversion_weight": "area_km",
            },
        )
    ).json()
    assert by_area["conversion"]["weight"] == "area_km"
    assert [i["value"] for i in by_area["items"]] != [i["value"] for i in split["items"]]

    # The series converts each year the same way.
    series = await api.get(
        f"{STATISTICS}/by-category/series",
        params={"region": "PT19", "year_from": 2013, "year_to": 2014, "to_nuts_version": 2024},
    )
    assert series.status_code == 200, series.text
    years = series.json()["years"]
    assert [y["year"] for y in years] == [2013, 2014]
    assert years[1]["items"] == split["items"]
    assert series.json()["conversion"]["kind"] == "estimated"
    assert series.json()["nuts_version"] == 2024
