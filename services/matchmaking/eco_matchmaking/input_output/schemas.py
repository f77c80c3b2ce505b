from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class InputOutputTableRead(BaseModel):
    code: str
    dataset: str
    geo: str
    year: int
    unit: str
    source: str
    sha256: str
    products: int = Field(description="CPA products in the file")
    divisions: int = Field(description="NACE divisions the products were restated as")
    is_active: bool = Field(
        description="The active table serves clusters of countries without a table of their "
        "own (the EU-wide fallback once the shipped tables are loaded)"
    )
    serves_country: bool = Field(
        description="Recommendations and opportunities use it for clusters and regions of "
        "its country (geo); one such table per country"
    )
    created_at: datetime


class InputOutputFlowRead(BaseModel):
    supplier: str = Field(description="NACE division that supplies")
    buyer: str = Field(description="NACE division that buys")
    flow: float = Field(description="Intermediate use, in the table's unit")
    input_share: float = Field(description="Share of the buyer's output value spent on it")
    output_share: float = Field(description="Share of the supplier's output sold to the buyer")


class InputOutputFlowPage(BaseModel):
    table: str
    items: list[InputOutputFlowRead]
