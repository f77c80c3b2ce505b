from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.peers_used_method import PeersUsedMethod, check_peers_used_method

if TYPE_CHECKING:
    from ..models.region_ref import RegionRef


T = TypeVar("T", bound="PeersUsed")


@_attrs_define
class PeersUsed:
    """
    Attributes:
        description (str):
        method (PeersUsedMethod):
        regions (list[RegionRef]):
    """

    description: str
    method: PeersUsedMethod
    regions: list[RegionRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        method: str = self.method

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "method": method,
                "regions": regions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.region_ref import RegionRef  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        method = check_peers_used_method(d.pop("method"))

        regions = []
        _regions = d.pop("regions")
        for regions_item_data in _regions:
            regions_item = RegionRef.from_dict(regions_item_data)

            regions.append(regions_item)

        peers_used = cls(
            description=description,
            method=method,
            regions=regions,
        )

        peers_used.additional_properties = d
        return peers_used

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
