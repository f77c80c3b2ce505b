"""The Stress Test for Cluster Policy over HTTP: a full assessment answered by several
respondents in several sessions, submitted, scored against the region's scoreboard, its
recommendations following the scoreboard's weaknesses, reports, benchmarks, bad input."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from tests.conftest import Caller
from tests.scoring.conftest import (
    add_respondents,
    draft_assessment,
    stress_test_questionnaire,
    submitted_assessment,
)

BASE = "/v1/stress-test"
REGION = "ITC4"  # Lombardia
PEERS = ["ITC1", "DE21", "FR10"]
IMPORTS = "/v1/scoreboard/frameworks/2026.1/values/imports"
# Quality of government (an example indicator nobody imports by default): Lombardia last of
# the comparison regions, or first. Two blocks act on it: policy integration (the dimension)
# and monitoring and evaluation (its government-quality sub-dimension).
EQI_HEADER = "indicator_code,nuts_id,nuts_version,year,value,source\n"
EQI_REGIONS = {"ITC1": 55.0, "DE21": 72.0, "FR10": 66.0, "AT13": 61.0, "ES30": 48.0}
WEAK_GOVERNANCE = 20.0
STRONG_GOVERNANCE = 90.0

Make = Callable[..., Awaitable[Caller]]


def _eqi_csv(lombardia: float) -> str:
    rows = [f"eqi_index,{n},2013,2024,{v},QoG EQI 2024" for n, v in EQI_REGIONS.items()]
    rows.append(f"eqi_index,{REGION},2013,2024,{lombardia},QoG EQI 2024")
    return EQI_HEADER + "\n".join(rows) + "\n"


async def _import_eqi(scoring: httpx.AsyncClient, admin: Caller, lombardia: float) -> None:
    response = await scoring.post(
        IMPORTS,
        content=_eqi_csv(lombardia).encode(),
        headers={**admin.headers, "Content-Type": "text/csv"},
    )
    assert response.status_code == 201, response.text


def _block(result: dict[str, Any], code: str) -> dict[str, Any]:
    return next(b for b in result["blocks"] if b["code"] == code)


def _recommendation(result: dict[str, Any], block: str) -> dict[str, Any]:
    return next(r for r in result["recommendations"] if r["block"] == block)


async def _answer_rows(connection: AsyncConnection) -> list[tuple[Any, ...]]:
    rows = await connection.execute(
        text(
            "SELECT respondent_id, question_code, value, comment, updated_at "
            "FROM stress_test_answer ORDER BY 1, 2"
        )
    )
    return [tuple(r) for r in rows]


# -- the questionnaire ---------------------------------------------------------------------


async def test_shipped_questionnaire_is_complete(scoring: httpx.AsyncClient) -> None:
    listed = (await scoring.get(f"{BASE}/questionnaires")).json()
    assert [(q["version"], q["is_active"], q["blocks"], q["questions"]) for q in listed] == [
        ("2026.1", True, 9, 46)
    ]
    doc = await stress_test_questionnaire(scoring)
    codes = [b["code"] for b in doc["blocks"]]
    for required in (
        "strategic-anchoring",
        "policy-integration",
        "framework-conditions",
        "cross-sectoral-collaboration",
        "cluster-excellence",
        "internationalisation",
        "sme-entrepreneurship",
        "monitoring-evaluation",
    ):
        assert required in codes
    scales = {s["code"]: s for s in doc["scales"]}
    for scale in scales.values():
        assert [lv["value"] for lv in scale["levels"]] == [0, 1, 2, 3, 4]
        assert all(lv["label"] and lv["description"] for lv in scale["levels"])
    for block in doc["blocks"]:
        assert 4 <= len(block["questions"]) <= 6
        assert set(block["guidance"]) == {"low", "medium", "high"}
        assert block["conditions"], block["code"]
        for question in block["questions"]:
            assert question["scale"] in scales
            assert question["help"]
    one = await scoring.get(f"{BASE}/questionnaires/2026.1/blocks/framework-conditions")
    assert one.json()["title"] == "Framework conditions for businesses"
    missing = await scoring.get(f"{BASE}/questionnaires/2026.1/blocks/no-such-block")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")


# -- a full assessment ------------------------------------------------------------------------


async def test_full_stress_test_follows_the_scoreboard(
    scoring: httpx.AsyncClient, admin: Caller, make_caller: Make
) -> None:
    await _import_eqi(scoring, admin, WEAK_GOVERNANCE)
    region = await make_caller("region", name="Lombardia")
    assessment, result = await submitted_assessment(scoring, region, peers=PEERS)
    assert result["nuts_id"] == REGION
    assert result["region_name"] == "Lombardia"
    assert result["scoreboard"]["peers"] == PEERS
    assert result["parameters"]["policy_weak_below"] == 40
    assert result["methodology"] == "stress-test-2026.1"

    # Three respondents answered 0, 1 and 4: the median is 1 (25 on 0-100), they disagree.
    integration = _block(result, "policy-integration")
    assert (integration["score"], integration["policy"]) == (25.0, "low")
    assert integration["conditions"] == "weak"
    assert integration["category"] == "critical_gap"
    question = next(q for q in result["questions"] if q["code"] == "PI1")
    assert (question["values"], question["median"], question["label"]) == ([0, 1, 4], 1, "Ad hoc")
    assert question["disagreement"] is True
    monitoring = _block(result, "monitoring-evaluation")
    assert (monitoring["score"], monitoring["policy"], monitoring["category"]) == (
        100.0,
        "high",
        "check_effectiveness",
    )
    # Every other block: medians of 2, 3, 2 -> 2 -> 50: medium policy.
    others = [
        b
        for b in result["blocks"]
        if b["code"] not in {"policy-integration", "monitoring-evaluation"}
    ]
    assert {b["score"] for b in others} == {50.0}
    assert result["profile"]["overall_score"] == pytest.approx((25 + 100 + 50 * 7) / 9, abs=0.01)

    top = result["recommendations"][0]
    assert top["priority"] == 1
    assert top["title"] == "Critical gap: Integration across policy silos"
    assert "eqi_index" not in top["summary"]  # it names the scoreboard part, not a code
    assert "Quality of governance" in top["summary"]
    cited = top["answers"][0]
    assert cited["question"].startswith("PI")
    assert cited["evidence"] == [f"https://example.org/evidence/{cited['question']}"]
    assert len(cited["comments"]) == 3
    assert top["indicators"][0]["code"] == "quality-of-governance"
    assert top["indicators"][0]["assessment"] == "weakness"
    assert top["guidance"].startswith("Set up a standing coordination mechanism")
    assert set(top["disagreements"]) == {"PI1", "PI2", "PI3", "PI4", "PI5"}
    priorities = [r["priority"] for r in result["recommendations"]]
    assert priorities == list(range(1, 10))

    stored = await scoring.get(
        f"{BASE}/assessments/{assessment['id']}/results/latest", headers=region.headers
    )
    assert stored.json() == result

    # Lombardia becomes the best-governed region: the weakness turns into a strength.
    await _import_eqi(scoring, admin, STRONG_GOVERNANCE)
    again = await scoring.post(
        f"{BASE}/assessments/{assessment['id']}/results", headers=region.headers
    )
    assert again.status_code == 201, again.text
    rescored = again.json()
    assert rescored["id"] != result["id"]
    assert _block(rescored, "policy-integration")["conditions"] == "strong"
    assert _recommendation(rescored, "policy-integration")["category"] == "leverage_opportunity"
    assert _recommendation(rescored, "policy-integration")["title"] == (
        "Opportunity to leverage: Integration across policy silos"
    )
    assert _recommendation(rescored, "monitoring-evaluation")["category"] == "sustain"
    assert rescored["recommendations"][0]["title"] != top["title"]
    # The answers did not change: neither did the block scores.
    assert [b["score"] for b in rescored["blocks"]] == [b["score"] for b in result["blocks"]]

    # Other thresholds, stored with the result: the same answers are now weak policy.
    strict = await scoring.post(
        f"{BASE}/assessments/{assessment['id']}/results",
        json={"parameters": {"policy_weak_below": 60, "policy_strong_from": 90}},
        headers=region.headers,
    )
    assert strict.status_code == 201, strict.text
    assert strict.json()["parameters"]["policy_weak_below"] == 60
    assert _block(strict.json(), "internationalisation")["policy"] == "low"
    bad = await scoring.post(
        f"{BASE}/assessments/{assessment['id']}/results",
        json={"parameters": {"policy_weak_below": 90, "policy_strong_from": 60}},
        headers=region.headers,
    )
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"].startswith("body.parameters")

    listed = await scoring.get(
        f"{BASE}/assessments/{assessment['id']}/results", headers=region.headers
    )
    assert [r["id"] for r in listed.json()] == [strict.json()["id"], rescored["id"], result["id"]]
    assert listed.json()[1]["top_recommendation"] == rescored["recommendations"][0]["title"]
    first = await scoring.get(
        f"{BASE}/assessments/{assessment['id']}/results/{result['id']}", headers=region.headers
    )
    assert first.json()["recommendations"][0]["title"] == top["title"]


async def test_reports_render(scoring: httpx.AsyncClient, admin: Caller, make_caller: Make) -> None:
    await _import_eqi(scoring, admin, WEAK_GOVERNANCE)
    region = await make_caller("region", name="Lombardia")
    assessment, result = await submitted_assessment(scoring, region, peers=PEERS)
    url = f"{BASE}/assessments/{assessment['id']}/results/latest"
    top = result["recommendations"][0]["title"]

    pdf = await scoring.get(f"{url}/report.pdf", headers=region.headers)
    assert pdf.status_code == 200, pdf.text
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"].startswith("attachment;")
    reader = PdfReader(io.BytesIO(pdf.content))
    content = " ".join((page.extract_text() or "") for page in reader.pages)
    flat = " ".join(content.split())
    assert "Lombardia (ITC4)" in flat
    assert top in flat
    assert "Set up a standing coordination mechanism" in flat
    assert reader.metadata is not None
    assert reader.metadata.title == "Lombardia (ITC4): Stress Test for Cluster Policy"

    page = await scoring.get(f"{url}/report.html", headers=region.headers)
    assert page.headers["content-type"].startswith("text/html")
    assert "<svg" in page.text
    assert f"1. {top}" in page.text
    assert "<script" not in page.text

    svg = await scoring.get(f"{url}/chart.svg", headers=region.headers)
    root = ET.fromstring(svg.text)
    labels = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Policy integration" in labels
    assert "Lombardia (ITC4)" in labels


async def test_clusters_named_from_the_panorama(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any], make_caller: Make
) -> None:
    region = await make_caller("region")
    _, result = await submitted_assessment(scoring, region, peers=PEERS)
    assert result["panorama"]["run_id"] == succeeded_run["id"]
    profile = (await scoring.get(f"/v1/panorama/runs/latest/regions/{REGION}")).json()
    starred = sorted(
        (c for c in profile["clusters"] if c["kind"] == "category" and c["star_count"] > 0),
        key=lambda c: (-c["star_count"], -(c["location_quotient"] or 0), c["slug"]),
    )
    assert starred, "Lombardia has starred categories in the shipped data"
    anchoring = _recommendation(result, "strategic-anchoring")
    assert [c["slug"] for c in anchoring["clusters"]] == [c["slug"] for c in starred[:3]]
    assert starred[0]["name"] in anchoring["summary"]
    # A block about emerging industries names those; one about governance names none.
    emerging = _recommendation(result, "cross-sectoral-collaboration")
    assert all(c["kind"] == "emerging_industry" for c in emerging["clusters"])
    assert _recommendation(result, "policy-integration")["clusters"] == []


async def _scoreboard(
    scoring: httpx.AsyncClient, nuts_id: str
) -> tuple[dict[str, Any], dict[tuple[str, str], float | None]]:
    """The region's scoreboard and its scores keyed as Stress Test evidence names them."""
    response = await scoring.get(f"/v1/scoreboard/regions/{nuts_id}")
    assert response.status_code == 200, response.text
    data = response.json()
    items: dict[tuple[str, str], float | None] = {}
    for d in data["overall"]:
        items[("dimension", d["dimension"])] = d["score"]
        for sub in d["subdimensions"]:
            items[("subdimension", sub["subdimension"])] = sub["score"]
    for i in data["detailed"]:
        items[("indicator", i["code"])] = i["normalised"]
    return data, items


