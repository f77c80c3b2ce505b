from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict

from sqlalchemy import RowMapping
from starlette.concurrency import run_in_threadpool

from eco_core.auth.principal import Principal
from eco_core.http.problems import Problem
from eco_core.regions.resolve import unknown_region
from eco_core.regions.territory import code_versions, same_territory
from eco_scoring.panorama.repository import PanoramaRepository
from eco_scoring.panorama.service import PanoramaService
from eco_scoring.region_reports import report
from eco_scoring.region_reports.compose import recommendations
from eco_scoring.region_reports.demonstrators import Demonstrator, demonstrator_of, demonstrators
from eco_scoring.region_reports.repository import RegionReportRepository
from eco_scoring.region_reports.schemas import (
    ChangedTerritory,
    DemonstratorRead,
    PanoramaPart,
    RegionCode,
    RegionReport,
    ReportRegion,
    ScoreboardPart,
    StressTestPart,
    SurveysPart,
)
from eco_scoring.scoreboard.compute import ScoreboardParameters
from eco_scoring.scoreboard.repository import ScoreboardRepository
from eco_scoring.scoreboard.service import RegionQuery, ScoreboardService
from eco_scoring.stress_test.repository import StressTestRepository
from eco_scoring.stress_test.schemas import ResultRead
from eco_scoring.stress_test.service import latest_region_result
from eco_scoring.surveys.service import region_survey_results

REPORTS = "/v1/region-reports"
OPPORTUNITIES = 5


def _refusal(principal: Principal | None, scope: str, what: str) -> str | None:
    """Why the caller may not read a private part, or None when it may."""
    if principal is None:
        return (
            f"{what} are private to the account that ran them and to administrators: "
            f"send an API key with the scope {scope}"
        )
    if scope not in principal.scopes:
        return f"the API key lacks the scope {scope}"
    return None


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.fmean(present), 2) if present else None


def _problem_reason(problem: Problem) -> str:
    messages = [e.message for e in problem.errors or []]
    return "; ".join(messages) or problem.detail or problem.title


