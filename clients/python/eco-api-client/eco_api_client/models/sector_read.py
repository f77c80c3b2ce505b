from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SectorRead")


@_attrs_define
class SectorRead:
    """
    Attributes:
        code (str):
        level (int): 1 section (C), 2 division (10), 3 group (10.1), 4 class (10.11)
        name (str):
        parent_code (None | str):
        section (str):
    """

    code: str
    level: int
    name: str
    parent_code: None | str
    section: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        level = self.level

        name = self.name

        parent_code: None | str
        parent_code = self.parent_code

        section = self.section

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "level": level,
                "name": name,
                "parent_code": parent_code,
                "section": section,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        level = d.pop("level")

        name = d.pop("name")

        def _parse_parent_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_code = _parse_parent_code(d.pop("parent_code"))

        section = d.pop("section")

        sector_read = cls(
            code=code,
            level=level,
            name=name,
            parent_code=parent_code,
            section=section,
        )

        sector_read.additional_properties = d
        return sector_read

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