async def test_a_recoded_region_is_scored_under_its_older_code(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any], make_caller: Make
) -> None:
    # Nord-Pas de Calais is FRE1 since NUTS 2021; the shipped statistics, hence the
    # scoreboard values and the Panorama run, are NUTS 2013, where it is FR30.
    region = await make_caller("region", name="Nord-Pas de Calais")
    assessment, result = await submitted_assessment(scoring, region, "FRE1")
    assert (assessment["nuts_id"], assessment["nuts_version"]) == ("FRE1", 2024)
    # The scoreboard reads FRE1 as FR30, the code its values are filed under, and says so.
    read_as_fr30 = await scoring.get("/v1/scoreboard/regions/FRE1")
    assert read_as_fr30.status_code == 200, read_as_fr30.text
    assert read_as_fr30.json()["region"]["nuts_id"] == "FR30"
    assert read_as_fr30.headers["eco-region-relation"] == "same_territory"
    assert succeeded_run["nuts_version"] == 2013

    board, items = await _scoreboard(scoring, "FR30")
    assert result["scoreboard"] == {
        "framework": board["framework"],
        "nuts_id": "FR30",
        "peers": [p["nuts_id"] for p in board["peers"]["regions"]],
        "peers_method": "structural_similarity",
        "note": None,
    }
    assert len(result["scoreboard"]["peers"]) == 5
    # The framework conditions are FR30's scores, as its own scoreboard shows them.
    cited = [i for r in result["recommendations"] for i in r["indicators"]]
    assert cited, "the shipped values give Nord-Pas de Calais framework conditions"
    for item in cited:
        assert item["score"] == items[(item["kind"], item["code"])], item
    assert {b["conditions"] for b in result["blocks"]} - {"unknown"}

    assert result["panorama"] == {
        "run_id": succeeded_run["id"],
        "nuts_id": "FR30",
        "year": succeeded_run["year"],
        "note": None,
    }
    profile = (await scoring.get("/v1/panorama/runs/latest/regions/FR30")).json()
    starred = sorted(
        (c for c in profile["clusters"] if c["kind"] == "category" and c["star_count"] > 0),
        key=lambda c: (-c["star_count"], -(c["location_quotient"] or 0), c["slug"]),
    )
    assert starred, "Nord-Pas de Calais has starred categories in the shipped data"
    anchoring = _recommendation(result, "strategic-anchoring")
    assert [c["slug"] for c in anchoring["clusters"]] == [c["slug"] for c in starred[:3]]

    url = f"{BASE}/assessments/{assessment['id']}/results/latest"
    assert (await scoring.get(url, headers=region.headers)).json() == result
    listed = await scoring.get(
        f"{BASE}/assessments/{assessment['id']}/results", headers=region.headers
    )
    assert [(r["scoreboard_framework"], r["panorama_run_id"]) for r in listed.json()] == [
        (board["framework"], succeeded_run["id"])
    ]
    page = await scoring.get(f"{url}/report.html", headers=region.headers)
    assert f"Scoreboard {board['framework']} (filed under FR30) against the peers" in page.text


