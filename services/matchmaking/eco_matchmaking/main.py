"""The matchmaking service: ``eco up``, or ``uvicorn eco_matchmaking.main:create_app --factory``."""

from __future__ import annotations

from fastapi import FastAPI

from eco_core.http.app import ServiceSpec, create_service_app
from eco_core.settings import Settings
from eco_core.webhooks.resolver import SystemResolver
from eco_matchmaking.events.router import router as events_router
from eco_matchmaking.input_output.router import router as input_output_router
from eco_matchmaking.meeting_requests.router import router as meeting_requests_router
from eco_matchmaking.meetings.router import router as meetings_router
from eco_matchmaking.participants.router import router as participants_router
from eco_matchmaking.recommendations.router import router as recommendations_router
from eco_matchmaking.schedule_solver.router import router as schedule_solver_router
from eco_matchmaking.schedule_solver.warm_up import warm_up
from eco_matchmaking.schedules.router import router as schedules_router

SPEC = ServiceSpec(
    name="matchmaking",
    title="European Cluster Observatory: matchmaking",
    description=(
        "Partner recommendations by sector similarity and value-chain complementarity, "
        "matchmaking events and optimal meeting schedules."
    ),
    # A brokerage event's scheduling instance is a few MB of JSON; a large one, queued as a
    # solve job, tens.
    body_limits={
        "/v1/schedules/solve": "max_instance_bytes",
        "/v1/schedules/solve-jobs": "max_solve_job_bytes",
    },
    warm_up=warm_up,
    routers=(
        recommendations_router,
        input_output_router,
        events_router,
        participants_router,
        meeting_requests_router,
        meetings_router,
        schedules_router,
        schedule_solver_router,
    ),
    tags=(
        {
            "name": "recommendations",
            "description": "Partner recommendations: sector similarity, value-chain "
            "complementarity from input-output tables, offers and needs, fused for both "
            "sides; explanations, filters, fair exposure, feedback and precomputed runs",
        },
        {
            "name": "input-output",
            "description": "Input-output tables (Eurostat naio_10_cp1700) restated between "
            "NACE divisions: import, activation and flows",
        },
        {
            "name": "events",
            "description": "Matchmaking events: sessions and slots, tables, rules, booking, "
            "partner portals, statistics",
        },
        {
            "name": "participants",
            "description": "Cluster organisations registered to an event: delegates, "
            "availability, meeting limits, booths, suggested partners",
        },
        {
            "name": "meeting-requests",
            "description": "Requests between participants (must meet / would like): accept, "
            "decline, withdraw; they expire",
        },
        {
            "name": "meetings",
            "description": "Accepted requests: the organiser moves, locks and cancels them and "
            "marks no-shows; both sides give feedback, then a follow-up",
        },
        {
            "name": "schedules",
            "description": "Optimised schedules as background runs; the grid, agendas as JSON, "
            "iCalendar, CSV and PDF, table tents; publishing with webhooks",
        },
        {
            "name": "schedule-solver",
            "description": "Schedule optimisation for partner portals: post an instance, get "
            "the schedule with its proven bound and gap (also `eco schedule`); large events "
            "as solve jobs, polled or called back, kept for a stated time",
        },
    ),
)


def create_app(settings: Settings | None = None) -> FastAPI:
    app = create_service_app(SPEC, settings)
    # Solve jobs' callback URLs are checked against the SSRF rules when the job is created.
    app.state.webhook_resolver = SystemResolver(app.state.settings.webhook_resolve_timeout_s)
    return app
