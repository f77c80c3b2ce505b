from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

Assessment = Literal["strength", "weakness"]


class IndicatorRead(BaseModel):
    code: str
    name: str
    unit: str
    direction: Literal["higher", "lower"] = Field(description="Which way is better")
    source: str
    year: int | None
    description: str | None


class SubdimensionRead(BaseModel):
    slug: str
    indicators: list[IndicatorRead]


class DimensionRead(BaseModel):
    slug: str
    subdimensions: list[SubdimensionRead]


class FrameworkSummary(BaseModel):
    version: str
    title: str
    description: str | None
    is_active: bool
    indicators: int
    created_at: datetime


class FrameworkRead(FrameworkSummary):
    dimensions: list[DimensionRead]


class RegionRef(BaseModel):
    nuts_id: str
    name: str


class ScoredRegion(RegionRef):
    nuts_version: int
    level: int


class PeersUsed(BaseModel):
    method: Literal["chosen", "structural_similarity"]
    description: str
    regions: list[RegionRef]


class ParametersUsed(BaseModel):
    winsorise: bool
    winsor_lower_quantile: float
    winsor_upper_quantile: float
    log_when_skewness_above: float | None
    band: float
    year: int | None = Field(description="Latest value up to this year; null: latest")
    comparison_regions: int = Field(
        description="Regions every score is normalised over and the EU mean is taken over"
    )
    method: str


class Score(BaseModel):
    """A 0-100 score (100: best of all regions) against the peers' and the EU mean."""

    score: float | None
    coverage: float = Field(description="Share of the indicators beneath it with a value")
    peer_mean: float | None
    eu_mean: float | None
    relative_to_peers: float | None = Field(description="100 x score / peer mean")
    relative_to_eu: float | None = Field(description="100 x score / EU mean")
    assessment: Assessment | None


class SubdimensionScore(Score):
    subdimension: str


class DimensionScore(Score):
    dimension: str
    subdimensions: list[SubdimensionScore]


class IndicatorScore(BaseModel):
    code: str
    name: str
    dimension: str
    subdimension: str
    unit: str
    direction: Literal["higher", "lower"]
    year: int | None = Field(description="Year of the region's value")
    source: str | None = Field(description="Source of the region's value")
    status: Literal["published", "derived"] | None = Field(
        default=None,
        description=(
            "Of a value the observatory derives (sbs_*): 'published' when computed from "
            "published figures only, 'derived' when its numerator or the region total counts "
            "a section the source leaves blank, filled from its published divisions (as in "
            "the Panorama); null for imported values and where the region has none"
        ),
    )
    filled_from_parts: list[str] = Field(
        default_factory=list,
        description="NACE aggregates blank in the source, filled from their parts, "
        "that the value counts",
    )
    raw: float | None
    normalised: float | None
    logged: bool = Field(description="log1p applied before normalising (skewed indicator)")
    peer_mean: float | None = Field(description="Mean normalised value of the peers")
    peer_raw_mean: float | None
    peer_coverage: float = Field(description="Share of the peers with a value")
    eu_mean: float | None = Field(description="Mean normalised value of all regions")
    eu_raw_mean: float | None
    eu_coverage: float = Field(description="Share of the comparison regions with a value")
    assessment: Assessment | None


class PolicyFocus(BaseModel):
    level: Literal["dimension", "subdimension"]
    dimension: str
    subdimension: str | None
    score: float
    peer_mean: float
    gap: float = Field(description="Peer mean minus score, in score points")


class RegionScoreboard(BaseModel):
    framework: str
    region: ScoredRegion
    parameters: ParametersUsed
    peers: PeersUsed
    overall: list[DimensionScore]
    detailed: list[IndicatorScore]
    scorecard: list[PolicyFocus] = Field(
        description="Weaknesses against the peers, the largest gap first: policy-focus areas"
    )