async def test_a_split_region_borrows_no_predecessor_results(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any], make_caller: Make
) -> None:
    # Centro (PT19) of NUTS 2024 was split off PT16, which has scoreboard values and
    # Panorama results: another territory, so not PT19's.
    assert (await scoring.get("/v1/scoreboard/regions/PT16")).status_code == 200
    predecessor = await scoring.get("/v1/panorama/runs/latest/regions/PT16")
    assert predecessor.status_code == 200, predecessor.text
    region = await make_caller("region", name="Centro")
    _, result = await submitted_assessment(scoring, region, "PT19")
    used = result["scoreboard"]
    assert (used["framework"], used["nuts_id"], used["peers"]) == (None, None, [])
    split = (
        "PT16 Centro (PT) (NUTS 2013) was split into PT19 Centro (PT), PT1D Oeste e Vale do "
        "Tejo (NUTS 2024)"
    )
    assert used["note"].startswith(
        "Framework conditions unknown: PT19 has no figures of its own; figures exist for "
        f"other territory: {split}"
    )
    assert {b["conditions"] for b in result["blocks"]} == {"unknown"}
    assert result["panorama"]["run_id"] is None
    assert result["panorama"]["nuts_id"] is None
    assert result["panorama"]["note"] == (
        f"The latest Panorama run ({succeeded_run['year']}, NUTS 2013) has no results "
        "for this region (PT19 has no region of the same territory in NUTS 2013: "
        f"{split}; figures exist only for the region it came from, which covers other "
        "territory too); clusters are not named."
    )
    assert all(r["clusters"] == [] for r in result["recommendations"])


