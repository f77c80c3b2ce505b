from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.scale_level import ScaleLevel


T = TypeVar("T", bound="Scale")


@_attrs_define
class Scale:
    """
    Attributes:
        code (str):
        levels (list[ScaleLevel]):
        title (str):
    """

    code: str
    levels: list[ScaleLevel]
    title: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "levels": levels,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scale_level import ScaleLevel  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        levels = []
        _levels = d.pop("levels")
        for levels_item_data in _levels:
            levels_item = ScaleLevel.from_dict(levels_item_data)

            levels.append(levels_item)

        title = d.pop("title")

        scale = cls(
            code=code,
            levels=levels,
            title=title,
        )

        return scale
