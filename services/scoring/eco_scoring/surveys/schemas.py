from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from eco_core.http.pagination import Page
from eco_core.types import CURRENT_NUTS_VERSION, NutsCode, NutsVersion

DefinitionKind = Literal["category", "emerging_industry"]
SurveyStatus = Literal["scheduled", "open", "closed"]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
ScaleValue = Annotated[int, Field(strict=True, ge=1, le=5)]
# Below this many respondents a mean could be one person's answer: no survey goes lower.
MIN_RESPONDENTS_FLOOR = 5
TOKEN_HEADER = "X-Survey-Token"  # noqa: S105 - a header name, not a secret


class SurveyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200, examples=["Plastics cluster survey 2026"])
    description: str | None = Field(default=None, max_length=4000)
    nuts_id: NutsCode = Field(description="The region surveyed", examples=["FRK2"])
    nuts_version: NutsVersion = CURRENT_NUTS_VERSION
    category: Slug | None = Field(
        default=None,
        description="A cluster category of the active definition set; or emerging_industry",
        examples=["plastics"],
    )
    emerging_industry: Slug | None = Field(
        default=None, description="An emerging industry of the active definition set"
    )
    opens_at: AwareDatetime | None = Field(default=None, description="Default: now")
    closes_at: AwareDatetime = Field(examples=["2026-12-31T23:59:59+01:00"])
    min_respondents: int = Field(
        default=10,
        ge=MIN_RESPONDENTS_FLOOR,
        le=10_000,
        description="Below this many respondents results show counts only",
    )


class SurveyUpdate(BaseModel):
    """Only the fields sent change; a closed survey cannot be changed (or reopened)."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=4000)
    opens_at: AwareDatetime | None = Field(default=None, description="Only before it opens")
    closes_at: AwareDatetime | None = Field(
        default=None, description="A time already past closes the survey now"
    )


class SurveyRegionRef(BaseModel):
    nuts_id: str
    nuts_version: int
    name: str


class SurveyRead(BaseModel):
    id: uuid.UUID
    title: str
    description: str | None
    region: SurveyRegionRef
    kind: DefinitionKind
    slug: str
    name: str = Field(description="Name of the category or emerging industry")
    definition_set: str
    item_catalogue: str
    opens_at: datetime
    closes_at: datetime
    status: SurveyStatus
    min_respondents: int
    tokens_issued: int
    respondents: int = Field(description="Tokens with a response")
    owner_account_id: uuid.UUID
    created_at: datetime
    updated_at: datetime


class SurveyPage(Page[SurveyRead]):
    pass


class TokensCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    count: int = Field(ge=1, le=500, description="How many tokens to issue now")


class TokensIssued(BaseModel):
    survey_id: uuid.UUID
    tokens: list[str] = Field(
        description="Shown in this response only (only their hashes are stored): give one to "
        f"each respondent, who sends it in the {TOKEN_HEADER} header"
    )
    tokens_issued: int = Field(description="All tokens of the survey so far")


# -- the respondent's side -----------------------------------------------------------------


class SurveyAnswerWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item: str = Field(max_length=64, examples=["fc_kno_skills"])
    importance: ScaleValue | None = Field(default=None, description="1 (none) to 5 (very)")
    extent: ScaleValue | None = Field(
        default=None, description="To which extent needs are met, 1 (not) to 5 (fully)"
    )
    satisfaction: ScaleValue | None = Field(
        default=None, description="Only for cluster-management services, 1 to 5"
    )


class ResponseWrite(BaseModel):
    """The whole response: items left out are not answered; null: no answer on that scale."""

    model_config = ConfigDict(extra="forbid")

    answers: list[SurveyAnswerWrite] = Field(min_length=1, max_length=500)


class SurveyAnswerRead(BaseModel):
    item: str
    importance: int | None
    extent: int | None
    satisfaction: int | None


class ItemRead(BaseModel):
    code: str
    category: str
    subcategory: str
    scales: list[str]
    question: str


class ItemCatalogueRead(BaseModel):
    version: str
    title: str
    source: str
    items: list[ItemRead]


class SurveyForRespondent(BaseModel):
    title: str
    description: str | None
    region_name: str
    name: str = Field(description="The category or emerging industry surveyed")
    opens_at: datetime
    closes_at: datetime
    status: SurveyStatus


class ResponseRead(BaseModel):
    survey: SurveyForRespondent
    items: list[ItemRead]
    answers: list[SurveyAnswerRead] = Field(description="This token's answers; empty before any")
    responded_at: datetime | None
    updated_at: datetime | None
    editable: bool = Field(description="The survey is open: the answers can still change")


# -- results -----------------------------------------------------------------------------------


class ScaleResult(BaseModel):
    n: int = Field(description="Respondents who answered on this scale")
    mean: float | None = Field(description="Null: no answer, or fewer than min_respondents")


class Figures(BaseModel):
    n: int = Field(description="Respondents who answered any item of it")
    importance: ScaleResult
    extent: ScaleResult
    satisfaction: ScaleResult | None = Field(description="Null: no item asks it")
    gap: float | None = Field(description="Mean importance - mean extent")
    weighted_index: float | None = Field(
        description="0-100: 100 x (sum(I x E) / sum(I) - 1) / 4 over answers with both"
    )


class ItemResult(Figures):
    code: str
    category: str
    subcategory: str
    question: str
    bottleneck: bool


class SubcategoryResult(Figures):
    subcategory: str


class CategoryResult(Figures):
    category: str
    subcategories: list[SubcategoryResult]


class Bottleneck(BaseModel):
    code: str
    question: str
    category: str
    subcategory: str
    importance: float
    extent: float
    gap: float


class ResultParametersUsed(BaseModel):
    importance_threshold: float
    gap_threshold: float
    min_respondents: int
    method: str


class SurveyResults(BaseModel):
    survey_id: uuid.UUID
    title: str
    region: SurveyRegionRef
    kind: DefinitionKind
    slug: str
    name: str
    status: SurveyStatus
    closes_at: datetime
    tokens_issued: int
    respondents: int
    suppressed: bool = Field(
        description="Fewer respondents than min_respondents: counts only, no means"
    )
    parameters: ResultParametersUsed
    categories: list[CategoryResult] | None
    items: list[ItemResult] | None
    bottlenecks: list[Bottleneck] | None = Field(description="Largest gap first")


EXPORT_COLUMNS = (
    "level",
    "category",
    "subcategory",
    "item",
    "question",
    "n",
    "importance_n",
    "importance_mean",
    "extent_n",
    "extent_mean",
    "satisfaction_n",
    "satisfaction_mean",
    "gap",
    "weighted_index",
    "bottleneck",
)
