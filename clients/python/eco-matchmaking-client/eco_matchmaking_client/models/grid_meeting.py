from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grid_meeting_priority import GridMeetingPriority, check_grid_meeting_priority

if TYPE_CHECKING:
    from ..models.party_brief import PartyBrief


T = TypeVar("T", bound="GridMeeting")


@_attrs_define
class GridMeeting:
    """
    Attributes:
        locked (bool):
        meeting_id (UUID):
        participants (list[PartyBrief]):
        priority (GridMeetingPriority):
        table_id (UUID):
    """

    locked: bool
    meeting_id: UUID
    participants: list[PartyBrief]
    priority: GridMeetingPriority
    table_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locked = self.locked

        meeting_id = str(self.meeting_id)

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        priority: str = self.priority

        table_id = str(self.table_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locked": locked,
                "meeting_id": meeting_id,
                "participants": participants,
                "priority": priority,
                "table_id": table_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.party_brief import PartyBrief  # noqa: PLC0415

        d = dict(src_dict)
        locked = d.pop("locked")

        meeting_id = UUID(d.pop("meeting_id"))

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = PartyBrief.from_dict(participants_item_data)

            participants.append(participants_item)

        priority = check_grid_meeting_priority(d.pop("priority"))

        table_id = UUID(d.pop("table_id"))

        grid_meeting = cls(
            locked=locked,
            meeting_id=meeting_id,
            participants=participants,
            priority=priority,
            table_id=table_id,
        )

        grid_meeting.additional_properties = d
        return grid_meeting

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
