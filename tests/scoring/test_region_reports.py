"""Region assessment reports over HTTP: a model demonstrator region with every part (its
Panorama and scoreboard filed under its NUTS 2013 code, its Stress Test and survey under
the 2021/2024 one), what anonymous and other callers see, a region with nothing, bad input."""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from pypdf import PdfReader

from tests.conftest import Caller
from tests.excellence.conftest import RESPONSE, SURVEYS, issue, survey_body, token_header
from tests.scoring.chart_checks import assert_every_label_visible
from tests.scoring.conftest import submitted_assessment

REPORTS = "/v1/region-reports"
# Nord-Pas de Calais: FRE1 in NUTS 2021 and 2024, FR30 in NUTS 2013 (the shipped statistics,
# hence the Panorama run and the derived scoreboard values).
REGION, REGION_2013, NAME = "FRE1", "FR30", "Nord-Pas de Calais"
ANSWER = [
    {"item": "fc_kno_skills", "importance": 5, "extent": 2},
    {"item": "cm_par_matchmaking", "importance": 4, "extent": 4, "satisfaction": 3},
]

Make = Callable[..., Awaitable[Caller]]


async def _survey(
    scoring: httpx.AsyncClient, caller: Caller, nuts_id: str, respondents: int
) -> dict[str, Any]:
    """A survey of the region's textile cluster (minimum 5 respondents) answered by some."""
    body = survey_body(nuts_id=nuts_id, category="textile-manufacturing", title="Textiles")
    created = await scoring.post(SURVEYS, json=body, headers=caller.headers)
    assert created.status_code == 201, created.text
    survey = dict(created.json())
    for token in await issue(scoring, caller, survey["id"], respondents):
        answered = await scoring.post(
            RESPONSE, json={"answers": ANSWER}, headers=token_header(token)
        )
        assert answered.status_code == 201, answered.text
    return survey


def _pdf_text(response: httpx.Response) -> tuple[str, PdfReader]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    return " ".join(text.split()), reader


def _statuses(report: dict[str, Any]) -> dict[str, str]:
    return {p: report[p]["status"] for p in ("panorama", "scoreboard", "stress_test", "surveys")}


def _problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return dict(response.json())


# -- a demonstrator region with everything -------------------------------------------------


