from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.acceptance_bucket import AcceptanceBucket


T = TypeVar("T", bound="RecommendationFeedbackSummary")


@_attrs_define
class RecommendationFeedbackSummary:
    """
    Attributes:
        acceptance_rate (float | None): interested / all verdicts
        by_position (list[AcceptanceBucket]):
        interested (int):
        not_interested (int):
    """

    acceptance_rate: float | None
    by_position: list[AcceptanceBucket]
    interested: int
    not_interested: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acceptance_rate: float | None
        acceptance_rate = self.acceptance_rate

        by_position = []
        for by_position_item_data in self.by_position:
            by_position_item = by_position_item_data.to_dict()
            by_position.append(by_position_item)

        interested = self.interested

        not_interested = self.not_interested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acceptance_rate": acceptance_rate,
                "by_position": by_position,
                "interested": interested,
                "not_interested": not_interested,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acceptance_bucket import AcceptanceBucket  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_acceptance_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        acceptance_rate = _parse_acceptance_rate(d.pop("acceptance_rate"))

        by_position = []
        _by_position = d.pop("by_position")
        for by_position_item_data in _by_position:
            by_position_item = AcceptanceBucket.from_dict(by_position_item_data)

            by_position.append(by_position_item)

        interested = d.pop("interested")

        not_interested = d.pop("not_interested")

        recommendation_feedback_summary = cls(
            acceptance_rate=acceptance_rate,
            by_position=by_position,
            interested=interested,
            not_interested=not_interested,
        )

        recommendation_feedback_summary.additional_properties = d
        return recommendation_feedback_summary

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
