from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversionSource")


@_attrs_define
class ConversionSource:
    """
    Attributes:
        nuts_id (str):
        nuts_version (int):
        share (float): Share of the source region's value counted here
    """

    nuts_id: str
    nuts_version: int
    share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nuts_id = self.nuts_id

        nuts_version = self.nuts_version

        share = self.share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nuts_id": nuts_id,
                "nuts_version": nuts_version,
                "share": share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nuts_id = d.pop("nuts_id")

        nuts_version = d.pop("nuts_version")

        share = d.pop("share")

        conversion_source = cls(
            nuts_id=nuts_id,
            nuts_version=nuts_version,
            share=share,
        )

        conversion_source.additional_properties = d
        return conversion_source

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