# -- benchmarking ----------------------------------------------------------------------------


async def test_benchmark_against_peers_and_all(
    scoring: httpx.AsyncClient, make_caller: Make
) -> None:
    lombardia = await make_caller("region", name="Lombardia")
    piemonte = await make_caller("region", name="Piemonte")
    mine, _ = await submitted_assessment(scoring, lombardia, peers=PEERS)
    theirs, _ = await submitted_assessment(scoring, piemonte, "ITC1", peers=["ITC4"])
    # Piemonte answers monitoring and evaluation lower in a second, later assessment.
    later = await draft_assessment(scoring, piemonte, "ITC1")
    respondent = (await add_respondents(scoring, piemonte, later["id"], count=1))[0]
    doc = await stress_test_questionnaire(scoring)
    answers = [
        {"respondent_id": respondent, "question": q["code"], "value": 0}
        for b in doc["blocks"]
        for q in b["questions"]
    ]
    await scoring.put(
        f"{BASE}/assessments/{later['id']}/answers",
        json={"answers": answers},
        headers=piemonte.headers,
    )
    submitted = await scoring.post(
        f"{BASE}/assessments/{later['id']}/submit", headers=piemonte.headers
    )
    assert submitted.status_code == 201

    response = await scoring.get(
        f"{BASE}/assessments/{mine['id']}/benchmark",
        params={"peers": "ITC1,DE21"},
        headers=lombardia.headers,
    )
    assert response.status_code == 200, response.text
    bench = response.json()
    assert [p["nuts_id"] for p in bench["peers"]] == ["ITC1"]
    assert bench["peers"][0]["assessment_id"] == later["id"]  # the latest submission counts
    assert bench["peers_without_submission"] == ["DE21"]
    assert bench["all_submitted"] == 2
    block = next(b for b in bench["blocks"] if b["block"] == "monitoring-evaluation")
    assert (block["score"], block["peers_mean"], block["all_mean"], block["rank"]) == (
        100.0,
        0.0,
        50.0,
        1,
    )
    assert theirs["id"] != later["id"]

    too_many = await scoring.get(
        f"{BASE}/assessments/{mine['id']}/benchmark",
        params={"peers": "ITC1,ITC2,ITC3,ITH1,ITH2,ITI1"},
        headers=lombardia.headers,
    )
    assert too_many.status_code == 422
    assert too_many.json()["errors"][0]["field"] == "query.peers"


