from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query, Request
from starlette.responses import Response

from eco_core.db.session import SessionDep
from eco_core.http.etag import json_with_etag
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.links import Link, from_body, from_path, links
from eco_core.http.media import file_response
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES, not_found
from eco_core.stress_test.questionnaire import Block, Questionnaire
from eco_scoring.stress_test.dependencies import (
    AssessmentsRead,
    AssessmentsWrite,
    StressTestReader,
    StressTestWriter,
)
from eco_scoring.stress_test.schemas import (
    AnswersRead,
    AnswersWrite,
    AssessmentCreate,
    AssessmentPage,
    AssessmentRead,
    AssessmentStatus,
    Benchmark,
    QuestionnaireSummary,
    RespondentCreate,
    RespondentRead,
    ResultCreate,
    ResultRead,
    ResultSummary,
)

router = APIRouter(
    prefix="/v1/stress-test",
    tags=["stress-test"],
    responses={status: PROBLEM_RESPONSES[status] for status in (404, 422)},
)

_PRIVATE: dict[int | str, dict[str, Any]] = {s: PROBLEM_RESPONSES[s] for s in (401, 403, 404)}
_WRITE: dict[int | str, dict[str, Any]] = {
    s: PROBLEM_RESPONSES[s] for s in (401, 403, 404, 409, 422)
}
Version = Annotated[str, Path(pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$", examples=["2026.1"])]
AssessmentId = Annotated[uuid.UUID, Path(description="The assessment's id")]
ResultId = Annotated[
    str,
    Path(
        pattern=r"^(latest|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
        description="A result id, or `latest`",
        examples=["latest"],
    ),
]
# Questionnaire versions never change; a new active version can appear.
_QUESTIONNAIRE_MAX_AGE = 300


def _result_id(value: str) -> uuid.UUID | None:
    return None if value == "latest" else uuid.UUID(value)


def _private(request: Request, content: Any, kind: Any) -> Response:
    response = json_with_etag(request, content, kind, max_age=0, public=False)
    response.headers["Vary"] = "Authorization, X-API-Key"
    return response


# -- questionnaires ------------------------------------------------------------------------


@router.get(
    "/questionnaires",
    response_model=list[QuestionnaireSummary],
    responses=links(
        200,
        StartAssessment=Link(
            "create_stress_test_assessment",
            description="Assess a region with a questionnaire of the list",
            request_body={"questionnaire": "$response.body#/0/version"},
        ),
    ),
)
async def list_questionnaires(request: Request, service: StressTestReader) -> Response:
    """Questionnaire versions; new assessments use the active one unless they name another."""
    data = await service.list_questionnaires()
    return json_with_etag(request, data, list[QuestionnaireSummary], max_age=60)


_QUESTIONNAIRE_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Questionnaire"}}},
    }
}


@router.post(
    "/questionnaires",
    response_model=QuestionnaireSummary,
    status_code=201,
    openapi_extra=_QUESTIONNAIRE_BODY,
    responses={
        200: {"model": QuestionnaireSummary, "description": "The same version again: unchanged"},
        **{s: PROBLEM_RESPONSES[s] for s in (401, 403, 409, 413, 422)},
    },
)
async def upload_questionnaire(
    request: Request,
    principal: AssessmentsWrite,
    service: StressTestWriter,
    session: SessionDep,
    activate: Annotated[bool, Query(description="Make it the version new assessments use")] = False,
) -> Response:
    """Publish a questionnaire version (administrators): scales, blocks with their questions,
    guidance per level and the scoreboard parts each block acts on, as in
    ``GET /questionnaires/{version}``. Versions are immutable: the same document again
    changes nothing (200), another document under an existing version is a 409."""
    summary, created = await service.upload_questionnaire(
        session, principal, await request.body(), activate
    )
    return Response(
        summary.model_dump_json(),
        status_code=201 if created else 200,
        media_type="application/json",
        headers={"Location": f"/v1/stress-test/questionnaires/{summary.version}"},
    )


@router.get("/questionnaires/{version}", response_model=Questionnaire)
async def get_questionnaire(
    request: Request, version: Version, service: StressTestReader
) -> Response:
    """The whole questionnaire: ordinal scales with labelled levels, blocks, questions with help
    texts, guidance per block and level, and the scoreboard parts each block acts on."""
    data = await service.get_questionnaire(version)
    return json_with_etag(request, data, Questionnaire, max_age=_QUESTIONNAIRE_MAX_AGE)


@router.get("/questionnaires/{version}/blocks/{block}", response_model=Block)
async def get_block(
    request: Request,
    version: Version,
    block: Annotated[str, Path(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)],
    service: StressTestReader,
) -> Response:
    """One block of a questionnaire."""
    doc = await service.get_questionnaire(version)
    found = next((b for b in doc.blocks if b.code == block), None)
    if found is None:
        raise not_found(f"block of questionnaire {version}", block)
    return json_with_etag(request, found, Block, max_age=_QUESTIONNAIRE_MAX_AGE)


# -- assessments ---------------------------------------------------------------------------


