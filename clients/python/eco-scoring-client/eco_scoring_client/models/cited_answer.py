from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CitedAnswer")


@_attrs_define
class CitedAnswer:
    """
    Attributes:
        comments (list[str]):
        evidence (list[str]):
        label (str):
        median (float):
        question (str):
        respondents (int):
        score (float):
        spread (int):
        text (str):
    """

    comments: list[str]
    evidence: list[str]
    label: str
    median: float
    question: str
    respondents: int
    score: float
    spread: int
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comments = self.comments

        evidence = self.evidence

        label = self.label

        median = self.median

        question = self.question

        respondents = self.respondents

        score = self.score

        spread = self.spread

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comments": comments,
                "evidence": evidence,
                "label": label,
                "median": median,
                "question": question,
                "respondents": respondents,
                "score": score,
                "spread": spread,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comments = cast(list[str], d.pop("comments"))

        evidence = cast(list[str], d.pop("evidence"))

        label = d.pop("label")

        median = d.pop("median")

        question = d.pop("question")

        respondents = d.pop("respondents")

        score = d.pop("score")

        spread = d.pop("spread")

        text = d.pop("text")

        cited_answer = cls(
            comments=comments,
            evidence=evidence,
            label=label,
            median=median,
            question=question,
            respondents=respondents,
            score=score,
            spread=spread,
            text=text,
        )

        cited_answer.additional_properties = d
        return cited_answer

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
