from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """A participant (a cluster organisation's delegation) meets one partner per slot.

    Attributes:
        id (str):
        available_slots (list[str] | None | Unset): Slot ids the participant can meet in; null means all
        booth (None | str | Unset): A table of the participant's own (unique, not a shared table id): its meetings take
            place there (if both sides have one, at either) and take no shared table
        max_meetings (int | None | Unset): At most this many meetings; null: no limit
    """

    id: str
    available_slots: list[str] | None | Unset = UNSET
    booth: None | str | Unset = UNSET
    max_meetings: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        available_slots: list[str] | None | Unset
        if isinstance(self.available_slots, Unset):
            available_slots = UNSET
        elif isinstance(self.available_slots, list):
            available_slots = self.available_slots

        else:
            available_slots = self.available_slots

        booth: None | str | Unset
        if isinstance(self.booth, Unset):
            booth = UNSET
        else:
            booth = self.booth

        max_meetings: int | None | Unset
        if isinstance(self.max_meetings, Unset):
            max_meetings = UNSET
        else:
            max_meetings = self.max_meetings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if available_slots is not UNSET:
            field_dict["available_slots"] = available_slots
        if booth is not UNSET:
            field_dict["booth"] = booth
        if max_meetings is not UNSET:
            field_dict["max_meetings"] = max_meetings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_available_slots(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_slots_type_0 = cast(list[str], data)

                return available_slots_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        available_slots = _parse_available_slots(d.pop("available_slots", UNSET))

        def _parse_booth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        booth = _parse_booth(d.pop("booth", UNSET))

        def _parse_max_meetings(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_meetings = _parse_max_meetings(d.pop("max_meetings", UNSET))

        participant = cls(
            id=id,
            available_slots=available_slots,
            booth=booth,
            max_meetings=max_meetings,
        )

        return participant
