from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ItemRead")


@_attrs_define
class ItemRead:
    """
    Attributes:
        category (str):
        code (str):
        question (str):
        scales (list[str]):
        subcategory (str):
    """

    category: str
    code: str
    question: str
    scales: list[str]
    subcategory: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        code = self.code

        question = self.question

        scales = self.scales

        subcategory = self.subcategory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "code": code,
                "question": question,
                "scales": scales,
                "subcategory": subcategory,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        code = d.pop("code")

        question = d.pop("question")

        scales = cast(list[str], d.pop("scales"))

        subcategory = d.pop("subcategory")

        item_read = cls(
            category=category,
            code=code,
            question=question,
            scales=scales,
            subcategory=subcategory,
        )

        item_read.additional_properties = d
        return item_read

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
