from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page
from eco_core.types import NutsCode
from eco_scoring.panorama.methodology import DEFAULT_METHODOLOGY, StarKind

DefinitionKind = Literal["category", "emerging_industry"]
RankMetric = Literal["stars", "employment", "location_quotient", "focus", "productivity", "growth"]


class ParameterOverrides(BaseModel):
    """Change a methodology's thresholds for one run; the run stores the values it used."""

    model_config = ConfigDict(extra="forbid")

    stars: tuple[StarKind, ...] | None = Field(default=None, min_length=1)
    size_top_share: float | None = Field(default=None, gt=0, lt=1)
    specialisation_min_lq: float | None = Field(default=None, gt=0, le=100)
    productivity_top_share: float | None = Field(default=None, gt=0, lt=1)
    focus_top_share: float | None = Field(default=None, gt=0, lt=1)
    strong_lq_quantile: float | None = Field(default=None, gt=0, lt=1)
    strong_min_lq: float | None = Field(default=None, gt=0, le=100)
    strong_employment_quantile: float | None = Field(default=None, gt=0, lt=1)


class RunCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    methodology: str = Field(default=DEFAULT_METHODOLOGY, examples=[DEFAULT_METHODOLOGY])
    parameters: ParameterOverrides = ParameterOverrides()
    definition_set: str | None = Field(
        default=None, max_length=64, description="Definition-set version; default: the active"
    )
    dataset: str = Field(default="sbs_r_nuts06_r2", max_length=64)
    year: int = Field(default=2015, ge=1950, le=2100)
    growth_from_year: int | None = Field(default=None, ge=1950, le=2100)
    region_level: Literal[1, 2] = Field(
        default=2, description="NUTS level; countries without it are taken one level up"
    )


class MethodologyRead(BaseModel):
    version: str
    title: str
    parameters: dict[str, Any]


class RunRead(BaseModel):
    id: uuid.UUID
    status: str
    progress: float
    methodology_version: str
    parameters: dict[str, Any]
    definition_set: str
    dataset: str
    dataset_source: str
    year: int
    growth_from_year: int | None
    region_level: int
    nuts_version: int
    denominator: str
    cells: int | None
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


RunPage = Page[RunRead]


class Stars(BaseModel):
    size: bool
    specialisation: bool
    productivity: bool
    focus: bool


class ClusterIndicators(BaseModel):
    nuts_id: str
    region_name: str | None = None
    kind: DefinitionKind
    slug: str
    name: str | None = None
    employment: float | None
    region_total: float | None
    location_quotient: float | None
    focus: float | None = Field(description="Share of the region's employment")
    productivity: float | None = Field(description="Wages per employee, where data exist")
    growth: float | None = Field(description="Compound annual growth of employment")
    employment_percentile: float | None
    location_quotient_percentile: float | None
    productivity_percentile: float | None
    focus_percentile: float | None
    stars: Stars
    star_count: int
    strong: bool = Field(description="US-style strong-cluster cross-check")
    codes_counted: int
    codes_missing: int


class RunRef(BaseModel):
    id: uuid.UUID
    methodology_version: str
    definition_set: str
    dataset: str
    year: int
    nuts_version: int
    denominator: str


class RegionProfile(BaseModel):
    run: RunRef
    nuts_id: str
    name: str
    clusters: list[ClusterIndicators]


class CategoryMap(BaseModel):
    run: RunRef
    kind: DefinitionKind
    slug: str
    name: str
    regions: dict[str, ClusterIndicators] = Field(description="Keyed by NUTS id")


MapFormat = Literal["json", "geojson"]


class MapFeature(BaseModel):
    type: Literal["Feature"] = "Feature"
    id: str = Field(description="NUTS id")
    geometry: dict[str, Any] = Field(description="GeoJSON Polygon or MultiPolygon (WGS 84)")
    properties: dict[str, Any] = Field(
        description="The region's indicators as in the JSON map, stars flattened to "
        "size_star, specialisation_star, productivity_star, focus_star"
    )


class CategoryMapGeoJson(BaseModel):
    """A GeoJSON FeatureCollection (RFC 7946); foreign members say which run and which
    category it shows, and which regions of the run had no boundary to draw."""

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    type: Literal["FeatureCollection"] = "FeatureCollection"
    run: RunRef = Field(alias="eco:run")
    kind: DefinitionKind = Field(alias="eco:kind")
    slug: str = Field(alias="eco:slug")
    name: str = Field(alias="eco:name")
    regions_without_boundary: list[str] = Field(alias="eco:regions_without_boundary")
    features: list[MapFeature]


class Ranking(BaseModel):
    run: RunRef
    kind: DefinitionKind
    slug: str | None
    by: RankMetric
    items: list[ClusterIndicators]


class Comparison(BaseModel):
    run: RunRef
    regions: dict[str, list[ClusterIndicators]]


class CompareQuery(BaseModel):
    regions: list[NutsCode] = Field(min_length=1, max_length=10)


class OpportunityRead(BaseModel):
    slug: str
    name: str | None
    location_quotient: float | None = Field(description="The region's LQ in this category")
    linked_to: str = Field(description="The starred category it is linked with")
    direction: Literal["supplies", "buys_from"] = Field(
        description="supplies: this category supplies the starred one; buys_from: the reverse"
    )
    strength: float = Field(description="Share of the buyer's inputs from the supplier")


class Opportunities(BaseModel):
    run: RunRef
    nuts_id: str
    name: str
    input_output_table: str
    starred: list[str]
    items: list[OpportunityRead]
