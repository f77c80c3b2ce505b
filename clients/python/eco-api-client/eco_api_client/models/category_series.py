from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator import Indicator, check_indicator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_year import CategoryYear
    from ..models.conversion_read import ConversionRead


T = TypeVar("T", bound="CategorySeries")


@_attrs_define
class CategorySeries:
    """A region's statistic per cluster category and emerging industry, year by year.

    Attributes:
        dataset (str):
        definition_set (str):
        indicator (Indicator):
        nuts_id (str):
        nuts_version (int):
        source (str):
        years (list[CategoryYear]): Every year of the range, oldest first
        conversion (ConversionRead | None | Unset): With to_nuts_version: how the region's figures were made from the
            stored regions (the least exact kind over all values counted, the weight, the source regions and their shares);
            null for figures as stored
    """

    dataset: str
    definition_set: str
    indicator: Indicator
    nuts_id: str
    nuts_version: int
    source: str
    years: list[CategoryYear]
    conversion: ConversionRead | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversion_read import ConversionRead  # noqa: PLC0415

        dataset = self.dataset

        definition_set = self.definition_set

        indicator: str = self.indicator

        nuts_id = self.nuts_id

        nuts_version = self.nuts_version

        source = self.source

        years = []
        for years_item_data in self.years:
            years_item = years_item_data.to_dict()
            years.append(years_item)

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
                "definition_set": definition_set,
                "indicator": indicator,
                "nuts_id": nuts_id,
                "nuts_version": nuts_version,
                "source": source,
                "years": years,
            }
        )
        if conversion is not UNSET:
            field_dict["conversion"] = conversion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_year import CategoryYear  # noqa: PLC0415
        from ..models.conversion_read import ConversionRead  # noqa: PLC0415

        d = dict(src_dict)
        dataset = d.pop("dataset")

        definition_set = d.pop("definition_set")

        indicator = check_indicator(d.pop("indicator"))

        nuts_id = d.pop("nuts_id")

        nuts_version = d.pop("nuts_version")

        source = d.pop("source")

        years = []
        _years = d.pop("years")
        for years_item_data in _years:
            years_item = CategoryYear.from_dict(years_item_data)

            years.append(years_item)

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

        category_series = cls(
            dataset=dataset,
            definition_set=definition_set,
            indicator=indicator,
            nuts_id=nuts_id,
            nuts_version=nuts_version,
            source=source,
            years=years,
            conversion=conversion,
        )

        category_series.additional_properties = d
        return category_series

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
