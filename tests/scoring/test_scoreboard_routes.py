"""The Regional Eco-System Scoreboard over HTTP, on the shipped framework and the indicators
it derives from the shipped Eurostat SBS 2015 file, checked against computations made here
straight from that file."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from tests.conftest import Caller
from tests.scoring.chart_checks import assert_every_label_visible
from tests.scoring.independent import filled, raw_file, region_total

LONG = Path(__file__).resolve().parents[2] / "reference_data/employment"
LONG_CSV = LONG / "sbs_r_nuts06_r2_2015_employment_long.csv"
REGION = "ITC4"  # Lombardia
PEERS = ["ITC1", "DE21", "FR10"]
URL = f"/v1/scoreboard/regions/{REGION}"
EXACT = {"winsorise": "false", "log_skewed": "false"}


def _employment() -> dict[str, dict[str, float]]:
    """NUTS-2 region -> Eurostat NACE code -> persons employed (cells with a value)."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    with LONG_CSV.open(newline="") as source:
        for row in csv.DictReader(source):
            extra_regio = row["geo"].endswith("ZZ")
            if row["nuts_level"] == "2" and row["value"] != "" and not extra_regio:
                out[row["geo"]][row["nace_r2"]] = float(row["value"])
    return out


def _share(geo: str, numerator: list[str]) -> float | None:
    """The share recomputed from the raw file with blank sections filled from their
    published divisions (tests/scoring/independent.py, the Panorama's check)."""
    values, _ = filled(geo)
    if any(code not in values for code in numerator):
        return None
    return 100 * sum(values[c] for c in numerator) / region_total(geo)


def _indicator(board: dict[str, Any], code: str) -> dict[str, Any]:
    return next(i for i in board["detailed"] if i["code"] == code)


async def test_framework_has_six_dimensions(scoring: httpx.AsyncClient) -> None:
    listed = (await scoring.get("/v1/scoreboard/frameworks")).json()
    assert [(f["version"], f["is_active"], f["indicators"]) for f in listed] == [
        ("2026.1", True, 21)
    ]
    framework = (await scoring.get("/v1/scoreboard/frameworks/2026.1")).json()
    assert [d["slug"] for d in framework["dimensions"]] == [
        "knowledge-basis-and-skills",
        "access-to-finance",
        "collaboration-and-internationalisation",
        "demand-conditions",
        "entrepreneurial-conditions",
        "quality-of-governance",
    ]
    for dimension in framework["dimensions"]:
        assert 2 <= len(dimension["subdimensions"]) <= 3
        assert all(s["indicators"] for s in dimension["subdimensions"])
    indicators = {
        i["code"]: i
        for d in framework["dimensions"]
        for s in d["subdimensions"]
        for i in s["indicators"]
    }
    assert indicators["sme_loan_rejection_rate"]["direction"] == "lower"
    derived = [c for c, i in indicators.items() if i["source"].startswith("Derived from Eurostat")]
    assert len(derived) == 6


async def test_derived_indicators_equal_the_shipped_file(scoring: httpx.AsyncClient) -> None:
    board = (await scoring.get(URL, params={"peers": ",".join(PEERS)})).json()
    kibs = _indicator(board, "sbs_kibs_employment_share")
    expected = _share(REGION, ["J62", "J63", "M69", "M70", "M71", "M72", "M73"])
    assert expected is not None
    assert kibs["raw"] == pytest.approx(expected, rel=1e-9)
    assert kibs["year"] == 2015
    assert "Eurostat SBS 2015" in kibs["source"]
    ict = _indicator(board, "sbs_ict_services_share")
    assert ict["raw"] == pytest.approx(_share(REGION, ["J"]), rel=1e-9)
    assert (ict["status"], ict["filled_from_parts"]) == ("published", [])
    # An example indicator nobody imported is missing, not zero.
    tertiary = _indicator(board, "tertiary_education_share")
    assert (tertiary["raw"], tertiary["normalised"], tertiary["eu_coverage"]) == (None, None, 0)


# Regions with a blank section whose divisions are published (docs/panorama-methodology.md).
BLANK_SECTION = {"DEC0": "C", "DEB1": "C", "DE60": "C", "PT20": "N", "PT30": "N"}
SBS = {
    "sbs_ict_services_share": ["J"],
    "sbs_business_support_share": ["N"],
    "sbs_high_tech_manufacturing_share": ["C21", "C26"],
    "sbs_kibs_employment_share": ["J62", "J63", "M69", "M70", "M71", "M72", "M73"],
}