async def test_a_demonstrator_report_combines_every_part(
    scoring: httpx.AsyncClient,
    succeeded_run: dict[str, Any],
    admin: Caller,
    make_caller: Make,
) -> None:
    region = await make_caller("region", name=NAME)
    _, result = await submitted_assessment(scoring, region, REGION)
    survey = await _survey(scoring, region, REGION, respondents=5)

    response = await scoring.get(f"{REPORTS}/{REGION}", headers=region.headers)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "private, max-age=0"
    report = response.json()
    assert (report["region"]["nuts_id"], report["region"]["name"]) == (REGION, NAME)
    assert [(c["nuts_version"], c["nuts_id"]) for c in report["region"]["codes"]] == [
        (2024, REGION),
        (2021, REGION),
        (2013, REGION_2013),
    ]
    assert report["demonstrator"]["name"] == NAME
    assert report["demonstrator"]["focus"].startswith("restructuring manufacturing")
    assert _statuses(report) == dict.fromkeys(_statuses(report), "present")

    # Each part is what its own endpoint answers, found under the code it is filed under.
    panorama = report["panorama"]
    assert panorama["nuts_id"] == REGION_2013
    assert panorama["profile"]["run"]["id"] == succeeded_run["id"]
    own_profile = await scoring.get(f"/v1/panorama/runs/latest/regions/{REGION_2013}")
    assert panorama["profile"] == own_profile.json()
    own_opportunities = await scoring.get(
        f"/v1/panorama/runs/latest/regions/{REGION_2013}/opportunities", params={"limit": 5}
    )
    assert panorama["opportunities"] == own_opportunities.json()["items"]
    assert report["scoreboard"]["nuts_id"] == REGION_2013
    own_board = await scoring.get(f"/v1/scoreboard/regions/{REGION_2013}")
    assert report["scoreboard"]["scoreboard"] == own_board.json()
    stress = report["stress_test"]
    assert (stress["nuts_id"], stress["result"]) == (REGION, result)
    # The Stress Test filed under FRE1 was itself scored on FR30's scoreboard and Panorama
    # clusters: the same scoreboard as the report's, the same run.
    board = report["scoreboard"]["scoreboard"]
    assert result["scoreboard"] == {
        "framework": board["framework"],
        "nuts_id": REGION_2013,
        "peers": [p["nuts_id"] for p in board["peers"]["regions"]],
        "peers_method": board["peers"]["method"],
        "note": None,
    }
    assert {b["conditions"] for b in result["blocks"]} - {"unknown"}
    assert result["panorama"] == {
        "run_id": succeeded_run["id"],
        "nuts_id": REGION_2013,
        "year": succeeded_run["year"],
        "note": None,
    }
    assert any(r["clusters"] for r in result["recommendations"])
    # The only submitted assessment: the mean of all is its own block scores.
    assert stress["all_mean"] == {b["code"]: b["score"] for b in result["blocks"]}
    own_results = await scoring.get(f"{SURVEYS}/{survey['id']}/results", headers=region.headers)
    assert report["surveys"]["surveys"] == [own_results.json()]
    assert report["surveys"]["surveys"][0]["suppressed"] is False

    # With a Stress Test, its recommendations are the recommendations, most urgent first.
    section = report["recommendations"]
    assert section["basis"] == "stress_test"
    assert [i["title"] for i in section["items"]] == [r["title"] for r in result["recommendations"]]
    assert {(i["source"], i["kind"]) for i in section["items"]} == {
        ("stress_test", "recommendation")
    }
    assert [i["rank"] for i in section["items"]] == list(range(1, len(section["items"]) + 1))
    top = section["items"][0]["title"]

    # The NUTS 2013 code is the same region.
    by_old_code = (await scoring.get(f"{REPORTS}/{REGION_2013}", headers=region.headers)).json()
    assert by_old_code["region"]["requested"] == REGION_2013
    by_old_code["region"]["requested"] = REGION
    assert by_old_code == report

    text, reader = _pdf_text(
        await scoring.get(f"{REPORTS}/{REGION}/report.pdf", headers=region.headers)
    )
    assert NAME in text
    assert top in text
    assert "Textiles" in text
    assert reader.metadata is not None
    assert reader.metadata.title == f"{NAME} ({REGION}): region assessment report"

    page = await scoring.get(f"{REPORTS}/{REGION}/report.html", headers=region.headers)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["content-disposition"].startswith("inline;")
    assert f"1. {top}" in page.text
    assert page.text.count("<svg") == 2  # the scoreboard's radar and the Stress Test's
    assert "<script" not in page.text

    # Administrators read every region's private parts.
    as_admin = (await scoring.get(f"{REPORTS}/{REGION}", headers=admin.headers)).json()
    assert as_admin == report