# -- bad input changes nothing ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "field"),
    [
        ({"question": "SA1", "value": 5}, "body.answers[1].value"),
        # Below every scale (0-10): refused by the schema, before the question is looked up.
        ({"question": "SA1", "value": -1}, "body.answers.1.value"),
        ({"question": "SA1", "value": 10**20}, "body.answers.1.value"),
        ({"question": "ZZ9", "value": 1}, "body.answers[1].question"),
        (
            {
                "question": "SA1",
                "value": 1,
                "respondent_id": "00000000-0000-4000-8000-000000000000",
            },
            "body.answers[1].respondent_id",
        ),
        ({"question": "SA1", "value": 1, "evidence": ["not a link"]}, "body.answers.1.evidence.0"),
    ],
)
async def test_bad_answers_write_nothing(
    scoring: httpx.AsyncClient,
    connection: AsyncConnection,
    make_caller: Make,
    answer: dict[str, Any],
    field: str,
) -> None:
    region = await make_caller("region")
    assessment = await draft_assessment(scoring, region)
    respondent = (await add_respondents(scoring, region, assessment["id"], count=1))[0]
    url = f"{BASE}/assessments/{assessment['id']}/answers"
    first = {"respondent_id": respondent, "question": "SA2", "value": 3}
    ok = await scoring.put(url, json={"answers": [first]}, headers=region.headers)
    assert ok.status_code == 200
    before = await _answer_rows(connection)

    # A valid answer and a bad one in one batch: neither is written.
    good = {"respondent_id": respondent, "question": "SA3", "value": 2}
    bad = {"respondent_id": respondent, **answer}
    response = await scoring.put(url, json={"answers": [good, bad]}, headers=region.headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in [e["field"] for e in response.json()["errors"]]
    assert await _answer_rows(connection) == before


async def test_submitted_assessment_is_frozen(
    scoring: httpx.AsyncClient, connection: AsyncConnection, make_caller: Make
) -> None:
    region = await make_caller("region")
    assessment, _ = await submitted_assessment(scoring, region, peers=PEERS)
    url = f"{BASE}/assessments/{assessment['id']}"
    before = await _answer_rows(connection)
    respondent = (await scoring.get(url, headers=region.headers)).json()["respondents"][0]["id"]
    for method, path, body in [
        (
            "PUT",
            "/answers",
            {"answers": [{"respondent_id": respondent, "question": "SA1", "value": 4}]},
        ),
        ("POST", "/respondents", {"name": "Late", "role": "other"}),
        ("POST", "/submit", None),
    ]:
        response = await scoring.request(method, url + path, json=body, headers=region.headers)
        assert response.status_code == 409, (path, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["type"].endswith("/assessment-submitted")
    assert await _answer_rows(connection) == before
    events = await connection.execute(
        text("SELECT payload FROM outbox_event WHERE event_type = 'stress_test.submitted'")
    )
    assert [e["assessment_id"] for (e,) in events] == [assessment["id"]]
    read = (await scoring.get(url, headers=region.headers)).json()
    assert read["status"] == "submitted"
    assert read["answered"] == read["questions"] == 46
    assert read["block_scores"]["policy-integration"] == 25.0


async def test_incomplete_draft_cannot_be_submitted(
    scoring: httpx.AsyncClient, make_caller: Make
) -> None:
    region = await make_caller("region")
    assessment = await draft_assessment(scoring, region)
    respondent = (await add_respondents(scoring, region, assessment["id"], count=1))[0]
    await scoring.put(
        f"{BASE}/assessments/{assessment['id']}/answers",
        json={"answers": [{"respondent_id": respondent, "question": "SA1", "value": 2}]},
        headers=region.headers,
    )
    read = (
        await scoring.get(f"{BASE}/assessments/{assessment['id']}", headers=region.headers)
    ).json()
    assert read["answered"] == 1
    assert read["progress"][0] == {"block": "strategic-anchoring", "questions": 5, "answered": 1}
    response = await scoring.post(
        f"{BASE}/assessments/{assessment['id']}/submit", headers=region.headers
    )
    assert response.status_code == 422
    fields = [e["field"] for e in response.json()["errors"]]
    assert len(fields) == 45
    assert "answers.SA2" in fields
    assert "answers.SA1" not in fields
    still = (
        await scoring.get(f"{BASE}/assessments/{assessment['id']}", headers=region.headers)
    ).json()
    assert still["status"] == "draft"
    no_result = await scoring.get(
        f"{BASE}/assessments/{assessment['id']}/results/latest", headers=region.headers
    )
    assert no_result.status_code == 409
    answers = await scoring.get(
        f"{BASE}/assessments/{assessment['id']}/answers",
        params={"block": "no-such-block"},
        headers=region.headers,
    )
    assert answers.status_code == 422
    assert answers.json()["errors"][0]["field"] == "query.block"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"nuts_id": "XX99"}, "body.nuts_id"),
        ({"nuts_id": "ITC4", "questionnaire": "1999.1"}, "body.questionnaire"),
        ({"nuts_id": "ITC4", "peers": ["ITC4"]}, "body.peers"),
        (
            {"nuts_id": "ITC4", "peers": ["ITC1", "ITC2", "ITC3", "ITH1", "ITH2", "ITI1"]},
            "body.peers",
        ),
        ({"nuts_id": "ITC4", "extra": 1}, "body.extra"),
    ],
)
async def test_bad_assessments_are_refused(
    scoring: httpx.AsyncClient,
    connection: AsyncConnection,
    make_caller: Make,
    body: dict[str, Any],
    field: str,
) -> None:
    region = await make_caller("region")
    response = await scoring.post(f"{BASE}/assessments", json=body, headers=region.headers)
    assert response.status_code == 422, response.text
    assert field in [e["field"] for e in response.json()["errors"]]
    count = await connection.scalar(text("SELECT count(*) FROM stress_test_assessment"))
    assert count == 0


