from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page
from eco_core.types import CURRENT_NUTS_VERSION, NutsCode, NutsVersion

# Weakest first, as in reference_data/README.md.
NutsChange = Literal[
    "unchanged", "name_change", "recoded", "boundary_shift", "merged", "split", "discontinued"
]

# Columns a client sees, in this order (also the CSV header of an export).
REGION_COLUMNS = (
    "nuts_version",
    "nuts_id",
    "level",
    "country_code",
    "name",
    "name_latin",
    "kind",
    "parent_id",
)


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


# RegionRead's fields in its JSON order: the hot reads select exactly these columns and
# serialise the rows as they come (eco_api.regions.service), byte for byte what the model
# would write, so an ETag does not depend on which path answered.
READ_FIELDS = tuple(RegionRead.model_fields)


@dataclass(frozen=True)
class RegionFilter:
    nuts_version: int
    level: int | None = None
    country_code: str | None = None
    parent_id: str | None = None
    # Free text matched against the accent- and case-folded names; ranks the list.
    query: str | None = None


@dataclass(frozen=True)
class Subtree:
    """The regions below ``nuts_id`` in one version, at the levels from ``min_level`` on."""

    nuts_version: int
    nuts_id: str
    min_level: int
    max_level: int


class RegionBatchQuery(BaseModel):
    """Fetch many regions at once, e.g. every region shown on a map legend."""

    nuts_ids: list[NutsCode] = Field(min_length=1, max_length=500, examples=[["DE21", "FRE1"]])
    nuts_version: NutsVersion = CURRENT_NUTS_VERSION


class RegionBatch(BaseModel):
    items: list[RegionRead]
    missing: list[str] = Field(description="Requested codes that do not exist in this version")


class RegionLink(BaseModel):
    """A region of another version that this one became, or came from."""

    nuts_version: int = Field(examples=[2021])
    nuts_id: str | None = Field(
        examples=["FRE1"], description="Null when the region was discontinued (no successor)"
    )
    name: str | None = Field(examples=["Nord-Pas de Calais"])
    change: NutsChange = Field(
        examples=["recoded"],
        description=(
            "How the older region maps onto the newer one: unchanged, name_change, recoded "
            "(same territory), boundary_shift, merged (into a larger one), split (one row per "
            "part) or discontinued"
        ),
    )


class RegionInVersion(RegionRead):
    successors: list[RegionLink] = Field(
        description="What this region became in each later version, per the correspondence"
    )
    predecessors: list[RegionLink] = Field(
        description="The regions of earlier versions this one came from"
    )


class RegionLookup(BaseModel):
    """A NUTS code across versions: where it exists, what it became, what it came from."""

    nuts_id: str = Field(examples=["FR30"])
    versions: list[int] = Field(examples=[[2013]], description="Versions the code exists in")
    current: list[RegionLink] = Field(
        description=(
            f"What the code means in NUTS {int(CURRENT_NUTS_VERSION)}: the region itself "
            "(unchanged) when the code exists there, else its successors"
        )
    )
    regions: list[RegionInVersion]
