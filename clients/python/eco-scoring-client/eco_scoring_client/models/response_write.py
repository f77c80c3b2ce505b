from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.survey_answer_write import SurveyAnswerWrite


T = TypeVar("T", bound="ResponseWrite")


@_attrs_define
class ResponseWrite:
    """The whole response: items left out are not answered; null: no answer on that scale.

    Attributes:
        answers (list[SurveyAnswerWrite]):
    """

    answers: list[SurveyAnswerWrite]

    def to_dict(self) -> dict[str, Any]:
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_answer_write import SurveyAnswerWrite  # noqa: PLC0415

        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = SurveyAnswerWrite.from_dict(answers_item_data)

            answers.append(answers_item)

        response_write = cls(
            answers=answers,
        )

        return response_write
