from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokensIssued")


@_attrs_define
class TokensIssued:
    """
    Attributes:
        survey_id (UUID):
        tokens (list[str]): Shown in this response only (only their hashes are stored): give one to each respondent, who
            sends it in the X-Survey-Token header
        tokens_issued (int): All tokens of the survey so far
    """

    survey_id: UUID
    tokens: list[str]
    tokens_issued: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        survey_id = str(self.survey_id)

        tokens = self.tokens

        tokens_issued = self.tokens_issued

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "survey_id": survey_id,
                "tokens": tokens,
                "tokens_issued": tokens_issued,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        survey_id = UUID(d.pop("survey_id"))

        tokens = cast(list[str], d.pop("tokens"))

        tokens_issued = d.pop("tokens_issued")

        tokens_issued = cls(
            survey_id=survey_id,
            tokens=tokens,
            tokens_issued=tokens_issued,
        )

        tokens_issued.additional_properties = d
        return tokens_issued

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
