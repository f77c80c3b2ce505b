from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ParametersUsed")


@_attrs_define
class ParametersUsed:
    """
    Attributes:
        band (float):
        comparison_regions (int): Regions every score is normalised over and the EU mean is taken over
        log_when_skewness_above (float | None):
        method (str):
        winsor_lower_quantile (float):
        winsor_upper_quantile (float):
        winsorise (bool):
        year (int | None): Latest value up to this year; null: latest
    """

    band: float
    comparison_regions: int
    log_when_skewness_above: float | None
    method: str
    winsor_lower_quantile: float
    winsor_upper_quantile: float
    winsorise: bool
    year: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        band = self.band

        comparison_regions = self.comparison_regions

        log_when_skewness_above: float | None
        log_when_skewness_above = self.log_when_skewness_above

        method = self.method

        winsor_lower_quantile = self.winsor_lower_quantile

        winsor_upper_quantile = self.winsor_upper_quantile

        winsorise = self.winsorise

        year: int | None
        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "band": band,
                "comparison_regions": comparison_regions,
                "log_when_skewness_above": log_when_skewness_above,
                "method": method,
                "winsor_lower_quantile": winsor_lower_quantile,
                "winsor_upper_quantile": winsor_upper_quantile,
                "winsorise": winsorise,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        band = d.pop("band")

        comparison_regions = d.pop("comparison_regions")

        def _parse_log_when_skewness_above(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        log_when_skewness_above = _parse_log_when_skewness_above(d.pop("log_when_skewness_above"))

        method = d.pop("method")

        winsor_lower_quantile = d.pop("winsor_lower_quantile")

        winsor_upper_quantile = d.pop("winsor_upper_quantile")

        winsorise = d.pop("winsorise")

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        parameters_used = cls(
            band=band,
            comparison_regions=comparison_regions,
            log_when_skewness_above=log_when_skewness_above,
            method=method,
            winsor_lower_quantile=winsor_lower_quantile,
            winsor_upper_quantile=winsor_upper_quantile,
            winsorise=winsorise,
            year=year,
        )

        parameters_used.additional_properties = d
        return parameters_used

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
