from __future__ import annotations

import statistics
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy import RowMapping
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from starlette.concurrency import run_in_threadpool

from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.db.session import ReadConnection
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.regions.resolve import Resolution, resolve_region
from eco_core.stress_test.questionnaire import (
    Questionnaire,
    QuestionnaireError,
    content_sha256,
    parse_questionnaire,
)
from eco_core.stress_test.store import insert_questionnaire, stored_checksum
from eco_core.webhooks.outbox import emit
from eco_scoring.panorama.repository import PanoramaRepository
from eco_scoring.panorama.schemas import ClusterIndicators
from eco_scoring.panorama.service import PanoramaService
from eco_scoring.scoreboard.compute import ScoreboardParameters
from eco_scoring.scoreboard.repository import ScoreboardRepository
from eco_scoring.scoreboard.schemas import RegionScoreboard
from eco_scoring.scoreboard.service import RegionQuery, ScoreboardService
from eco_scoring.stress_test import compute, report
from eco_scoring.stress_test.repository import StressTestRepository
from eco_scoring.stress_test.schemas import (
    AnswerRead,
    AnswersRead,
    AnswersWrite,
    AssessmentCreate,
    AssessmentPage,
    AssessmentRead,
    AssessmentSummary,
    Benchmark,
    BenchmarkBlock,
    BenchmarkRegion,
    BlockProgress,
    ClusterRef,
    ConditionEvidence,
    PanoramaUsed,
    QuestionnaireSummary,
    RespondentCreate,
    RespondentRead,
    ResultRead,
    ResultSummary,
    ScoreboardUsed,
    StressTestParameters,
)

RESOURCE = "stress_test_assessment"
MAX_PEERS = 5


def _containing(resolution: Resolution, what: str) -> str | None:
    """Say so where a containing region's figures stand in for the region's."""
    if resolution.relation != "parent":
        return None
    return f"{what} of the region containing it: {resolution.note}"


def _invalid(errors: Sequence[tuple[str, str]], detail: str | None = None) -> Problem:
    fields = ", ".join(dict.fromkeys(field for field, _ in errors))
    return Problem(
        422,
        "Unprocessable Content",
        detail or f"The request is not valid: {fields}",
        slug="validation-error",
        errors=[FieldError(field=field, message=message) for field, message in errors],
    )


def _submitted(assessment: RowMapping) -> Problem:
    return Problem(
        409,
        "Assessment Submitted",
        f"Assessment {assessment['id']} was submitted on {assessment['submitted_at']:%Y-%m-%d}; "
        "its answers are frozen. Create a new assessment to answer again.",
        slug="assessment-submitted",
    )


def _document(row: RowMapping) -> Questionnaire:
    # Stored documents were validated when stored: no need to check them again.
    return Questionnaire.model_validate(row["content"])


def _summary(row: RowMapping) -> QuestionnaireSummary:
    doc = row["content"]
    return QuestionnaireSummary(
        version=row["version"],
        title=row["title"],
        is_active=row["is_active"],
        blocks=len(doc["blocks"]),
        questions=sum(len(b["questions"]) for b in doc["blocks"]),
        created_at=row["created_at"],
    )


def _answer_inputs(rows: Sequence[RowMapping]) -> list[compute.AnswerInput]:
    return [
        compute.AnswerInput(
            respondent_id=str(r["respondent_id"]),
            question=r["question_code"],
            value=r["value"],
            comment=r["comment"],
            evidence=tuple(r["evidence"]),
        )
        for r in rows
    ]


def _condition_items(board: RegionScoreboard) -> dict[tuple[str, str], ConditionEvidence]:
    """Every scoreboard score of the region, keyed as questionnaire blocks name them."""
    items: dict[tuple[str, str], ConditionEvidence] = {}
    for d in board.overall:
        name = d.dimension.replace("-", " ").capitalize()
        items[("dimension", d.dimension)] = ConditionEvidence(
            kind="dimension",
            code=d.dimension,
            name=name,
            score=d.score,
            peer_mean=d.peer_mean,
            eu_mean=d.eu_mean,
            assessment=d.assessment,
        )
        for s in d.subdimensions:
            items[("subdimension", s.subdimension)] = ConditionEvidence(
                kind="subdimension",
                code=s.subdimension,
                name=s.subdimension.replace("-", " ").capitalize(),
                score=s.score,
                peer_mean=s.peer_mean,
                eu_mean=s.eu_mean,
                assessment=s.assessment,
            )
    for i in board.detailed:
        items[("indicator", i.code)] = ConditionEvidence(
            kind="indicator",
            code=i.code,
            name=i.name,
            score=i.normalised,
            peer_mean=i.peer_mean,
            eu_mean=i.eu_mean,
            assessment=i.assessment,
        )
    return items


