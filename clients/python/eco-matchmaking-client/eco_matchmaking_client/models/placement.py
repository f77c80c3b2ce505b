from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Placement")


@_attrs_define
class Placement:
    """Where a meeting takes place.

    Attributes:
        meeting (str):
        slot (str):
        table (str):
        moved (bool | Unset): Not where it was announced: its `current` placement, else its lock Default: False.
    """

    meeting: str
    slot: str
    table: str
    moved: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        meeting = self.meeting

        slot = self.slot

        table = self.table

        moved = self.moved

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meeting": meeting,
                "slot": slot,
                "table": table,
            }
        )
        if moved is not UNSET:
            field_dict["moved"] = moved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meeting = d.pop("meeting")

        slot = d.pop("slot")

        table = d.pop("table")

        moved = d.pop("moved", UNSET)

        placement = cls(
            meeting=meeting,
            slot=slot,
            table=table,
            moved=moved,
        )

        return placement