async def test_blank_sections_count_their_divisions_as_in_the_panorama(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any]
) -> None:
    values, _ = raw_file()
    for geo, section in BLANK_SECTION.items():
        assert section not in values[geo]  # blank in the raw file
        board = await scoring.get(f"/v1/scoreboard/regions/{geo}", params={"peers": REGION})
        assert board.status_code == 200, board.text
        served = {i["code"]: i for i in board.json()["detailed"]}
        for code, numerator in SBS.items():
            expected = _share(geo, numerator)
            indicator = served[code]
            if expected is None:
                assert indicator["raw"] is None, (geo, code)
                continue
            assert indicator["raw"] == pytest.approx(expected, rel=1e-9), (geo, code)
            # The total counts the filled section, so every value is flagged as derived.
            assert indicator["status"] == "derived", (geo, code)
            assert section in indicator["filled_from_parts"], (geo, code)

        # The same denominator as the Panorama's: the region total implied by the ICT
        # share and the published J employment is the Panorama's region total.
        ict = served["sbs_ict_services_share"]["raw"]
        implied_total = 100 * filled(geo)[0]["J"] / ict
        profile = await scoring.get(f"/v1/panorama/runs/{succeeded_run['id']}/regions/{geo}")
        panorama_total = profile.json()["clusters"][0]["region_total"]
        assert panorama_total == round(region_total(geo))
        assert implied_total == pytest.approx(panorama_total, abs=0.5), geo

    # DEC0: the total counts section C (98,815 from its divisions): 317,062 persons, not the
    # 218,247 of its published sections, which overstated every share by 1.45.
    dec0 = (await scoring.get("/v1/scoreboard/regions/DEC0", params={"peers": REGION})).json()
    ict = next(i for i in dec0["detailed"] if i["code"] == "sbs_ict_services_share")
    assert round(100 * values["DEC0"]["J"] / ict["raw"]) == 317_062
    # Named as the Panorama names them: C, and B (filled from divisions published as 0).
    assert ict["filled_from_parts"] == sorted(c for c in filled("DEC0")[1] if len(c) == 1)
    assert ict["filled_from_parts"] == ["B", "C"]


async def test_scores_are_min_max_over_all_regions(scoring: httpx.AsyncClient) -> None:
    shares = {geo: s for geo in _employment() if (s := _share(geo, ["J"])) is not None}
    low, high = min(shares.values()), max(shares.values())
    normalised = {geo: (v - low) / (high - low) * 100 for geo, v in shares.items()}
    response = await scoring.get(URL, params={**EXACT, "peers": ",".join(PEERS), "band": 0.2})
    assert response.status_code == 200, response.text
    board = response.json()
    assert board["parameters"]["comparison_regions"] == len(_employment())
    assert board["parameters"]["band"] == 0.2
    assert board["peers"]["method"] == "chosen"
    assert [p["nuts_id"] for p in board["peers"]["regions"]] == PEERS

    ict = _indicator(board, "sbs_ict_services_share")
    assert ict["normalised"] == pytest.approx(normalised[REGION])
    assert ict["logged"] is False
    assert ict["eu_mean"] == pytest.approx(sum(normalised.values()) / len(normalised))
    assert ict["eu_raw_mean"] == pytest.approx(sum(shares.values()) / len(shares))
    assert ict["peer_mean"] == pytest.approx(sum(normalised[p] for p in PEERS) / len(PEERS))
    assert ict["peer_coverage"] == 1.0

    demand = next(d for d in board["overall"] if d["dimension"] == "demand-conditions")
    digital = next(s for s in demand["subdimensions"] if s["subdimension"] == "digital-demand")
    market = next(s for s in demand["subdimensions"] if s["subdimension"] == "market-size")
    # Only the derived indicator has values: a mean over what exists, with its coverage.
    assert digital["score"] == pytest.approx(normalised[REGION])
    assert digital["coverage"] == 0.5
    assert (market["score"], market["coverage"]) == (None, 0.0)
    assert demand["score"] == pytest.approx(normalised[REGION])
    assert demand["coverage"] == pytest.approx(1 / 3)
    assert demand["relative_to_eu"] == pytest.approx(100 * demand["score"] / demand["eu_mean"])
    finance = next(d for d in board["overall"] if d["dimension"] == "access-to-finance")
    assert (finance["score"], finance["coverage"], finance["assessment"]) == (None, 0.0, None)

    weaknesses = []
    for d in board["overall"]:
        for s in [d, *d["subdimensions"]]:
            if s["score"] is None:
                assert s["assessment"] is None
            elif s["score"] > s["peer_mean"] * 1.2:
                assert s["assessment"] == "strength"
            elif s["score"] < s["peer_mean"] * 0.8:
                assert s["assessment"] == "weakness"
                weaknesses.append(s["peer_mean"] - s["score"])
            else:
                assert s["assessment"] is None
    gaps = [f["gap"] for f in board["scorecard"]]
    assert gaps == sorted(weaknesses, reverse=True)


