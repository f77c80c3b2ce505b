from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from fastapi import Request
from sqlalchemy.engine import RowMapping

from eco_core.auth.principal import Principal
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import Problem, not_found
from eco_core.organisations import delegation
from eco_core.organisations.delegation import Standing
from eco_matchmaking.events.access import (
    PORTAL_KIND,
    ActingFor,
    EventAccess,
    forbidden,
    load_access,
)
from eco_matchmaking.events.refs import parse_ref
from eco_matchmaking.events.scoped import EventScopedService
from eco_matchmaking.events.service import invalid
from eco_matchmaking.participants.repository import ORGANISATION_COLUMNS, ParticipantRepository
from eco_matchmaking.participants.schemas import (
    OrganisationBrief,
    ParticipantCreate,
    ParticipantPage,
    ParticipantPrivate,
    ParticipantRead,
    ParticipantUpdate,
    Suggestion,
    SuggestionList,
)
from eco_matchmaking.participants.suggestions import (
    OVERLAP_METHOD,
    RECOMMENDATION_METHOD,
    Profile,
    rank_by_overlap,
    rank_by_scores,
)
from eco_matchmaking.recommendations.service import partner_scores


def participant_not_found(participant_id: uuid.UUID) -> Problem:
    return not_found("participant", str(participant_id))


def not_yours(what: str = "participant") -> Problem:
    return forbidden(
        f"You do not act for this {what} (only its organisation's owner, a partner portal "
        "allowed at the event that owns or manages it, or the organiser do).",
        slug="not-your-participant",
    )


def _organisation(row: Mapping[Any, Any]) -> OrganisationBrief:
    return OrganisationBrief(
        id=row["organisation_id"], **{c: row[f"organisation_{c}"] for c in ORGANISATION_COLUMNS}
    )


