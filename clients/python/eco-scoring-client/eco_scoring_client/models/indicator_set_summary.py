from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IndicatorSetSummary")


@_attrs_define
class IndicatorSetSummary:
    """
    Attributes:
        baseline_count (int):
        created_at (datetime.datetime):
        description (None | str):
        indicator_count (int):
        is_active (bool):
        source (str):
        title (str):
        version (str):
    """

    baseline_count: int
    created_at: datetime.datetime
    description: None | str
    indicator_count: int
    is_active: bool
    source: str
    title: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        baseline_count = self.baseline_count

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        indicator_count = self.indicator_count

        is_active = self.is_active

        source = self.source

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseline_count": baseline_count,
                "created_at": created_at,
                "description": description,
                "indicator_count": indicator_count,
                "is_active": is_active,
                "source": source,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        baseline_count = d.pop("baseline_count")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        indicator_count = d.pop("indicator_count")

        is_active = d.pop("is_active")

        source = d.pop("source")

        title = d.pop("title")

        version = d.pop("version")

        indicator_set_summary = cls(
            baseline_count=baseline_count,
            created_at=created_at,
            description=description,
            indicator_count=indicator_count,
            is_active=is_active,
            source=source,
            title=title,
            version=version,
        )

        indicator_set_summary.additional_properties = d
        return indicator_set_summary

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
