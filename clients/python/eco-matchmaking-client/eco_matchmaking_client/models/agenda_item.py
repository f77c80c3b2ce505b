from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agenda_item_priority import AgendaItemPriority, check_agenda_item_priority

if TYPE_CHECKING:
    from ..models.party_brief import PartyBrief


T = TypeVar("T", bound="AgendaItem")


@_attrs_define
class AgendaItem:
    """
    Attributes:
        counterpart (PartyBrief):
        ends_at (datetime.datetime):
        location (None | str):
        meeting_id (UUID):
        priority (AgendaItemPriority):
        slot_id (UUID):
        starts_at (datetime.datetime):
        table_id (UUID):
        table_name (str):
    """

    counterpart: PartyBrief
    ends_at: datetime.datetime
    location: None | str
    meeting_id: UUID
    priority: AgendaItemPriority
    slot_id: UUID
    starts_at: datetime.datetime
    table_id: UUID
    table_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counterpart = self.counterpart.to_dict()

        ends_at = self.ends_at.isoformat()

        location: None | str
        location = self.location

        meeting_id = str(self.meeting_id)

        priority: str = self.priority

        slot_id = str(self.slot_id)

        starts_at = self.starts_at.isoformat()

        table_id = str(self.table_id)

        table_name = self.table_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counterpart": counterpart,
                "ends_at": ends_at,
                "location": location,
                "meeting_id": meeting_id,
                "priority": priority,
                "slot_id": slot_id,
                "starts_at": starts_at,
                "table_id": table_id,
                "table_name": table_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.party_brief import PartyBrief  # noqa: PLC0415

        d = dict(src_dict)
        counterpart = PartyBrief.from_dict(d.pop("counterpart"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        meeting_id = UUID(d.pop("meeting_id"))

        priority = check_agenda_item_priority(d.pop("priority"))

        slot_id = UUID(d.pop("slot_id"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        table_id = UUID(d.pop("table_id"))

        table_name = d.pop("table_name")

        agenda_item = cls(
            counterpart=counterpart,
            ends_at=ends_at,
            location=location,
            meeting_id=meeting_id,
            priority=priority,
            slot_id=slot_id,
            starts_at=starts_at,
            table_id=table_id,
            table_name=table_name,
        )

        agenda_item.additional_properties = d
        return agenda_item

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
