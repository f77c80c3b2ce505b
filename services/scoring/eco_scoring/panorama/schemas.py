from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page
from eco_core.types import NutsCode
from eco_scoring.panorama.methodology import DEFAULT_METHODOLOGY, StarKind

DefinitionKind = Literal["category", "emerging_industry"]
FigureStatus = Literal["published", "derived", "estimated"]
# The Panorama counts persons employed; its other figures are ratios of such counts.
EMPLOYMENT_UNIT = "persons employed"
DenominatorSource = Literal["sbs_total", "lfs_total"]
RankMetric = Literal["stars", "employment", "location_quotient", "focus", "productivity", "growth"]


class ParameterOverrides(BaseModel):
    """Change a methodology's thresholds for one run; the run stores the values it used."""

    model_config = ConfigDict(extra="forbid")

    stars: tuple[StarKind, ...] | None = Field(default=None, min_length=1)
    size_top_share: float | None = Field(default=None, gt=0, lt=1)
    specialisation_min_lq: float | None = Field(default=None, gt=0, le=100)
    productivity_top_share: float | None = Field(default=None, gt=0, lt=1)
    focus_top_share: float | None = Field(default=None, gt=0, lt=1)
    min_measured_share: float | None = Field(default=None, ge=0, le=1)
    strong_lq_quantile: float | None = Field(default=None, gt=0, lt=1)
    strong_min_lq: float | None = Field(default=None, gt=0, le=100)
    strong_employment_quantile: float | None = Field(default=None, gt=0, lt=1)
    strong_establishment_quantile: float | None = Field(default=None, gt=0, lt=1)
    strong_min_establishments: float | None = Field(default=None, ge=0, le=1_000_000)
    growth_min_coverage: float | None = Field(default=None, gt=0, le=1)


class RunCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    methodology: str = Field(default=DEFAULT_METHODOLOGY, examples=[DEFAULT_METHODOLOGY])
    parameters: ParameterOverrides = ParameterOverrides()
    definition_set: str | None = Field(
        default=None, max_length=64, description="Definition-set version; default: the active"
    )
    dataset: str = Field(default="sbs_r_nuts06_r2", max_length=64)
    year: int | None = Field(
        default=None,
        ge=1950,
        le=2100,
        description="Default: the latest year whose employment cells number at least "
        "growth_min_coverage of the best-covered year's (2015 in a 2015-only dataset)",
    )
    growth_from_year: int | None = Field(
        default=None,
        ge=1950,
        le=2100,
        description="Start of the growth window; default: the longest window with data, from "
        "the earliest year whose employment cells number at least growth_min_coverage of the "
        "run year's (none in a one-year dataset)",
    )
    denominator_source: DenominatorSource = Field(
        default="sbs_total",
        description="The region total of location quotients and focus: sbs_total, the "
        "region's employment over the dataset's coverage (SBS: the business economy), or "
        "lfs_total, the Labour Force Survey's whole-economy employment (lfst_r_lfe2en2, "
        "TOTAL, aged 15 or over; thousand persons served as persons)",
    )
    region_level: Literal[1, 2] = Field(
        default=2, description="NUTS level; countries without it are taken one level up"
    )


class MethodologyRead(BaseModel):
    version: str
    title: str
    parameters: dict[str, Any]


class DefinitionRef(BaseModel):
    kind: DefinitionKind
    slug: str


class IndistinguishableGroup(BaseModel):
    kind: DefinitionKind
    slugs: list[str] = Field(description="Definitions whose figures rest on the same codes")
    measured_codes: list[str] = Field(
        description="The NACE codes the run measured them by; they differ only by assumed "
        "weights (with one code their location quotients and stars are identical)"
    )


class DefinitionNotes(BaseModel):
    indistinguishable: list[IndistinguishableGroup]
    not_measured: list[DefinitionRef] = Field(description="Definitions no region has figures for")


NotApplied = Annotated[
    list[str] | None,
    Field(
        description="Parameters the data gave nothing to apply to (e.g. "
        "strong_establishment_quantile without establishment counts, productivity_top_share "
        "without wages); null until the run has been computed"
    ),
]


class GrowthWindow(BaseModel):
    from_year: int
    to_year: int
    years: int
    rule: str = Field(description="How the window was chosen (requested, or the default rule)")
    employment_cells_by_year: dict[str, int] = Field(
        description="Employment cells with a value in the dataset per year: the coverage the "
        "window was chosen from"
    )
    cells_with_employment: int | None = Field(
        default=None, description="Run cells with employment in to_year; null until computed"
    )
    cells_with_growth: int | None = Field(
        default=None,
        description="Run cells with a growth figure: employment in both years over the same "
        "NACE codes; null until computed",
    )
    coverage: float | None = Field(
        default=None, description="cells_with_growth / cells_with_employment"
    )


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
    denominator_source: DenominatorSource | None = Field(
        description="Which region total the run divides by; null in runs computed before "
        "it was recorded (they used sbs_total)"
    )
    growth: GrowthWindow | None = Field(
        description="The growth window and its coverage; null without one"
    )
    not_applied: NotApplied
    definition_notes: DefinitionNotes | None = Field(
        description="Null until computed, and in runs computed before notes were recorded"
    )
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


