from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QuestionScore")


@_attrs_define
class QuestionScore:
    """
    Attributes:
        block (str):
        code (str):
        disagreement (bool):
        label (str): The scale label of the median (rounded down)
        median (float): The median answer: how respondents' answers combine
        respondents (int):
        score (float): The median on 0-100 over the question's scale
        spread (int): Highest minus lowest answer
        text (str):
        values (list[int]): Every respondent's answer, lowest first
    """

    block: str
    code: str
    disagreement: bool
    label: str
    median: float
    respondents: int
    score: float
    spread: int
    text: str
    values: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block = self.block

        code = self.code

        disagreement = self.disagreement

        label = self.label

        median = self.median

        respondents = self.respondents

        score = self.score

        spread = self.spread

        text = self.text

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block": block,
                "code": code,
                "disagreement": disagreement,
                "label": label,
                "median": median,
                "respondents": respondents,
                "score": score,
                "spread": spread,
                "text": text,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        block = d.pop("block")

        code = d.pop("code")

        disagreement = d.pop("disagreement")

        label = d.pop("label")

        median = d.pop("median")

        respondents = d.pop("respondents")

        score = d.pop("score")

        spread = d.pop("spread")

        text = d.pop("text")

        values = cast(list[int], d.pop("values"))

        question_score = cls(
            block=block,
            code=code,
            disagreement=disagreement,
            label=label,
            median=median,
            respondents=respondents,
            score=score,
            spread=spread,
            text=text,
            values=values,
        )

        question_score.additional_properties = d
        return question_score

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
