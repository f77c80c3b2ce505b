"""A partner portal's whole flow through the generated Python clients, against the api and
matchmaking services served over HTTP, without a line of SQL (the steps of
tests/portal/test_portal_flow.py, as an integrator would write them):

accounts and keys by the administrator → the portal creates A → a cluster creates B and lets
the portal manage it → an organiser's event (local session times in its time zone) allows
the portal → the portal registers A and B, asks from A and accepts for B → the schedule is
run (by the worker's own job function) and published → the portal reads B's agenda as
iCalendar. A second portal gets the documented 404/403 at each step.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from eco_api_client.api.organisations import grant_management, list_managers
from eco_api_client.models import Delegation, ManagerRead
from eco_api_client.models import ProblemDetail as ApiProblem
from eco_matchmaking_client import AuthenticatedClient as Matchmaking
from eco_matchmaking_client.api.events import (
    create_event,
    get_event,
    grant_portal,
    list_allowed_events,
    open_booking,
)
from eco_matchmaking_client.api.meeting_requests import accept_request, create_request
from eco_matchmaking_client.api.participants import register_participant
from eco_matchmaking_client.api.schedules import (
    create_schedule_run,
    get_agenda_ics,
    get_schedule_run,
    publish_schedule,
)
from eco_matchmaking_client.models import (
    Delegate,
    EventCreate,
    EventPage,
    EventPrivateRead,
    EventRead,
    ParticipantCreate,
    ParticipantRead,
    PortalGrant,
    PublicationRead,
    RequestCreate,
    RequestRead,
    RunRead,
    SessionCreate,
    TableCreate,
)
from eco_matchmaking_client.models import ProblemDetail as MatchmakingProblem
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_matchmaking.schedules.service import execute_run
from tests.clients.support import Answer, LiveServices, expect
from tests.clients.test_python_client import new_account_with_key, new_organisation
from tests.conftest import Caller

ZONE = "Europe/Brussels"


def denied(answer: Answer[object], status: int, slug: str | None = None) -> None:
    """A refusal with ``status``, parsed into the client's ProblemDetail (and of the named
    type)."""
    assert answer.status_code == status, answer.content[:500]
    problem = answer.parsed
    assert isinstance(problem, ApiProblem | MatchmakingProblem), problem
    assert problem.status == status
    assert isinstance(problem.type_, str)
    if slug is not None:
        assert problem.type_.endswith(f"/{slug}"), problem.type_


async def new_event(organiser: Matchmaking, first_slot: datetime) -> EventPrivateRead:
    """A morning of three 20-minute slots at one shared table; ``first_slot`` is a
    local time in the event's zone, sent without an offset."""
    return expect(
        await create_event.asyncio_detailed(
            client=organiser,
            body=EventCreate(
                name="Packaging Partner Day",
                timezone=ZONE,
                sessions=[
                    SessionCreate(
                        name="Morning", starts_at=first_slot, slot_minutes=20, slot_count=3
                    )
                ],
                tables=[TableCreate(name="T1", capacity=4)],
            ),
            idempotency_key=str(uuid.uuid4()),
        ),
        201,
        EventPrivateRead,
    )


async def register(
    portal: Matchmaking, event_id: uuid.UUID, body: ParticipantCreate
) -> Answer[object]:
    return await register_participant.asyncio_detailed(
        event_id, client=portal, body=body, idempotency_key=str(uuid.uuid4())
    )


