from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator import Indicator, check_indicator

T = TypeVar("T", bound="IndicatorSummary")


@_attrs_define
class IndicatorSummary:
    """
    Attributes:
        indicator (Indicator):
        units (list[str]):
        values (int): Statistics with a value
        without_value (int): Statistics without a value (missing, confidential)
        years (list[int]):
    """

    indicator: Indicator
    units: list[str]
    values: int
    without_value: int
    years: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator: str = self.indicator

        units = self.units

        values = self.values

        without_value = self.without_value

        years = self.years

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator": indicator,
                "units": units,
                "values": values,
                "without_value": without_value,
                "years": years,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator = check_indicator(d.pop("indicator"))

        units = cast(list[str], d.pop("units"))

        values = d.pop("values")

        without_value = d.pop("without_value")

        years = cast(list[int], d.pop("years"))

        indicator_summary = cls(
            indicator=indicator,
            units=units,
            values=values,
            without_value=without_value,
            years=years,
        )

        indicator_summary.additional_properties = d
        return indicator_summary

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
