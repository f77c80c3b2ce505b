from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.block_result import BlockResult
    from ..models.panorama_used import PanoramaUsed
    from ..models.profile import Profile
    from ..models.question_score import QuestionScore
    from ..models.recommendation import Recommendation
    from ..models.scoreboard_used import ScoreboardUsed
    from ..models.stress_test_parameters import StressTestParameters


T = TypeVar("T", bound="ResultRead")


@_attrs_define
class ResultRead:
    """
    Attributes:
        assessment_id (UUID):
        blocks (list[BlockResult]):
        combination (str): How the answers of several respondents combine
        created_at (datetime.datetime):
        id (UUID):
        methodology (str):
        nuts_id (str):
        panorama (PanoramaUsed):
        parameters (StressTestParameters): The methodology's thresholds; stored with every result so it can be
            reproduced.
        profile (Profile):
        questionnaire (str):
        questions (list[QuestionScore]):
        recommendations (list[Recommendation]):
        region_name (str):
        scoreboard (ScoreboardUsed):
        title (str):
    """

    assessment_id: UUID
    blocks: list[BlockResult]
    combination: str
    created_at: datetime.datetime
    id: UUID
    methodology: str
    nuts_id: str
    panorama: PanoramaUsed
    parameters: StressTestParameters
    profile: Profile
    questionnaire: str
    questions: list[QuestionScore]
    recommendations: list[Recommendation]
    region_name: str
    scoreboard: ScoreboardUsed
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_id = str(self.assessment_id)

        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item = blocks_item_data.to_dict()
            blocks.append(blocks_item)

        combination = self.combination

        created_at = self.created_at.isoformat()

        id = str(self.id)

        methodology = self.methodology

        nuts_id = self.nuts_id

        panorama = self.panorama.to_dict()

        parameters = self.parameters.to_dict()

        profile = self.profile.to_dict()

        questionnaire = self.questionnaire

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        recommendations = []
        for recommendations_item_data in self.recommendations:
            recommendations_item = recommendations_item_data.to_dict()
            recommendations.append(recommendations_item)

        region_name = self.region_name

        scoreboard = self.scoreboard.to_dict()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_id": assessment_id,
                "blocks": blocks,
                "combination": combination,
                "created_at": created_at,
                "id": id,
                "methodology": methodology,
                "nuts_id": nuts_id,
                "panorama": panorama,
                "parameters": parameters,
                "profile": profile,
                "questionnaire": questionnaire,
                "questions": questions,
                "recommendations": recommendations,
                "region_name": region_name,
                "scoreboard": scoreboard,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_result import BlockResult  # noqa: PLC0415
        from ..models.panorama_used import PanoramaUsed  # noqa: PLC0415
        from ..models.profile import Profile  # noqa: PLC0415
        from ..models.question_score import QuestionScore  # noqa: PLC0415
        from ..models.recommendation import Recommendation  # noqa: PLC0415
        from ..models.scoreboard_used import ScoreboardUsed  # noqa: PLC0415
        from ..models.stress_test_parameters import StressTestParameters  # noqa: PLC0415

        d = dict(src_dict)
        assessment_id = UUID(d.pop("assessment_id"))

        blocks = []
        _blocks = d.pop("blocks")
        for blocks_item_data in _blocks:
            blocks_item = BlockResult.from_dict(blocks_item_data)

            blocks.append(blocks_item)

        combination = d.pop("combination")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        methodology = d.pop("methodology")

        nuts_id = d.pop("nuts_id")

        panorama = PanoramaUsed.from_dict(d.pop("panorama"))

        parameters = StressTestParameters.from_dict(d.pop("parameters"))

        profile = Profile.from_dict(d.pop("profile"))

        questionnaire = d.pop("questionnaire")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = QuestionScore.from_dict(questions_item_data)

            questions.append(questions_item)

        recommendations = []
        _recommendations = d.pop("recommendations")
        for recommendations_item_data in _recommendations:
            recommendations_item = Recommendation.from_dict(recommendations_item_data)

            recommendations.append(recommendations_item)

        region_name = d.pop("region_name")

        scoreboard = ScoreboardUsed.from_dict(d.pop("scoreboard"))

        title = d.pop("title")

        result_read = cls(
            assessment_id=assessment_id,
            blocks=blocks,
            combination=combination,
            created_at=created_at,
            id=id,
            methodology=methodology,
            nuts_id=nuts_id,
            panorama=panorama,
            parameters=parameters,
            profile=profile,
            questionnaire=questionnaire,
            questions=questions,
            recommendations=recommendations,
            region_name=region_name,
            scoreboard=scoreboard,
            title=title,
        )

        result_read.additional_properties = d
        return result_read

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
