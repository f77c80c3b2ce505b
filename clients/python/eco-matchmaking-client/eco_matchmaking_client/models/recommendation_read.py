from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation_read_your_verdict_type_0 import (
    RecommendationReadYourVerdictType0,
    check_recommendation_read_your_verdict_type_0,
)

if TYPE_CHECKING:
    from ..models.explanation import Explanation
    from ..models.partner_ref import PartnerRef


T = TypeVar("T", bound="RecommendationRead")


@_attrs_define
class RecommendationRead:
    """
    Attributes:
        cross_sector (bool):
        explanation (Explanation | None):
        exposure_insert (bool): Placed here by the fair re-ranking so that the partner is seen at all
        partner (PartnerRef):
        position (int):
        relevance_rank (int | None): Rank by relevance alone; differs from position after fair re-ranking
        score (float): Both directions fused (harmonic mean by default)
        your_verdict (None | RecommendationReadYourVerdictType0):
    """

    cross_sector: bool
    explanation: Explanation | None
    exposure_insert: bool
    partner: PartnerRef
    position: int
    relevance_rank: int | None
    score: float
    your_verdict: None | RecommendationReadYourVerdictType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.explanation import Explanation  # noqa: PLC0415

        cross_sector = self.cross_sector

        explanation: dict[str, Any] | None
        if isinstance(self.explanation, Explanation):
            explanation = self.explanation.to_dict()
        else:
            explanation = self.explanation

        exposure_insert = self.exposure_insert

        partner = self.partner.to_dict()

        position = self.position

        relevance_rank: int | None
        relevance_rank = self.relevance_rank

        score = self.score

        your_verdict: None | str
        if isinstance(self.your_verdict, str):
            your_verdict = self.your_verdict
        else:
            your_verdict = self.your_verdict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cross_sector": cross_sector,
                "explanation": explanation,
                "exposure_insert": exposure_insert,
                "partner": partner,
                "position": position,
                "relevance_rank": relevance_rank,
                "score": score,
                "your_verdict": your_verdict,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.explanation import Explanation  # noqa: PLC0415
        from ..models.partner_ref import PartnerRef  # noqa: PLC0415

        d = dict(src_dict)
        cross_sector = d.pop("cross_sector")

        def _parse_explanation(data: object) -> Explanation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                explanation_type_0 = Explanation.from_dict(data)

                return explanation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Explanation | None, data)

        explanation = _parse_explanation(d.pop("explanation"))

        exposure_insert = d.pop("exposure_insert")

        partner = PartnerRef.from_dict(d.pop("partner"))

        position = d.pop("position")

        def _parse_relevance_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        relevance_rank = _parse_relevance_rank(d.pop("relevance_rank"))

        score = d.pop("score")

        def _parse_your_verdict(data: object) -> None | RecommendationReadYourVerdictType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                your_verdict_type_0 = check_recommendation_read_your_verdict_type_0(data)

                return your_verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecommendationReadYourVerdictType0, data)

        your_verdict = _parse_your_verdict(d.pop("your_verdict"))

        recommendation_read = cls(
            cross_sector=cross_sector,
            explanation=explanation,
            exposure_insert=exposure_insert,
            partner=partner,
            position=position,
            relevance_rank=relevance_rank,
            score=score,
            your_verdict=your_verdict,
        )

        recommendation_read.additional_properties = d
        return recommendation_read

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
