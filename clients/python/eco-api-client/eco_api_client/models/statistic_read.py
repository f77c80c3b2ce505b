from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator import Indicator, check_indicator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversion_read import ConversionRead


T = TypeVar("T", bound="StatisticRead")


@_attrs_define
class StatisticRead:
    """One published value, with everything needed to cite and compare it.

    Attributes:
        dataset (str): Dataset code
        flag (None | str): Eurostat flag (c confidential, d definition differs, p provisional, e estimated …) or
            'missing'; null for a plain value
        indicator (Indicator):
        nace_code (str): NACE Rev. 2 code (section, 10, 45.1)
        nuts_id (str):
        nuts_version (int): NUTS version of nuts_id
        source (str): Who published the value, and in which dataset
        unit (str):
        value (float | int | None): null where the source has no value (flag says why)
        year (int):
        conversion (ConversionRead | None | Unset): null: published under nuts_id. Otherwise converted from regions of
            another NUTS version (codes of an older version in the source file, or to_nuts_version asked): how, with which
            weight, from what
    """

    dataset: str
    flag: None | str
    indicator: Indicator
    nace_code: str
    nuts_id: str
    nuts_version: int
    source: str
    unit: str
    value: float | int | None
    year: int
    conversion: ConversionRead | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversion_read import ConversionRead  # noqa: PLC0415

        dataset = self.dataset

        flag: None | str
        flag = self.flag

        indicator: str = self.indicator

        nace_code = self.nace_code

        nuts_id = self.nuts_id

        nuts_version = self.nuts_version

        source = self.source

        unit = self.unit

        value: float | int | None
        value = self.value

        year = self.year

        conversion: dict[str, Any] | None | Unset
        if isinstance(self.conversion, Unset):
            conversion = UNSET
        elif isinstance(self.conversion, ConversionRead):
            conversion = self.conversion.to_dict()
        else:
            conversion = self.conversion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset": dataset,
                "flag": flag,
                "indicator": indicator,
                "nace_code": nace_code,
                "nuts_id": nuts_id,
                "nuts_version": nuts_version,
                "source": source,
                "unit": unit,
                "value": value,
                "year": year,
            }
        )
        if conversion is not UNSET:
            field_dict["conversion"] = conversion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversion_read import ConversionRead  # noqa: PLC0415

        d = dict(src_dict)
        dataset = d.pop("dataset")

        def _parse_flag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        flag = _parse_flag(d.pop("flag"))

        indicator = check_indicator(d.pop("indicator"))

        nace_code = d.pop("nace_code")

        nuts_id = d.pop("nuts_id")

        nuts_version = d.pop("nuts_version")

        source = d.pop("source")

        unit = d.pop("unit")

        def _parse_value(data: object) -> float | int | None:
            if data is None:
                return data
            return cast(float | int | None, data)

        value = _parse_value(d.pop("value"))

        year = d.pop("year")

        def _parse_conversion(data: object) -> ConversionRead | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversion_type_0 = ConversionRead.from_dict(data)

                return conversion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversionRead | None | Unset, data)

        conversion = _parse_conversion(d.pop("conversion", UNSET))

        statistic_read = cls(
            dataset=dataset,
            flag=flag,
            indicator=indicator,
            nace_code=nace_code,
            nuts_id=nuts_id,
            nuts_version=nuts_version,
            source=source,
            unit=unit,
            value=value,
            year=year,
            conversion=conversion,
        )

        statistic_read.additional_properties = d
        return statistic_read

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
