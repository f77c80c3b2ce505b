from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation_category import RecommendationCategory, check_recommendation_category

if TYPE_CHECKING:
    from ..models.cited_answer import CitedAnswer
    from ..models.cluster_ref import ClusterRef
    from ..models.condition_evidence import ConditionEvidence


T = TypeVar("T", bound="Recommendation")


@_attrs_define
class Recommendation:
    """
    Attributes:
        answers (list[CitedAnswer]):
        block (str):
        block_title (str):
        category (RecommendationCategory):
        category_title (str):
        clusters (list[ClusterRef]):
        disagreements (list[str]): Questions whose respondents disagree
        guidance (str): The questionnaire's guidance for the block at this level
        indicators (list[ConditionEvidence]):
        priority (int): 1 is the most urgent
        summary (str): Why: the policy score against the framework conditions
        title (str):
    """

    answers: list[CitedAnswer]
    block: str
    block_title: str
    category: RecommendationCategory
    category_title: str
    clusters: list[ClusterRef]
    disagreements: list[str]
    guidance: str
    indicators: list[ConditionEvidence]
    priority: int
    summary: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        block = self.block

        block_title = self.block_title

        category: str = self.category

        category_title = self.category_title

        clusters = []
        for clusters_item_data in self.clusters:
            clusters_item = clusters_item_data.to_dict()
            clusters.append(clusters_item)

        disagreements = self.disagreements

        guidance = self.guidance

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        priority = self.priority

        summary = self.summary

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
                "block": block,
                "block_title": block_title,
                "category": category,
                "category_title": category_title,
                "clusters": clusters,
                "disagreements": disagreements,
                "guidance": guidance,
                "indicators": indicators,
                "priority": priority,
                "summary": summary,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cited_answer import CitedAnswer  # noqa: PLC0415
        from ..models.cluster_ref import ClusterRef  # noqa: PLC0415
        from ..models.condition_evidence import ConditionEvidence  # noqa: PLC0415

        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = CitedAnswer.from_dict(answers_item_data)

            answers.append(answers_item)

        block = d.pop("block")

        block_title = d.pop("block_title")

        category = check_recommendation_category(d.pop("category"))

        category_title = d.pop("category_title")

        clusters = []
        _clusters = d.pop("clusters")
        for clusters_item_data in _clusters:
            clusters_item = ClusterRef.from_dict(clusters_item_data)

            clusters.append(clusters_item)

        disagreements = cast(list[str], d.pop("disagreements"))

        guidance = d.pop("guidance")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = ConditionEvidence.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        priority = d.pop("priority")

        summary = d.pop("summary")

        title = d.pop("title")

        recommendation = cls(
            answers=answers,
            block=block,
            block_title=block_title,
            category=category,
            category_title=category_title,
            clusters=clusters,
            disagreements=disagreements,
            guidance=guidance,
            indicators=indicators,
            priority=priority,
            summary=summary,
            title=title,
        )

        recommendation.additional_properties = d
        return recommendation

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
