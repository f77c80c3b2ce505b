from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agenda_item_priority import AgendaItemPriority, check_agenda_item_priority
from ..models.agenda_item_table_kind import AgendaItemTableKind, check_agenda_item_table_kind

if TYPE_CHECKING:
    from ..models.counterpart_delegate import CounterpartDelegate
    from ..models.party_brief import PartyBrief


T = TypeVar("T", bound="AgendaItem")


@_attrs_define
class AgendaItem:
    """
    Attributes:
        counterpart (PartyBrief):
        counterpart_delegates (list[CounterpartDelegate]): The counterpart's delegates: the people met
        ends_at (datetime.datetime): In UTC
        ends_at_local (datetime.datetime): On the event's clock (its time zone)
        location (None | str):
        meeting_id (UUID):
        place (str): Where to go, in words: 'Table T1', or 'Booth of Plastipolis' for a participant's booth
        priority (AgendaItemPriority):
        slot_id (UUID):
        starts_at (datetime.datetime): In UTC
        starts_at_local (datetime.datetime): On the event's clock (its time zone)
        table_id (UUID):
        table_kind (AgendaItemTableKind):
        table_name (str):
    """

    counterpart: PartyBrief
    counterpart_delegates: list[CounterpartDelegate]
    ends_at: datetime.datetime
    ends_at_local: datetime.datetime
    location: None | str
    meeting_id: UUID
    place: str
    priority: AgendaItemPriority
    slot_id: UUID
    starts_at: datetime.datetime
    starts_at_local: datetime.datetime
    table_id: UUID
    table_kind: AgendaItemTableKind
    table_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counterpart = self.counterpart.to_dict()

        counterpart_delegates = []
        for counterpart_delegates_item_data in self.counterpart_delegates:
            counterpart_delegates_item = counterpart_delegates_item_data.to_dict()
            counterpart_delegates.append(counterpart_delegates_item)

        ends_at = self.ends_at.isoformat()

        ends_at_local = self.ends_at_local.isoformat()

        location: None | str
        location = self.location

        meeting_id = str(self.meeting_id)

        place = self.place

        priority: str = self.priority

        slot_id = str(self.slot_id)

        starts_at = self.starts_at.isoformat()

        starts_at_local = self.starts_at_local.isoformat()

        table_id = str(self.table_id)

        table_kind: str = self.table_kind

        table_name = self.table_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counterpart": counterpart,
                "counterpart_delegates": counterpart_delegates,
                "ends_at": ends_at,
                "ends_at_local": ends_at_local,
                "location": location,
                "meeting_id": meeting_id,
                "place": place,
                "priority": priority,
                "slot_id": slot_id,
                "starts_at": starts_at,
                "starts_at_local": starts_at_local,
                "table_id": table_id,
                "table_kind": table_kind,
                "table_name": table_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.counterpart_delegate import CounterpartDelegate  # noqa: PLC0415
        from ..models.party_brief import PartyBrief  # noqa: PLC0415

        d = dict(src_dict)
        counterpart = PartyBrief.from_dict(d.pop("counterpart"))

        counterpart_delegates = []
        _counterpart_delegates = d.pop("counterpart_delegates")
        for counterpart_delegates_item_data in _counterpart_delegates:
            counterpart_delegates_item = CounterpartDelegate.from_dict(counterpart_delegates_item_data)

            counterpart_delegates.append(counterpart_delegates_item)

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        ends_at_local = datetime.datetime.fromisoformat(d.pop("ends_at_local"))

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))

        meeting_id = UUID(d.pop("meeting_id"))

        place = d.pop("place")

        priority = check_agenda_item_priority(d.pop("priority"))

        slot_id = UUID(d.pop("slot_id"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        starts_at_local = datetime.datetime.fromisoformat(d.pop("starts_at_local"))

        table_id = UUID(d.pop("table_id"))

        table_kind = check_agenda_item_table_kind(d.pop("table_kind"))

        table_name = d.pop("table_name")

        agenda_item = cls(
            counterpart=counterpart,
            counterpart_delegates=counterpart_delegates,
            ends_at=ends_at,
            ends_at_local=ends_at_local,
            location=location,
            meeting_id=meeting_id,
            place=place,
            priority=priority,
            slot_id=slot_id,
            starts_at=starts_at,
            starts_at_local=starts_at_local,
            table_id=table_id,
            table_kind=table_kind,
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
