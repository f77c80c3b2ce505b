from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_result_comparison import IndicatorResultComparison, check_indicator_result_comparison

T = TypeVar("T", bound="IndicatorResult")


@_attrs_define
class IndicatorResult:
    """
    Attributes:
        area (str):
        baseline (bool):
        code (str):
        comparison (IndicatorResultComparison):
        name (str):
        passed (bool):
        threshold (float):
        unit (str):
        value (float):
    """

    area: str
    baseline: bool
    code: str
    comparison: IndicatorResultComparison
    name: str
    passed: bool
    threshold: float
    unit: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area = self.area

        baseline = self.baseline

        code = self.code

        comparison: str = self.comparison

        name = self.name

        passed = self.passed

        threshold = self.threshold

        unit = self.unit

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area": area,
                "baseline": baseline,
                "code": code,
                "comparison": comparison,
                "name": name,
                "passed": passed,
                "threshold": threshold,
                "unit": unit,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area = d.pop("area")

        baseline = d.pop("baseline")

        code = d.pop("code")

        comparison = check_indicator_result_comparison(d.pop("comparison"))

        name = d.pop("name")

        passed = d.pop("passed")

        threshold = d.pop("threshold")

        unit = d.pop("unit")

        value = d.pop("value")

        indicator_result = cls(
            area=area,
            baseline=baseline,
            code=code,
            comparison=comparison,
            name=name,
            passed=passed,
            threshold=threshold,
            unit=unit,
            value=value,
        )

        indicator_result.additional_properties = d
        return indicator_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
