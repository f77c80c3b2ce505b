from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_read_direction import IndicatorReadDirection, check_indicator_read_direction

T = TypeVar("T", bound="IndicatorRead")


@_attrs_define
class IndicatorRead:
    """
    Attributes:
        code (str):
        description (None | str):
        direction (IndicatorReadDirection): Which way is better
        name (str):
        source (str):
        unit (str):
        year (int | None):
    """

    code: str
    description: None | str
    direction: IndicatorReadDirection
    name: str
    source: str
    unit: str
    year: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description: None | str
        description = self.description

        direction: str = self.direction

        name = self.name

        source = self.source

        unit = self.unit

        year: int | None
        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
                "direction": direction,
                "name": name,
                "source": source,
                "unit": unit,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        direction = check_indicator_read_direction(d.pop("direction"))

        name = d.pop("name")

        source = d.pop("source")

        unit = d.pop("unit")

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        indicator_read = cls(
            code=code,
            description=description,
            direction=direction,
            name=name,
            source=source,
            unit=unit,
            year=year,
        )

        indicator_read.additional_properties = d
        return indicator_read

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
