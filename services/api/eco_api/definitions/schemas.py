from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from eco_core.definitions.content import ACTIVE_ALIAS
from eco_core.http.pagination import Page

# Weights are exact decimals in the database and plain JSON numbers on the wire.
Weight = Annotated[Decimal, PlainSerializer(float, return_type=float, when_used="json")]


class DefinitionKind(StrEnum):
    CATEGORY = "category"
    EMERGING_INDUSTRY = "emerging_industry"


class DefinitionSetRead(BaseModel):
    """One immutable version of the category and emerging-industry definitions."""

    model_config = ConfigDict(from_attributes=True)

    version: str = Field(examples=["eco-2026.1"])
    title: str
    description: str | None
    source: str
    sha256: str = Field(
        description="Checksum of the content (not of a file): the same set uploaded as CSV "
        "or JSON has the same checksum"
    )
    is_active: bool = Field(
        description=f"The set scoring uses unless told otherwise; '{ACTIVE_ALIAS}' names it"
    )
    created_at: datetime
    categories: int = Field(description="Cluster categories in the set")
    emerging_industries: int = Field(description="Emerging industries in the set")
    codes: int = Field(description="NACE codes over all definitions")


class DefinitionSetPage(Page[DefinitionSetRead]):
    pass


class DefinitionCodeRead(BaseModel):
    nace_code: str = Field(examples=["22.2"], description="NACE Rev. 2 code of any level")
    nace_name: str = Field(examples=["Manufacture of plastic products"])
    nace_level: int = Field(ge=1, le=4, description="1 section, 2 division, 3 group, 4 class")
    weight: Weight = Field(
        gt=0, le=1, description="Share of the code counted in the definition (1: all of it)"
    )


class DefinitionRead(BaseModel):
    """A cluster category or an emerging industry: a set of NACE codes with weights."""

    definition_set: str = Field(examples=["eco-2026.1"], description="Version it belongs to")
    kind: DefinitionKind
    slug: str = Field(examples=["plastics"])
    name: str = Field(examples=["Plastics"])
    description: str | None
    codes: list[DefinitionCodeRead]


class DefinitionPage(Page[DefinitionRead]):
    definition_set: str = Field(
        description=f"The version the items come from (what '{ACTIVE_ALIAS}' stood for)"
    )


@dataclass(frozen=True)
class DefinitionFilter:
    set_id: int
    kind: DefinitionKind | None = None


@dataclass(frozen=True)
class ImportRequest:
    """What the query string of an upload says about the new set."""

    version: str
    title: str | None
    description: str | None
    source: str | None
    mode: str
    content_type: str | None
