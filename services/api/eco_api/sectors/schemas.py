from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page


class SectorRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str = Field(examples=["10.11"])
    level: int = Field(ge=1, le=4, description="1 section, 2 division, 3 group, 4 class")
    name: str
    parent_code: str | None = Field(examples=["10.1"])
    section: str = Field(examples=["C"])


class SectorPage(Page[SectorRead]):
    pass


@dataclass(frozen=True)
class SectorFilter:
    level: int | None = None
    parent_code: str | None = None
    section: str | None = None