async def test_a_partner_portal_acts_for_its_clusters_through_the_client(
    live: LiveServices, admin: Caller, connection: AsyncConnection
) -> None:
    tag = uuid.uuid4().hex[:6]
    async with live.api(admin.token) as as_admin:
        portal, portal_key = await new_account_with_key(as_admin, "partner_portal", "Portal One")
        second, second_key = await new_account_with_key(as_admin, "partner_portal", "Portal Two")
        owner, owner_key = await new_account_with_key(
            as_admin, "cluster_organisation", "Packaging Valley"
        )
        _, organiser_key = await new_account_with_key(as_admin, "event_organiser", "Cluster Days")

    # -- the portal creates A; B's owner creates B and lets the portal manage it -------------
    async with live.api(portal_key) as as_portal, live.api(owner_key) as as_owner:
        a_org = await new_organisation(as_portal, f"Portal Plastics {tag}", "FRK21")
        assert a_org.owner_account_id == portal.id
        b_org = await new_organisation(as_owner, f"Packaging Valley {tag}", "FRK21")
        granted = expect(
            await grant_management.asyncio_detailed(b_org.slug, portal.id, client=as_owner),
            200,
            ManagerRead,
        )
        assert (granted.organisation_id, granted.granted_by) == (b_org.id, owner.id)
        managers = expect(
            await list_managers.asyncio_detailed(b_org.slug, client=as_portal), 200, Delegation
        )
        assert [m.account_id for m in managers.managers] == [portal.id]
    async with live.api(second_key) as as_second:
        denied(
            await grant_management.asyncio_detailed(b_org.slug, second.id, client=as_second), 404
        )
        denied(await list_managers.asyncio_detailed(b_org.slug, client=as_second), 404)

    # -- an organiser's event, in local time, allows the portal -------------------------------
    day = (datetime.now(UTC) + timedelta(days=30)).date()
    local_start = datetime(day.year, day.month, day.day, 9, 0)  # naive: 09:00 in Brussels
    async with (
        live.matchmaking(organiser_key) as as_organiser,
        live.matchmaking(portal_key) as mm_portal,
        live.matchmaking(second_key) as mm_second,
    ):
        event = await new_event(as_organiser, local_start)
        session = event.sessions[0]
        assert session.starts_at_local.replace(tzinfo=None) == local_start
        assert session.starts_at == local_start.replace(tzinfo=ZoneInfo(ZONE))
        allowed = expect(
            await grant_portal.asyncio_detailed(event.id, portal.id, client=as_organiser),
            200,
            PortalGrant,
        )
        assert (allowed.event_id, allowed.account_id) == (event.id, portal.id)
        # The portal finds the event in its list, without being told the id.
        listed = expect(
            await list_allowed_events.asyncio_detailed(client=mm_portal), 200, EventPage
        )
        assert [e.id for e in listed.items] == [event.id]
        unlisted = expect(
            await list_allowed_events.asyncio_detailed(client=mm_second), 200, EventPage
        )
        assert unlisted.items == []
        seen = expect(await get_event.asyncio_detailed(event.id, client=mm_portal), 200, EventRead)
        assert (seen.id, seen.timezone) == (event.id, ZONE)
        denied(await get_event.asyncio_detailed(event.id, client=mm_second), 404)
        denied(await register(mm_second, event.id, ParticipantCreate(str(a_org.id))), 404)
        # Allowed too, the second portal neither owns nor manages A or B.
        expect(
            await grant_portal.asyncio_detailed(event.id, second.id, client=as_organiser),
            200,
            PortalGrant,
        )
        for org in (a_org, b_org):
            denied(
                await register(mm_second, event.id, ParticipantCreate(org.slug)),
                403,
                "not-your-organisation",
            )

        # -- the portal registers A (by id) and B (by slug) ---------------------------------
        a = expect(
            await register(mm_portal, event.id, ParticipantCreate(str(a_org.id))),
            201,
            ParticipantRead,
        )
        b = expect(
            await register(
                mm_portal,
                event.id,
                ParticipantCreate(
                    b_org.slug, delegates=[Delegate(name="Bea Box", email="bea@packaging.example")]
                ),
            ),
            201,
            ParticipantRead,
        )
        assert (a.organisation.id, b.organisation.id, a.yours, b.yours) == (
            a_org.id,
            b_org.id,
            True,
            True,
        )

        # -- a request from A, accepted for B --------------------------------------------------
        # Operations whose body is optional (accept, decline, schedule runs) need body=None:
        # the generated default (UNSET) is sent as JSON and fails to serialise (TypeError).
        opened = expect(
            await open_booking.asyncio_detailed(event.id, client=as_organiser),
            200,
            EventPrivateRead,
        )
        assert opened.booking_open
        ask = RequestCreate(recipient_id=b.id, requester_id=a.id, priority="must_meet")
        denied(await create_request.asyncio_detailed(event.id, client=mm_second, body=ask), 403)
        request = expect(
            await create_request.asyncio_detailed(event.id, client=mm_portal, body=ask),
            201,
            RequestRead,
        )
        denied(
            await accept_request.asyncio_detailed(
                event.id, request.id, client=mm_second, body=None
            ),
            404,
        )
        accepted = expect(
            await accept_request.asyncio_detailed(
                event.id, request.id, client=mm_portal, body=None
            ),
            200,
            RequestRead,
        )
        assert accepted.status == "accepted"
        assert accepted.meeting_id is not None

        # -- the organiser runs the schedule (the worker's job) and publishes it ---------------
        queued = expect(
            await create_schedule_run.asyncio_detailed(event.id, client=as_organiser, body=None),
            202,
            RunRead,
        )
        assert queued.status == "queued"
        assert await execute_run(connection, queued.id) == "succeeded"
        run = expect(
            await get_schedule_run.asyncio_detailed(event.id, queued.id, client=as_organiser),
            200,
            RunRead,
        )
        assert (run.status, run.meetings_scheduled, run.meetings_total) == ("succeeded", 1, 1)
        published = expect(
            await publish_schedule.asyncio_detailed(event.id, client=as_organiser),
            200,
            PublicationRead,
        )
        assert (published.status, published.version) == ("published", 1)

        # -- the portal reads B's agenda as iCalendar; the second portal does not --------------
        ics = await get_agenda_ics.asyncio_detailed(event.id, b_org.slug, client=mm_portal)
        assert ics.status_code == 200, ics.content
        assert ics.headers["content-type"].startswith("text/calendar")
        assert (
            f"agenda-{b_org.slug}-packaging-partner-day.ics" in ics.headers["content-disposition"]
        )
        assert isinstance(ics.parsed, str)
        calendar = icalendar.Calendar.from_ical(ics.parsed)
        (meeting,) = calendar.walk("VEVENT")
        assert str(meeting["UID"]) == f"meeting-{accepted.meeting_id}@eco-observatory.eu"
        assert str(meeting["SUMMARY"]) == f"Meeting: {a_org.name}"
        start = meeting.decoded("DTSTART")  # on the event's clock, one of B's slots
        assert (str(start.tzinfo), start in {s.starts_at for s in session.slots}) == (ZONE, True)
        assert [(a.params["CN"], str(a)) for a in _attendees(meeting)] == [
            ("Bea Box", "mailto:bea@packaging.example")
        ]
        assert [z["TZID"] for z in calendar.walk("VTIMEZONE")] == [ZONE]
        denied(await get_agenda_ics.asyncio_detailed(event.id, b_org.slug, client=mm_second), 404)
        denied(await get_agenda_ics.asyncio_detailed(event.id, str(a.id), client=mm_second), 404)


def _attendees(meeting: icalendar.cal.Component) -> list[icalendar.vCalAddress]:
    """ATTENDEE is one value or a list, depending on how many there are."""
    found = meeting.get("ATTENDEE", [])
    return found if isinstance(found, list) else [found]
