from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.changed_territory import ChangedTerritory
    from ..models.region_code import RegionCode


T = TypeVar("T", bound="ReportRegion")


@_attrs_define
class ReportRegion:
    """
    Attributes:
        changed_territory (list[ChangedTerritory]):
        codes (list[RegionCode]): The region in every NUTS version with the same territory (unchanged, renamed or
            recoded), newest first: results filed under any of them are reported
        country_code (str):
        level (int):
        name (str):
        nuts_id (str): The code of the newest NUTS version the region is in
        nuts_version (int):
        requested (str): The code the report was asked for
    """

    changed_territory: list[ChangedTerritory]
    codes: list[RegionCode]
    country_code: str
    level: int
    name: str
    nuts_id: str
    nuts_version: int
    requested: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed_territory = []
        for changed_territory_item_data in self.changed_territory:
            changed_territory_item = changed_territory_item_data.to_dict()
            changed_territory.append(changed_territory_item)

        codes = []
        for codes_item_data in self.codes:
            codes_item = codes_item_data.to_dict()
            codes.append(codes_item)

        country_code = self.country_code

        level = self.level

        name = self.name

        nuts_id = self.nuts_id

        nuts_version = self.nuts_version

        requested = self.requested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed_territory": changed_territory,
                "codes": codes,
                "country_code": country_code,
                "level": level,
                "name": name,
                "nuts_id": nuts_id,
                "nuts_version": nuts_version,
                "requested": requested,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.changed_territory import ChangedTerritory  # noqa: PLC0415
        from ..models.region_code import RegionCode  # noqa: PLC0415

        d = dict(src_dict)
        changed_territory = []
        _changed_territory = d.pop("changed_territory")
        for changed_territory_item_data in _changed_territory:
            changed_territory_item = ChangedTerritory.from_dict(changed_territory_item_data)

            changed_territory.append(changed_territory_item)

        codes = []
        _codes = d.pop("codes")
        for codes_item_data in _codes:
            codes_item = RegionCode.from_dict(codes_item_data)

            codes.append(codes_item)

        country_code = d.pop("country_code")

        level = d.pop("level")

        name = d.pop("name")

        nuts_id = d.pop("nuts_id")

        nuts_version = d.pop("nuts_version")

        requested = d.pop("requested")

        report_region = cls(
            changed_territory=changed_territory,
            codes=codes,
            country_code=country_code,
            level=level,
            name=name,
            nuts_id=nuts_id,
            nuts_version=nuts_version,
            requested=requested,
        )

        report_region.additional_properties = d
        return report_region

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