# -- access ----------------------------------------------------------------------------------


async def test_only_the_owner_and_administrators_see_an_assessment(
    scoring: httpx.AsyncClient, admin: Caller, make_caller: Make
) -> None:
    owner = await make_caller("region")
    other = await make_caller("region")
    assessment = await draft_assessment(scoring, owner)
    url = f"{BASE}/assessments/{assessment['id']}"
    assert (await scoring.get(url, headers=other.headers)).status_code == 404
    put = await scoring.put(
        f"{url}/answers",
        json={"answers": [{"respondent_id": assessment["id"], "question": "SA1", "value": 1}]},
        headers=other.headers,
    )
    assert put.status_code == 404
    assert (await scoring.get(url, headers=admin.headers)).status_code == 200
    assert (await scoring.get(url)).status_code == 401
    read_only = await make_caller("region", scopes=["assessments:read"])
    refused = await scoring.post(
        f"{BASE}/assessments", json={"nuts_id": "ITC4"}, headers=read_only.headers
    )
    assert refused.status_code == 403
    organiser = await make_caller("cluster_organisation")
    assert (await scoring.get(url, headers=organiser.headers)).status_code == 403

    mine = (await scoring.get(f"{BASE}/assessments", headers=owner.headers)).json()
    assert [a["id"] for a in mine["items"]] == [assessment["id"]]
    assert (await scoring.get(f"{BASE}/assessments", headers=other.headers)).json()["items"] == []