class ParticipantService(EventScopedService):
    resource_type = "event_participant"

    def __init__(self, repository: ParticipantRepository, request: Request | None = None) -> None:
        super().__init__(repository.session, request)
        self.repository = repository

    async def access(
        self, event_id: uuid.UUID, principal: Principal | None, *, lock: bool = False
    ) -> EventAccess:
        return await load_access(self.events, event_id, principal, lock=lock)

    # -- reading ---------------------------------------------------------------------------

    async def _reads(
        self, access: EventAccess, rows: Sequence[RowMapping]
    ) -> list[ParticipantRead]:
        mine = [r["id"] for r in rows if access.acts_for(r["id"])]
        unavailable = await self.repository.unavailable(mine)
        slots = [s["id"] for s in await self.events.slots(access.event_id)] if mine else []
        return [self._read(access, row, unavailable.get(row["id"]), slots) for row in rows]

    def _read(
        self,
        access: EventAccess,
        row: Mapping[Any, Any],
        unavailable: Collection[uuid.UUID] | None,
        slots: Sequence[uuid.UUID],
    ) -> ParticipantRead:
        yours = access.acts_for(row["id"])
        private = None
        if yours:
            private = ParticipantPrivate(
                delegates=row["delegates"],
                available_slot_ids=[s for s in slots if s not in unavailable]
                if unavailable
                else None,
                max_meetings=row["max_meetings"],
                registered_by=row["registered_by"],
                created_at=row["created_at"],
                updated_at=row["updated_at"],
            )
        return ParticipantRead(
            id=row["id"],
            event_id=row["event_id"],
            organisation=_organisation(row),
            table_id=row["table_id"],
            table_name=row["table_name"],
            yours=yours,
            private=private,
        )

    async def read_one(self, access: EventAccess, participant_id: uuid.UUID) -> ParticipantRead:
        row = await self.repository.get(access.event_id, participant_id)
        if row is None:
            raise participant_not_found(participant_id)
        return (await self._reads(access, [row]))[0]

    async def directory(
        self, principal: Principal, event_id: uuid.UUID, page: PageParams, *, mine: bool
    ) -> ParticipantPage:
        """The event's directory: for its parties only (they choose whom to ask)."""
        access = await self.access(event_id, principal)
        access.require_party()
        after = page.key(str, uuid.UUID)
        only = None if not mine or access.organiser else access.own
        rows = await self.repository.rows(event_id, only=only, after=after, limit=page.limit)
        items, cursor = paginate(rows, page, lambda r: [r["organisation_name"], str(r["id"])])
        return ParticipantPage(items=await self._reads(access, items), next_cursor=cursor)

    async def get(self, principal: Principal, event_id: uuid.UUID, ref: str) -> ParticipantRead:
        access = await self.access(event_id, principal)
        access.require_party()
        return await self.read_one(access, await self._participant_id(event_id, ref))

    # -- registering -----------------------------------------------------------------------

    async def register(
        self, principal: Principal, event_id: uuid.UUID, data: ParticipantCreate
    ) -> ParticipantRead:
        access = await self.access(event_id, principal, lock=True)
        organisation = await self.repository.organisation(parse_ref(data.organisation_id))
        if organisation is None:
            raise invalid("body.organisation_id", "unknown organisation")
        organisation_id: uuid.UUID = organisation["id"]
        on_behalf = None
        if not access.organiser:
            on_behalf = await self._may_register(access, principal, organisation)
            if data.table_id is not None:
                raise forbidden("Only the organiser assigns tables.", slug="organiser-only")
        existing = await self.repository.by_organisation(event_id, organisation_id)
        if existing is not None:
            raise _already_registered(event_id, existing)
        slot_ids = await self._slot_ids(event_id)
        unavailable = self._unavailable(
            slot_ids, data.available_slot_ids, "body.available_slot_ids"
        )
        if data.table_id is not None:
            await self._check_booth(event_id, data.table_id, None)
        participant_id = uuid.uuid4()
        inserted = await self.repository.insert(
            {
                "id": participant_id,
                "event_id": event_id,
                "organisation_id": organisation_id,
                "registered_by": principal.account_id,
                "delegates": [d.model_dump() for d in data.delegates],
                "max_meetings": data.max_meetings,
                "table_id": data.table_id,
            }
        )
        if not inserted:
            found = await self.repository.by_organisation(event_id, organisation_id)
            raise _already_registered(event_id, found or participant_id)
        await self.repository.set_unavailable(participant_id, unavailable)
        self._audit(
            principal,
            "register",
            participant_id,
            on_behalf,
            event_id=str(event_id),
            organisation_id=str(organisation_id),
        )
        # The caller may act for it now (an organisation it acts for), or is the organiser.
        fresh = await self.access(event_id, principal)
        return await self.read_one(fresh, participant_id)

    async def _may_register(
        self, access: EventAccess, principal: Principal, organisation: Mapping[Any, Any]
    ) -> ActingFor:
        if principal.account_kind == PORTAL_KIND:
            if not access.allowed_portal:
                raise forbidden(
                    "The organiser has not allowed this partner portal at the event.",
                    slug="portal-not-allowed",
                )
        elif not access.event["self_registration"]:
            raise forbidden(
                "This event does not take registrations from participants; ask its organiser.",
                slug="registration-closed",
            )
        acting = await delegation.standing(
            self.repository.session,
            principal,
            organisation["id"],
            organisation["owner_account_id"],
        )
        if acting not in (Standing.OWNER, Standing.MANAGER):
            raise forbidden(
                "You may register only organisations your account owns or manages.",
                slug="not-your-organisation",
            )
        return ActingFor(organisation["id"], acting)

    async def _slot_ids(self, event_id: uuid.UUID) -> list[uuid.UUID]:
        return [s["id"] for s in await self.events.slots(event_id)]

    def _unavailable(
        self, slot_ids: Sequence[uuid.UUID], available: Sequence[uuid.UUID] | None, field: str
    ) -> set[uuid.UUID]:
        if available is None:
            return set()
        known = set(slot_ids)
        for i, slot_id in enumerate(available):
            if slot_id not in known:
                raise invalid(f"{field}.{i}", "slot outside the event")
        return known - set(available)

    async def _check_booth(
        self, event_id: uuid.UUID, table_id: uuid.UUID, participant_id: uuid.UUID | None
    ) -> None:
        table = await self.repository.table(event_id, table_id)
        if table is None:
            raise invalid("body.table_id", "table outside the event")
        if table["kind"] != "booth":
            raise invalid("body.table_id", "a shared table cannot be a participant's booth")
        holder = await self.repository.booth_holder(event_id, table_id)
        if holder is not None and holder != participant_id:
            raise Problem(
                409,
                "Conflict",
                f"Booth {table['name']!r} is assigned to another participant.",
                slug="booth-taken",
            )

    async def update(
        self,
        principal: Principal,
        event_id: uuid.UUID,
        ref: str,
        data: ParticipantUpdate,
    ) -> ParticipantRead:
        access = await self.access(event_id, principal, lock=True)
        access.require_party()
        participant_id = await self._participant_id(event_id, ref)
        row = await self.repository.get(event_id, participant_id)
        if row is None:
            raise participant_not_found(participant_id)
        if not access.acts_for(participant_id):
            raise not_yours()
        changes = data.model_dump(exclude_unset=True)
        values: dict[str, Any] = {}
        if "table_id" in changes and changes["table_id"] != row["table_id"]:
            if not access.organiser:
                raise forbidden("Only the organiser assigns tables.", slug="organiser-only")
            if data.table_id is not None:
                await self._check_booth(event_id, data.table_id, participant_id)
            values["table_id"] = data.table_id
        if "delegates" in changes:
            values["delegates"] = [d.model_dump() for d in data.delegates or []]
        if "max_meetings" in changes:
            values["max_meetings"] = data.max_meetings
        if "available_slot_ids" in changes:
            slot_ids = await self._slot_ids(event_id)
            unavailable = self._unavailable(
                slot_ids, data.available_slot_ids, "body.available_slot_ids"
            )
            await self.repository.set_unavailable(participant_id, unavailable)
        if values or "available_slot_ids" in changes:
            await self.repository.update(participant_id, values)
            self._audit(
                principal,
                "update",
                participant_id,
                access.acting.get(participant_id),
                changed=sorted(changes),
            )
        return await self.read_one(access, participant_id)

    async def withdraw(self, principal: Principal, event_id: uuid.UUID, ref: str) -> None:
        access = await self.access(event_id, principal, lock=True)
        access.require_party()
        participant_id = await self._participant_id(event_id, ref)
        row = await self.repository.get(event_id, participant_id)
        if row is None:
            raise participant_not_found(participant_id)
        if not access.acts_for(participant_id):
            raise not_yours()
        if await self.repository.active_meetings(participant_id):
            raise Problem(
                409,
                "Conflict",
                "The participant has meetings; the organiser cancels them first.",
                slug="participant-has-meetings",
            )
        await self.repository.delete(participant_id)
        self._audit(
            principal,
            "withdraw",
            participant_id,
            access.acting.get(participant_id),
            event_id=str(event_id),
        )

    # -- whom to ask -----------------------------------------------------------------------

    async def suggestions(
        self, principal: Principal, event_id: uuid.UUID, ref: str, limit: int
    ) -> SuggestionList:
        access = await self.access(event_id, principal)
        access.require_party()
        participant_id = await self._participant_id(event_id, ref)
        row = await self.repository.get(event_id, participant_id)
        if row is None:
            raise participant_not_found(participant_id)
        if not access.acts_for(participant_id):
            raise not_yours()
        return await self.suggest_partners(access, row, limit)

    async def suggest_partners(
        self, access: EventAccess, participant: RowMapping, limit: int
    ) -> SuggestionList:
        """Whom ``participant`` might ask, best first, leaving out those it already has an
        open request or a meeting with: by the partner recommendation scores of the latest
        run (both sides' benefit, with reasons), else by a plain overlap of categories and
        NACE divisions (before any run, or for an organisation added since)."""
        engaged = await self.repository.engaged_with(participant["id"])
        others = [
            r
            for r in await self.repository.rows(access.event_id)
            if r["id"] != participant["id"] and r["id"] not in engaged
        ]
        me = _profile(participant)
        scored = await partner_scores(
            self.repository.session,
            participant["organisation_id"],
            [r["organisation_id"] for r in others],
            explain_best=limit,
        )
        if scored is None:
            ranked = rank_by_overlap(me, [_profile(r) for r in others], limit)
            method = OVERLAP_METHOD
        else:
            ranked = rank_by_scores(
                me,
                [_profile(r) for r in others],
                {
                    str(r["id"]): scored.scores[r["organisation_id"]].score
                    for r in others
                    if r["organisation_id"] in scored.scores
                },
                limit,
            )
            method = f"{RECOMMENDATION_METHOD} (run {scored.run_id})"
        by_id = {str(r["id"]): r for r in others}
        reads = {
            str(read.id): read
            for read in await self._reads(access, [by_id[r.participant_id] for r in ranked])
        }

        def detail(participant_id: str) -> tuple[bool | None, list[str]]:
            if scored is None:
                return None, []
            found = scored.scores.get(by_id[participant_id]["organisation_id"])
            return (found.cross_sector, found.reasons) if found else (None, [])

        return SuggestionList(
            participant_id=participant["id"],
            method=method,
            items=[
                Suggestion(
                    participant=reads[r.participant_id],
                    score=r.score,
                    shared_categories=list(r.shared_categories),
                    shared_nace_divisions=list(r.shared_divisions),
                    cross_sector=detail(r.participant_id)[0],
                    reasons=detail(r.participant_id)[1],
                )
                for r in ranked
            ],
        )


def _profile(row: Mapping[Any, Any]) -> Profile:
    return Profile.of(
        str(row["id"]),
        row["organisation_name"],
        row["organisation_category_slugs"] or (),
        row["organisation_nace_codes"] or (),
    )


def _already_registered(event_id: uuid.UUID, participant_id: uuid.UUID) -> Problem:
    link = f"/v1/events/{event_id}/participants/{participant_id}"
    return Problem(
        409,
        "Conflict",
        "The organisation is registered at this event already.",
        slug="already-registered",
        headers={"Location": link},
        extensions={"participant_id": str(participant_id), "participant": link},
    )
