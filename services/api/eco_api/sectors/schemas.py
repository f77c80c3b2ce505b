from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from eco_core.http.pagination import Page

# Columns a client sees, in this order (also the CSV header of an export).
SECTOR_COLUMNS = ("code", "level", "name", "parent_code", "section")


class SectorRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str = Field(examples=["10.11"])
    level: int = Field(
        ge=1, le=4, description="1 section (C), 2 division (10), 3 group (10.1), 4 class (10.11)"
    )
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
    # Free text matched against the accent- and case-folded names; ranks the list.
    query: str | None = None


@dataclass(frozen=True)
class SectorSubtree:
    """The codes below ``code``, at the levels from ``min_level`` to ``max_level``."""

    code: str
    min_level: int
    max_level: int
