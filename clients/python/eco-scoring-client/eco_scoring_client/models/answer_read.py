from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnswerRead")


@_attrs_define
class AnswerRead:
    """
    Attributes:
        block (str):
        comment (None | str):
        evidence (list[str]):
        label (str):
        question (str):
        respondent_id (UUID):
        updated_at (datetime.datetime):
        value (int):
    """

    block: str
    comment: None | str
    evidence: list[str]
    label: str
    question: str
    respondent_id: UUID
    updated_at: datetime.datetime
    value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block = self.block

        comment: None | str
        comment = self.comment

        evidence = self.evidence

        label = self.label

        question = self.question

        respondent_id = str(self.respondent_id)

        updated_at = self.updated_at.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block": block,
                "comment": comment,
                "evidence": evidence,
                "label": label,
                "question": question,
                "respondent_id": respondent_id,
                "updated_at": updated_at,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        block = d.pop("block")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        evidence = cast(list[str], d.pop("evidence"))

        label = d.pop("label")

        question = d.pop("question")

        respondent_id = UUID(d.pop("respondent_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        value = d.pop("value")

        answer_read = cls(
            block=block,
            comment=comment,
            evidence=evidence,
            label=label,
            question=question,
            respondent_id=respondent_id,
            updated_at=updated_at,
            value=value,
        )

        answer_read.additional_properties = d
        return answer_read

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
