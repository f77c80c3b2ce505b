from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from eco_matchmaking.recommendations.methodology import RecommendationParameters

Verdict = Literal["interested", "not_interested"]
Label = Literal["bronze", "silver", "gold"]


class RecommendationRunCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parameters: RecommendationParameters = Field(
        default_factory=RecommendationParameters,
        description="The methodology's parameters; defaults when left out",
    )


class RecommendationRunRead(BaseModel):
    id: uuid.UUID
    status: str
    trigger: str
    methodology_version: str
    parameters: dict[str, Any]
    input_output_table: str | None = Field(
        description="The active table: the one for countries without a table of their own "
        "(the EU-wide output-weighted fallback once seeded)"
    )
    input_output_tables: dict[str, Any] | None = Field(
        default=None,
        description="The tables the run read: mode, cross_border blend, the table of each "
        "country that has one (countries: {geo: code}) and the fallback; null before "
        "methodology mm-2026.3",
    )
    definition_set: str | None
    organisations: int | None
    exposure: dict[str, Any] | None = Field(
        description="Exposure in the first list_length places: Gini of appearances by "
        "relevance alone and as served (fair re-ranking), clusters never listed"
    )
    seconds: float | None
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    revision: int = Field(
        default=0,
        description="Incremental updates applied to the run's lists since it was computed "
        "in full: after organisations change, only their rows and columns of the score "
        "matrix are rescored and the lists they affect rewritten (same methodology and "
        "tables as the run; the same lists a full recompute would give)",
    )
    revised_at: datetime | None = Field(default=None, description="When the last update was")


class RecommendationRunPage(BaseModel):
    items: list[RecommendationRunRead]
    next_cursor: str | None = None


class PartnerRef(BaseModel):
    id: uuid.UUID
    slug: str
    name: str
    country_code: str
    region_id: str
    excellence_label: str | None


class SectorFlowRead(BaseModel):
    """One flow between two NACE divisions, as a sentence and as figures. Each side may
    cover only part of its division (a class, or a category holding one): its part
    supplies or buys that share of the division's flow."""

    supplier: Literal["you", "partner"]
    supplier_division: str = Field(examples=["22"])
    buyer_division: str = Field(examples=["29"])
    supplier_name: str = Field(
        description="The supplier division's NACE title, as the sentence says it",
        examples=["rubber and plastic products"],
    )
    buyer_name: str = Field(examples=["motor vehicles, trailers and semi-trailers"])
    supplier_coverage: float = Field(
        description="Share of the supplier division the supplying side's codes cover "
        "(NACE classes x definition weights), 0..1"
    )
    buyer_coverage: float = Field(description="Share of the buyer division the buying side covers")
    division_input_share: float = Field(
        description="Share of the buyer division's inputs from the whole supplier division "
        "(technical coefficient of the input-output table)"
    )
    division_output_share: float = Field(
        description="Share of the supplier division's output sold to the whole buyer division"
    )
    input_share: float = Field(
        description="Share of the buyer's inputs from the supplier's part of its division: "
        "division_input_share x supplier_coverage"
    )
    output_share: float = Field(
        description="Share of the supplier's output sold to the buyer's part of its "
        "division: division_output_share x buyer_coverage"
    )
    contribution: float = Field(
        description="Its part in the pair's value-chain scores, both directions, before "
        "they saturate (profile-weighted)"
    )
    sentence: str = Field(
        examples=[
            "Your rubber and plastic products sector supplies 1.0 % of the inputs of their "
            "motor vehicles, trailers and semi-trailers sector, which buys 4.2 % of the "
            "supplier's output"
        ]
    )


class CodeMatchRead(BaseModel):
    offered_by: Literal["you", "partner"]
    offer: str
    need: str


class Explanation(BaseModel):
    similarity: float
    value_chain_to_you: float
    value_chain_to_partner: float
    offers_needs_to_you: float
    offers_needs_to_partner: float
    score_to_you: float
    score_to_partner: float
    you_supply_partner_input_share: float = Field(
        description="Share of the partner's inputs from your sectors (profile-weighted, each "
        "division counted by the share of it you cover)"
    )
    partner_supplies_you_input_share: float
    flows: list[SectorFlowRead] = Field(
        description="The sector pairs that weigh most, both ways (at most 3), among those "
        "of at least the run's min_flow_share of the buyer's inputs or of the supplier's "
        "output"
    )
    shared_categories: list[str]
    shared_emerging_industries: list[str]
    matched_offers_needs: list[CodeMatchRead]
    reasons: list[str] = Field(
        description="The flows, matched offers and needs, shared categories, the "
        "cross-sector mark and the input-output tables used, as sentences with the sectors' "
        "names"
    )
    input_output_tables: list[str] = Field(
        default_factory=list,
        description="Codes of the input-output tables the value chain was read in: your "
        "country's, then the partner's when it is another (the EU-wide fallback for a "
        "country without one)",
    )
    input_output_blend: Literal["same_table", "mean", "supplier"] | None = Field(
        default=None,
        description="same_table: both sides use one table; mean: the mean of both tables' "
        "coefficients; supplier: a flow read in the table of the side that supplies it",
    )


class RecommendationRead(BaseModel):
    position: int
    partner: PartnerRef
    score: float = Field(description="Both directions fused (harmonic mean by default)")
    relevance_rank: int | None = Field(
        description="Rank by relevance alone; differs from position after fair re-ranking"
    )
    cross_sector: bool
    exposure_insert: bool = Field(
        description="Placed here by the fair re-ranking so that the partner is seen at all"
    )
    your_verdict: Verdict | None
    explanation: Explanation | None


class RecommendationRunUsed(BaseModel):
    id: uuid.UUID
    finished_at: datetime | None
    methodology_version: str
    parameters: dict[str, Any]
    input_output_table: str | None = Field(
        description="The active table: the one for countries without a table of their own "
        "(the EU-wide output-weighted fallback once seeded)"
    )
    input_output_tables: dict[str, Any] | None = Field(
        default=None,
        description="The tables the run read: mode, cross_border blend, the table of each "
        "country that has one (countries: {geo: code}) and the fallback; null before "
        "methodology mm-2026.3",
    )
    definition_set: str | None
    revision: int = Field(
        default=0,
        description="Incremental updates applied to the run's lists since it was computed "
        "in full: after organisations change, only their rows and columns of the score "
        "matrix are rescored and the lists they affect rewritten (same methodology and "
        "tables as the run; the same lists a full recompute would give)",
    )
    revised_at: datetime | None = Field(default=None, description="When the last update was")


class RecommendationPage(BaseModel):
    organisation: PartnerRef
    source: Literal["precomputed", "live"] = Field(
        description="precomputed: the run's stored, fairly re-ranked list, filtered; live: "
        "scored now against every cluster of the run with the filters applied first"
    )
    stale: bool = Field(
        description="Organisations, definitions or the input-output table changed after "
        "the run; a recompute is queued when they change"
    )
    run: RecommendationRunUsed
    parameters: dict[str, Any]
    items: list[RecommendationRead]
    next_cursor: str | None = None


class RecommendationFeedbackWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verdict: Verdict


class RecommendationFeedbackRead(BaseModel):
    organisation_id: uuid.UUID
    partner_id: uuid.UUID
    verdict: Verdict
    position: int | None
    run_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


class AcceptanceBucket(BaseModel):
    positions: str
    interested: int
    not_interested: int
    acceptance_rate: float | None


class RecommendationFeedbackSummary(BaseModel):
    interested: int
    not_interested: int
    acceptance_rate: float | None = Field(description="interested / all verdicts")
    by_position: list[AcceptanceBucket]