@router.post(
    "/assessments",
    response_model=AssessmentRead,
    status_code=201,
    responses={
        **_WRITE,
        **links(
            201,
            GetAssessment=Link("get_stress_test_assessment", from_body("assessment_id")),
            AddRespondent=Link("add_respondent", from_body("assessment_id")),
            GetAnswers=Link("get_answers", from_body("assessment_id")),
            PutAnswers=Link("put_answers", from_body("assessment_id")),
            SubmitAssessment=Link("submit_assessment", from_body("assessment_id")),
            ListResults=Link("list_results", from_body("assessment_id")),
        ),
    },
)
async def create_stress_test_assessment(
    data: AssessmentCreate,
    principal: AssessmentsWrite,
    service: StressTestWriter,
    session: SessionDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Start a draft assessment of a region, owned by the calling account."""
    return await idempotency.run(
        lambda: service.create_assessment(session, principal, data),
        location=lambda a: f"/v1/stress-test/assessments/{a.id}",
    )


@router.get("/assessments", response_model=AssessmentPage, responses=_PRIVATE)
async def list_stress_test_assessments(
    request: Request,
    principal: AssessmentsRead,
    service: StressTestReader,
    page: PageDep,
    status: Annotated[AssessmentStatus | None, Query()] = None,
    nuts_id: Annotated[str | None, Query(pattern=r"^[A-Z]{2}[0-9A-Z]{0,3}$")] = None,
) -> Response:
    """The calling account's assessments (every account's for administrators)."""
    data = await service.list_assessments(principal, status, nuts_id, page)
    return _private(request, data, AssessmentPage)


@router.get("/assessments/{assessment_id}", response_model=AssessmentRead, responses=_PRIVATE)
async def get_stress_test_assessment(
    request: Request,
    assessment_id: AssessmentId,
    principal: AssessmentsRead,
    service: StressTestReader,
) -> Response:
    """An assessment with its respondents and how far each block is answered."""
    data = await service.get_assessment(principal, assessment_id)
    return _private(request, data, AssessmentRead)


@router.post(
    "/assessments/{assessment_id}/respondents",
    response_model=RespondentRead,
    status_code=201,
    responses={
        **_WRITE,
        **links(
            201,
            PutAnswers=Link(
                "put_answers",
                from_path("assessment_id"),
                description="Answer as this respondent (its id in each answer)",
                request_body={
                    "answers": [
                        {"respondent_id": "$response.body#/id", "question": "SA1", "value": 2}
                    ]
                },
            ),
            GetAssessment=Link("get_stress_test_assessment", from_path("assessment_id")),
        ),
    },
)
async def add_respondent(
    assessment_id: AssessmentId,
    data: RespondentCreate,
    principal: AssessmentsWrite,
    service: StressTestWriter,
    session: SessionDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Add a respondent (name, role, organisation) who answers for themselves."""
    return await idempotency.run(
        lambda: service.add_respondent(session, principal, assessment_id, data),
    )


@router.put("/assessments/{assessment_id}/answers", response_model=AnswersRead, responses=_WRITE)
async def put_answers(
    assessment_id: AssessmentId,
    data: AnswersWrite,
    principal: AssessmentsWrite,
    service: StressTestWriter,
    session: SessionDep,
) -> AnswersRead:
    """Create or replace answers (respondent, question, value on the question's scale,
    comment, evidence links), in as many sessions as needed while the assessment is a draft.
    The whole batch is checked first: one bad item writes nothing. Sending the same answers
    again changes nothing. Answers the assessment's answers."""
    return await service.put_answers(session, principal, assessment_id, data)


@router.get("/assessments/{assessment_id}/answers", response_model=AnswersRead, responses=_PRIVATE)
async def get_answers(
    request: Request,
    assessment_id: AssessmentId,
    principal: AssessmentsRead,
    service: StressTestReader,
    block: Annotated[str | None, Query(max_length=64, description="Only this block")] = None,
) -> Response:
    """Every respondent's answers, in questionnaire order."""
    data = await service.get_answers(principal, assessment_id, block)
    return _private(request, data, AnswersRead)


