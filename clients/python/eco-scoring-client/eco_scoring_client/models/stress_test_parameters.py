from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StressTestParameters")


@_attrs_define
class StressTestParameters:
    """The methodology's thresholds; stored with every result so it can be reproduced.

    Attributes:
        disagreement_spread (int | Unset): Respondents disagree when answers span this many levels Default: 2.
        max_cited_answers (int | Unset):  Default: 3.
        max_clusters (int | Unset):  Default: 3.
        policy_strong_from (float | Unset): A block score from this on is strong policy Default: 70.0.
        policy_weak_below (float | Unset): A block score below this is weak policy Default: 40.0.
        scoreboard_band (float | Unset): A scoreboard score this share below (above) the peer mean is a weakness
            (strength) of the framework conditions Default: 0.1.
    """

    disagreement_spread: int | Unset = 2
    max_cited_answers: int | Unset = 3
    max_clusters: int | Unset = 3
    policy_strong_from: float | Unset = 70.0
    policy_weak_below: float | Unset = 40.0
    scoreboard_band: float | Unset = 0.1

    def to_dict(self) -> dict[str, Any]:
        disagreement_spread = self.disagreement_spread

        max_cited_answers = self.max_cited_answers

        max_clusters = self.max_clusters

        policy_strong_from = self.policy_strong_from

        policy_weak_below = self.policy_weak_below

        scoreboard_band = self.scoreboard_band

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if disagreement_spread is not UNSET:
            field_dict["disagreement_spread"] = disagreement_spread
        if max_cited_answers is not UNSET:
            field_dict["max_cited_answers"] = max_cited_answers
        if max_clusters is not UNSET:
            field_dict["max_clusters"] = max_clusters
        if policy_strong_from is not UNSET:
            field_dict["policy_strong_from"] = policy_strong_from
        if policy_weak_below is not UNSET:
            field_dict["policy_weak_below"] = policy_weak_below
        if scoreboard_band is not UNSET:
            field_dict["scoreboard_band"] = scoreboard_band

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disagreement_spread = d.pop("disagreement_spread", UNSET)

        max_cited_answers = d.pop("max_cited_answers", UNSET)

        max_clusters = d.pop("max_clusters", UNSET)

        policy_strong_from = d.pop("policy_strong_from", UNSET)

        policy_weak_below = d.pop("policy_weak_below", UNSET)

        scoreboard_band = d.pop("scoreboard_band", UNSET)

        stress_test_parameters = cls(
            disagreement_spread=disagreement_spread,
            max_cited_answers=max_cited_answers,
            max_clusters=max_clusters,
            policy_strong_from=policy_strong_from,
            policy_weak_below=policy_weak_below,
            scoreboard_band=scoreboard_band,
        )

        return stress_test_parameters
