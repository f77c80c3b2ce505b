from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nuts_version import NutsVersion, check_nuts_version
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegionBatchQuery")


@_attrs_define
class RegionBatchQuery:
    """Fetch many regions at once, e.g. every region shown on a map legend.

    Attributes:
        nuts_ids (list[str]):
        nuts_version (NutsVersion | Unset): NUTS classification versions the observatory knows.
    """

    nuts_ids: list[str]
    nuts_version: NutsVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nuts_ids = self.nuts_ids

        nuts_version: int | Unset = UNSET
        if not isinstance(self.nuts_version, Unset):
            nuts_version = self.nuts_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nuts_ids": nuts_ids,
            }
        )
        if nuts_version is not UNSET:
            field_dict["nuts_version"] = nuts_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nuts_ids = cast(list[str], d.pop("nuts_ids"))

        _nuts_version = d.pop("nuts_version", UNSET)
        nuts_version: NutsVersion | Unset
        if isinstance(_nuts_version, Unset):
            nuts_version = UNSET
        else:
            nuts_version = check_nuts_version(_nuts_version)

        region_batch_query = cls(
            nuts_ids=nuts_ids,
            nuts_version=nuts_version,
        )

        region_batch_query.additional_properties = d
        return region_batch_query

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
