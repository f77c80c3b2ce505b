"""Any NUTS code in every scoring endpoint that takes a region, over HTTP.

The shipped statistics (hence the Panorama run and the derived scoreboard values) are NUTS
2013 level 2; people find regions by NUTS 2021/2024 codes down to level 3. Examples:
Nord-Pas de Calais is FRE1 of 2021/2024 and FR30 of 2013 (recoded, same territory);
München DE212 is a NUTS-3 region of Oberbayern DE21; Centro PT19 of 2024 was split off
PT16 of 2013 (other territory); XX99 is a code of no version.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from tests.conftest import Caller
from tests.region_codes import assert_unknown, problem, read_as
from tests.scoring.conftest import STRESS_TEST, submitted_assessment

# Each test computes its own run (rolled back after it): ask by its id, as the apps live
# for the whole session and keep public answers of `latest` for a while.
PANORAMA = "/v1/panorama/runs/{}/regions"
SCOREBOARD = "/v1/scoreboard/regions"
REPORTS = "/v1/region-reports"
SPLIT = (
    "PT16 Centro (PT) (NUTS 2013) was split into PT19 Centro (PT), PT1D Oeste e Vale do Tejo "
    "(NUTS 2024)"
)

Make = Callable[..., Awaitable[Caller]]


def assert_split_off_pt16(body: dict[str, Any], field: str, target: int | None) -> None:
    """PT19 asked where the figures are PT16's of 2013: a problem naming PT16's split."""
    assert body["type"].endswith("/region-territory-changed")
    assert (body["requested"], body["nuts_version"]) == ("PT19", target)
    assert body["predecessors"] == [
        {"nuts_version": 2013, "nuts_id": "PT16", "name": "Centro (PT)", "change": "split"}
    ]
    assert body["successors"] == []
    assert SPLIT in body["detail"]
    assert [e["field"] for e in body["errors"]] == [field]


# -- the Panorama ------------------------------------------------------------------------------


async def test_panorama_reads_any_code(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any]
) -> None:
    assert succeeded_run["nuts_version"] == 2013
    profiles = PANORAMA.format(succeeded_run["id"])
    fr30 = await scoring.get(f"{profiles}/FR30")
    assert read_as(fr30) == ("FR30", "FR30", "2013", "same_code")
    # Today's code of the same territory: FR30's figures, the code used stated.
    fre1 = await scoring.get(f"{profiles}/FRE1")
    assert read_as(fre1) == ("FRE1", "FR30", "2013", "same_territory")
    assert fre1.json() == fr30.json()
    assert fre1.json()["nuts_id"] == "FR30"
    assert fre1.json()["clusters"], "Nord-Pas de Calais has figures in the shipped data"

    # NUTS-3 München: the figures of Oberbayern, the run's region containing it.
    de212 = await scoring.get(f"{profiles}/DE212")
    assert read_as(de212) == ("DE212", "DE21", "2013", "parent")
    assert de212.json() == (await scoring.get(f"{profiles}/DE21")).json()
    # Região de Aveiro (PT191 of 2024, PT16D of 2021) lies in PT16 of 2013, although its
    # 2024 parent PT19 is other territory: containing regions are followed in every version.
    aveiro = await scoring.get(f"{profiles}/PT191")
    assert read_as(aveiro) == ("PT191", "PT16", "2013", "parent")

    # Centro of 2024 was split off PT16: PT16's figures are not Centro's.
    assert_split_off_pt16(problem(await scoring.get(f"{profiles}/PT19"), 422), "path.nuts_id", 2013)
    assert_unknown(problem(await scoring.get(f"{profiles}/XX99"), 404), "path.nuts_id")

    # The portfolio's opportunities and the comparison read codes the same way.
    opportunities = await scoring.get(f"{profiles}/FRE1/opportunities")
    assert read_as(opportunities) == ("FRE1", "FR30", "2013", "same_territory")
    assert opportunities.json() == (await scoring.get(f"{profiles}/FR30/opportunities")).json()
    compared = await scoring.get(
        f"/v1/panorama/runs/{succeeded_run['id']}/compare", params={"regions": "FRE1,DE212,ITC4"}
    )
    assert read_as(compared) == (
        "FRE1, DE212, ITC4",
        "FR30, DE21, ITC4",
        "2013, 2013, 2013",
        "same_territory, parent, same_code",
    )
    assert list(compared.json()["regions"]) == ["FR30", "DE21", "ITC4"]
    bad = await scoring.get(
        f"/v1/panorama/runs/{succeeded_run['id']}/compare", params={"regions": "FR30,PT19"}
    )
    assert_split_off_pt16(problem(bad, 422), "query.regions", 2013)


# -- the scoreboard ----------------------------------------------------------------------------


async def test_scoreboard_reads_any_code(scoring: httpx.AsyncClient) -> None:
    fr30 = await scoring.get(f"{SCOREBOARD}/FR30")
    assert read_as(fr30) == ("FR30", "FR30", "2013", "same_code")
    fre1 = await scoring.get(f"{SCOREBOARD}/FRE1")
    assert read_as(fre1) == ("FRE1", "FR30", "2013", "same_territory")
    assert fre1.json() == fr30.json()
    assert fre1.json()["region"] == {
        "nuts_id": "FR30",
        "name": "Nord - Pas-de-Calais",
        "nuts_version": 2013,
        "level": 2,
    }
    de212 = await scoring.get(f"{SCOREBOARD}/DE212")
    assert read_as(de212) == ("DE212", "DE21", "2013", "parent")
    assert de212.json() == (await scoring.get(f"{SCOREBOARD}/DE21")).json()

    # The values are PT16's of 2013: other territory than PT19's.
    assert_split_off_pt16(
        problem(await scoring.get(f"{SCOREBOARD}/PT19"), 422), "path.nuts_id", None
    )
    assert_unknown(problem(await scoring.get(f"{SCOREBOARD}/XX99"), 404), "path.nuts_id")

    # Peers are read in the scored region's version and level: FRE1 as FR30, DE212 as DE21.
    chosen = await scoring.get(f"{SCOREBOARD}/ITC4", params={"peers": "FRE1,DE212"})
    assert chosen.status_code == 200, chosen.text
    assert [p["nuts_id"] for p in chosen.json()["peers"]["regions"]] == ["FR30", "DE21"]
    same_twice = await scoring.get(f"{SCOREBOARD}/ITC4", params={"peers": "FRE1,FR30"})
    assert [e["field"] for e in problem(same_twice, 422)["errors"]] == ["query.peers"]
    itself = await scoring.get(f"{SCOREBOARD}/FRE1", params={"peers": "FR30"})
    assert problem(itself, 422)["errors"][0]["message"] == "a region is not its own peer"

    # The chart names the code asked for and says under which code its figures are filed.
    chart = await scoring.get(f"{SCOREBOARD}/FRE1/chart.svg")
    assert read_as(chart) == ("FRE1", "FR30", "2013", "same_territory")
    spec = await scoring.get(f"{SCOREBOARD}/FRE1/chart.vl.json")
    assert read_as(spec) == ("FRE1", "FR30", "2013", "same_territory")
    title = spec.json()["title"]
    heading = " ".join(_lines(title["text"]))
    assert heading.endswith("(FRE1)")
    assert "(FR30)" not in heading
    assert "figures filed under FR30 (NUTS 2013)" in " ".join(_lines(title["subtitle"]))


# -- the Stress Test ---------------------------------------------------------------------------


async def test_stress_test_takes_any_code(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any], make_caller: Make
) -> None:
    region = await make_caller("region", name="München")

    async def create(body: dict[str, Any]) -> httpx.Response:
        return await scoring.post(f"{STRESS_TEST}/assessments", json=body, headers=region.headers)

    # A code of another version, in the version named: its code of the same territory.
    fr30 = await create({"nuts_id": "FR30", "nuts_version": 2024})
    assert fr30.status_code == 201, fr30.text
    assert (fr30.json()["nuts_id"], fr30.json()["nuts_version"]) == ("FRE1", 2024)
    fr30_itself = await create({"nuts_id": "FR30"})
    assert (fr30_itself.json()["nuts_id"], fr30_itself.json()["nuts_version"]) == ("FR30", 2013)
    # A split region in a later version: the regions it became.
    split = problem(await create({"nuts_id": "PT16", "nuts_version": 2024}), 422)
    assert split["type"].endswith("/region-territory-changed")
    assert [(s["nuts_id"], s["change"]) for s in split["successors"]] == [
        ("PT19", "split"),
        ("PT1D", "split"),
    ]
    assert [e["field"] for e in split["errors"]] == ["body.nuts_id"]
    unknown = problem(await create({"nuts_id": "XX99"}), 422)
    assert unknown["nuts_versions_searched"] == [2013, 2021, 2024]
    assert [e["field"] for e in unknown["errors"]] == ["body.nuts_id"]
    bad_peer = problem(await create({"nuts_id": "DE212", "peers": ["XX99"]}), 422)
    assert [e["field"] for e in bad_peer["errors"]] == ["body.peers"]

    # NUTS-3 München is assessed as itself, scored on its NUTS-2 parent's figures, saying so.
    assessment, result = await submitted_assessment(scoring, region, "DE212")
    assert (assessment["nuts_id"], assessment["nuts_version"]) == ("DE212", 2024)
    board = (await scoring.get(f"{SCOREBOARD}/DE21")).json()
    assert result["scoreboard"]["nuts_id"] == "DE21"
    assert result["scoreboard"]["peers"] == [p["nuts_id"] for p in board["peers"]["regions"]]
    assert result["scoreboard"]["note"] == (
        "Framework conditions of the region containing it: DE212 München, Kreisfreie Stadt "
        "(NUTS 2024 level 3) lies in DE21 Oberbayern (NUTS 2013 level 2): the figures are "
        "that region's"
    )
    assert {b["conditions"] for b in result["blocks"]} - {"unknown"}
    assert result["panorama"]["nuts_id"] == "DE21"
    assert result["panorama"]["run_id"] == succeeded_run["id"]
    assert result["panorama"]["note"].startswith("Clusters of the region containing it: DE212")


# -- the region report -------------------------------------------------------------------------


async def test_region_report_of_a_nuts3_region(
    scoring: httpx.AsyncClient, succeeded_run: dict[str, Any]
) -> None:
    profiles = PANORAMA.format(succeeded_run["id"])
    response = await scoring.get(f"{REPORTS}/DE212")
    # The report is of the region asked for; its parts say where their figures come from.
    assert read_as(response) == ("DE212", "DE212", "2024", "same_code")
    report = response.json()
    assert (report["region"]["nuts_id"], report["region"]["level"]) == ("DE212", 3)
    note = (
        "DE212 München, Kreisfreie Stadt (NUTS 2024 level 3) lies in DE21 Oberbayern (NUTS "
        "2013 level 2): the figures are that region's"
    )
    panorama, scoreboard = report["panorama"], report["scoreboard"]
    assert (panorama["status"], panorama["nuts_id"], panorama["note"]) == ("present", "DE21", note)
    assert panorama["profile"] == (await scoring.get(f"{profiles}/DE21")).json()
    assert (scoreboard["status"], scoreboard["nuts_id"], scoreboard["note"]) == (
        "present",
        "DE21",
        note,
    )
    assert scoreboard["scoreboard"] == (await scoring.get(f"{SCOREBOARD}/DE21")).json()
    page = await scoring.get(f"{REPORTS}/DE212/report.html")
    assert f"present: {note}" in page.text.replace("&#x27;", "'")

    # Centro of 2024: the run's PT16 is other territory, and the report says why.
    centro = (await scoring.get(f"{REPORTS}/PT19")).json()
    assert centro["panorama"]["status"] == "absent"
    assert centro["panorama"]["reason"].startswith(
        f"PT19 has no region of the same territory in NUTS 2013: {SPLIT}"
    )
    # FR30 of 2013 is reported as FRE1 of 2024, in every format.
    for suffix in ("", "/report.html", "/report.pdf"):
        fr30 = await scoring.get(f"{REPORTS}/FR30{suffix}")
        assert read_as(fr30) == ("FR30", "FRE1", "2024", "same_territory"), suffix
    assert_unknown(problem(await scoring.get(f"{REPORTS}/XX99"), 404), "path.nuts_id")


def _lines(text: str | list[str]) -> list[str]:
    """A chart title's text, wrapped into lines or not."""
    return [text] if isinstance(text, str) else text
