from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FixedPlacement")


@_attrs_define
class FixedPlacement:
    """A slot and a table: a shared table open in the slot, or a booth of either side.

    Attributes:
        slot (str):
        table (str):
    """

    slot: str
    table: str

    def to_dict(self) -> dict[str, Any]:
        slot = self.slot

        table = self.table

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slot": slot,
                "table": table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slot = d.pop("slot")

        table = d.pop("table")

        fixed_placement = cls(
            slot=slot,
            table=table,
        )

        return fixed_placement
