from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InputOutputTableRead")


@_attrs_define
class InputOutputTableRead:
    """
    Attributes:
        code (str):
        created_at (datetime.datetime):
        dataset (str):
        divisions (int): NACE divisions the products were restated as
        geo (str):
        is_active (bool): The active table serves clusters of countries without a table of their own (the EU-wide
            fallback once the shipped tables are loaded)
        products (int): CPA products in the file
        serves_country (bool): Recommendations and opportunities use it for clusters and regions of its country (geo);
            one such table per country
        sha256 (str):
        source (str):
        unit (str):
        year (int):
    """

    code: str
    created_at: datetime.datetime
    dataset: str
    divisions: int
    geo: str
    is_active: bool
    products: int
    serves_country: bool
    sha256: str
    source: str
    unit: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        created_at = self.created_at.isoformat()

        dataset = self.dataset

        divisions = self.divisions

        geo = self.geo

        is_active = self.is_active

        products = self.products

        serves_country = self.serves_country

        sha256 = self.sha256

        source = self.source

        unit = self.unit

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "created_at": created_at,
                "dataset": dataset,
                "divisions": divisions,
                "geo": geo,
                "is_active": is_active,
                "products": products,
                "serves_country": serves_country,
                "sha256": sha256,
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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        dataset = d.pop("dataset")

        divisions = d.pop("divisions")

        geo = d.pop("geo")

        is_active = d.pop("is_active")

        products = d.pop("products")

        serves_country = d.pop("serves_country")

        sha256 = d.pop("sha256")

        source = d.pop("source")

        unit = d.pop("unit")

        year = d.pop("year")

        input_output_table_read = cls(
            code=code,
            created_at=created_at,
            dataset=dataset,
            divisions=divisions,
            geo=geo,
            is_active=is_active,
            products=products,
            serves_country=serves_country,
            sha256=sha256,
            source=source,
            unit=unit,
            year=year,
        )

        input_output_table_read.additional_properties = d
        return input_output_table_read

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
