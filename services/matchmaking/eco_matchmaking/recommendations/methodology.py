"""The recommendation methodology: every weight and threshold is a parameter stored with each
run, so a ranking can be reproduced and explained."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from eco_core.jobs.refresh import (
    RECOMMENDATIONS_LOCK,
    RECOMMENDATIONS_QUEUE,
    RECOMMENDATIONS_TASK,
    RECOMMENDATIONS_UPDATE_TASK,
)

# The worker's task that precomputes every organisation's list (namespace ``eco:``); the
# cluster-data service queues it by name when organisations change. Every such job holds
# LOCK, so that one recompute runs at a time.
TASK_NAME = RECOMMENDATIONS_TASK
UPDATE_TASK_NAME = RECOMMENDATIONS_UPDATE_TASK
QUEUE = RECOMMENDATIONS_QUEUE
LOCK = RECOMMENDATIONS_LOCK
# mm-2026.2: a code counts in a profile, and brings its division's input-output flows, by
# the share of the division it covers; explanations name sectors and leave out small flows.
# mm-2026.3: each cluster's value chain is read in its country's input-output table (the
# EU-wide output-weighted fallback for countries without one); cross-border pairs blend them.
METHODOLOGY_VERSION = "mm-2026.3"


class ScoreWeights(BaseModel):
    """How the three parts of a directional score are blended (normalised to sum 1 over the
    parts that apply: a cluster that states no needs is judged on the other two)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    similarity: float = Field(default=0.35, ge=0, le=1)
    value_chain: float = Field(default=0.45, ge=0, le=1)
    offers_needs: float = Field(default=0.20, ge=0, le=1)

    @model_validator(mode="after")
    def _some_weight(self) -> ScoreWeights:
        parts = (self.similarity, self.value_chain, self.offers_needs)
        if not all(math.isfinite(p) for p in parts) or sum(parts) <= 0:
            raise ValueError("at least one weight must be positive")
        return self


class ProfileWeights(BaseModel):
    """What a cluster's sector profile is made of: its own NACE codes count most; the codes
    of its categories and emerging industries (from the active definition set) and of its
    offers fill in."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nace: float = Field(default=1.0, ge=0, le=10)
    categories: float = Field(default=0.5, ge=0, le=10)
    emerging_industries: float = Field(default=0.5, ge=0, le=10)
    offers: float = Field(default=0.5, ge=0, le=10)


class RecommendationParameters(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    weights: ScoreWeights = ScoreWeights()
    profile: ProfileWeights = ProfileWeights()
    value_chain_scale: float = Field(
        default=0.02,
        gt=0,
        le=1,
        description="Input plus output share at which a value-chain link counts 63% "
        "(1 - e^-1) of a full one; links saturate smoothly above it",
    )
    exclude_own_division_flows: bool = Field(
        default=True,
        description="Flows within one NACE division are left to similarity, so value-chain "
        "complementarity measures links between different sectors",
    )
    reciprocity: Literal["harmonic", "arithmetic"] = Field(
        default="harmonic",
        description="How the two directions fuse: the harmonic mean ranks a pair high only "
        "if it is good for both sides",
    )
    cross_sector_bonus: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="Multiplies the score of pairs that share no NACE division by 1 + bonus",
    )
    input_output_tables: Literal["per_country", "active"] = Field(
        default="per_country",
        description="per_country: each cluster's flows are read in its country's table (by "
        "the first two letters of its region's NUTS code), or the active table (the EU-wide "
        "fallback) when its country has none; active: the active table for every pair, as "
        "before mm-2026.3",
    )
    cross_border: Literal["mean", "supplier"] = Field(
        default="mean",
        description="A pair of two countries: mean reads every flow in the mean of both "
        "tables' coefficients; supplier reads a flow from x to y in x's table",
    )
    min_flow_share: float = Field(
        default=0.005,
        ge=0,
        le=1,
        description="Explanations state a sector flow only when the supplier's part of its "
        "division supplies at least this share of the buyer's inputs, or sells at least "
        "this share of its output to the buyer's part. 0.5 %: links of at least that much "
        "carry 73 % of what divisions buy from one another in the shipped table, and "
        "smaller ones are under twice the average link (0.28 %); each of the "
        "demonstration clusters' ten first partners keeps a stated flow (at 1 %, 4 of 260 "
        "pairs would have none; at 2 %, 71). Smaller flows still count in the score",
    )
    list_length: int = Field(default=20, ge=1, le=100, description="Lists served by default")
    stored_length: int = Field(default=50, ge=1, le=200, description="Partners kept per list")
    fairness_cap: float | None = Field(
        default=2.0,
        ge=1,
        # Beyond cap x list_length = the number of lists the cap changes nothing; 1000 is
        # far past that for any realistic count, and keeps the arithmetic finite.
        le=1000,
        description="Fair exposure: no cluster appears in more than cap x list_length "
        "lists, and every cluster with a positive score appears in at least one; null "
        "serves the lists by relevance only (at most 1000)",
    )
    interested_boost: float = Field(default=1.25, ge=1, le=10)
    declined_by_partner_factor: float = Field(
        default=0.5,
        ge=0,
        le=1,
        description="A partner that marked you not interested is moved down, not revealed",
    )

    @model_validator(mode="after")
    def _lengths(self) -> RecommendationParameters:
        if self.stored_length < self.list_length:
            raise ValueError("stored_length must be at least list_length")
        return self


DEFAULT_PARAMETERS = RecommendationParameters()
