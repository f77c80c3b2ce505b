from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Guidance")


@_attrs_define
class Guidance:
    """
    Attributes:
        high (str):
        low (str):
        medium (str):
    """

    high: str
    low: str
    medium: str

    def to_dict(self) -> dict[str, Any]:
        high = self.high

        low = self.low

        medium = self.medium

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "high": high,
                "low": low,
                "medium": medium,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        high = d.pop("high")

        low = d.pop("low")

        medium = d.pop("medium")

        guidance = cls(
            high=high,
            low=low,
            medium=medium,
        )

        return guidance
