from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.recommendation_feedback_write_verdict import (
    RecommendationFeedbackWriteVerdict,
    check_recommendation_feedback_write_verdict,
)

T = TypeVar("T", bound="RecommendationFeedbackWrite")


@_attrs_define
class RecommendationFeedbackWrite:
    """
    Attributes:
        verdict (RecommendationFeedbackWriteVerdict):
    """

    verdict: RecommendationFeedbackWriteVerdict

    def to_dict(self) -> dict[str, Any]:
        verdict: str = self.verdict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "verdict": verdict,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verdict = check_recommendation_feedback_write_verdict(d.pop("verdict"))

        recommendation_feedback_write = cls(
            verdict=verdict,
        )

        return recommendation_feedback_write
