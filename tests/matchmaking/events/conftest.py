"""Accounts, organisations and an event to play with, all inside the test's transaction.

Every profile is created over the API by its owner: cluster organisation accounts and
partner portals alike (a portal creates the profiles of the clusters it serves).
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.models import (
    AuditEntry,
    EventParticipant,
    EventSession,
    EventSlot,
    EventTable,
    MatchmakingEvent,
    Meeting,
    MeetingFeedback,
    MeetingRequest,
    OutboxEvent,
    ParticipantUnavailableSlot,
    ScheduleRun,
)
from tests.conftest import Caller

MakeCaller = Callable[..., Awaitable[Caller]]
PROBLEM = "application/problem+json"


@pytest.fixture(autouse=True)
def fresh_response_cache(apps: dict[str, FastAPI]) -> None:
    """The apps outlive each test's rolled-back data: no cached list may leak across."""
    for app in apps.values():
        app.state.response_cache.clear()


def soon(days: int = 30, hour: int = 7) -> datetime:
    """A whole hour some days ahead, in UTC."""
    day = (datetime.now(UTC) + timedelta(days=days)).date()
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def this_hour_tomorrow() -> datetime:
    return datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=1)


async def let_time_pass(
    db: AsyncConnection | AsyncSession, event_id: str | uuid.UUID, by: timedelta
) -> None:
    """Time passes for one event: its sessions and slots move ``by`` into the past. An
    event cannot be created in the past, so a test that needs one held yesterday creates it
    tomorrow and lets two days go by (nothing else about the event changes)."""
    for table, columns in (
        ("event_session", ("starts_at",)),
        ("event_slot", ("starts_at", "ends_at")),
    ):
        moved = ", ".join(f"{c} = {c} - CAST(:by AS interval)" for c in columns)
        await db.execute(
            text(f"UPDATE {table} SET {moved} WHERE event_id = CAST(:event AS uuid)"),
            {"by": by, "event": str(event_id)},
        )


def event_body(**overrides: Any) -> dict[str, Any]:
    """Two sessions of 20-minute slots with a 5-minute pause, two shared tables and a booth."""
    start = soon()
    body: dict[str, Any] = {
        "name": "Cluster Matchmaking Morning",
        "venue": "Brussels",
        "timezone": "Europe/Brussels",
        "sessions": [
            {
                "name": "Morning",
                "starts_at": start.isoformat(),
                "slot_minutes": 20,
                "slot_count": 3,
                "gap_minutes": 5,
            },
            {
                "name": "Late morning",
                "starts_at": (start + timedelta(hours=2)).isoformat(),
                "slot_minutes": 20,
                "slot_count": 2,
            },
        ],
        "tables": [
            {"name": "T1", "location": "Hall A", "capacity": 4},
            {"name": "T2", "location": "Hall A", "capacity": 6},
            {"name": "Booth 7", "location": "Hall B", "kind": "booth"},
        ],
    }
    body.update(overrides)
    return body


