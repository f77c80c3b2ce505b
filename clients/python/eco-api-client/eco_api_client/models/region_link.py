from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.region_link_change import RegionLinkChange, check_region_link_change

T = TypeVar("T", bound="RegionLink")


@_attrs_define
class RegionLink:
    """A region of another version that this one became, or came from.

    Attributes:
        change (RegionLinkChange): How the older region maps onto the newer one: unchanged, name_change, recoded (same
            territory), boundary_shift, merged (into a larger one), split (one row per part) or discontinued
        name (None | str):
        nuts_id (None | str): Null when the region was discontinued (no successor)
        nuts_version (int):
    """

    change: RegionLinkChange
    name: None | str
    nuts_id: None | str
    nuts_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change: str = self.change

        name: None | str
        name = self.name

        nuts_id: None | str
        nuts_id = self.nuts_id

        nuts_version = self.nuts_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change": change,
                "name": name,
                "nuts_id": nuts_id,
                "nuts_version": nuts_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change = check_region_link_change(d.pop("change"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_nuts_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nuts_id = _parse_nuts_id(d.pop("nuts_id"))

        nuts_version = d.pop("nuts_version")

        region_link = cls(
            change=change,
            name=name,
            nuts_id=nuts_id,
            nuts_version=nuts_version,
        )

        region_link.additional_properties = d
        return region_link

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
