from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, StringConstraints, Tag

from eco_core.excellence.indicator_set import LabelRule
from eco_core.http.pagination import Page

Level = Literal["bronze", "silver", "gold"]
IndicatorCode = Annotated[str, StringConstraints(max_length=64)]
# Each indicator's own range is checked against the set; this bound only keeps any number
# a client sends finite and storable.
IndicatorNumber = Annotated[float, Field(ge=-1e12, le=1e12)]


def _value_kind(value: Any) -> str:
    return "bool" if isinstance(value, bool) else "number"


# A yes/no answer or a number, told apart by their JSON type: a bad value gets one error
# (``body.values.<code>.number``), not one per member of the union.
IndicatorValue = Annotated[
    Annotated[IndicatorNumber, Tag("number")] | Annotated[bool, Tag("bool")],
    Discriminator(_value_kind),
]


class LabelIndicatorRead(BaseModel):
    code: str
    area: str
    name: str
    kind: Literal["number", "boolean"]
    unit: str
    comparison: Literal["at_least", "at_most"] = Field(
        description="Passed when the value is at least (or at most) the threshold"
    )
    threshold: float
    minimum: float | None = Field(description="Smallest value accepted")
    maximum: float | None = Field(description="Largest value accepted")
    baseline: bool = Field(description="A baseline requirement (see the rule's levels)")
    description: str | None


class IndicatorSetSummary(BaseModel):
    version: str
    title: str
    description: str | None
    source: str
    is_active: bool
    indicator_count: int
    baseline_count: int
    created_at: datetime


class IndicatorSetRead(IndicatorSetSummary):
    rule: LabelRule
    indicators: list[LabelIndicatorRead]


class LabelAssessmentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    organisation: str = Field(
        min_length=1,
        max_length=80,
        pattern=r"^[A-Za-z0-9-]+$",
        description="The cluster organisation's id or slug",
        examples=["plastipolis"],
    )
    indicator_set: str | None = Field(
        default=None,
        max_length=64,
        pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$",
        description="Version; default: the active set",
    )
    assessed_on: date | None = Field(default=None, description="Default: today (UTC)")
    values: dict[IndicatorCode, IndicatorValue] = Field(
        max_length=200,
        description="A value for every indicator of the set; yes/no indicators take true/false",
        examples=[{"members_total": 48, "written_strategy": True}],
    )
    notes: str | None = Field(default=None, max_length=4000)


class OrganisationRef(BaseModel):
    id: uuid.UUID
    slug: str
    name: str


class IndicatorResult(BaseModel):
    code: str
    area: str
    name: str
    unit: str
    comparison: Literal["at_least", "at_most"]
    threshold: float
    baseline: bool
    value: float
    passed: bool


class LabelAssessmentRead(BaseModel):
    id: uuid.UUID
    organisation: OrganisationRef
    indicator_set: str
    assessed_on: date
    valid_until: date | None = Field(description="Until when the label is valid; null: none")
    indicators: int
    passed: int
    score: float = Field(description="Share of the indicators passed, 0-1")
    baseline_met: bool = Field(description="Every baseline requirement passed")
    level: Level | None = Field(description="The label awarded; null: none")
    rule: LabelRule = Field(description="The level rule applied (stored with the result)")
    applied_to_organisation: bool = Field(
        description="The organisation's label now shows this result (false when a later "
        "assessment already set it)"
    )
    notes: str | None
    assessed_by: uuid.UUID | None
    created_at: datetime
    results: list[IndicatorResult]


class AssessmentPage(Page[LabelAssessmentRead]):
    pass