async def test_creation_is_idempotent(scoring: httpx.AsyncClient, make_caller: Make) -> None:
    region = await make_caller("region")
    headers = {**region.headers, "Idempotency-Key": "stress-1"}
    first = await scoring.post(f"{BASE}/assessments", json={"nuts_id": "ITC4"}, headers=headers)
    again = await scoring.post(f"{BASE}/assessments", json={"nuts_id": "ITC4"}, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert first.json()["title"] == "Stress Test Lombardia"
    assert first.json()["nuts_version"] == 2024
    listed = (await scoring.get(f"{BASE}/assessments", headers=region.headers)).json()
    assert len(listed["items"]) == 1


# -- questionnaire versions -------------------------------------------------------------------


async def test_administrators_publish_immutable_versions(
    scoring: httpx.AsyncClient, admin: Caller, make_caller: Make
) -> None:
    doc = await stress_test_questionnaire(scoring)
    doc["version"] = "2026.2"
    doc["blocks"][0]["questions"][0]["text"] = "A reworded first question."
    url = f"{BASE}/questionnaires"
    region = await make_caller("region")
    assert (await scoring.post(url, json=doc, headers=region.headers)).status_code == 403

    created = await scoring.post(url, json=doc, params={"activate": "true"}, headers=admin.headers)
    assert created.status_code == 201, created.text
    assert (created.json()["version"], created.json()["is_active"]) == ("2026.2", True)
    same = await scoring.post(url, json=doc, headers=admin.headers)
    assert same.status_code == 200
    doc["blocks"][0]["questions"][0]["text"] = "Changed again."
    changed = await scoring.post(url, json=doc, headers=admin.headers)
    assert changed.status_code == 409
    assert changed.headers["content-type"].startswith("application/problem+json")

    broken = {**doc, "version": "2026.3"}
    broken["blocks"] = [dict(b) for b in doc["blocks"]]
    broken["blocks"][1] = {
        **broken["blocks"][1],
        "questions": [{**broken["blocks"][1]["questions"][0], "scale": "nope"}],
    }
    refused = await scoring.post(url, json=broken, headers=admin.headers)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "body.blocks[1].questions[0].scale"

    fresh = await draft_assessment(scoring, region)
    assert fresh["questionnaire"] == "2026.2"
    listed = (await scoring.get(url)).json()
    assert [(q["version"], q["is_active"]) for q in listed] == [("2026.1", False), ("2026.2", True)]
