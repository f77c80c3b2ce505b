from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerWrite")


@_attrs_define
class AnswerWrite:
    """
    Attributes:
        question (str):
        respondent_id (UUID):
        value (int): A level of the question's scale (scales run within 0-10)
        comment (None | str | Unset):
        evidence (list[str] | Unset): Links to documents that support it
    """

    question: str
    respondent_id: UUID
    value: int
    comment: None | str | Unset = UNSET
    evidence: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        respondent_id = str(self.respondent_id)

        value = self.value

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        evidence: list[str] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "question": question,
                "respondent_id": respondent_id,
                "value": value,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question = d.pop("question")

        respondent_id = UUID(d.pop("respondent_id"))

        value = d.pop("value")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        evidence = cast(list[str], d.pop("evidence", UNSET))

        answer_write = cls(
            question=question,
            respondent_id=respondent_id,
            value=value,
            comment=comment,
            evidence=evidence,
        )

        return answer_write
