from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page

DELEGATES_MAX = 10


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Delegate(_Body):
    name: str = Field(min_length=1, max_length=200, examples=["Anna Novak"])
    role: str | None = Field(default=None, max_length=200, examples=["Cluster manager"])
    email: str | None = Field(default=None, max_length=254)


class ParticipantCreate(_Body):
    organisation_id: str = Field(
        pattern=r"^[A-Za-z0-9-]{1,80}$",
        description="The cluster organisation to register: its id or its slug",
        examples=["plastipolis"],
    )
    delegates: list[Delegate] = Field(default=[], max_length=DELEGATES_MAX)
    available_slot_ids: list[uuid.UUID] | None = Field(
        default=None,
        max_length=1000,
        description="Slots the participant can meet in; null: every slot of the event",
    )
    max_meetings: int | None = Field(
        default=None, ge=0, le=100, description="At most this many meetings (and the event's)"
    )
    table_id: uuid.UUID | None = Field(
        default=None, description="The participant's booth (a table of kind booth; organiser)"
    )


class ParticipantUpdate(_Body):
    """Only the fields sent change; null clears (available_slot_ids null: every slot)."""

    delegates: list[Delegate] | None = Field(default=None, max_length=DELEGATES_MAX)
    available_slot_ids: list[uuid.UUID] | None = Field(default=None, max_length=1000)
    max_meetings: int | None = Field(default=None, ge=0, le=100)
    table_id: uuid.UUID | None = None


class OrganisationBrief(BaseModel):
    id: uuid.UUID
    slug: str
    name: str
    acronym: str | None
    country_code: str
    region_id: str
    category_slugs: list[str]
    nace_codes: list[str]


class ParticipantPrivate(BaseModel):
    """Shown to the organiser and to whoever acts for the participant."""

    delegates: list[Delegate]
    available_slot_ids: list[uuid.UUID] | None = Field(description="null: every slot")
    max_meetings: int | None
    registered_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


class ParticipantRead(BaseModel):
    id: uuid.UUID
    event_id: uuid.UUID
    organisation: OrganisationBrief
    table_id: uuid.UUID | None
    table_name: str | None
    yours: bool = Field(description="The caller acts for this participant")
    private: ParticipantPrivate | None = Field(
        description="Delegates, availability and limits; null when the caller does not act "
        "for the participant"
    )


class ParticipantPage(Page[ParticipantRead]):
    pass


class Suggestion(BaseModel):
    participant: ParticipantRead
    score: float = Field(description="Higher is a better match; comparable within one list")
    shared_categories: list[str]
    shared_nace_divisions: list[str]
    cross_sector: bool | None = Field(
        default=None, description="The two share no NACE division (recommendation scores only)"
    )
    reasons: list[str] = Field(
        default_factory=list, description="Why, from the partner recommendations"
    )


class SuggestionList(BaseModel):
    participant_id: uuid.UUID
    method: str = Field(description="How the list was ranked")
    items: list[Suggestion]