def _strongest(clusters: Sequence[ClusterIndicators], kind: str) -> list[ClusterRef]:
    starred = [c for c in clusters if c.kind == kind and c.star_count > 0]
    starred.sort(key=lambda c: (-c.star_count, -(c.location_quotient or 0.0), c.slug))
    return [
        ClusterRef(
            kind=c.kind,
            slug=c.slug,
            name=c.name,
            stars=c.star_count,
            location_quotient=c.location_quotient,
        )
        for c in starred
    ]


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.fmean(present), 2) if present else None


class StressTestService:
    def __init__(
        self,
        repository: StressTestRepository,
        request: Request | None = None,
    ) -> None:
        self.repository = repository
        self.request = request

    @property
    def _conn(self) -> AsyncConnection | AsyncSession | ReadConnection:
        return self.repository.conn

    # -- questionnaires -------------------------------------------------------------------

    async def _questionnaire(self, version: str | None) -> RowMapping:
        row = await self.repository.questionnaire(version)
        if row is None:
            raise not_found("Stress Test questionnaire", version or "active")
        return row

    async def list_questionnaires(self) -> list[QuestionnaireSummary]:
        return [_summary(r) for r in await self.repository.questionnaires()]

    async def get_questionnaire(self, version: str) -> Questionnaire:
        return _document(await self._questionnaire(version))

    async def upload_questionnaire(
        self, session: AsyncSession, principal: Principal, raw: bytes, activate: bool
    ) -> tuple[QuestionnaireSummary, bool]:
        """Store a new version (administrators); the same content again is not a change, other
        content under an existing version is a conflict: versions never change."""
        if not principal.is_admin:
            raise Problem(
                403, "Forbidden", "Only administrators publish questionnaires.", slug="forbidden"
            )
        try:
            doc = parse_questionnaire(raw)
        except QuestionnaireError as exc:
            raise _invalid(
                [(f"body.{path}" if path != "body" else path, m) for path, m in exc.problems]
            ) from None
        checksum = content_sha256(doc)
        stored = await stored_checksum(session, doc.version)
        if stored is not None and stored != checksum:
            raise Problem(
                409,
                "Version Exists",
                f"Questionnaire {doc.version} exists with other content; versions are "
                "immutable, publish the change under a new version.",
                slug="questionnaire-version-exists",
            )
        created = stored is None
        if created:
            await insert_questionnaire(
                session, doc, checksum, created_by=principal.account_id, activate=activate
            )
            assert self.request is not None
            audit.record(
                session,
                self.request,
                principal,
                action="create",
                resource_type="stress_test_questionnaire",
                resource_id=doc.version,
                details={"sha256": checksum, "activate": activate},
            )
        return _summary(await self._questionnaire(doc.version)), created

    # -- assessments ------------------------------------------------------------------------

    async def _owned(
        self, principal: Principal, assessment_id: uuid.UUID, *, lock: bool = False
    ) -> RowMapping:
        row = await self.repository.assessment(assessment_id, lock=lock)
        if row is None or not principal.owns(row["owner_account_id"]):
            raise not_found("Stress Test assessment", str(assessment_id))
        return row

    async def _read(self, row: RowMapping) -> AssessmentRead:
        questions = await self.repository.questions(row["questionnaire_id"])
        answers = await self.repository.answers(row["id"])
        answered = {a["question_code"] for a in answers}
        blocks = list(dict.fromkeys(q["block_code"] for q in questions))
        return AssessmentRead(
            id=row["id"],
            nuts_id=row["nuts_id"],
            nuts_version=row["nuts_version"],
            region_name=row["region_name"],
            title=row["title"],
            questionnaire=row["questionnaire"],
            status=row["status"],
            peers=row["peers"],
            respondents=[
                RespondentRead.model_validate(dict(r))
                for r in await self.repository.respondents(row["id"])
            ],
            progress=[
                BlockProgress(
                    block=b,
                    questions=sum(q["block_code"] == b for q in questions),
                    answered=sum(q["block_code"] == b and q["code"] in answered for q in questions),
                )
                for b in blocks
            ],
            questions=len(questions),
            answered=len(answered),
            block_scores=None if row["block_scores"] is None else row["block_scores"]["blocks"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            submitted_at=row["submitted_at"],
        )

    async def create_assessment(
        self, session: AsyncSession, principal: Principal, data: AssessmentCreate
    ) -> AssessmentRead:
        try:
            questionnaire = await self._questionnaire(data.questionnaire)
        except Problem:
            raise _invalid(
                [("body.questionnaire", f"no questionnaire {data.questionnaire or 'is active'}")]
            ) from None
        # Any version's code: in the version named, a code of another version is read as
        # its code of the same territory there (FR30 as FRE1 of 2024); a split region is a
        # problem listing what it became. The region assessed is the one named, never a
        # containing one: scoring reads that region's figures (a NUTS-3 region's from its
        # NUTS-2 parent, saying so).
        resolution = await resolve_region(
            self._conn,
            data.nuts_id,
            in_version=None if data.nuts_version is None else int(data.nuts_version),
            parents=False,
            field="body.nuts_id",
        )
        region = resolution.region
        peers = None if data.peers is None else list(dict.fromkeys(data.peers))
        for peer in peers or []:
            if peer in (data.nuts_id, region.nuts_id):
                raise _invalid([("body.peers", "a region is not its own peer")])
            await resolve_region(self._conn, peer, parents=False, field="body.peers")
        assessment_id = uuid.uuid4()
        await self.repository.insert_assessment(
            {
                "id": assessment_id,
                "questionnaire_id": questionnaire["id"],
                "nuts_version": region.nuts_version,
                "nuts_id": region.nuts_id,
                "title": data.title or f"Stress Test {region.name}",
                "status": "draft",
                "peers": peers,
                "owner_account_id": principal.account_id,
            }
        )
        self._audit(session, principal, "create", assessment_id, {"nuts_id": data.nuts_id})
        return await self._read(await self._owned(principal, assessment_id))

    async def list_assessments(
        self, principal: Principal, status: str | None, nuts_id: str | None, page: PageParams
    ) -> AssessmentPage:
        rows = await self.repository.list_assessments(
            owner=None if principal.is_admin else principal.account_id,
            status=status,
            nuts_id=nuts_id,
            after=page.key(uuid.UUID),
            limit=page.limit,
        )
        items, cursor = paginate(rows, page, lambda r: (r["id"],))
        return AssessmentPage(
            items=[AssessmentSummary.model_validate(dict(r)) for r in items], next_cursor=cursor
        )

    async def get_assessment(
        self, principal: Principal, assessment_id: uuid.UUID
    ) -> AssessmentRead:
        return await self._read(await self._owned(principal, assessment_id))

    async def add_respondent(
        self,
        session: AsyncSession,
        principal: Principal,
        assessment_id: uuid.UUID,
        data: RespondentCreate,
    ) -> RespondentRead:
        assessment = await self._owned(principal, assessment_id, lock=True)
        if assessment["status"] != "draft":
            raise _submitted(assessment)
        row = await self.repository.insert_respondent(
            {"id": uuid.uuid4(), "assessment_id": assessment_id, **data.model_dump()}
        )
        await self.repository.touch(assessment_id)
        self._audit(session, principal, "add_respondent", assessment_id, {"role": data.role})
        return RespondentRead.model_validate(dict(row))

    async def put_answers(
        self,
        session: AsyncSession,
        principal: Principal,
        assessment_id: uuid.UUID,
        data: AnswersWrite,
    ) -> AnswersRead:
        """Create or replace answers, all of them or none: every item is checked first."""
        assessment = await self._owned(principal, assessment_id, lock=True)
        if assessment["status"] != "draft":
            raise _submitted(assessment)
        doc = _document(await self.repository.questionnaire_by_id(assessment["questionnaire_id"]))
        scales = {q.code: doc.scale(q.scale) for _, q in doc.questions()}
        respondents = {r["id"] for r in await self.repository.respondents(assessment_id)}
        errors: list[tuple[str, str]] = []
        seen: set[tuple[uuid.UUID, str]] = set()
        for i, answer in enumerate(data.answers):
            path = f"body.answers[{i}]"
            scale = scales.get(answer.question)
            if scale is None:
                errors.append(
                    (
                        f"{path}.question",
                        f"no question {answer.question!r} in questionnaire {doc.version}",
                    )
                )
            elif not scale.minimum <= answer.value <= scale.maximum:
                errors.append(
                    (
                        f"{path}.value",
                        f"outside the scale {scale.code} ({scale.minimum}-{scale.maximum})",
                    )
                )
            if answer.respondent_id not in respondents:
                errors.append((f"{path}.respondent_id", "no such respondent in this assessment"))
            key = (answer.respondent_id, answer.question)
            if key in seen:
                errors.append((path, "this respondent answers this question twice"))
            seen.add(key)
        if errors:
            raise _invalid(errors)
        await self.repository.upsert_answers(
            [
                {
                    "assessment_id": assessment_id,
                    "respondent_id": a.respondent_id,
                    "question_code": a.question,
                    "questionnaire_id": assessment["questionnaire_id"],
                    "value": a.value,
                    "comment": a.comment,
                    "evidence": [str(link) for link in a.evidence],
                }
                for a in data.answers
            ]
        )
        await self.repository.touch(assessment_id)
        self._audit(session, principal, "answer", assessment_id, {"answers": len(data.answers)})
        return await self.get_answers(principal, assessment_id, None)

    async def get_answers(
        self, principal: Principal, assessment_id: uuid.UUID, block: str | None
    ) -> AnswersRead:
        assessment = await self._owned(principal, assessment_id)
        doc = _document(await self.repository.questionnaire_by_id(assessment["questionnaire_id"]))
        if block is not None and block not in {b.code for b in doc.blocks}:
            raise _invalid([("query.block", f"no block {block!r} in questionnaire {doc.version}")])
        scale_of = {q.code: doc.scale(q.scale) for _, q in doc.questions()}
        return AnswersRead(
            assessment_id=assessment_id,
            status=assessment["status"],
            answers=[
                AnswerRead(
                    respondent_id=r["respondent_id"],
                    question=r["question_code"],
                    block=r["block_code"],
                    value=r["value"],
                    label=scale_of[r["question_code"]].label(r["value"]),
                    comment=r["comment"],
                    evidence=list(r["evidence"]),
                    updated_at=r["updated_at"],
                )
                for r in await self.repository.answers(assessment_id)
                if block is None or r["block_code"] == block
            ],
        )

    async def submit(
        self, session: AsyncSession, principal: Principal, assessment_id: uuid.UUID
    ) -> ResultRead:
        """Freeze the answers, store the block scores and the first result."""
        assessment = await self._owned(principal, assessment_id, lock=True)
        if assessment["status"] != "draft":
            raise _submitted(assessment)
        doc = _document(await self.repository.questionnaire_by_id(assessment["questionnaire_id"]))
        answers = _answer_inputs(await self.repository.answers(assessment_id))
        answered = {a.question for a in answers}
        missing = [q.code for _, q in doc.questions() if q.code not in answered]
        if missing:
            raise _invalid(
                [
                    (f"answers.{code}", "no respondent has answered this question")
                    for code in missing
                ],
                detail=f"{len(missing)} question(s) have no answer yet; answer them, then submit.",
            )
        scored = compute.score_answers(doc, answers)
        await self.repository.submit(
            assessment_id,
            {
                "blocks": {code: score for code, (score, _) in scored.blocks.items()},
                "overall": scored.overall,
            },
        )
        result = await self._score(
            await self._owned(principal, assessment_id), StressTestParameters(), principal
        )
        self._audit(session, principal, "submit", assessment_id, {"result_id": str(result.id)})
        await emit(
            session,
            account_id=assessment["owner_account_id"],
            event_type="stress_test.submitted",
            payload={
                "assessment_id": str(assessment_id),
                "nuts_id": assessment["nuts_id"],
                "result_id": str(result.id),
                "overall_score": result.profile.overall_score,
            },
        )
        return result

    # -- results ----------------------------------------------------------------------------

    async def rescore(
        self,
        session: AsyncSession,
        principal: Principal,
        assessment_id: uuid.UUID,
        parameters: StressTestParameters,
    ) -> ResultRead:
        """A new result of a submitted assessment, against today's scoreboard and Panorama."""
        assessment = await self._owned(principal, assessment_id)
        if assessment["status"] != "submitted":
            raise Problem(
                409,
                "Assessment Not Submitted",
                "Only a submitted assessment is scored; submit it first.",
                slug="assessment-not-submitted",
            )
        result = await self._score(assessment, parameters, principal)
        self._audit(session, principal, "score", assessment_id, {"result_id": str(result.id)})
        return result

    async def _conditions(
        self, assessment: RowMapping, parameters: StressTestParameters
    ) -> tuple[dict[tuple[str, str], ConditionEvidence], ScoreboardUsed]:
        """The scoreboard of the region as the values have it (its code of the same
        territory, or the region containing it: said in the note)."""
        scoreboard = ScoreboardService(ScoreboardRepository(self._conn))
        query = RegionQuery(
            framework=None,
            nuts_id=assessment["nuts_id"],
            nuts_version=assessment["nuts_version"],
            peers=assessment["peers"],
            parameters=ScoreboardParameters(band=parameters.scoreboard_band),
            year=None,
        )
        try:
            board, resolution = await scoreboard.region_scoreboard(query)
        except Problem as problem:
            if problem.status not in (404, 422):
                raise
            found = [e.message for e in problem.errors or []] or [problem.detail or ""]
            note = "Framework conditions unknown: " + "; ".join(found)
            return {}, ScoreboardUsed(framework=None, peers=[], peers_method=None, note=note)
        return _condition_items(board), ScoreboardUsed(
            framework=board.framework,
            nuts_id=resolution.nuts_id,
            peers=[p.nuts_id for p in board.peers.regions],
            peers_method=board.peers.method,
            note=_containing(resolution, "Framework conditions"),
        )

    async def _portfolio(
        self, assessment: RowMapping
    ) -> tuple[dict[str, list[ClusterRef]], PanoramaUsed, uuid.UUID | None]:
        """The latest Panorama run's clusters of the region as the run has it."""
        panorama = PanoramaService(PanoramaRepository(self._conn))
        try:
            run = await panorama.get_run(None)
        except Problem as problem:
            if problem.status != 404:
                raise
            note = "No Panorama run has succeeded yet; clusters are not named."
            return {}, PanoramaUsed(run_id=None, year=None, note=note), None
        try:
            profile, resolution = await panorama.region_profile(
                run.id,
                assessment["nuts_id"],
                None,
                origin_version=assessment["nuts_version"],
            )
        except Problem as problem:
            if problem.status not in (404, 422):
                raise
            reason = "; ".join(e.message for e in problem.errors or []) or problem.detail
            note = (
                f"The latest Panorama run ({run.year}, NUTS {run.nuts_version}) has no results "
                f"for this region ({reason}); clusters are not named."
            )
            return {}, PanoramaUsed(run_id=None, year=None, note=note), None
        portfolio = {
            "categories": _strongest(profile.clusters, "category"),
            "emerging_industries": _strongest(profile.clusters, "emerging_industry"),
        }
        used = PanoramaUsed(
            run_id=run.id,
            year=run.year,
            nuts_id=resolution.nuts_id,
            note=_containing(resolution, "Clusters"),
        )
        return portfolio, used, run.id

    async def _score(
        self, assessment: RowMapping, parameters: StressTestParameters, principal: Principal
    ) -> ResultRead:
        doc = _document(await self.repository.questionnaire_by_id(assessment["questionnaire_id"]))
        answers = _answer_inputs(await self.repository.answers(assessment["id"]))
        # Results may be filed under the region's code of another NUTS version (the shipped
        # statistics are NUTS 2013) or, for a NUTS-3 region, under the region containing it:
        # the scoreboard and the Panorama read the region as they have it.
        conditions, scoreboard_used = await self._conditions(assessment, parameters)
        portfolio, panorama_used, run_id = await self._portfolio(assessment)
        profile, blocks, questions, recommendations = compute.recommend(
            doc, answers, conditions, portfolio, parameters
        )
        result = ResultRead(
            id=uuid.uuid4(),
            assessment_id=assessment["id"],
            nuts_id=assessment["nuts_id"],
            region_name=assessment["region_name"],
            title=assessment["title"],
            questionnaire=doc.version,
            methodology=compute.METHODOLOGY,
            parameters=parameters,
            combination=compute.COMBINATION,
            scoreboard=scoreboard_used,
            panorama=panorama_used,
            profile=profile,
            blocks=blocks,
            questions=questions,
            recommendations=recommendations,
            # The clock, not the transaction's start: results of one transaction keep an order.
            created_at=datetime.now(UTC),
        )
        await self.repository.insert_result(
            {
                "id": result.id,
                "assessment_id": assessment["id"],
                "parameters": parameters.model_dump(mode="json"),
                "scoreboard_framework": scoreboard_used.framework,
                "panorama_run_id": run_id,
                "document": result.model_dump(mode="json"),
                "created_by": principal.account_id,
                "created_at": result.created_at,
            }
        )
        return result

    async def get_result(
        self, principal: Principal, assessment_id: uuid.UUID, result_id: uuid.UUID | None
    ) -> ResultRead:
        assessment = await self._owned(principal, assessment_id)
        row = await self.repository.result(assessment_id, result_id)
        if row is None:
            if assessment["status"] == "draft":
                raise Problem(
                    409,
                    "Assessment Not Submitted",
                    "A draft has no result yet; submit it first.",
                    slug="assessment-not-submitted",
                )
            raise not_found("Stress Test result", str(result_id) if result_id else "latest")
        return ResultRead.model_validate(row["document"])

    async def list_results(
        self, principal: Principal, assessment_id: uuid.UUID
    ) -> list[ResultSummary]:
        await self._owned(principal, assessment_id)
        out = []
        for row in await self.repository.results(assessment_id):
            recommendations = row["document"]["recommendations"]
            out.append(
                ResultSummary(
                    id=row["id"],
                    created_at=row["created_at"],
                    parameters=StressTestParameters.model_validate(row["parameters"]),
                    scoreboard_framework=row["scoreboard_framework"],
                    panorama_run_id=row["panorama_run_id"],
                    top_recommendation=recommendations[0]["title"] if recommendations else None,
                )
            )
        return out

    async def latest_region_result(
        self, nuts_id: str, principal: Principal | None = None
    ) -> ResultRead | None:
        """The latest result of the region's latest submitted assessment, or None: for reports
        that combine a region's results. With a principal, only an assessment it may read."""
        row = await self.repository.latest_submitted_of_region(nuts_id)
        if row is None or (principal is not None and not principal.owns(row["owner_account_id"])):
            return None
        result = await self.repository.result(row["id"], None)
        return None if result is None else ResultRead.model_validate(result["document"])

    # -- reports ------------------------------------------------------------------------------

    async def _report_inputs(
        self, principal: Principal, assessment_id: uuid.UUID, result_id: uuid.UUID | None
    ) -> tuple[ResultRead, Mapping[str, float | None]]:
        result = await self.get_result(principal, assessment_id, result_id)
        assessment = await self._owned(principal, assessment_id)
        rows = await self.repository.latest_submitted(assessment["questionnaire_id"])
        average = {
            b.code: _mean([r["block_scores"]["blocks"].get(b.code) for r in rows])
            for b in result.blocks
        }
        return result, average

    async def chart(
        self, principal: Principal, assessment_id: uuid.UUID, result_id: uuid.UUID | None
    ) -> str:
        inputs = await self._report_inputs(principal, assessment_id, result_id)
        return await run_in_threadpool(report.radar, *inputs)  # CPU work: vl-convert

    async def report_html(
        self, principal: Principal, assessment_id: uuid.UUID, result_id: uuid.UUID | None
    ) -> str:
        inputs = await self._report_inputs(principal, assessment_id, result_id)
        return await run_in_threadpool(report.html, *inputs)  # renders the radar

    async def report_pdf(
        self, principal: Principal, assessment_id: uuid.UUID, result_id: uuid.UUID | None
    ) -> bytes:
        result, average = await self._report_inputs(principal, assessment_id, result_id)
        # Laying out a report takes about half a second of CPU: not on the event loop.
        return await run_in_threadpool(report.pdf, result, average)

    # -- benchmarking -------------------------------------------------------------------------

    async def benchmark(
        self, principal: Principal, assessment_id: uuid.UUID, peers: Sequence[str]
    ) -> Benchmark:
        """This assessment's block scores against chosen peers' latest submitted assessments
        and the mean of every region's latest submission of the same questionnaire version."""
        assessment = await self._owned(principal, assessment_id)
        wanted = list(dict.fromkeys(peers))
        if len(wanted) > MAX_PEERS:
            raise _invalid([("query.peers", f"at most {MAX_PEERS} peers, got {len(wanted)}")])
        if assessment["nuts_id"] in wanted:
            raise _invalid([("query.peers", "a region is not its own peer")])
        doc = _document(await self.repository.questionnaire_by_id(assessment["questionnaire_id"]))
        if assessment["block_scores"] is not None:
            mine: dict[str, Any] = assessment["block_scores"]
        else:
            # A draft is compared on what it has answered so far.
            scored = compute.score_answers(
                doc, _answer_inputs(await self.repository.answers(assessment_id))
            )
            mine = {
                "blocks": {code: score for code, (score, _) in scored.blocks.items()},
                "overall": scored.overall,
            }
        latest = await self.repository.latest_submitted(assessment["questionnaire_id"])
        by_region = {r["nuts_id"]: r for r in latest}
        peer_rows = [by_region[p] for p in wanted if p in by_region]
        blocks = []
        for block in doc.blocks:
            score = mine["blocks"].get(block.code)
            everyone = [r["block_scores"]["blocks"].get(block.code) for r in latest]
            others = [
                v
                for r in latest
                if r["nuts_id"] != assessment["nuts_id"]
                and (v := r["block_scores"]["blocks"].get(block.code)) is not None
            ]
            blocks.append(
                BenchmarkBlock(
                    block=block.code,
                    title=block.title,
                    score=score,
                    peers_mean=_mean(
                        [r["block_scores"]["blocks"].get(block.code) for r in peer_rows]
                    ),
                    all_mean=_mean(everyone),
                    rank=None if score is None else 1 + sum(v > score for v in others),
                )
            )
        return Benchmark(
            assessment_id=assessment_id,
            nuts_id=assessment["nuts_id"],
            questionnaire=doc.version,
            status=assessment["status"],
            blocks=blocks,
            overall=mine["overall"],
            peers=[
                BenchmarkRegion(
                    nuts_id=r["nuts_id"],
                    region_name=r["region_name"],
                    assessment_id=r["id"],
                    submitted_at=r["submitted_at"],
                    block_scores=r["block_scores"]["blocks"],
                    overall=r["block_scores"]["overall"],
                )
                for r in peer_rows
            ],
            peers_without_submission=[p for p in wanted if p not in by_region],
            all_submitted=len(latest),
            all_mean_overall=_mean([r["block_scores"]["overall"] for r in latest]),
        )

    # -- helpers -------------------------------------------------------------------------------

    def _audit(
        self,
        session: AsyncSession,
        principal: Principal,
        action: str,
        assessment_id: uuid.UUID,
        details: dict[str, Any],
    ) -> None:
        if self.request is not None:
            audit.record(
                session,
                self.request,
                principal,
                action=action,
                resource_type=RESOURCE,
                resource_id=assessment_id,
                details=details,
            )


async def latest_region_result(
    conn: AsyncConnection | AsyncSession | ReadConnection,
    nuts_id: str,
    principal: Principal | None = None,
) -> ResultRead | None:
    """``StressTestService.latest_region_result`` on a connection: the latest result (with its
    recommendations, most urgent first) of the region's latest submitted assessment."""
    return await StressTestService(StressTestRepository(conn)).latest_region_result(
        nuts_id, principal
    )
