from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subdimension_score_assessment_type_0 import (
    SubdimensionScoreAssessmentType0,
    check_subdimension_score_assessment_type_0,
)

T = TypeVar("T", bound="SubdimensionScore")


@_attrs_define
class SubdimensionScore:
    """
    Attributes:
        assessment (None | SubdimensionScoreAssessmentType0):
        coverage (float): Share of the indicators beneath it with a value
        eu_mean (float | None):
        peer_mean (float | None):
        relative_to_eu (float | None): 100 x score / EU mean
        relative_to_peers (float | None): 100 x score / peer mean
        score (float | None):
        subdimension (str):
    """

    assessment: None | SubdimensionScoreAssessmentType0
    coverage: float
    eu_mean: float | None
    peer_mean: float | None
    relative_to_eu: float | None
    relative_to_peers: float | None
    score: float | None
    subdimension: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment: None | str
        if isinstance(self.assessment, str):
            assessment = self.assessment
        else:
            assessment = self.assessment

        coverage = self.coverage

        eu_mean: float | None
        eu_mean = self.eu_mean

        peer_mean: float | None
        peer_mean = self.peer_mean

        relative_to_eu: float | None
        relative_to_eu = self.relative_to_eu

        relative_to_peers: float | None
        relative_to_peers = self.relative_to_peers

        score: float | None
        score = self.score

        subdimension = self.subdimension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment": assessment,
                "coverage": coverage,
                "eu_mean": eu_mean,
                "peer_mean": peer_mean,
                "relative_to_eu": relative_to_eu,
                "relative_to_peers": relative_to_peers,
                "score": score,
                "subdimension": subdimension,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_assessment(data: object) -> None | SubdimensionScoreAssessmentType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessment_type_0 = check_subdimension_score_assessment_type_0(data)

                return assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubdimensionScoreAssessmentType0, data)

        assessment = _parse_assessment(d.pop("assessment"))

        coverage = d.pop("coverage")

        def _parse_eu_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        eu_mean = _parse_eu_mean(d.pop("eu_mean"))

        def _parse_peer_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        peer_mean = _parse_peer_mean(d.pop("peer_mean"))

        def _parse_relative_to_eu(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        relative_to_eu = _parse_relative_to_eu(d.pop("relative_to_eu"))

        def _parse_relative_to_peers(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        relative_to_peers = _parse_relative_to_peers(d.pop("relative_to_peers"))

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        subdimension = d.pop("subdimension")

        subdimension_score = cls(
            assessment=assessment,
            coverage=coverage,
            eu_mean=eu_mean,
            peer_mean=peer_mean,
            relative_to_eu=relative_to_eu,
            relative_to_peers=relative_to_peers,
            score=score,
            subdimension=subdimension,
        )

        subdimension_score.additional_properties = d
        return subdimension_score

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