class Provenance(BaseModel):
    """Where a cell's figures come from and how they were made."""

    source: str = Field(
        examples=[
            "Eurostat, Structural business statistics sbs_r_nuts06_r2, 2015, persons employed"
        ]
    )
    dataset: str = Field(examples=["sbs_r_nuts06_r2"])
    year: int
    unit: str = Field(
        examples=[EMPLOYMENT_UNIT],
        description="Of employment and region_total, in whole persons (location quotient "
        "and focus are ratios of them)",
    )
    nuts_version: int
    status: FigureStatus | None = Field(
        description="published: figures as the source publishes them (and sums of them); "
        "derived: a blank aggregate was filled from its published parts (filled_from_parts); "
        "estimated: the employment counts a share of a published code (a weight below 1). "
        "Null in runs computed before statuses were recorded"
    )
    filled_from_parts: list[str] = Field(
        description="NACE codes blank in the source that this cell's employment or region "
        "total fills with the sum of their published parts",
        examples=[["C"]],
    )


class ClusterIndicators(BaseModel):
    nuts_id: str
    region_name: str | None = None
    kind: DefinitionKind
    slug: str
    name: str | None = None
    employment: int | None = Field(description="Persons employed, whole persons")
    region_total: int | None = Field(
        description="Persons employed in the region over the dataset's coverage, whole persons"
    )
    location_quotient: float | None
    focus: float | None = Field(description="Share of the region's employment")
    productivity: float | None = Field(
        description="Wages and salaries per person employed (EUR), a proxy of productivity "
        "as in the 2014 Panorama; null where the wages are confidential or not published "
        "for the codes counted (productivity_note says why)"
    )
    productivity_note: str | None = Field(
        default=None, description="Why a cell with employment has no productivity figure"
    )
    growth: float | None = Field(
        description="Compound annual growth of employment over the run's growth window "
        "(run.growth_from_year to run.year), over the same NACE codes in both years"
    )
    establishments: int | None = Field(
        default=None,
        description="Local units (establishments) the definition counts, where published",
    )
    employment_percentile: float | None
    location_quotient_percentile: float | None
    productivity_percentile: float | None
    focus_percentile: float | None
    stars: Stars
    star_count: int
    strong: bool = Field(
        description="A strong cluster by the US Cluster Mapping rule (run parameters strong_*)"
    )
    codes_counted: int
    codes_missing: int
    measured_share: float | None = Field(
        description="Share of the definition (its NACE classes, weighted) that the region's "
        "figures measure; null in runs computed before it was recorded"
    )
    stars_withheld_reason: str | None = Field(
        description="Why stars and the strong flag are withheld from this cell (too little of "
        "the definition measured), or null"
    )
    indistinguishable_from: list[str] = Field(
        description="Definitions of the same kind whose figures rest on the same codes in "
        "this run: the data cannot tell them apart"
    )
    measured_anywhere: bool | None = Field(
        description="False when no region of the run has figures for this definition"
    )
    provenance: Provenance


class RunRef(BaseModel):
    id: uuid.UUID
    methodology_version: str
    definition_set: str
    dataset: str
    year: int
    nuts_version: int
    denominator: str
    denominator_source: DenominatorSource | None
    growth_from_year: int | None
    not_applied: NotApplied


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
        "size_star, specialisation_star, productivity_star, focus_star and provenance to "
        "source, dataset, year, unit, nuts_version, status, filled_from_parts"
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
    input_output_table: str = Field(
        description="The table the links were read in (code: source (method)): the region's "
        "own country's, or the EU-wide fallback for a country without one"
    )
    input_output_table_code: str = Field(
        description="Its code, e.g. naio_cp17_r2-DE-2010 or EU18-2010-output-weighted"
    )
    starred: list[str]
    items: list[OpportunityRead]


class HistoryCell(BaseModel):
    year: int
    run_id: uuid.UUID
    location_quotient: float | None
    employment: int | None
    productivity: float | None
    growth: float | None
    establishments: int | None
    stars: Stars
    star_count: int
    strong: bool
    stars_withheld_reason: str | None
    provenance: Provenance


class CategoryHistory(BaseModel):
    kind: DefinitionKind
    slug: str
    name: str | None
    years: list[HistoryCell]


class RegionHistory(BaseModel):
    nuts_id: str
    name: str
    runs: list[RunRef] = Field(
        description="The runs read, one per year: the latest succeeded run of each year with "
        "the chosen methodology, definition set and dataset"
    )
    categories: list[CategoryHistory]


class EmergingGrowth(BaseModel):
    slug: str
    name: str | None
    computed_growth_pct: float | None = Field(
        description="Compound annual growth of the industry's employment over the run's "
        "growth window, % per year, summed over the regions with figures in both years "
        "over the same codes"
    )
    computed_rank: int | None
    regions_counted: int
    employment_from: int | None
    employment_to: int | None
    published_growth_pct: float | None = Field(
        description="The Observatory's published annual growth 2005-2011 (%)"
    )
    published_rank: int | None
    same_sign: bool | None
    hotspots: list[str] = Field(
        description="Up to five regions with the fastest growth in the industry among its "
        "starred cells and its specialised ones (LQ at least 1) of at least median size"
    )


class EmergingGrowthComparison(BaseModel):
    run: RunRef
    from_year: int
    to_year: int
    published_window: str = "2005-2011"
    differences: str = Field(description="What differs between the two figures, and why")
    items: list[EmergingGrowth]
