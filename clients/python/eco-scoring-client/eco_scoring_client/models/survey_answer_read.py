from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SurveyAnswerRead")


@_attrs_define
class SurveyAnswerRead:
    """
    Attributes:
        extent (int | None):
        importance (int | None):
        item (str):
        satisfaction (int | None):
    """

    extent: int | None
    importance: int | None
    item: str
    satisfaction: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extent: int | None
        extent = self.extent

        importance: int | None
        importance = self.importance

        item = self.item

        satisfaction: int | None
        satisfaction = self.satisfaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extent": extent,
                "importance": importance,
                "item": item,
                "satisfaction": satisfaction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_extent(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        extent = _parse_extent(d.pop("extent"))

        def _parse_importance(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        importance = _parse_importance(d.pop("importance"))

        item = d.pop("item")

        def _parse_satisfaction(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction"))

        survey_answer_read = cls(
            extent=extent,
            importance=importance,
            item=item,
            satisfaction=satisfaction,
        )

        survey_answer_read.additional_properties = d
        return survey_answer_read

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