async def test_private_parts_are_restricted_to_those_allowed(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any], make_caller: Make
) -> None:
    owner = await make_caller("region", name=NAME)
    _, result = await submitted_assessment(scoring, owner, REGION)
    await _survey(scoring, owner, REGION, respondents=5)
    top = result["recommendations"][0]["title"]

    anonymous = (await scoring.get(f"{REPORTS}/{REGION}")).json()
    assert _statuses(anonymous) == {
        "panorama": "present",
        "scoreboard": "present",
        "stress_test": "restricted",
        "surveys": "restricted",
    }
    assert "assessments:read" in anonymous["stress_test"]["reason"]
    assert "surveys:read" in anonymous["surveys"]["reason"]
    assert anonymous["stress_test"]["result"] is None
    assert anonymous["surveys"]["surveys"] == []
    # Without a Stress Test to show: hints from public data, each saying where it comes from.
    section = anonymous["recommendations"]
    assert section["basis"] == "hints"
    assert "assessments:read" in section["note"]
    scorecard = anonymous["scoreboard"]["scoreboard"]["scorecard"]
    opportunities = anonymous["panorama"]["opportunities"]
    assert scorecard, "the shipped data give Nord-Pas de Calais weaknesses"
    assert opportunities, "and adjacent opportunities"
    sources = [i["source"] for i in section["items"]]
    assert sources == ["scoreboard_weakness"] * min(5, len(scorecard)) + [
        "panorama_opportunity"
    ] * len(opportunities)
    assert {i["kind"] for i in section["items"]} == {"hint"}
    weakest = scorecard[0]["subdimension"] or scorecard[0]["dimension"]
    assert section["items"][0]["title"] == (
        "Weakness against peers: " + weakest.replace("-", " ").capitalize()
    )
    assert section["items"][-1]["title"] == f"Adjacent opportunity: {opportunities[-1]['name']}"
    assert top not in [i["title"] for i in section["items"]]

    text, _ = _pdf_text(await scoring.get(f"{REPORTS}/{REGION}/report.pdf"))
    assert NAME in text
    assert top not in text
    assert "Restricted: Stress Tests are private" in text
    assert section["items"][0]["title"] in text

    # Another region's account reads none of this region's private parts.
    other = await make_caller("region", name="Lombardia")
    theirs = (await scoring.get(f"{REPORTS}/{REGION}", headers=other.headers)).json()
    assert (theirs["stress_test"]["status"], theirs["surveys"]["status"]) == ("absent", "absent")
    assert theirs["stress_test"]["reason"] == "no submitted Stress Test readable by this account"
    assert theirs["recommendations"]["basis"] == "hints"
    # A cluster organisation may read surveys (its own: none), never Stress Tests.
    cluster = await make_caller("cluster_organisation")
    seen = (await scoring.get(f"{REPORTS}/{REGION}", headers=cluster.headers)).json()
    assert seen["stress_test"] == {
        "status": "restricted",
        "reason": "the API key lacks the scope assessments:read",
        "nuts_id": None,
        "result": None,
        "all_mean": {},
    }
    assert seen["surveys"]["status"] == "absent"
    # A key that is sent must be valid: a typo does not silently give the public view.
    bad_key = await scoring.get(f"{REPORTS}/{REGION}", headers={"X-API-Key": "eco_nope"})
    _problem(bad_key, 401)


# -- missing parts ---------------------------------------------------------------------------


async def test_a_region_with_nothing_still_reports_and_renders(
    scoring: httpx.AsyncClient, admin: Caller
) -> None:
    # Centro of NUTS 2024 (PT19): the 2021 PT16 was split, so neither the NUTS 2013
    # statistics nor anything else filed under PT16 describes it; no Panorama run exists.
    response = await scoring.get(f"{REPORTS}/PT19", headers=admin.headers)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["region"]["name"] == "Centro (PT)"
    assert report["demonstrator"] is None
    assert [
        (c["from_id"], c["to_id"], c["change"]) for c in report["region"]["changed_territory"]
    ] == [("PT16", "PT19", "split")]
    assert _statuses(report) == dict.fromkeys(_statuses(report), "absent")
    assert report["panorama"]["reason"] == "no Panorama run has succeeded yet"
    # The scoreboard's values are PT16's of NUTS 2013: other territory, named, not used.
    assert report["scoreboard"]["reason"].startswith(
        "PT19 has no figures of its own; figures exist for other territory: PT16 Centro (PT) "
        "(NUTS 2013) was split into PT19 Centro (PT), PT1D Oeste e Vale do Tejo (NUTS 2024)"
    )
    assert report["stress_test"]["reason"] == "no submitted Stress Test"
    assert report["surveys"]["reason"] == "no stakeholder survey"
    assert report["recommendations"]["basis"] == "none"
    assert report["recommendations"]["items"] == []

    page = await scoring.get(f"{REPORTS}/PT19/report.html", headers=admin.headers)
    assert page.status_code == 200
    assert "Not available: no Panorama run has succeeded yet." in page.text
    text, _ = _pdf_text(await scoring.get(f"{REPORTS}/PT19/report.pdf", headers=admin.headers))
    assert "Centro (PT) (PT19)" in text
    assert "Not available: no submitted Stress Test." in text


async def test_too_few_respondents_is_a_reason(
    scoring: httpx.AsyncClient, make_caller: Make
) -> None:
    region = await make_caller("region", name="Hamburg")
    await _survey(scoring, region, "DE60", respondents=2)
    report = (await scoring.get(f"{REPORTS}/DE60", headers=region.headers)).json()
    surveys = report["surveys"]
    assert surveys["status"] == "absent"
    assert surveys["reason"] == "fewer respondents than the minimum (2 of 5): counts only"
    assert [(s["respondents"], s["suppressed"], s["items"]) for s in surveys["surveys"]] == [
        (2, True, None)
    ]
    # Hamburg has the shipped scoreboard values; no Panorama run here.
    assert (report["scoreboard"]["status"], report["panorama"]["status"]) == (
        "present",
        "absent",
    )
    assert report["demonstrator"]["name"] == "Hamburg"


