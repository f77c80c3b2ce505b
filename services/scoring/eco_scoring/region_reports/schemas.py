from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from eco_scoring.panorama.schemas import OpportunityRead, RegionProfile
from eco_scoring.scoreboard.schemas import RegionScoreboard
from eco_scoring.stress_test.schemas import ResultRead
from eco_scoring.surveys.schemas import SurveyResults

PartStatus = Literal["present", "absent", "restricted"]
Change = Literal[
    "unchanged", "name_change", "recoded", "boundary_shift", "merged", "split", "discontinued"
]


class RegionCode(BaseModel):
    nuts_version: int
    nuts_id: str
    name: str
    level: int


class ChangedTerritory(BaseModel):
    """A predecessor or successor of one of the region's codes that covers other
    territory: its results are not part of this report."""

    from_version: int
    from_id: str
    from_name: str | None
    to_version: int
    to_id: str | None = Field(description="Null: discontinued")
    to_name: str | None
    change: Change


class DemonstratorRead(BaseModel):
    name: str = Field(description="As the 2014 publication names it")
    country: str
    focus: str
    nuts_2013: str
    nuts_2021: str
    nuts_2024: list[RegionCode] = Field(
        description="The same territory in NUTS 2024; empty where the 2021 region was split"
    )
    nuts_2024_successors: list[ChangedTerritory] = Field(
        description="Where NUTS 2024 split or reshaped the 2021 region: the regions it became"
    )
    report: str = Field(description="Path of the region's assessment report")


class ReportRegion(BaseModel):
    nuts_id: str = Field(description="The code of the newest NUTS version the region is in")
    nuts_version: int
    name: str
    level: int
    country_code: str
    requested: str = Field(description="The code the report was asked for")
    codes: list[RegionCode] = Field(
        description="The region in every NUTS version with the same territory (unchanged, "
        "renamed or recoded), newest first: results filed under any of them are reported"
    )
    changed_territory: list[ChangedTerritory]


class Part(BaseModel):
    status: PartStatus = Field(
        description="present; absent (nothing to report, see reason); restricted (private: "
        "the caller may not read it, whether or not it exists)"
    )
    reason: str | None = Field(description="Why the part is absent or restricted")
    nuts_id: str | None = Field(
        default=None, description="The region's code the part was found under"
    )


# Parts of figures filed under a NUTS version's codes say how the region was read.
_NOTE = (
    "How the region was read where the part's figures are filed under another code: its "
    "code of the same territory in another NUTS version, or the region containing it (a "
    "NUTS-3 region's NUTS-2 parent); null where read as it is"
)


class PanoramaPart(Part):
    note: str | None = Field(default=None, description=_NOTE)
    profile: RegionProfile | None = None
    opportunities: list[OpportunityRead] = Field(
        default_factory=list,
        description="Categories linked by input-output flows to the region's starred "
        "clusters where it has no star yet, strongest link first",
    )


class ScoreboardPart(Part):
    note: str | None = Field(default=None, description=_NOTE)
    scoreboard: RegionScoreboard | None = None


class StressTestPart(Part):
    result: ResultRead | None = None
    all_mean: dict[str, float | None] = Field(
        default_factory=dict,
        description="Per block: the mean score of every region's latest submitted assessment "
        "of the same questionnaire version",
    )


class SurveysPart(Part):
    surveys: list[SurveyResults] = Field(
        default_factory=list,
        description="Every survey of the region the caller may read, oldest first; a survey "
        "with fewer respondents than its minimum shows counts only",
    )


RecommendationSource = Literal["stress_test", "scoreboard_weakness", "panorama_opportunity"]


class ReportRecommendation(BaseModel):
    rank: int = Field(description="1 is the first to act on")
    source: RecommendationSource
    kind: Literal["recommendation", "hint"] = Field(
        description="recommendation: from the region's Stress Test (its own policy crossed "
        "with its conditions); hint: from public data only, where no Stress Test can be shown"
    )
    title: str
    detail: str


class RecommendationsPart(BaseModel):
    basis: Literal["stress_test", "hints", "none"]
    note: str
    items: list[ReportRecommendation]


class RegionReport(BaseModel):
    region: ReportRegion
    demonstrator: DemonstratorRead | None = Field(
        description="Set when the region is one of the six model demonstrator regions"
    )
    panorama: PanoramaPart
    scoreboard: ScoreboardPart
    stress_test: StressTestPart
    surveys: SurveysPart
    recommendations: RecommendationsPart
