from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Stars")


@_attrs_define
class Stars:
    """
    Attributes:
        focus (bool):
        productivity (bool):
        size (bool):
        specialisation (bool):
    """

    focus: bool
    productivity: bool
    size: bool
    specialisation: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        focus = self.focus

        productivity = self.productivity

        size = self.size

        specialisation = self.specialisation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "focus": focus,
                "productivity": productivity,
                "size": size,
                "specialisation": specialisation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        focus = d.pop("focus")

        productivity = d.pop("productivity")

        size = d.pop("size")

        specialisation = d.pop("specialisation")

        stars = cls(
            focus=focus,
            productivity=productivity,
            size=size,
            specialisation=specialisation,
        )

        stars.additional_properties = d
        return stars

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
