from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

# Stored exactly (NUMERIC) and sent as a plain JSON number: -0.05, not "-0.05".
ExactNumber = Annotated[Decimal, PlainSerializer(float, return_type=float, when_used="json")]


class EmergingIndustryFigureRead(BaseModel):
    """An emerging industry with the figures the European Cluster Observatory published."""

    model_config = ConfigDict(from_attributes=True)

    slug: str = Field(examples=["advanced-packaging"])
    name: str = Field(examples=["Advanced Packaging"])
    employees_2011: int = Field(description="Persons employed in 2011 (EU-28)")
    annual_growth_2005_2011_pct: ExactNumber = Field(
        description="Annual employment growth 2005-2011, percent"
    )
    source: str
    definition_set: str | None = Field(
        examples=["eco-2026.1"],
        description="The shipped definition set that defines this industry on NACE codes "
        "(the project's approximation; the published figures rest on the Observatory's own "
        "2014 definition)",
    )
    definition_slug: str | None = Field(
        examples=["advanced-packaging"],
        description="Its slug in that set: /v1/definition-sets/{definition_set}/definitions/"
        "emerging_industry/{definition_slug}",
    )
