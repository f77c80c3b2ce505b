from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Question")


@_attrs_define
class Question:
    """
    Attributes:
        code (str):
        scale (str):
        text (str):
        help_ (None | str | Unset):
    """

    code: str
    scale: str
    text: str
    help_: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        scale = self.scale

        text = self.text

        help_: None | str | Unset
        if isinstance(self.help_, Unset):
            help_ = UNSET
        else:
            help_ = self.help_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "scale": scale,
                "text": text,
            }
        )
        if help_ is not UNSET:
            field_dict["help"] = help_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        scale = d.pop("scale")

        text = d.pop("text")

        def _parse_help_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        help_ = _parse_help_(d.pop("help", UNSET))

        question = cls(
            code=code,
            scale=scale,
            text=text,
            help_=help_,
        )

        return question
