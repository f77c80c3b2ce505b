from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.grid_meeting import GridMeeting


T = TypeVar("T", bound="GridSlot")


@_attrs_define
class GridSlot:
    """
    Attributes:
        ends_at (datetime.datetime): In UTC
        ends_at_local (datetime.datetime): On the event's clock (its time zone)
        meetings (list[GridMeeting]): The occupied tables of the slot
        session_id (UUID):
        slot_id (UUID):
        starts_at (datetime.datetime): In UTC
        starts_at_local (datetime.datetime): On the event's clock (its time zone)
    """

    ends_at: datetime.datetime
    ends_at_local: datetime.datetime
    meetings: list[GridMeeting]
    session_id: UUID
    slot_id: UUID
    starts_at: datetime.datetime
    starts_at_local: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ends_at = self.ends_at.isoformat()

        ends_at_local = self.ends_at_local.isoformat()

        meetings = []
        for meetings_item_data in self.meetings:
            meetings_item = meetings_item_data.to_dict()
            meetings.append(meetings_item)

        session_id = str(self.session_id)

        slot_id = str(self.slot_id)

        starts_at = self.starts_at.isoformat()

        starts_at_local = self.starts_at_local.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ends_at": ends_at,
                "ends_at_local": ends_at_local,
                "meetings": meetings,
                "session_id": session_id,
                "slot_id": slot_id,
                "starts_at": starts_at,
                "starts_at_local": starts_at_local,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grid_meeting import GridMeeting  # noqa: PLC0415

        d = dict(src_dict)
        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        ends_at_local = datetime.datetime.fromisoformat(d.pop("ends_at_local"))

        meetings = []
        _meetings = d.pop("meetings")
        for meetings_item_data in _meetings:
            meetings_item = GridMeeting.from_dict(meetings_item_data)

            meetings.append(meetings_item)

        session_id = UUID(d.pop("session_id"))

        slot_id = UUID(d.pop("slot_id"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        starts_at_local = datetime.datetime.fromisoformat(d.pop("starts_at_local"))

        grid_slot = cls(
            ends_at=ends_at,
            ends_at_local=ends_at_local,
            meetings=meetings,
            session_id=session_id,
            slot_id=slot_id,
            starts_at=starts_at,
            starts_at_local=starts_at_local,
        )

        grid_slot.additional_properties = d
        return grid_slot

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
