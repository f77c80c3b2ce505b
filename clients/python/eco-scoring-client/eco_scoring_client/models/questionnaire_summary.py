from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QuestionnaireSummary")


@_attrs_define
class QuestionnaireSummary:
    """
    Attributes:
        blocks (int):
        created_at (datetime.datetime):
        is_active (bool):
        questions (int):
        title (str):
        version (str):
    """

    blocks: int
    created_at: datetime.datetime
    is_active: bool
    questions: int
    title: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blocks = self.blocks

        created_at = self.created_at.isoformat()

        is_active = self.is_active

        questions = self.questions

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blocks": blocks,
                "created_at": created_at,
                "is_active": is_active,
                "questions": questions,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blocks = d.pop("blocks")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        is_active = d.pop("is_active")

        questions = d.pop("questions")

        title = d.pop("title")

        version = d.pop("version")

        questionnaire_summary = cls(
            blocks=blocks,
            created_at=created_at,
            is_active=is_active,
            questions=questions,
            title=title,
            version=version,
        )

        questionnaire_summary.additional_properties = d
        return questionnaire_summary

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
