from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page
from eco_core.types import CURRENT_NUTS_VERSION, NutsCode, NutsVersion


class RegionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    nuts_id: str = Field(examples=["DE21"])
    nuts_version: int = Field(examples=[2024], description="NUTS classification version")
    level: int = Field(ge=0, le=3, description="0 country, 1-3 NUTS levels")
    country_code: str = Field(examples=["DE"])
    name: str = Field(examples=["Oberbayern"])
    name_latin: str = Field(description="Name in Latin script (differs for Greek and Cyrillic)")
    kind: str = Field(description="nuts, statistical_region (non-EU) or extra_regio")
    parent_id: str | None = Field(examples=["DE2"])


class RegionPage(Page[RegionRead]):
    pass


@dataclass(frozen=True)
class RegionFilter:
    nuts_version: int
    level: int | None = None
    country_code: str | None = None
    parent_id: str | None = None


class RegionBatchQuery(BaseModel):
    """Fetch many regions at once, e.g. every region shown on a map legend."""

    nuts_ids: list[NutsCode] = Field(min_length=1, max_length=500, examples=[["DE21", "FRE1"]])
    nuts_version: NutsVersion = CURRENT_NUTS_VERSION


class RegionBatch(BaseModel):
    items: list[RegionRead]
    missing: list[str] = Field(description="Requested codes that do not exist in this version")
