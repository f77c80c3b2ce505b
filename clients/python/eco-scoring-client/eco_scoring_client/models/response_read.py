from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item_read import ItemRead
    from ..models.survey_answer_read import SurveyAnswerRead
    from ..models.survey_for_respondent import SurveyForRespondent


T = TypeVar("T", bound="ResponseRead")


@_attrs_define
class ResponseRead:
    """
    Attributes:
        answers (list[SurveyAnswerRead]): This token's answers; empty before any
        editable (bool): The survey is open: the answers can still change
        items (list[ItemRead]):
        responded_at (datetime.datetime | None):
        survey (SurveyForRespondent):
        updated_at (datetime.datetime | None):
    """

    answers: list[SurveyAnswerRead]
    editable: bool
    items: list[ItemRead]
    responded_at: datetime.datetime | None
    survey: SurveyForRespondent
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        editable = self.editable

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        responded_at: None | str
        if isinstance(self.responded_at, datetime.datetime):
            responded_at = self.responded_at.isoformat()
        else:
            responded_at = self.responded_at

        survey = self.survey.to_dict()

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
                "editable": editable,
                "items": items,
                "responded_at": responded_at,
                "survey": survey,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_read import ItemRead  # noqa: PLC0415
        from ..models.survey_answer_read import SurveyAnswerRead  # noqa: PLC0415
        from ..models.survey_for_respondent import SurveyForRespondent  # noqa: PLC0415

        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = SurveyAnswerRead.from_dict(answers_item_data)

            answers.append(answers_item)

        editable = d.pop("editable")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ItemRead.from_dict(items_item_data)

            items.append(items_item)

        def _parse_responded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_at_type_0 = datetime.datetime.fromisoformat(data)

                return responded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        responded_at = _parse_responded_at(d.pop("responded_at"))

        survey = SurveyForRespondent.from_dict(d.pop("survey"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        response_read = cls(
            answers=answers,
            editable=editable,
            items=items,
            responded_at=responded_at,
            survey=survey,
            updated_at=updated_at,
        )

        response_read.additional_properties = d
        return response_read

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