async def test_default_peers_are_the_five_most_similar(scoring: httpx.AsyncClient) -> None:
    board = (await scoring.get(URL)).json()
    peers = [p["nuts_id"] for p in board["peers"]["regions"]]
    assert board["peers"]["method"] == "structural_similarity"
    assert "cosine similarity" in board["peers"]["description"]
    assert len(set(peers)) == 5
    assert REGION not in peers
    level_two = _employment()
    assert all(p in level_two for p in peers)
    assert board["parameters"]["winsorise"] is True


@pytest.mark.parametrize("kind", ["radar", "bar"])
async def test_chart_is_svg_with_the_region_name(scoring: httpx.AsyncClient, kind: str) -> None:
    response = await scoring.get(f"{URL}/chart.svg", params={"type": kind})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("image/svg+xml")
    root = ET.fromstring(response.text)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    title = root.find("{http://www.w3.org/2000/svg}title")
    assert title is not None
    assert title.text is not None
    assert "Lombardia" in title.text
    assert REGION in title.text
    # 480 px wide with every label inside, each dimension named in full.
    texts = assert_every_label_visible(response.text).texts()
    board = (await scoring.get(URL)).json()
    names = [d["dimension"].replace("-", " ").capitalize() for d in board["overall"]]
    assert all(any(t.startswith(name) for t in texts) for name in names), texts
    assert "Lombardia (ITC4)" in texts


