from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_evidence_assessment_type_0 import (
    ConditionEvidenceAssessmentType0,
    check_condition_evidence_assessment_type_0,
)
from ..models.condition_evidence_kind import ConditionEvidenceKind, check_condition_evidence_kind

T = TypeVar("T", bound="ConditionEvidence")


@_attrs_define
class ConditionEvidence:
    """A Regional Eco-System Scoreboard score of the region that a block acts on.

    Attributes:
        assessment (ConditionEvidenceAssessmentType0 | None):
        code (str):
        eu_mean (float | None):
        kind (ConditionEvidenceKind):
        name (str):
        peer_mean (float | None):
        score (float | None):
    """

    assessment: ConditionEvidenceAssessmentType0 | None
    code: str
    eu_mean: float | None
    kind: ConditionEvidenceKind
    name: str
    peer_mean: float | None
    score: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment: None | str
        if isinstance(self.assessment, str):
            assessment = self.assessment
        else:
            assessment = self.assessment

        code = self.code

        eu_mean: float | None
        eu_mean = self.eu_mean

        kind: str = self.kind

        name = self.name

        peer_mean: float | None
        peer_mean = self.peer_mean

        score: float | None
        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment": assessment,
                "code": code,
                "eu_mean": eu_mean,
                "kind": kind,
                "name": name,
                "peer_mean": peer_mean,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_assessment(data: object) -> ConditionEvidenceAssessmentType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessment_type_0 = check_condition_evidence_assessment_type_0(data)

                return assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionEvidenceAssessmentType0 | None, data)

        assessment = _parse_assessment(d.pop("assessment"))

        code = d.pop("code")

        def _parse_eu_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        eu_mean = _parse_eu_mean(d.pop("eu_mean"))

        kind = check_condition_evidence_kind(d.pop("kind"))

        name = d.pop("name")

        def _parse_peer_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        peer_mean = _parse_peer_mean(d.pop("peer_mean"))

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        condition_evidence = cls(
            assessment=assessment,
            code=code,
            eu_mean=eu_mean,
            kind=kind,
            name=name,
            peer_mean=peer_mean,
            score=score,
        )

        condition_evidence.additional_properties = d
        return condition_evidence

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
