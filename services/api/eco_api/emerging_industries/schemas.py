from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field


class EmergingIndustryFigureRead(BaseModel):
    """An emerging industry with the figures the European Cluster Observatory published."""

    model_config = ConfigDict(from_attributes=True)

    slug: str = Field(examples=["advanced-packaging"])
    name: str = Field(examples=["Advanced Packaging"])
    employees_2011: int = Field(description="Persons employed in 2011 (EU-28)")
    annual_growth_2005_2011_pct: Decimal = Field(
        description="Annual employment growth 2005-2011, percent"
    )
    source: str
