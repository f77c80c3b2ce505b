from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegionRead")


@_attrs_define
class RegionRead:
    """
    Attributes:
        country_code (str):
        kind (str): nuts, statistical_region (non-EU) or extra_regio
        level (int): 0 country, 1-3 NUTS levels
        name (str):
        name_latin (str): Name in Latin script (differs for Greek and Cyrillic)
        nuts_id (str):
        nuts_version (int): NUTS classification version
        parent_id (None | str):
    """

    country_code: str
    kind: str
    level: int
    name: str
    name_latin: str
    nuts_id: str
    nuts_version: int
    parent_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        kind = self.kind

        level = self.level

        name = self.name

        name_latin = self.name_latin

        nuts_id = self.nuts_id

        nuts_version = self.nuts_version

        parent_id: None | str
        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "kind": kind,
                "level": level,
                "name": name,
                "name_latin": name_latin,
                "nuts_id": nuts_id,
                "nuts_version": nuts_version,
                "parent_id": parent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        kind = d.pop("kind")

        level = d.pop("level")

        name = d.pop("name")

        name_latin = d.pop("name_latin")

        nuts_id = d.pop("nuts_id")

        nuts_version = d.pop("nuts_version")

        def _parse_parent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        region_read = cls(
            country_code=country_code,
            kind=kind,
            level=level,
            name=name,
            name_latin=name_latin,
            nuts_id=nuts_id,
            nuts_version=nuts_version,
            parent_id=parent_id,
        )

        region_read.additional_properties = d
        return region_read

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
