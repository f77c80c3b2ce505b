from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provenance_status_type_0 import ProvenanceStatusType0, check_provenance_status_type_0

T = TypeVar("T", bound="Provenance")


@_attrs_define
class Provenance:
    """Where a cell's figures come from and how they were made.

    Attributes:
        dataset (str):
        filled_from_parts (list[str]): NACE codes blank in the source that this cell's employment or region total fills
            with the sum of their published parts
        nuts_version (int):
        source (str):
        status (None | ProvenanceStatusType0): published: figures as the source publishes them (and sums of them);
            derived: a blank aggregate was filled from its published parts (filled_from_parts); estimated: the employment
            counts a share of a published code (a weight below 1). Null in runs computed before statuses were recorded
        unit (str): Of employment and region_total, in whole persons (location quotient and focus are ratios of them)
        year (int):
    """

    dataset: str
    filled_from_parts: list[str]
    nuts_version: int
    source: str
    status: None | ProvenanceStatusType0
    unit: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset

        filled_from_parts = self.filled_from_parts

        nuts_version = self.nuts_version

        source = self.source

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        unit = self.unit

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset": dataset,
                "filled_from_parts": filled_from_parts,
                "nuts_version": nuts_version,
                "source": source,
                "status": status,
                "unit": unit,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset = d.pop("dataset")

        filled_from_parts = cast(list[str], d.pop("filled_from_parts"))

        nuts_version = d.pop("nuts_version")

        source = d.pop("source")

        def _parse_status(data: object) -> None | ProvenanceStatusType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_provenance_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProvenanceStatusType0, data)

        status = _parse_status(d.pop("status"))

        unit = d.pop("unit")

        year = d.pop("year")

        provenance = cls(
            dataset=dataset,
            filled_from_parts=filled_from_parts,
            nuts_version=nuts_version,
            source=source,
            status=status,
            unit=unit,
            year=year,
        )

        provenance.additional_properties = d
        return provenance

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
