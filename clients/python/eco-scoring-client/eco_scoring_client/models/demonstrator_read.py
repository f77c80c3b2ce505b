from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.changed_territory import ChangedTerritory
    from ..models.region_code import RegionCode


T = TypeVar("T", bound="DemonstratorRead")


@_attrs_define
class DemonstratorRead:
    """
    Attributes:
        country (str):
        focus (str):
        name (str): As the 2014 publication names it
        nuts_2013 (str):
        nuts_2021 (str):
        nuts_2024 (list[RegionCode]): The same territory in NUTS 2024; empty where the 2021 region was split
        nuts_2024_successors (list[ChangedTerritory]): Where NUTS 2024 split or reshaped the 2021 region: the regions it
            became
        report (str): Path of the region's assessment report
    """

    country: str
    focus: str
    name: str
    nuts_2013: str
    nuts_2021: str
    nuts_2024: list[RegionCode]
    nuts_2024_successors: list[ChangedTerritory]
    report: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        focus = self.focus

        name = self.name

        nuts_2013 = self.nuts_2013

        nuts_2021 = self.nuts_2021

        nuts_2024 = []
        for nuts_2024_item_data in self.nuts_2024:
            nuts_2024_item = nuts_2024_item_data.to_dict()
            nuts_2024.append(nuts_2024_item)

        nuts_2024_successors = []
        for nuts_2024_successors_item_data in self.nuts_2024_successors:
            nuts_2024_successors_item = nuts_2024_successors_item_data.to_dict()
            nuts_2024_successors.append(nuts_2024_successors_item)

        report = self.report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "focus": focus,
                "name": name,
                "nuts_2013": nuts_2013,
                "nuts_2021": nuts_2021,
                "nuts_2024": nuts_2024,
                "nuts_2024_successors": nuts_2024_successors,
                "report": report,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.changed_territory import ChangedTerritory  # noqa: PLC0415
        from ..models.region_code import RegionCode  # noqa: PLC0415

        d = dict(src_dict)
        country = d.pop("country")

        focus = d.pop("focus")

        name = d.pop("name")

        nuts_2013 = d.pop("nuts_2013")

        nuts_2021 = d.pop("nuts_2021")

        nuts_2024 = []
        _nuts_2024 = d.pop("nuts_2024")
        for nuts_2024_item_data in _nuts_2024:
            nuts_2024_item = RegionCode.from_dict(nuts_2024_item_data)

            nuts_2024.append(nuts_2024_item)

        nuts_2024_successors = []
        _nuts_2024_successors = d.pop("nuts_2024_successors")
        for nuts_2024_successors_item_data in _nuts_2024_successors:
            nuts_2024_successors_item = ChangedTerritory.from_dict(nuts_2024_successors_item_data)

            nuts_2024_successors.append(nuts_2024_successors_item)

        report = d.pop("report")

        demonstrator_read = cls(
            country=country,
            focus=focus,
            name=name,
            nuts_2013=nuts_2013,
            nuts_2021=nuts_2021,
            nuts_2024=nuts_2024,
            nuts_2024_successors=nuts_2024_successors,
            report=report,
        )

        demonstrator_read.additional_properties = d
        return demonstrator_read

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