class RegionReportService:
    def __init__(self, repository: RegionReportRepository) -> None:
        self.repository = repository
        self.conn = repository.conn

    # -- the demonstrator regions ----------------------------------------------------------

    async def _demonstrator(self, d: Demonstrator) -> DemonstratorRead:
        same = await same_territory(self.conn, 2021, d.nuts_2021)
        in_2024 = [RegionCode.model_validate(asdict(c)) for c in same if c.nuts_version == 2024]
        successors = []
        if not in_2024:
            successors = [
                _changed(r)
                for r in await self.repository.other_territory([(2021, d.nuts_2021)])
                if (r["from_version"], r["from_id"], r["to_version"]) == (2021, d.nuts_2021, 2024)
            ]
        return DemonstratorRead(
            name=d.name,
            country=d.country,
            focus=d.focus,
            nuts_2013=d.nuts_2013,
            nuts_2021=d.nuts_2021,
            nuts_2024=in_2024,
            nuts_2024_successors=successors,
            report=f"{REPORTS}/{d.nuts_2021}",
        )

    async def demonstrators(self) -> list[DemonstratorRead]:
        return [await self._demonstrator(d) for d in demonstrators()]

    # -- the report ------------------------------------------------------------------------

    async def _region(self, nuts_id: str) -> ReportRegion:
        versions = await code_versions(self.conn, nuts_id)
        if not versions:
            raise unknown_region(nuts_id, "path.nuts_id")
        # A code means the region of the newest NUTS version that has it.
        same = await same_territory(self.conn, versions[0].nuts_version, nuts_id)
        current = same[0]
        codes = [RegionCode.model_validate(asdict(c)) for c in same]
        members = {(c.nuts_version, c.nuts_id) for c in codes}
        links = await self.repository.other_territory(sorted(members))
        return ReportRegion(
            nuts_id=current.nuts_id,
            nuts_version=current.nuts_version,
            name=current.name,
            level=current.level,
            country_code=current.country_code,
            requested=nuts_id,
            codes=codes,
            changed_territory=_distinct_changes([_changed(r) for r in links], members),
        )

    async def _panorama(self, region: ReportRegion) -> PanoramaPart:
        service = PanoramaService(PanoramaRepository(self.conn))
        try:
            run = await service.get_run(None)
        except Problem as problem:
            if problem.status != 404:
                raise
            return PanoramaPart(status="absent", reason="no Panorama run has succeeded yet")
        try:
            # The region as the run has it: its code of the same territory in the run's
            # NUTS version, or the run's region containing it.
            profile, resolution = await service.region_profile(
                run.id, region.nuts_id, None, origin_version=region.nuts_version
            )
        except Problem as problem:
            if problem.status not in (404, 422):
                raise
            return PanoramaPart(status="absent", reason=_problem_reason(problem))
        found, _ = await service.opportunities(run.id, resolution.nuts_id, OPPORTUNITIES)
        return PanoramaPart(
            status="present",
            reason=None,
            nuts_id=resolution.nuts_id,
            note=resolution.note,
            profile=profile,
            opportunities=found.items,
        )

    async def _scoreboard(self, region: ReportRegion, peers: list[str] | None) -> ScoreboardPart:
        service = ScoreboardService(ScoreboardRepository(self.conn))
        query = RegionQuery(
            framework=None,
            nuts_id=region.nuts_id,
            nuts_version=region.nuts_version,
            peers=peers,
            parameters=ScoreboardParameters(),
            year=None,
        )
        try:
            board, resolution = await service.region_scoreboard(query)
        except Problem as problem:
            fields = {e.field for e in problem.errors or []}
            # Peers the caller named are the caller's mistake; peers the scoreboard could
            # not choose by itself are a reason the part is missing.
            if problem.status == 422 and peers is not None and "query.peers" in fields:
                raise
            if problem.status not in (404, 422):
                raise
            return ScoreboardPart(status="absent", reason=_problem_reason(problem))
        return ScoreboardPart(
            status="present",
            reason=None,
            nuts_id=resolution.nuts_id,
            note=resolution.note,
            scoreboard=board,
        )

    async def _stress_test(
        self, region: ReportRegion, principal: Principal | None
    ) -> StressTestPart:
        refused = _refusal(principal, "assessments:read", "Stress Tests")
        if refused is not None or principal is None:
            return StressTestPart(status="restricted", reason=refused)
        for code in _ids(region):
            result = await latest_region_result(self.conn, code, principal)
            if result is not None:
                return StressTestPart(
                    status="present",
                    reason=None,
                    nuts_id=code,
                    result=result,
                    all_mean=await self._block_means(result),
                )
        whose = "" if principal.is_admin else " readable by this account"
        return StressTestPart(status="absent", reason=f"no submitted Stress Test{whose}")

    async def _block_means(self, result: ResultRead) -> dict[str, float | None]:
        """Every region's latest submitted assessment of the same questionnaire, per block:
        block scores only, as the Stress Test's own report shows them."""
        repository = StressTestRepository(self.conn)
        questionnaire = await repository.questionnaire(result.questionnaire)
        if questionnaire is None:
            return {}
        rows = await repository.latest_submitted(questionnaire["id"])
        return {
            b.code: _mean([r["block_scores"]["blocks"].get(b.code) for r in rows])
            for b in result.blocks
        }

    async def _surveys(self, region: ReportRegion, principal: Principal | None) -> SurveysPart:
        refused = _refusal(principal, "surveys:read", "Stakeholder surveys")
        if refused is not None or principal is None:
            return SurveysPart(status="restricted", reason=refused)
        found = {}
        for code in _ids(region):
            for survey in await region_survey_results(self.conn, principal, code):
                found[survey.survey_id] = survey
        surveys = sorted(found.values(), key=lambda s: (s.closes_at, str(s.survey_id)))
        if not surveys:
            whose = "" if principal.is_admin else " readable by this account"
            return SurveysPart(status="absent", reason=f"no stakeholder survey{whose}")
        if all(s.suppressed for s in surveys):
            counts = ", ".join(
                f"{s.respondents} of {s.parameters.min_respondents}" for s in surveys
            )
            return SurveysPart(
                status="absent",
                reason=f"fewer respondents than the minimum ({counts}): counts only",
                nuts_id=surveys[0].region.nuts_id,
                surveys=surveys,
            )
        return SurveysPart(
            status="present", reason=None, nuts_id=surveys[0].region.nuts_id, surveys=surveys
        )

    async def report(
        self, nuts_id: str, principal: Principal | None, peers: list[str] | None
    ) -> RegionReport:
        region = await self._region(nuts_id)
        demonstrator = demonstrator_of({c.nuts_id for c in region.codes})
        panorama = await self._panorama(region)
        scoreboard = await self._scoreboard(region, peers)
        stress_test = await self._stress_test(region, principal)
        return RegionReport(
            region=region,
            demonstrator=None if demonstrator is None else await self._demonstrator(demonstrator),
            panorama=panorama,
            scoreboard=scoreboard,
            stress_test=stress_test,
            surveys=await self._surveys(region, principal),
            recommendations=recommendations(stress_test, scoreboard, panorama),
        )

    async def html(self, data: RegionReport) -> str:
        # Rendering its charts is CPU work (vl-convert): not on the event loop either.
        return await run_in_threadpool(report.html, data)

    async def pdf(self, data: RegionReport) -> bytes:
        # Laying out a report takes a good part of a second of CPU: not on the event loop.
        return await run_in_threadpool(report.pdf, data)


def _ids(region: ReportRegion) -> list[str]:
    """The region's distinct codes, the newest version's first."""
    return list(dict.fromkeys(c.nuts_id for c in region.codes))


def _changed(r: RowMapping) -> ChangedTerritory:
    return ChangedTerritory.model_validate(dict(r))


def _distinct_changes(
    links: Sequence[ChangedTerritory], members: set[tuple[int, str]]
) -> list[ChangedTerritory]:
    """One link per region of other territory and kind of change, through the newest codes
    linked: PT16 of 2013 and PT16 of 2021 were both split into PT19 of 2024."""
    kept: dict[tuple[str | None, str], tuple[tuple[int, int], ChangedTerritory]] = {}
    for link in links:
        if (link.from_version, link.from_id) in members:
            other, order = link.to_id, (link.from_version, link.to_version)
        else:
            other, order = link.from_id, (link.to_version, link.from_version)
        if (order[1], other) in members:
            continue
        key = (other, link.change)
        if key not in kept or order > kept[key][0]:
            kept[key] = (order, link)
    return sorted(
        (link for _, link in kept.values()),
        key=lambda c: (c.from_version, c.from_id, c.to_version),
    )