@router.post(
    "/assessments/{assessment_id}/submit",
    response_model=ResultRead,
    status_code=201,
    responses={
        **_WRITE,
        **links(
            201,
            GetResult=Link(
                "get_result",
                {**from_path("assessment_id"), **from_body("result_id")},
            ),
            ListResults=Link("list_results", from_path("assessment_id")),
        ),
    },
)
async def submit_assessment(
    assessment_id: AssessmentId,
    principal: AssessmentsWrite,
    service: StressTestWriter,
    session: SessionDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Freeze the answers (every question needs an answer) and score: block scores, the
    profile, the priority matrix against the region's scoreboard, recommendations."""
    return await idempotency.run(
        lambda: service.submit(session, principal, assessment_id),
        location=lambda r: f"/v1/stress-test/assessments/{assessment_id}/results/{r.id}",
    )


# -- results -------------------------------------------------------------------------------


@router.post(
    "/assessments/{assessment_id}/results",
    response_model=ResultRead,
    status_code=201,
    responses=_WRITE,
)
async def score_assessment(
    assessment_id: AssessmentId,
    principal: AssessmentsWrite,
    service: StressTestWriter,
    session: SessionDep,
    idempotency: IdempotencyDep,
    data: Annotated[ResultCreate | None, Body()] = None,
) -> Response:
    """Score a submitted assessment again, against the scoreboard values and Panorama run of
    today, optionally with other thresholds; earlier results are kept."""
    parameters = (data or ResultCreate()).parameters
    return await idempotency.run(
        lambda: service.rescore(session, principal, assessment_id, parameters),
        location=lambda r: f"/v1/stress-test/assessments/{assessment_id}/results/{r.id}",
    )


@router.get(
    "/assessments/{assessment_id}/results",
    response_model=list[ResultSummary],
    responses=_PRIVATE,
)
async def list_results(
    request: Request,
    assessment_id: AssessmentId,
    principal: AssessmentsRead,
    service: StressTestReader,
) -> Response:
    """Every result of the assessment, newest first."""
    data = await service.list_results(principal, assessment_id)
    return _private(request, data, list[ResultSummary])


@router.get(
    "/assessments/{assessment_id}/results/{result_id}",
    response_model=ResultRead,
    responses={**_PRIVATE, 409: PROBLEM_RESPONSES[409]},
)
async def get_result(
    request: Request,
    assessment_id: AssessmentId,
    result_id: ResultId,
    principal: AssessmentsRead,
    service: StressTestReader,
) -> Response:
    """A result: block scores, profile, the priority matrix per block and the recommendations,
    most urgent first, each with why (answers, scoreboard scores, clusters)."""
    data = await service.get_result(principal, assessment_id, _result_id(result_id))
    return _private(request, data, ResultRead)


def _download(body: bytes | str, media_type: str, filename: str, attachment: bool) -> Response:
    disposition = "attachment" if attachment else "inline"
    return Response(
        body,
        media_type=media_type,
        headers={
            "Content-Disposition": f'{disposition}; filename="{filename}"',
            "Cache-Control": "private, max-age=0",
        },
    )


@router.get(
    "/assessments/{assessment_id}/results/{result_id}/report.pdf",
    response_class=Response,
    responses={
        **file_response("A PDF report", "application/pdf"),
        **_PRIVATE,
    },
)
async def get_result_report_pdf(
    assessment_id: AssessmentId,
    result_id: ResultId,
    principal: AssessmentsRead,
    service: StressTestReader,
) -> Response:
    """The result as a PDF report with the radar chart, to download."""
    body = await service.report_pdf(principal, assessment_id, _result_id(result_id))
    return _download(body, "application/pdf", f"stress-test-{assessment_id}.pdf", True)


@router.get(
    "/assessments/{assessment_id}/results/{result_id}/report.html",
    response_class=Response,
    responses={**file_response("An HTML page", "text/html"), **_PRIVATE},
)
async def get_result_report_html(
    assessment_id: AssessmentId,
    result_id: ResultId,
    principal: AssessmentsRead,
    service: StressTestReader,
    download: Annotated[bool, Query(description="As an attachment")] = False,
) -> Response:
    """The result as one self-contained HTML page (styles and the radar chart inline)."""
    body = await service.report_html(principal, assessment_id, _result_id(result_id))
    return _download(
        body, "text/html; charset=utf-8", f"stress-test-{assessment_id}.html", download
    )


@router.get(
    "/assessments/{assessment_id}/results/{result_id}/chart.svg",
    response_class=Response,
    responses={
        **file_response("An SVG document", "image/svg+xml"),
        **_PRIVATE,
    },
)
async def get_result_chart(
    assessment_id: AssessmentId,
    result_id: ResultId,
    principal: AssessmentsRead,
    service: StressTestReader,
) -> Response:
    """The block scores as a radar chart, against the mean of all submitted assessments."""
    body = await service.chart(principal, assessment_id, _result_id(result_id))
    return _download(body, "image/svg+xml", f"stress-test-{assessment_id}.svg", False)


# -- benchmarking --------------------------------------------------------------------------


@router.get("/assessments/{assessment_id}/benchmark", response_model=Benchmark, responses=_PRIVATE)
async def get_benchmark(
    request: Request,
    assessment_id: AssessmentId,
    principal: AssessmentsRead,
    service: StressTestReader,
    peers: Annotated[
        str | None,
        Query(
            pattern=r"^[A-Za-z]{2}[0-9A-Za-z]{0,3}( *, *[A-Za-z]{2}[0-9A-Za-z]{0,3})*$",
            description="Up to 5 NUTS ids: their latest submitted assessments are compared",
            examples=["ITC1,DE21"],
        ),
    ] = None,
) -> Response:
    """Block scores against chosen peer regions and the mean of all regions' latest submitted
    assessments of the same questionnaire version (block scores only, never answers)."""
    wanted = [] if peers is None else [p.strip().upper() for p in peers.split(",")]
    data = await service.benchmark(principal, assessment_id, wanted)
    return _private(request, data, Benchmark)
