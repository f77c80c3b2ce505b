"""Named methodology versions: every threshold is a parameter stored with each run.

The rules behind the parameters are in docs/panorama-methodology.md.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# The worker's task that computes a run (namespace ``eco:``).
TASK_NAME = "compute_panorama"

StarKind = Literal["size", "specialisation", "productivity", "focus"]
STAR_KINDS: tuple[StarKind, ...] = ("size", "specialisation", "productivity", "focus")


class PanoramaParameters(BaseModel):
    """Thresholds of one methodology; shares are of the regions with data in the category."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    stars: tuple[StarKind, ...] = Field(
        description="Which stars this methodology awards", min_length=1
    )
    size_top_share: float = Field(default=0.10, gt=0, lt=1)
    specialisation_min_lq: float = Field(default=2.0, gt=0)
    productivity_top_share: float = Field(
        default=0.10,
        gt=0,
        lt=1,
        description="Productivity star: wages and salaries per person employed (a proxy of "
        "productivity, as the 2014 Panorama used) among this top share of the regions with "
        "the figure in the category (0.10: the top decile)",
    )
    focus_top_share: float = Field(default=0.10, gt=0, lt=1)
    min_measured_share: float = Field(
        default=0.5,
        ge=0,
        le=1,
        description="Stars (and the strong flag) are withheld from a cell whose figures "
        "measure less than this share of its definition (NACE classes, weighted)",
    )
    # The US Cluster Mapping "strong cluster" rule (clustermapping.us; its code,
    # cluster_calcs_reducer.js): among the regions with employment in the category, LQ at
    # or above the top-quartile cut, LQ >= 1, employment and establishments above their
    # bottom-quartile cuts.
    strong_min_establishments: float = Field(
        default=10,
        ge=0,
        description="The qualifying threshold of the strong-cluster rule: at least this many "
        "establishments (local units) in the cell, where the dataset has them",
    )
    growth_min_coverage: float = Field(
        default=0.9,
        gt=0,
        le=1,
        description="The default growth window starts at the earliest year whose employment "
        "cells number at least this share of the run year's (the longest window with data)",
    )
    strong_lq_quantile: float = Field(default=0.75, gt=0, lt=1)
    strong_min_lq: float = Field(default=1.0, gt=0)
    strong_employment_quantile: float = Field(default=0.25, gt=0, lt=1)
    strong_establishment_quantile: float = Field(
        default=0.25,
        gt=0,
        lt=1,
        description="Applied where the dataset has local units (establishments); a run "
        "without them lists it under not_applied",
    )


class Methodology(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: str
    title: str
    parameters: PanoramaParameters


METHODOLOGIES: dict[str, Methodology] = {
    m.version: m
    for m in (
        Methodology(
            version="panorama-2014",
            title=("European Cluster Panorama 2014: size, specialisation and productivity stars"),
            parameters=PanoramaParameters(stars=("size", "specialisation", "productivity")),
        ),
        Methodology(
            version="observatory-2007",
            title="European Cluster Observatory 2007-2012: size, specialisation and focus stars",
            parameters=PanoramaParameters(stars=("size", "specialisation", "focus")),
        ),
    )
}
DEFAULT_METHODOLOGY = "panorama-2014"