async def test_title_and_chart_legend_name_the_code_asked_for(scoring: httpx.AsyncClient) -> None:
    """Asked for under either code, the page's title and its scoreboard chart's title and
    legend name that code; the chart says where the figures are filed when elsewhere."""
    for asked, other in ((REGION, REGION_2013), (REGION_2013, REGION)):
        page = await scoring.get(f"{REPORTS}/{asked}/report.html")
        assert page.status_code == 200, page.text
        assert f"<h1>{NAME} ({asked}): region assessment report</h1>" in page.text
        assert page.text.count("<svg") == 1  # the scoreboard's radar (no Stress Test here)
        svg = page.text[page.text.index("<svg") : page.text.index("</svg>") + len("</svg>")]
        texts = assert_every_label_visible(svg).texts()
        assert texts.count(f"{NAME} ({asked})") == 2  # the chart's title and its legend
        words = " ".join(texts)
        filed = f"figures filed under {REGION_2013} (NUTS 2013)"
        assert (filed in words) == (asked == REGION), words
        assert f"({other})" not in words
        text, reader = _pdf_text(await scoring.get(f"{REPORTS}/{asked}/report.pdf"))
        assert reader.metadata is not None
        assert reader.metadata.title == f"{NAME} ({asked}): region assessment report"
        assert f"Region assessment report - {NAME} ({asked})" in text


# -- bad input -------------------------------------------------------------------------------


async def test_unknown_region_is_404(scoring: httpx.AsyncClient) -> None:
    for suffix in ("", "/report.html", "/report.pdf"):
        problem = _problem(await scoring.get(f"{REPORTS}/XX99{suffix}"), 404)
        assert problem["type"].endswith("/not-found")
        assert "XX99" in problem["detail"]


async def test_bad_peers_are_422_with_the_field(scoring: httpx.AsyncClient) -> None:
    for peers in ("DE60", "DE21,DE21", "ZZ12", "DE11,DE12,DE13,DE14,DE21,DE22", "1,2"):
        for suffix in ("", "/report.pdf"):
            response = await scoring.get(f"{REPORTS}/DE60{suffix}", params={"peers": peers})
            problem = _problem(response, 422)
            assert [e["field"] for e in problem["errors"]] == ["query.peers"], peers
    chosen = await scoring.get(f"{REPORTS}/DE60", params={"peers": "DE21, de11"})
    assert chosen.status_code == 200, chosen.text
    board = chosen.json()["scoreboard"]["scoreboard"]
    assert [p["nuts_id"] for p in board["peers"]["regions"]] == ["DE21", "DE11"]


# -- the demonstrators ------------------------------------------------------------------------


async def test_the_six_demonstrators(scoring: httpx.AsyncClient) -> None:
    response = await scoring.get(f"{REPORTS}/demonstrators")
    assert response.status_code == 200
    assert response.headers["cache-control"].startswith("public")
    listed = {d["name"]: d for d in response.json()}
    assert list(listed) == [
        "Centro",
        "Hamburg",
        "Lapland",
        "Nord-Pas de Calais",
        "Stockholm",
        "West Region",
    ]
    npdc = listed[NAME]
    assert (npdc["nuts_2013"], npdc["nuts_2021"]) == (REGION_2013, REGION)
    assert [(c["nuts_id"], c["name"]) for c in npdc["nuts_2024"]] == [(REGION, NAME)]
    assert npdc["report"] == f"{REPORTS}/{REGION}"
    centro = listed["Centro"]
    assert centro["nuts_2024"] == []
    assert [(s["to_id"], s["to_name"], s["change"]) for s in centro["nuts_2024_successors"]] == [
        ("PT19", "Centro (PT)", "split"),
        ("PT1D", "Oeste e Vale do Tejo", "split"),
    ]
    # Every listed report answers, with the demonstrator it was listed as.
    for demonstrator in listed.values():
        report = (await scoring.get(demonstrator["report"])).json()
        assert report["demonstrator"]["name"] == demonstrator["name"]
