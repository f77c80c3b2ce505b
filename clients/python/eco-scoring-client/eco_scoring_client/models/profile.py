from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """
    Attributes:
        overall_score (float | None):
        strongest_blocks (list[str]):
        weakest_blocks (list[str]):
    """

    overall_score: float | None
    strongest_blocks: list[str]
    weakest_blocks: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall_score: float | None
        overall_score = self.overall_score

        strongest_blocks = self.strongest_blocks

        weakest_blocks = self.weakest_blocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overall_score": overall_score,
                "strongest_blocks": strongest_blocks,
                "weakest_blocks": weakest_blocks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_overall_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        overall_score = _parse_overall_score(d.pop("overall_score"))

        strongest_blocks = cast(list[str], d.pop("strongest_blocks"))

        weakest_blocks = cast(list[str], d.pop("weakest_blocks"))

        profile = cls(
            overall_score=overall_score,
            strongest_blocks=strongest_blocks,
            weakest_blocks=weakest_blocks,
        )

        profile.additional_properties = d
        return profile

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
