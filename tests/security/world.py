"""The accounts and private resources the route walk calls routes on, created once per module.

Everything is created over HTTP by the account that owns it, through the services' own
endpoints, except the first administrator (no endpoint creates one: ``eco create-admin``
does, as tests/conftest.py's ``make_caller`` does here). No row is inserted by SQL; one
UPDATE lets time pass for the event held "yesterday" (an event cannot be created in the
past: it is created tomorrow and moved two days back).

Besides the owners (A) there is one *outsider* of every non-administrator kind (B): an
account with every scope its kind may hold, with private resources of its own of the same
sorts, but no part in the owners' ones. Administrators see everything by design, so no
outsider is one.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.auth.provisioning import create_account, issue_key
from eco_core.auth.scopes import ALLOWED_SCOPES
from eco_core.settings import PROJECT_ROOT
from eco_matchmaking.recommendations.service import execute_run as recommend
from eco_matchmaking.schedules.service import execute_run as schedule
from tests.conftest import Caller
from tests.excellence.conftest import survey_body
from tests.matchmaking.events.conftest import event_body, let_time_pass, this_hour_tomorrow
from tests.scoring.conftest import answer_all, draft_assessment

NON_ADMIN_KINDS = ("region", "cluster_organisation", "event_organiser", "partner_portal")
# A globally routable literal: registration needs no name resolution, and the worker, which
# would deliver to it, does not run in these tests.
WEBHOOK_URL = "https://93.184.215.14/eco-hooks"
LABEL_INDICATORS = PROJECT_ROOT / "reference_data/excellence/label-indicators-2026.1.json"


@dataclass(frozen=True)
class Target:
    """A value for a path parameter, and who owns what it names."""

    value: str
    #: The actor that owns it; None for a value that only goes with another resource (a
    #: partner organisation, a portal's account id) and does not decide who is A.
    owner: str | None
    #: Readable by anyone (an organisation's profile): outsiders get the public view.
    public: bool = False


@dataclass
class World:
    clients: dict[str, httpx.AsyncClient]
    connection: AsyncConnection
    actors: dict[str, Caller] = field(default_factory=dict)
    resources: dict[str, Target] = field(default_factory=dict)
    #: Other things bodies are made of (a Stress Test answer, a slot id).
    data: dict[str, Any] = field(default_factory=dict)
    #: Requests sent, by service (the world's set-up included).
    requests: Counter[str] = field(default_factory=Counter)

    @property
    def api(self) -> httpx.AsyncClient:
        return self.clients["api"]

    @property
    def scoring(self) -> httpx.AsyncClient:
        return self.clients["scoring"]

    @property
    def mm(self) -> httpx.AsyncClient:
        return self.clients["matchmaking"]

    def outsider(self, kind: str) -> Caller:
        return self.actors[f"outsider {kind}"]

    def value(self, name: str) -> str:
        return self.resources[name].value

    async def key_without(self, actor: str, scopes: frozenset[str]) -> Caller:
        """A second key of the actor's account, with every scope of its kind but these,
        issued by the actor itself (a key may mint a narrower one)."""
        owner = self.actors[actor]
        narrower = sorted(ALLOWED_SCOPES[owner.kind] - scopes)
        issued = await self.api.post(
            f"/v1/accounts/{owner.account_id}/api-keys",
            json={"name": "without " + " ".join(sorted(scopes)), "scopes": narrower},
            headers=owner.headers,
        )
        created = _created(issued)
        assert sorted(created["scopes"]) == narrower, created
        return Caller(owner.account_id, owner.kind, created["key"])


def _created(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code in (200, 201, 202), (
        f"{response.request.method} {response.request.url}: {response.status_code} {response.text}"
    )
    body: dict[str, Any] = response.json()
    return body


async def _admin(connection: AsyncConnection) -> Caller:
    async with AsyncSession(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    ) as session:
        account = await create_account(session, kind="admin", name="walk observatory")
        issued = await issue_key(session, account, name="walk", scopes=None, pepper="")
        await session.commit()
    return Caller(account.id, "admin", issued.token)


async def _account(w: World, name: str, kind: str) -> Caller:
    admin = w.actors["admin"].headers
    account = _created(
        await w.api.post("/v1/accounts", json={"kind": kind, "name": f"walk {name}"}, headers=admin)
    )
    key = _created(
        await w.api.post(
            f"/v1/accounts/{account['id']}/api-keys",
            json={"name": "walk", "scopes": sorted(ALLOWED_SCOPES[kind])},
            headers=admin,
        )
    )
    caller = Caller(uuid.UUID(account["id"]), kind, key["key"])
    w.actors[name] = caller
    return caller


async def _organisation(w: World, owner: str, slug: str, nace: list[str]) -> str:
    created = _created(
        await w.api.post(
            "/v1/organisations",
            json={
                "slug": slug,
                "name": slug.replace("-", " ").title(),
                "region_id": "FRK21",
                "nace_codes": nace,
                "category_slugs": ["plastics"],
                "contact_email": f"contact@{slug}.example",
            },
            headers=w.actors[owner].headers,
        )
    )
    return str(created["id"])


HELD_DAYS_AGO = timedelta(days=2)


def held_event_body(name: str) -> dict[str, Any]:
    """A private event of tomorrow; ``_event`` lets two days pass, so that it took place
    yesterday and feedback may be given."""
    return event_body(
        name=name,
        sessions=[
            {
                "name": "Morning",
                "starts_at": this_hour_tomorrow().isoformat(),
                "slot_minutes": 20,
                "slot_count": 4,
            }
        ],
        tables=[{"name": "T1"}, {"name": "T2"}],
    )


async def _event(w: World, organiser: str, name: str) -> str:
    created = _created(
        await w.mm.post(
            "/v1/events", json=held_event_body(name), headers=w.actors[organiser].headers
        )
    )
    await let_time_pass(w.connection, created["id"], HELD_DAYS_AGO)
    return str(created["id"])


async def _register(w: World, organiser: str, event: str, organisation: str) -> str:
    created = _created(
        await w.mm.post(
            f"/v1/events/{event}/participants",
            json={"organisation_id": organisation},
            headers=w.actors[organiser].headers,
        )
    )
    return str(created["id"])


async def _request(w: World, event: str, by: str, requester: str, recipient: str) -> str:
    created = _created(
        await w.mm.post(
            f"/v1/events/{event}/requests",
            json={"requester_id": requester, "recipient_id": recipient, "priority": "must_meet"},
            headers=w.actors[by].headers,
        )
    )
    return str(created["id"])


async def _meeting(
    w: World, event: str, requester: tuple[str, str], recipient: tuple[str, str]
) -> str:
    """A request made by one side's account and accepted by the other's."""
    request = await _request(w, event, requester[0], requester[1], recipient[1])
    accepted = _created(
        await w.mm.post(
            f"/v1/events/{event}/requests/{request}/accept",
            headers=w.actors[recipient[0]].headers,
        )
    )
    return str(accepted["meeting_id"])


async def _label_assessment(w: World, organisation: str) -> str:
    indicators = json.loads(LABEL_INDICATORS.read_text())["indicators"]
    values = {i["code"]: True if i["kind"] == "boolean" else i["threshold"] for i in indicators}
    created = _created(
        await w.scoring.post(
            "/v1/excellence/assessments",
            json={"organisation": organisation, "values": values},
            headers=w.actors["admin"].headers,
        )
    )
    return str(created["id"])


async def _stress_test(w: World, owner: str, *, submit: bool) -> tuple[str, str | None]:
    """A Stress Test answered in full; submitted (with its result's id) or left a draft."""
    caller = w.actors[owner]
    assessment = await draft_assessment(w.scoring, caller)
    answers = await answer_all(w.scoring, caller, assessment)
    if not submit:
        w.data["draft answer"] = answers[0]
        return str(assessment["id"]), None
    submitted = _created(
        await w.scoring.post(
            f"/v1/stress-test/assessments/{assessment['id']}/submit", headers=caller.headers
        )
    )
    return str(assessment["id"]), str(submitted["id"])


async def _survey(w: World, owner: str) -> str:
    created = _created(
        await w.scoring.post(
            "/v1/excellence/surveys", json=survey_body(), headers=w.actors[owner].headers
        )
    )
    return str(created["id"])


async def _webhook(w: World, owner: str) -> str:
    created = _created(
        await w.api.post(
            "/v1/webhooks",
            json={"url": WEBHOOK_URL, "event_types": ["*"]},
            headers=w.actors[owner].headers,
        )
    )
    return str(created["id"])


async def _solve_job(w: World, owner: str) -> str:
    created = _created(
        await w.mm.post(
            "/v1/schedules/solve-jobs",
            json={
                "slots": [{"id": "s1", "tables": ["t1"]}],
                "participants": [{"id": "a"}, {"id": "b"}],
                "meetings": [{"id": "ab", "a": "a", "b": "b"}],
            },
            headers=w.actors[owner].headers,
        )
    )
    return str(created["id"])


async def _spare_key(w: World, owner: str) -> str:
    caller = w.actors[owner]
    created = _created(
        await w.api.post(
            f"/v1/accounts/{caller.account_id}/api-keys",
            json={"name": "spare", "scopes": ["keys:read"]},
            headers=caller.headers,
        )
    )
    return str(created["id"])


async def build_world(
    clients: dict[str, httpx.AsyncClient], connection: AsyncConnection, requests: Counter[str]
) -> World:
    w = World(clients, connection, requests=requests)
    w.actors["admin"] = await _admin(connection)
    for name, kind in (
        ("organiser", "event_organiser"),
        ("cluster a", "cluster_organisation"),
        ("cluster b", "cluster_organisation"),
        ("cluster c", "cluster_organisation"),
        ("portal", "partner_portal"),
        ("region", "region"),
        *((f"outsider {kind}", kind) for kind in NON_ADMIN_KINDS),
    ):
        await _account(w, name, kind)

    # -- api: profiles, an account's key and webhook -------------------------------------------
    org_a = await _organisation(w, "cluster a", "walk-plastics-a", ["22.22"])
    org_b = await _organisation(w, "cluster b", "walk-packaging-b", ["17.21"])
    org_c = await _organisation(w, "cluster c", "walk-polymers-c", ["22.21"])
    org_d = await _organisation(w, "cluster c", "walk-moulds-d", ["25.73"])
    org_e = await _organisation(w, "cluster b", "walk-recycling-e", ["38.32"])
    r = w.resources
    r["org a"] = Target(org_a, "cluster a", public=True)
    r["org b"] = Target(org_b, None, public=True)
    r["org e"] = Target(org_e, "cluster b", public=True)
    a = w.actors["cluster a"]
    r["account a"] = Target(str(a.account_id), "cluster a")
    r["key a"] = Target(await _spare_key(w, "cluster a"), "cluster a")
    r["webhook a"] = Target(await _webhook(w, "cluster a"), "cluster a")
    r["portal account"] = Target(str(w.actors["portal"].account_id), None)
    # The portal manages org a: a manager is no owner, and no outsider becomes one.
    _created(
        await w.api.put(
            f"/v1/organisations/{org_a}/managers/{r['portal account'].value}",
            headers=a.headers,
        )
    )
    # Partner recommendations are served from a run, as the worker would compute it.
    assert isinstance(await recommend(connection, None, trigger="walk"), uuid.UUID)

    # -- matchmaking: an event held yesterday, scheduled and published ---------------------
    event = await _event(w, "organiser", "Walk Matchmaking")
    organiser = w.actors["organiser"].headers
    _created(
        await w.mm.put(f"/v1/events/{event}/portals/{r['portal account'].value}", headers=organiser)
    )
    pa, pb, pc, pd = [
        await _register(w, "organiser", event, o) for o in (org_a, org_b, org_c, org_d)
    ]
    _created(await w.mm.post(f"/v1/events/{event}/booking/open", headers=organiser))
    meeting = await _meeting(w, event, ("cluster a", pa), ("cluster b", pb))
    await _meeting(w, event, ("cluster a", pa), ("cluster c", pc))
    pending = await _request(w, event, "cluster b", pb, pc)
    run = _created(await w.mm.post(f"/v1/events/{event}/schedule-runs", headers=organiser))
    assert await schedule(connection, uuid.UUID(run["id"])) == "succeeded"
    _created(await w.mm.post(f"/v1/events/{event}/schedule/publish", headers=organiser))
    r["event"] = Target(event, "organiser")
    r["participant a"] = Target(pa, "organiser")
    r["participant d"] = Target(pd, "organiser")
    r["meeting ab"] = Target(meeting, "organiser")
    r["request bc"] = Target(pending, "organiser")
    r["schedule run"] = Target(str(run["id"]), "organiser")
    # A partner portal's own event, queued for the worker (which does not run here).
    r["solve job"] = Target(await _solve_job(w, "portal"), "portal")

    # -- scoring: a region's Stress Tests and survey, a label assessment --------------------
    draft, _ = await _stress_test(w, "region", submit=False)
    submitted, result = await _stress_test(w, "region", submit=True)
    assert result is not None
    r["stress test draft"] = Target(draft, "region")
    r["stress test"] = Target(submitted, "region")
    r["stress test result"] = Target(result, "region")
    r["survey"] = Target(await _survey(w, "region"), "region")
    r["label assessment"] = Target(await _label_assessment(w, org_a), "cluster a")

    # -- the outsiders' own resources of the same sorts -------------------------------------
    outsider_org = await _organisation(
        w, "outsider cluster_organisation", "walk-outsider-f", ["22.29"]
    )
    await _webhook(w, "outsider cluster_organisation")
    await _webhook(w, "outsider partner_portal")
    await _solve_job(w, "outsider partner_portal")
    own_event = await _event(w, "outsider event_organiser", "Outsider Fair")
    await _register(w, "outsider event_organiser", own_event, outsider_org)
    await _survey(w, "outsider region")
    await draft_assessment(w.scoring, w.outsider("region"))
    return w