async def test_chart_spec_is_the_scoreboard_as_data(scoring: httpx.AsyncClient) -> None:
    board = (await scoring.get(URL, params={"peers": ",".join(PEERS)})).json()
    response = await scoring.get(
        f"{URL}/chart.vl.json", params={"type": "bar", "peers": ",".join(PEERS)}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["etag"]
    spec = response.json()
    assert spec["$schema"] == "https://vega.github.io/schema/vega-lite/v6.json"
    assert spec["title"]["text"] == ["Lombardia (ITC4)"]
    expected = []
    for series, key in [("Lombardia (ITC4)", "score"), ("Peer mean", "peer_mean")]:
        expected += [
            (series, d["dimension"].replace("-", " ").capitalize(), d[key])
            for d in board["overall"]
        ]
    rows = [(r["series"], r["dimension"], r["score"]) for r in spec["datasets"]["scores"]]
    assert rows[: len(expected)] == [
        (s, d, None if v is None else round(v, 2)) for s, d, v in expected
    ]
    assert [r["series"] for r in spec["datasets"]["scores"]][-1] == "EU mean"
    again = await scoring.get(
        f"{URL}/chart.vl.json",
        params={"type": "bar", "peers": ",".join(PEERS)},
        headers={"If-None-Match": response.headers["etag"]},
    )
    assert again.status_code == 304


async def test_chart_png_is_the_radar_at_the_scale_asked(scoring: httpx.AsyncClient) -> None:
    response = await scoring.get(f"{URL}/chart.png", params={"scale": "1"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.width == 480
    colours = {c for _, c in image.convert("RGB").getcolors(maxcolors=1_000_000) or []}
    assert (0x00, 0x72, 0xB2) in colours  # the region's outline
    doubled = await scoring.get(f"{URL}/chart.png")
    assert Image.open(io.BytesIO(doubled.content)).width == 960


@pytest.mark.parametrize(
    ("path", "params", "status", "field"),
    [
        (URL, {"band": "1.5"}, 422, "query.band"),
        (URL, {"band": "0"}, 422, "query.band"),
        (URL, {"peers": "ITC1,ITC2,ITC3,ITH1,ITH2,ITI1"}, 422, "query.peers"),
        (URL, {"peers": f"ITC1,{REGION}"}, 422, "query.peers"),
        (URL, {"peers": "ITC1,ITC1"}, 422, "query.peers"),
        (URL, {"peers": "ITC1,DE"}, 422, "query.peers"),
        (URL, {"peers": "not a list"}, 422, "query.peers"),
        (f"{URL}/chart.svg", {"type": "pie"}, 422, "query.type"),
        (f"{URL}/chart.vl.json", {"type": "pie"}, 422, "query.type"),
        (f"{URL}/chart.png", {"scale": "5"}, 422, "query.scale"),
        ("/v1/scoreboard/regions/XX99/chart.vl.json", {}, 404, None),
        ("/v1/scoreboard/regions/DE", {}, 422, "path.nuts_id"),
        (URL, {"year": "2000"}, 422, "query.year"),
        (URL, {"framework": "1999.9"}, 404, None),
        ("/v1/scoreboard/frameworks/1999.9", {}, 404, None),
        ("/v1/scoreboard/regions/XX99", {}, 404, None),
    ],
)
async def test_bad_parameters_are_problems(
    scoring: httpx.AsyncClient, path: str, params: dict[str, str], status: int, field: str | None
) -> None:
    response = await scoring.get(path, params=params)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    if field is not None:
        assert field in [e["field"] for e in response.json()["errors"]]


# -- imports -------------------------------------------------------------------------------

IMPORTS = "/v1/scoreboard/frameworks/2026.1/values/imports"
HEADER = "indicator_code,nuts_id,nuts_version,year,value,source\n"
VALID = (
    HEADER
    + "tertiary_education_share,ITC4,2013,2023,36.1,Eurostat edat_lfse_04\n"
    + "tertiary_education_share,ITC1,2013,2023,31.0,Eurostat edat_lfse_04\n"
    + "tertiary_education_share,DE21,2013,2023,41.9,Eurostat edat_lfse_04\n"
)
CORRUPT = (
    VALID
    + "no_such_indicator,ITC4,2013,2023,1,x\n"
    + "rd_expenditure_gdp,ZZ99,2013,2021,1.2,x\n"
    + "rd_expenditure_gdp,ITC4,2013,2021,not a number,x\n"
    + "tertiary_education_share,ITC4,2013,2023,36.1,Eurostat edat_lfse_04\n"
)


async def _count(connection: AsyncConnection) -> int:
    return int(
        (await connection.execute(text("SELECT count(*) FROM scoreboard_value"))).scalar_one()
    )


async def _post(
    scoring: httpx.AsyncClient, caller: Caller, body: str, **params: str
) -> httpx.Response:
    return await scoring.post(
        IMPORTS,
        content=body.encode(),
        params=params,
        headers={**caller.headers, "Content-Type": "text/csv"},
    )


async def test_import_values_and_again(
    scoring: httpx.AsyncClient, connection: AsyncConnection, admin: Caller
) -> None:
    before = await _count(connection)
    first = await _post(scoring, admin, VALID)
    assert first.status_code == 201, first.text
    report = first.json()
    assert (report["rows_read"], report["inserted"], report["written"]) == (3, 3, True)
    assert await _count(connection) == before + 3

    again = await _post(scoring, admin, VALID)
    assert again.status_code == 200
    assert (again.json()["unchanged"], again.json()["written"]) == (3, False)
    assert await _count(connection) == before + 3

    board = (await scoring.get(URL, params={**EXACT, "peers": "ITC1,DE21"})).json()
    tertiary = _indicator(board, "tertiary_education_share")
    assert tertiary["raw"] == 36.1
    assert tertiary["normalised"] == pytest.approx((36.1 - 31.0) / (41.9 - 31.0) * 100)
    assert tertiary["eu_coverage"] == pytest.approx(3 / board["parameters"]["comparison_regions"])
    assert tertiary["source"] == "Eurostat edat_lfse_04"


async def test_corrupt_import_writes_nothing(
    scoring: httpx.AsyncClient, connection: AsyncConnection, admin: Caller
) -> None:
    before = await _count(connection)
    response = await _post(scoring, admin, CORRUPT)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    report = response.json()["report"]
    assert (report["rows_read"], report["rows_valid"], report["rows_invalid"]) == (7, 3, 4)
    assert {(p["row"], p["column"]) for p in report["problems"]} == {
        (5, "indicator_code"),
        (6, "nuts_id"),
        (7, "value"),
        (8, None),
    }
    assert await _count(connection) == before

    skipped = await _post(scoring, admin, CORRUPT, mode="skip_invalid")
    assert skipped.status_code == 201
    assert (skipped.json()["inserted"], skipped.json()["rows_invalid"]) == (3, 4)
    assert await _count(connection) == before + 3


@pytest.mark.parametrize(
    ("body", "status"),
    [("code,region\nx,y\n", 422), ("", 422), (b"\xff\xfe\x00bad", 422)],
)
async def test_refused_files(
    scoring: httpx.AsyncClient, connection: AsyncConnection, admin: Caller, body: Any, status: int
) -> None:
    before = await _count(connection)
    content = body if isinstance(body, bytes) else body.encode()
    response = await scoring.post(
        IMPORTS, content=content, headers={**admin.headers, "Content-Type": "text/csv"}
    )
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await _count(connection) == before


async def test_import_needs_scores_write(scoring: httpx.AsyncClient, make_caller: Any) -> None:
    assert (await scoring.post(IMPORTS, content=VALID.encode())).status_code == 401
    unknown = await _post(scoring, await make_caller("admin"), VALID)
    assert unknown.status_code == 201
    missing = await scoring.post(
        "/v1/scoreboard/frameworks/1999.9/values/imports",
        content=VALID.encode(),
        headers=(await make_caller("admin")).headers,
    )
    assert missing.status_code == 404