def problem(response: httpx.Response, status: int, field: str | None = None) -> dict[str, Any]:
    """Assert a problem+json answer (and the field at fault); return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    if field is not None:
        assert [e["field"] for e in body.get("errors", [])] == [field], body
    return body


COUNTED = (
    MatchmakingEvent,
    EventSession,
    EventSlot,
    EventTable,
    EventParticipant,
    ParticipantUnavailableSlot,
    MeetingRequest,
    Meeting,
    ScheduleRun,
    MeetingFeedback,
    OutboxEvent,
    AuditEntry,
)


async def counts(session: AsyncSession) -> dict[str, int]:
    """Rows of every table a matchmaking write touches: 'nothing changed' compares these."""
    result = {}
    for model in COUNTED:
        n = await session.scalar(select(func.count()).select_from(model))
        result[model.__tablename__] = int(n or 0)
    return result


async def create_organisation(
    api: httpx.AsyncClient,
    caller: Caller,
    slug: str,
    *,
    nace: list[str],
    categories: list[str],
    name: str | None = None,
    region: str = "FRK21",
) -> dict[str, Any]:
    response = await api.post(
        "/v1/organisations",
        json={
            "slug": slug,
            "name": name or slug.replace("-", " ").title(),
            "region_id": region,
            "nace_codes": nace,
            "category_slugs": categories,
        },
        headers=caller.headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


class World:
    """The accounts and organisations of a test, and shortcuts over the API."""

    def __init__(self, mm: httpx.AsyncClient, session: AsyncSession) -> None:
        self.mm = mm
        self.session = session
        self.organiser: Caller
        self.other_organiser: Caller
        self.cluster_a: Caller
        self.cluster_b: Caller
        self.cluster_c: Caller
        self.portal: Caller
        self.other_portal: Caller
        self.org_a: uuid.UUID
        self.org_b: uuid.UUID
        self.org_c: uuid.UUID
        self.portal_org: uuid.UUID
        self.other_portal_org: uuid.UUID

    async def create_event(self, by: Caller | None = None, **overrides: Any) -> dict[str, Any]:
        response = await self.mm.post(
            "/v1/events", json=event_body(**overrides), headers=(by or self.organiser).headers
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def register(
        self, event: dict[str, Any], organisation: uuid.UUID, by: Caller | None = None, **extra: Any
    ) -> dict[str, Any]:
        response = await self.mm.post(
            f"/v1/events/{event['id']}/participants",
            json={"organisation_id": str(organisation), **extra},
            headers=(by or self.organiser).headers,
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def open_booking(self, event: dict[str, Any]) -> None:
        response = await self.mm.post(
            f"/v1/events/{event['id']}/booking/open", headers=self.organiser.headers
        )
        assert response.status_code == 200, response.text

    async def request(
        self,
        event: dict[str, Any],
        requester: dict[str, Any],
        recipient: dict[str, Any],
        by: Caller,
        priority: str = "would_like",
    ) -> httpx.Response:
        return await self.mm.post(
            f"/v1/events/{event['id']}/requests",
            json={
                "requester_id": requester["id"],
                "recipient_id": recipient["id"],
                "priority": priority,
                "message": "Let us talk about recycled polymers",
            },
            headers=by.headers,
        )

    async def meet(
        self,
        event: dict[str, Any],
        requester: dict[str, Any],
        recipient: dict[str, Any],
        by: Caller,
        answerer: Caller,
        priority: str = "would_like",
    ) -> dict[str, Any]:
        """A request, accepted: its meeting id is in the answer."""
        made = await self.request(event, requester, recipient, by, priority)
        assert made.status_code == 201, made.text
        accepted = await self.mm.post(
            f"/v1/events/{event['id']}/requests/{made.json()['id']}/accept",
            headers=answerer.headers,
        )
        assert accepted.status_code == 200, accepted.text
        body: dict[str, Any] = accepted.json()
        return body


@pytest_asyncio.fixture
async def world(
    matchmaking: httpx.AsyncClient,
    api: httpx.AsyncClient,
    session: AsyncSession,
    make_caller: MakeCaller,
) -> World:
    w = World(matchmaking, session)
    w.organiser = await make_caller("event_organiser", name="Cluster Days")
    w.other_organiser = await make_caller("event_organiser", name="Other Fair")
    w.cluster_a = await make_caller("cluster_organisation", name="Plastipolis")
    w.cluster_b = await make_caller("cluster_organisation", name="Packaging Valley")
    w.cluster_c = await make_caller("cluster_organisation", name="Polymer Hub")
    w.portal = await make_caller("partner_portal", name="Portal One")
    w.other_portal = await make_caller("partner_portal", name="Portal Two")
    a = await create_organisation(
        api, w.cluster_a, "events-plastics-a", nace=["22.22"], categories=["plastics"]
    )
    b = await create_organisation(
        api,
        w.cluster_b,
        "events-packaging-b",
        nace=["17.21"],
        categories=["paper-and-packaging"],
    )
    c = await create_organisation(
        api, w.cluster_c, "events-polymers-c", nace=["22.21", "20.16"], categories=["plastics"]
    )
    w.org_a, w.org_b, w.org_c = uuid.UUID(a["id"]), uuid.UUID(b["id"]), uuid.UUID(c["id"])
    portal_org = await create_organisation(
        api,
        w.portal,
        "events-portal-automotive",
        nace=["29.10"],
        categories=["automotive"],
        region="DE21",
    )
    other_portal_org = await create_organisation(
        api,
        w.other_portal,
        "events-portal-other",
        nace=["22.29"],
        categories=["plastics"],
        region="DE21",
    )
    w.portal_org, w.other_portal_org = (
        uuid.UUID(portal_org["id"]),
        uuid.UUID(other_portal_org["id"]),
    )
    return w
