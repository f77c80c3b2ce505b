"""Read and check a label indicator set (pure): indicators with thresholds, and the rule
that turns the share of indicators passed into a label level. Both are data."""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Code = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Level = Literal["bronze", "silver", "gold"]


class LevelRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    level: Level
    min_share_passed: float = Field(gt=0, le=1, description="Share of indicators passed")
    baseline_required: bool = Field(description="Every baseline requirement must be passed")
    validity_months: int = Field(ge=1, le=120, description="How long the label is valid")


class LabelRule(BaseModel):
    """Levels checked from the most demanding down; the first one met is awarded."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    levels: list[LevelRule] = Field(min_length=1, max_length=3)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        names = [lv.level for lv in self.levels]
        if len(set(names)) != len(names):
            raise ValueError("a level is listed twice")
        shares = [lv.min_share_passed for lv in self.levels]
        if shares != sorted(shares, reverse=True) or len(set(shares)) != len(shares):
            raise ValueError("levels must be listed by strictly decreasing min_share_passed")
        rank = {"gold": 3, "silver": 2, "bronze": 1}
        if [rank[n] for n in names] != sorted((rank[n] for n in names), reverse=True):
            raise ValueError("levels must be listed gold, silver, bronze")
        return self


class IndicatorSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: Code
    area: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    name: Annotated[str, StringConstraints(min_length=1)]
    kind: Literal["number", "boolean"]
    unit: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    comparison: Literal["at_least", "at_most"]
    threshold: float
    minimum: float | None = None
    maximum: float | None = None
    baseline: bool = False
    description: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.kind == "boolean" and (
            self.minimum,
            self.maximum,
            self.threshold,
            self.comparison,
        ) != (0, 1, 1, "at_least"):
            raise ValueError(f"{self.code}: a yes/no indicator is 0..1, passed at_least 1")
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError(f"{self.code}: minimum above maximum")
        low = self.minimum if self.minimum is not None else float("-inf")
        high = self.maximum if self.maximum is not None else float("inf")
        if not low <= self.threshold <= high:
            raise ValueError(f"{self.code}: threshold outside the indicator's range")
        return self

    def allows(self, value: float) -> bool:
        return (self.minimum is None or value >= self.minimum) and (
            self.maximum is None or value <= self.maximum
        )

    def passes(self, value: float) -> bool:
        if self.comparison == "at_least":
            return value >= self.threshold
        return value <= self.threshold


class IndicatorSetFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$")]
    title: Annotated[str, StringConstraints(min_length=1)]
    description: str | None = None
    source: Annotated[str, StringConstraints(min_length=1)]
    rule: LabelRule
    indicators: list[IndicatorSpec] = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _unique_codes(self) -> Self:
        codes = [i.code for i in self.indicators]
        if len(set(codes)) != len(codes):
            raise ValueError("an indicator code is repeated")
        return self


class IndicatorSetFileError(ValueError):
    pass


def parse_indicator_set(text: str) -> IndicatorSetFile:
    try:
        return IndicatorSetFile.model_validate_json(text)
    except ValueError as exc:
        raise IndicatorSetFileError(str(exc)) from exc
