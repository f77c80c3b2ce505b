from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.level_rule_level import LevelRuleLevel, check_level_rule_level

T = TypeVar("T", bound="LevelRule")


@_attrs_define
class LevelRule:
    """
    Attributes:
        baseline_required (bool): Every baseline requirement must be passed
        level (LevelRuleLevel):
        min_share_passed (float): Share of indicators passed
        validity_months (int): How long the label is valid
    """

    baseline_required: bool
    level: LevelRuleLevel
    min_share_passed: float
    validity_months: int

    def to_dict(self) -> dict[str, Any]:
        baseline_required = self.baseline_required

        level: str = self.level

        min_share_passed = self.min_share_passed

        validity_months = self.validity_months

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "baseline_required": baseline_required,
                "level": level,
                "min_share_passed": min_share_passed,
                "validity_months": validity_months,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        baseline_required = d.pop("baseline_required")

        level = check_level_rule_level(d.pop("level"))

        min_share_passed = d.pop("min_share_passed")

        validity_months = d.pop("validity_months")

        level_rule = cls(
            baseline_required=baseline_required,
            level=level,
            min_share_passed=min_share_passed,
            validity_months=validity_months,
        )

        return level_rule
