from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.block import Block
    from ..models.scale import Scale


T = TypeVar("T", bound="Questionnaire")


@_attrs_define
class Questionnaire:
    """
    Attributes:
        blocks (list[Block]):
        scales (list[Scale]):
        title (str):
        version (str):
        description (None | str | Unset):
        scoreboard_framework (None | str | Unset):
    """

    blocks: list[Block]
    scales: list[Scale]
    title: str
    version: str
    description: None | str | Unset = UNSET
    scoreboard_framework: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item = blocks_item_data.to_dict()
            blocks.append(blocks_item)

        scales = []
        for scales_item_data in self.scales:
            scales_item = scales_item_data.to_dict()
            scales.append(scales_item)

        title = self.title

        version = self.version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scoreboard_framework: None | str | Unset
        if isinstance(self.scoreboard_framework, Unset):
            scoreboard_framework = UNSET
        else:
            scoreboard_framework = self.scoreboard_framework

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "blocks": blocks,
                "scales": scales,
                "title": title,
                "version": version,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scoreboard_framework is not UNSET:
            field_dict["scoreboard_framework"] = scoreboard_framework

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block import Block  # noqa: PLC0415
        from ..models.scale import Scale  # noqa: PLC0415

        d = dict(src_dict)
        blocks = []
        _blocks = d.pop("blocks")
        for blocks_item_data in _blocks:
            blocks_item = Block.from_dict(blocks_item_data)

            blocks.append(blocks_item)

        scales = []
        _scales = d.pop("scales")
        for scales_item_data in _scales:
            scales_item = Scale.from_dict(scales_item_data)

            scales.append(scales_item)

        title = d.pop("title")

        version = d.pop("version")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_scoreboard_framework(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scoreboard_framework = _parse_scoreboard_framework(d.pop("scoreboard_framework", UNSET))

        questionnaire = cls(
            blocks=blocks,
            scales=scales,
            title=title,
            version=version,
            description=description,
            scoreboard_framework=scoreboard_framework,
        )

        return questionnaire
