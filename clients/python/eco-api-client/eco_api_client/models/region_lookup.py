from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.region_in_version import RegionInVersion
    from ..models.region_link import RegionLink


T = TypeVar("T", bound="RegionLookup")


@_attrs_define
class RegionLookup:
    """A NUTS code across versions: where it exists, what it became, what it came from.

    Attributes:
        current (list[RegionLink]): What the code means in NUTS 2024: the region itself (unchanged) when the code exists
            there, else its successors
        nuts_id (str):
        regions (list[RegionInVersion]):
        versions (list[int]): Versions the code exists in
    """

    current: list[RegionLink]
    nuts_id: str
    regions: list[RegionInVersion]
    versions: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = []
        for current_item_data in self.current:
            current_item = current_item_data.to_dict()
            current.append(current_item)

        nuts_id = self.nuts_id

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)

        versions = self.versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "nuts_id": nuts_id,
                "regions": regions,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.region_in_version import RegionInVersion  # noqa: PLC0415
        from ..models.region_link import RegionLink  # noqa: PLC0415

        d = dict(src_dict)
        current = []
        _current = d.pop("current")
        for current_item_data in _current:
            current_item = RegionLink.from_dict(current_item_data)

            current.append(current_item)

        nuts_id = d.pop("nuts_id")

        regions = []
        _regions = d.pop("regions")
        for regions_item_data in _regions:
            regions_item = RegionInVersion.from_dict(regions_item_data)

            regions.append(regions_item)

        versions = cast(list[int], d.pop("versions"))

        region_lookup = cls(
            current=current,
            nuts_id=nuts_id,
            regions=regions,
            versions=versions,
        )

        region_lookup.additional_properties = d
        return region_lookup

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
