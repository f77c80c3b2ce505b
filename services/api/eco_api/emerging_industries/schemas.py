from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

# Stored exactly (NUMERIC) and sent as a plain JSON number: -0.05, not "-0.05".
ExactNumber = Annotated[Decimal, PlainSerializer(float, return_type=float, when_used="json")]


class EmergingIndustryFigureRead(BaseModel):
    """An emerging industry with the figures the European Cluster Observatory published.

    The figures rest on the Observatory's own 2014 definitions of the industries, which were
    not published: no definition set here produces them (the project's sets define the
    industries anew on NACE codes, under the same slugs, for the Panorama's figures)."""

    model_config = ConfigDict(from_attributes=True)

    slug: str = Field(
        examples=["advanced-packaging"],
        description="The same slug as the emerging industry in the definition sets",
    )
    name: str = Field(examples=["Advanced Packaging"])
    employees_2011: int = Field(description="Employees in 2011 (unit: employees)")
    annual_growth_2005_2011_pct: ExactNumber = Field(
        description="Annual growth of employees 2005-2011 (unit: percent per year)"
    )
    source: str = Field(examples=["European Cluster Observatory, Newsletter #1, October 2014"])
    year: int = Field(examples=[2011], description="Reference year of employees_2011")
    unit: str = Field(examples=["employees"], description="Unit of employees_2011")
    growth_unit: str = Field(
        examples=["percent per year"], description="Unit of annual_growth_2005_2011_pct"
    )
    scope: str = Field(description="Territory, period and definitions the figures cover")
    status: Literal["published"] = Field(
        description="As the source published them: not computed here"
    )
