from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResultParametersUsed")


@_attrs_define
class ResultParametersUsed:
    """
    Attributes:
        gap_threshold (float):
        importance_threshold (float):
        method (str):
        min_respondents (int):
    """

    gap_threshold: float
    importance_threshold: float
    method: str
    min_respondents: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gap_threshold = self.gap_threshold

        importance_threshold = self.importance_threshold

        method = self.method

        min_respondents = self.min_respondents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gap_threshold": gap_threshold,
                "importance_threshold": importance_threshold,
                "method": method,
                "min_respondents": min_respondents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gap_threshold = d.pop("gap_threshold")

        importance_threshold = d.pop("importance_threshold")

        method = d.pop("method")

        min_respondents = d.pop("min_respondents")

        result_parameters_used = cls(
            gap_threshold=gap_threshold,
            importance_threshold=importance_threshold,
            method=method,
            min_respondents=min_respondents,
        )

        result_parameters_used.additional_properties = d
        return result_parameters_used

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
