from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyAnswerWrite")


@_attrs_define
class SurveyAnswerWrite:
    """
    Attributes:
        item (str):
        extent (int | None | Unset): To which extent needs are met, 1 (not) to 5 (fully)
        importance (int | None | Unset): 1 (none) to 5 (very)
        satisfaction (int | None | Unset): Only for cluster-management services, 1 to 5
    """

    item: str
    extent: int | None | Unset = UNSET
    importance: int | None | Unset = UNSET
    satisfaction: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        item = self.item

        extent: int | None | Unset
        if isinstance(self.extent, Unset):
            extent = UNSET
        else:
            extent = self.extent

        importance: int | None | Unset
        if isinstance(self.importance, Unset):
            importance = UNSET
        else:
            importance = self.importance

        satisfaction: int | None | Unset
        if isinstance(self.satisfaction, Unset):
            satisfaction = UNSET
        else:
            satisfaction = self.satisfaction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item": item,
            }
        )
        if extent is not UNSET:
            field_dict["extent"] = extent
        if importance is not UNSET:
            field_dict["importance"] = importance
        if satisfaction is not UNSET:
            field_dict["satisfaction"] = satisfaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item = d.pop("item")

        def _parse_extent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        extent = _parse_extent(d.pop("extent", UNSET))

        def _parse_importance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        importance = _parse_importance(d.pop("importance", UNSET))

        def _parse_satisfaction(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction", UNSET))

        survey_answer_write = cls(
            item=item,
            extent=extent,
            importance=importance,
            satisfaction=satisfaction,
        )

        return survey_answer_write
