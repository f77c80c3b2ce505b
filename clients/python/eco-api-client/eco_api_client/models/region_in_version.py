from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.region_link import RegionLink


T = TypeVar("T", bound="RegionInVersion")


@_attrs_define
class RegionInVersion:
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
        predecessors (list[RegionLink]): The regions of earlier versions this one came from
        successors (list[RegionLink]): What this region became in each later version, per the correspondence
    """

    country_code: str
    kind: str
    level: int
    name: str
    name_latin: str
    nuts_id: str
    nuts_version: int
    parent_id: None | str
    predecessors: list[RegionLink]
    successors: list[RegionLink]
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

        predecessors = []
        for predecessors_item_data in self.predecessors:
            predecessors_item = predecessors_item_data.to_dict()
            predecessors.append(predecessors_item)

        successors = []
        for successors_item_data in self.successors:
            successors_item = successors_item_data.to_dict()
            successors.append(successors_item)

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
                "predecessors": predecessors,
                "successors": successors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.region_link import RegionLink  # noqa: PLC0415

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

        predecessors = []
        _predecessors = d.pop("predecessors")
        for predecessors_item_data in _predecessors:
            predecessors_item = RegionLink.from_dict(predecessors_item_data)

            predecessors.append(predecessors_item)

        successors = []
        _successors = d.pop("successors")
        for successors_item_data in _successors:
            successors_item = RegionLink.from_dict(successors_item_data)

            successors.append(successors_item)

        region_in_version = cls(
            country_code=country_code,
            kind=kind,
            level=level,
            name=name,
            name_latin=name_latin,
            nuts_id=nuts_id,
            nuts_version=nuts_version,
            parent_id=parent_id,
            predecessors=predecessors,
            successors=successors,
        )

        region_in_version.additional_properties = d
        return region_in_version

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
