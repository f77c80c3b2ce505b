from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_figures_kind import FeedbackFiguresKind, check_feedback_figures_kind

T = TypeVar("T", bound="FeedbackFigures")


@_attrs_define
class FeedbackFigures:
    """
    Attributes:
        agreement_reached_share (float | None):
        follow_up_planned_share (float | None):
        kind (FeedbackFiguresKind):
        mean_rating (float | None):
        meetings_covered (int):
        responses (int):
    """

    agreement_reached_share: float | None
    follow_up_planned_share: float | None
    kind: FeedbackFiguresKind
    mean_rating: float | None
    meetings_covered: int
    responses: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreement_reached_share: float | None
        agreement_reached_share = self.agreement_reached_share

        follow_up_planned_share: float | None
        follow_up_planned_share = self.follow_up_planned_share

        kind: str = self.kind

        mean_rating: float | None
        mean_rating = self.mean_rating

        meetings_covered = self.meetings_covered

        responses = self.responses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreement_reached_share": agreement_reached_share,
                "follow_up_planned_share": follow_up_planned_share,
                "kind": kind,
                "mean_rating": mean_rating,
                "meetings_covered": meetings_covered,
                "responses": responses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_agreement_reached_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        agreement_reached_share = _parse_agreement_reached_share(d.pop("agreement_reached_share"))

        def _parse_follow_up_planned_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        follow_up_planned_share = _parse_follow_up_planned_share(d.pop("follow_up_planned_share"))

        kind = check_feedback_figures_kind(d.pop("kind"))

        def _parse_mean_rating(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean_rating = _parse_mean_rating(d.pop("mean_rating"))

        meetings_covered = d.pop("meetings_covered")

        responses = d.pop("responses")

        feedback_figures = cls(
            agreement_reached_share=agreement_reached_share,
            follow_up_planned_share=follow_up_planned_share,
            kind=kind,
            mean_rating=mean_rating,
            meetings_covered=meetings_covered,
            responses=responses,
        )

        feedback_figures.additional_properties = d
        return feedback_figures

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
