from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal, get_args

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from eco_core.http.pagination import Page
from eco_core.models.stress_test import RESPONDENT_ROLES
from eco_core.types import NutsCode, NutsVersion

AssessmentStatus = Literal["draft", "submitted"]
RespondentRole = Literal[
    "policy_maker",
    "programme_manager",
    "agency",
    "cluster_organisation",
    "business",
    "research",
    "other",
]
# The database's check constraint and the API's enum are one list.
assert set(get_args(RespondentRole)) == set(RESPONDENT_ROLES)
PolicyLevel = Literal["low", "medium", "high"]
ConditionsLevel = Literal["weak", "average", "strong", "unknown"]
Category = Literal[
    "critical_gap",
    "reinforce_policy",
    "check_effectiveness",
    "leverage_opportunity",
    "strengthen_policy",
    "build_on_strength",
    "consolidate",
    "sustain",
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- questionnaires ----------------------------------------------------------------------


class QuestionnaireSummary(BaseModel):
    version: str
    title: str
    is_active: bool
    blocks: int
    questions: int
    created_at: datetime


# -- assessments ---------------------------------------------------------------------------


class AssessmentCreate(_Input):
    nuts_id: NutsCode = Field(examples=["ITC4"])
    nuts_version: NutsVersion | None = Field(
        default=None,
        description="NUTS version to file the assessment under; default: the latest the code "
        "exists in. A code of another version is read as its code of the same territory in "
        "this one (FR30 as FRE1 of 2024); a region whose territory changed is a 422 "
        "region-territory-changed problem listing the regions it became",
    )
    title: Name | None = Field(default=None, description="Default: 'Stress Test <region>'")
    questionnaire: str | None = Field(
        default=None,
        pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$",
        description="Questionnaire version; default: the active one",
    )
    peers: list[NutsCode] | None = Field(
        default=None,
        max_length=5,
        description="Scoreboard peers for the crossing with framework conditions; default: "
        "the five regions most similar in structure",
    )


class RespondentCreate(_Input):
    name: Name
    role: RespondentRole
    organisation: Name | None = None


class RespondentRead(BaseModel):
    id: uuid.UUID
    name: str
    role: RespondentRole
    organisation: str | None
    created_at: datetime


class AnswerWrite(_Input):
    respondent_id: uuid.UUID
    question: str = Field(max_length=32, examples=["SA1"])
    value: int = Field(
        ge=0,
        le=10,
        description="A level of the question's scale (scales run within 0-10)",
        examples=[2],
    )
    comment: str | None = Field(default=None, max_length=4000)
    evidence: list[AnyHttpUrl] = Field(
        default_factory=list, max_length=20, description="Links to documents that support it"
    )


class AnswersWrite(_Input):
    answers: list[AnswerWrite] = Field(min_length=1, max_length=1000)


class AnswerRead(BaseModel):
    respondent_id: uuid.UUID
    question: str
    block: str
    value: int
    label: str
    comment: str | None
    evidence: list[str]
    updated_at: datetime


class BlockProgress(BaseModel):
    block: str
    questions: int
    answered: int = Field(description="Questions with at least one answer")


class AssessmentRead(BaseModel):
    id: uuid.UUID
    nuts_id: str
    nuts_version: int
    region_name: str
    title: str
    questionnaire: str
    status: AssessmentStatus
    peers: list[str] | None
    respondents: list[RespondentRead]
    progress: list[BlockProgress]
    questions: int
    answered: int
    block_scores: dict[str, float | None] | None = Field(
        description="0-100 per block, frozen when submitted; null for a draft"
    )
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None


class AssessmentSummary(BaseModel):
    id: uuid.UUID
    nuts_id: str
    title: str
    questionnaire: str
    status: AssessmentStatus
    created_at: datetime
    submitted_at: datetime | None


AssessmentPage = Page[AssessmentSummary]


class AnswersRead(BaseModel):
    assessment_id: uuid.UUID
    status: AssessmentStatus
    answers: list[AnswerRead]


# -- scoring ---------------------------------------------------------------------------------


class StressTestParameters(_Input):
    """The methodology's thresholds; stored with every result so it can be reproduced."""

    policy_weak_below: float = Field(
        default=40.0, gt=0, lt=100, description="A block score below this is weak policy"
    )
    policy_strong_from: float = Field(
        default=70.0, gt=0, le=100, description="A block score from this on is strong policy"
    )
    scoreboard_band: float = Field(
        default=0.10,
        gt=0,
        lt=1,
        description="A scoreboard score this share below (above) the peer mean is a weakness "
        "(strength) of the framework conditions",
    )
    disagreement_spread: int = Field(
        default=2,
        ge=1,
        le=10,
        description="Respondents disagree when answers span this many levels",
    )
    max_clusters: int = Field(default=3, ge=0, le=10)
    max_cited_answers: int = Field(default=3, ge=1, le=10)

    @model_validator(mode="after")
    def _ordered(self) -> StressTestParameters:
        if self.policy_weak_below >= self.policy_strong_from:
            raise ValueError("policy_weak_below must be below policy_strong_from")
        return self


class ResultCreate(_Input):
    parameters: StressTestParameters = Field(default_factory=StressTestParameters)


class QuestionScore(BaseModel):
    code: str
    block: str
    text: str
    respondents: int
    values: list[int] = Field(description="Every respondent's answer, lowest first")
    median: float = Field(description="The median answer: how respondents' answers combine")
    score: float = Field(description="The median on 0-100 over the question's scale")
    label: str = Field(description="The scale label of the median (rounded down)")
    spread: int = Field(description="Highest minus lowest answer")
    disagreement: bool


class ConditionEvidence(BaseModel):
    """A Regional Eco-System Scoreboard score of the region that a block acts on."""

    kind: Literal["dimension", "subdimension", "indicator"]
    code: str
    name: str
    score: float | None
    peer_mean: float | None
    eu_mean: float | None
    assessment: Literal["strength", "weakness"] | None


class ClusterRef(BaseModel):
    kind: Literal["category", "emerging_industry"]
    slug: str
    name: str | None
    stars: int
    location_quotient: float | None


class BlockResult(BaseModel):
    code: str
    title: str
    short_title: str
    score: float | None = Field(description="0-100: mean of the questions' median scores")
    coverage: float = Field(description="Share of the block's questions answered")
    policy: PolicyLevel | None
    conditions: ConditionsLevel
    conditions_gap: float | None = Field(
        description="Mean of (score - peer mean) over the block's scoreboard items"
    )
    category: Category


class CitedAnswer(BaseModel):
    question: str
    text: str
    median: float
    label: str
    score: float
    respondents: int
    spread: int
    comments: list[str]
    evidence: list[str]


class Recommendation(BaseModel):
    priority: int = Field(description="1 is the most urgent")
    category: Category
    category_title: str
    block: str
    block_title: str
    title: str
    summary: str = Field(description="Why: the policy score against the framework conditions")
    guidance: str = Field(description="The questionnaire's guidance for the block at this level")
    answers: list[CitedAnswer]
    indicators: list[ConditionEvidence]
    clusters: list[ClusterRef]
    disagreements: list[str] = Field(description="Questions whose respondents disagree")


class Profile(BaseModel):
    overall_score: float | None
    strongest_blocks: list[str]
    weakest_blocks: list[str]


class ScoreboardUsed(BaseModel):
    framework: str | None
    nuts_id: str | None = Field(
        default=None,
        description="The code the scoreboard values were found under: the region's own, "
        "its code of the same territory in another NUTS version, or the region containing "
        "it where only that has values (a NUTS-3 region's NUTS-2 parent, said in note; "
        "results stored before this was recorded have none)",
    )
    peers: list[str]
    peers_method: str | None
    note: str | None = Field(
        description="Why framework conditions are unknown, if they are; or that they are "
        "those of the region containing it"
    )


class PanoramaUsed(BaseModel):
    run_id: uuid.UUID | None
    nuts_id: str | None = Field(
        default=None,
        description="The region's code in the run's NUTS version, the clusters were read "
        "under; or the run's region containing it (said in note)",
    )
    year: int | None
    note: str | None = Field(
        description="Why clusters are not named, if they are not; or that they are those of "
        "the region containing it"
    )


class ResultRead(BaseModel):
    id: uuid.UUID
    assessment_id: uuid.UUID
    nuts_id: str
    region_name: str
    title: str
    questionnaire: str
    methodology: str
    parameters: StressTestParameters
    combination: str = Field(description="How the answers of several respondents combine")
    scoreboard: ScoreboardUsed
    panorama: PanoramaUsed
    profile: Profile
    blocks: list[BlockResult]
    questions: list[QuestionScore]
    recommendations: list[Recommendation]
    created_at: datetime


class ResultSummary(BaseModel):
    id: uuid.UUID
    created_at: datetime
    parameters: StressTestParameters
    scoreboard_framework: str | None
    panorama_run_id: uuid.UUID | None
    top_recommendation: str | None


# -- benchmarking ----------------------------------------------------------------------------


class BenchmarkRegion(BaseModel):
    nuts_id: str
    region_name: str
    assessment_id: uuid.UUID
    submitted_at: datetime
    block_scores: dict[str, float | None]
    overall: float | None


class BenchmarkBlock(BaseModel):
    block: str
    title: str
    score: float | None
    peers_mean: float | None
    all_mean: float | None
    rank: int | None = Field(description="Rank of this region among all submitted (1: best)")


class Benchmark(BaseModel):
    assessment_id: uuid.UUID
    nuts_id: str
    questionnaire: str
    status: AssessmentStatus
    blocks: list[BenchmarkBlock]
    overall: float | None
    peers: list[BenchmarkRegion]
    peers_without_submission: list[str]
    all_submitted: int = Field(
        description="Regions with a submitted assessment of this questionnaire version (the "
        "latest submission of each region counts once)"
    )
    all_mean_overall: float | None
