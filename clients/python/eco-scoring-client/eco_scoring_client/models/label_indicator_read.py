from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_indicator_read_comparison import LabelIndicatorReadComparison, check_label_indicator_read_comparison
from ..models.label_indicator_read_kind import LabelIndicatorReadKind, check_label_indicator_read_kind

T = TypeVar("T", bound="LabelIndicatorRead")


@_attrs_define
class LabelIndicatorRead:
    """
    Attributes:
        area (str):
        baseline (bool): A baseline requirement (see the rule's levels)
        code (str):
        comparison (LabelIndicatorReadComparison): Passed when the value is at least (or at most) the threshold
        description (None | str):
        kind (LabelIndicatorReadKind):
        maximum (float | None): Largest value accepted
        minimum (float | None): Smallest value accepted
        name (str):
        threshold (float):
        unit (str):
    """

    area: str
    baseline: bool
    code: str
    comparison: LabelIndicatorReadComparison
    description: None | str
    kind: LabelIndicatorReadKind
    maximum: float | None
    minimum: float | None
    name: str
    threshold: float
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area = self.area

        baseline = self.baseline

        code = self.code

        comparison: str = self.comparison

        description: None | str
        description = self.description

        kind: str = self.kind

        maximum: float | None
        maximum = self.maximum

        minimum: float | None
        minimum = self.minimum

        name = self.name

        threshold = self.threshold

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "area": area,
                "baseline": baseline,
                "code": code,
                "comparison": comparison,
                "description": description,
                "kind": kind,
                "maximum": maximum,
                "minimum": minimum,
                "name": name,
                "threshold": threshold,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area = d.pop("area")

        baseline = d.pop("baseline")

        code = d.pop("code")

        comparison = check_label_indicator_read_comparison(d.pop("comparison"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        kind = check_label_indicator_read_kind(d.pop("kind"))

        def _parse_maximum(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        maximum = _parse_maximum(d.pop("maximum"))

        def _parse_minimum(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        minimum = _parse_minimum(d.pop("minimum"))

        name = d.pop("name")

        threshold = d.pop("threshold")

        unit = d.pop("unit")

        label_indicator_read = cls(
            area=area,
            baseline=baseline,
            code=code,
            comparison=comparison,
            description=description,
            kind=kind,
            maximum=maximum,
            minimum=minimum,
            name=name,
            threshold=threshold,
            unit=unit,
        )

        label_indicator_read.additional_properties = d
        return label_indicator_read

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
