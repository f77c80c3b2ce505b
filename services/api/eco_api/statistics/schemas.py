from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page
from eco_core.models import INDICATORS

Number = int | float


class Indicator(StrEnum):
    EMPLOYMENT = "employment"
    PERSONNEL_COSTS = "personnel_costs"
    WAGES_SALARIES = "wages_salaries"
    ENTERPRISES = "enterprises"
    LOCAL_UNITS = "local_units"
    TURNOVER = "turnover"
    VALUE_ADDED = "value_added"


assert {i.value for i in Indicator} == set(INDICATORS)


def as_number(value: Decimal | None) -> Number | None:
    """Whole numbers as JSON integers (398403, not 398403.0), the rest as floats."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


class ConversionKind(StrEnum):
    EXACT = "exact"
    RECODED = "recoded"
    MERGED = "merged"
    ESTIMATED = "estimated"


class ConversionSource(BaseModel):
    nuts_id: str = Field(examples=["UKI1"])
    nuts_version: int = Field(examples=[2010])
    share: float = Field(
        examples=[0.337355], description="Share of the source region's value counted here"
    )


class ConversionRead(BaseModel):
    """How a value not published under its region's code was made from those that were."""

    kind: ConversionKind = Field(
        description="exact (same code, whole region), recoded (whole region, other code), "
        "merged (whole regions added up), estimated (a weighted share of a split region)"
    )
    weight: str | None = Field(
        examples=["pop21"],
        description="The JRC converter's weight that shared split regions: pop21, pop11, "
        "area_km, artif_surf18, artif_surf12 or bu_vol",
    )
    converted_from: list[ConversionSource]


class StatisticRead(BaseModel):
    """One published value, with everything needed to cite and compare it."""

    dataset: str = Field(examples=["sbs_r_nuts06_r2"], description="Dataset code")
    source: str = Field(description="Who published the value, and in which dataset")
    nuts_version: int = Field(examples=[2013], description="NUTS version of nuts_id")
    nuts_id: str = Field(examples=["DE21"])
    nace_code: str = Field(examples=["C"], description="NACE Rev. 2 code (section, 10, 45.1)")
    indicator: Indicator
    year: int = Field(examples=[2015])
    value: Number | None = Field(
        examples=[398403], description="null where the source has no value (flag says why)"
    )
    unit: str = Field(examples=["persons"])
    flag: str | None = Field(
        examples=[None],
        description="Eurostat flag (c confidential, d definition differs, p provisional, "
        "e estimated …) or 'missing'; null for a plain value",
    )
    conversion: ConversionRead | None = Field(
        default=None,
        description="null: published under nuts_id. Otherwise converted from regions of "
        "another NUTS version (codes of an older version in the source file, or to_nuts_version "
        "asked): how, with which weight, from what",
    )


class StatisticPage(Page[StatisticRead]):
    pass


@dataclass(frozen=True)
class StatisticFilter:
    nuts_id: str | None = None
    include_subregions: bool = False
    nace_code: str | None = None
    # NACE codes of a category or emerging industry of a definition set.
    definition: tuple[int, str, str] | None = None  # (set_id, kind, slug)
    year_from: int | None = None
    year_to: int | None = None
    indicator: str | None = None
    dataset: str | None = None
    nuts_version: int | None = None


class DatasetRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str = Field(examples=["sbs_r_nuts06_r2"])
    title: str
    source: str
    source_url: str | None
    licence: str | None = Field(examples=["CC BY 4.0"])
    nuts_version: int = Field(description="NUTS version of every region code in the dataset")
    created_at: datetime
    updated_at: datetime


class DatasetPage(Page[DatasetRead]):
    pass


class IndicatorSummary(BaseModel):
    indicator: Indicator
    units: list[str]
    years: list[int]
    values: int = Field(description="Statistics with a value")
    without_value: int = Field(description="Statistics without a value (missing, confidential)")


class DatasetDetail(DatasetRead):
    indicators: list[IndicatorSummary]


class CategoryFigureRead(BaseModel):
    kind: str = Field(description="category or emerging_industry")
    slug: str
    name: str
    value: Number | None = Field(
        description="Sum of weight x value over codes_counted; null when no code has a value"
    )
    complete: bool = Field(description="True only when every code of the definition counted")
    codes: list[str] = Field(description="The definition's NACE codes")
    codes_counted: list[str]
    codes_missing: list[str] = Field(description="Codes without a value in the dataset")
    codes_confidential: list[str] = Field(description="Codes the source withholds (flag c)")
    conversion: ConversionKind | None = Field(
        default=None,
        description="With to_nuts_version: the least exact way a counted value was made "
        "(exact, recoded, merged, estimated); an estimated figure is a weighted share, "
        "not a published one. Null for figures as stored.",
    )


class CategoryBreakdown(BaseModel):
    """A region's statistic per cluster category and emerging industry."""

    nuts_id: str = Field(examples=["DE21"])
    nuts_version: int
    year: int
    indicator: Indicator
    unit: str | None = Field(description="Unit of the values; null when the region has none")
    dataset: str
    source: str
    definition_set: str = Field(description="Version of the definition set used")
    items: list[CategoryFigureRead]
    conversion: ConversionRead | None = Field(
        default=None,
        description="With to_nuts_version: how the region's figures were made from the "
        "stored regions (the least exact kind over all values counted, the weight, the "
        "source regions and their shares); null for figures as stored",
    )


class CategoryYear(BaseModel):
    year: int
    unit: str | None
    items: list[CategoryFigureRead]


class CategorySeries(BaseModel):
    """A region's statistic per cluster category and emerging industry, year by year."""

    nuts_id: str = Field(examples=["DE21"])
    nuts_version: int
    indicator: Indicator
    dataset: str
    source: str
    definition_set: str
    years: list[CategoryYear] = Field(description="Every year of the range, oldest first")
    conversion: ConversionRead | None = Field(
        default=None,
        description="With to_nuts_version: how the region's figures were made from the "
        "stored regions (the least exact kind over all values counted, the weight, the "
        "source regions and their shares); null for figures as stored",
    )


EXPORT_COLUMNS = (
    "dataset",
    "source",
    "nuts_version",
    "nuts_id",
    "nace_code",
    "indicator",
    "year",
    "value",
    "unit",
    "flag",
    "conversion",
    "conversion_weight",
)
