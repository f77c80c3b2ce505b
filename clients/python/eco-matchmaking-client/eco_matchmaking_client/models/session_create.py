from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionCreate")


@_attrs_define
class SessionCreate:
    """Consecutive slots of equal length; a pause of ``gap_minutes`` between two slots.

    Attributes:
        name (str):
        slot_count (int):
        slot_minutes (int):
        starts_at (datetime.datetime): Without an offset, a time on the event's clock (its time zone); with one, that
            instant. A local time the clocks skip or show twice (daylight saving time) is refused (422).
        gap_minutes (int | Unset):  Default: 0.
    """

    name: str
    slot_count: int
    slot_minutes: int
    starts_at: datetime.datetime
    gap_minutes: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slot_count = self.slot_count

        slot_minutes = self.slot_minutes

        starts_at = self.starts_at.isoformat()

        gap_minutes = self.gap_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "slot_count": slot_count,
                "slot_minutes": slot_minutes,
                "starts_at": starts_at,
            }
        )
        if gap_minutes is not UNSET:
            field_dict["gap_minutes"] = gap_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        slot_count = d.pop("slot_count")

        slot_minutes = d.pop("slot_minutes")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        gap_minutes = d.pop("gap_minutes", UNSET)

        session_create = cls(
            name=name,
            slot_count=slot_count,
            slot_minutes=slot_minutes,
            starts_at=starts_at,
            gap_minutes=gap_minutes,
        )

        return session_create
