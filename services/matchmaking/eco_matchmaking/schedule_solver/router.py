from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from eco_core.http.etag import json_with_etag
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.links import Link, from_body, links
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_matchmaking.schedule_solver.dependencies import (
    ScheduleSolverDep,
    SchedulesRead,
    SolveJobServiceDep,
)
from eco_matchmaking.schedule_solver.schemas import (
    Instance,
    Result,
    SolveJobCreate,
    SolveJobCreated,
    SolveJobRead,
    job_link,
)

router = APIRouter(
    prefix="/v1/schedules",
    tags=["schedule-solver"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403, 413, 422)},
)

JobId = Annotated[uuid.UUID, Path(description="The solve job's id (its Location)")]
# Seconds a poller is asked to wait between looks at a job still queued or running.
POLL_AFTER_S = 2


@router.post("/solve", response_model=Result)
async def solve_schedule(
    instance: Instance, principal: SchedulesRead, solver: ScheduleSolverDep
) -> Result:
    """Optimise a schedule sent whole (for partner portals that keep events in their own
    systems): participants with availability, limits and booths; slots with their tables;
    accepted meetings with priority or weight, locks and published placements. The answer
    is the schedule with its objective, a proven upper bound and the gap, the reason for
    every meeting left out and what the pre-checks found. Nothing is stored, so a retry is
    safe. At most 5,000 meetings, 2,000 participants, 500 slots (413) and a 30-second time
    limit (422): larger events go through POST /v1/schedules/solve-jobs. The JSON Schemas
    are in docs/schemas/."""
    return await solver.solve(instance)


@router.post(
    "/solve-jobs",
    response_model=SolveJobCreated,
    status_code=202,
    responses={
        429: PROBLEM_RESPONSES[429],
        **links(
            202,
            GetSolveJob=Link("get_solve_job", from_body("job_id")),
            DeleteSolveJob=Link("delete_solve_job", from_body("job_id")),
        ),
    },
)
async def create_solve_job(
    data: SolveJobCreate,
    principal: SchedulesRead,
    service: SolveJobServiceDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Queue the optimisation of a large instance (the body of POST /v1/schedules/solve,
    plus an optional `callback_url`): up to 25,000 meetings, 6,000 participants and 500
    slots (413), a time limit up to 300 s, bodies up to ECO_MAX_SOLVE_JOB_BYTES (32 MiB).
    202 with `Location`: poll it for the phase, the best objective so far and the bound,
    and the result. With `callback_url`, a signed POST says when it is done (the secret is
    in this answer only). The instance is deleted once solved, the job and its result
    ECO_SOLVE_JOB_RETENTION_HOURS (24) after creation (`expires_at`). A few jobs per
    account may be queued or running at once (429 beyond)."""
    return await idempotency.run(
        lambda: service.create(principal, data),
        location=lambda job: job_link(job.id),
        status_code=202,
    )


@router.get(
    "/solve-jobs/{job_id}", response_model=SolveJobRead, responses={404: PROBLEM_RESPONSES[404]}
)
async def get_solve_job(
    request: Request, job_id: JobId, principal: SchedulesRead, service: SolveJobServiceDep
) -> Response:
    """Status, phase and progress; the best objective so far, the proven bound and the gap;
    once succeeded, the result (as POST /v1/schedules/solve answers). Only the account that
    created the job sees it (404 for everyone else), until `expires_at`. While the job is
    queued or running, `Retry-After` says when to look again."""
    job = await service.get(principal, job_id)
    response = json_with_etag(request, job, SolveJobRead, store=False)
    if job.status in ("queued", "running"):
        response.headers["Retry-After"] = str(POLL_AFTER_S)
    return response


@router.delete("/solve-jobs/{job_id}", status_code=204, responses={404: PROBLEM_RESPONSES[404]})
async def delete_solve_job(
    job_id: JobId, principal: SchedulesRead, service: SolveJobServiceDep
) -> Response:
    """Delete the job with its input and result now, before `expires_at`; a queued job does
    not run, a running one's result is thrown away, and no callback is sent."""
    await service.delete(principal, job_id)
    return Response(status_code=204)
