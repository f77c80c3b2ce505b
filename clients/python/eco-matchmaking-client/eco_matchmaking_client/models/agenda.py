from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agenda_status import AgendaStatus, check_agenda_status

if TYPE_CHECKING:
    from ..models.agenda_delegate import AgendaDelegate
    from ..models.agenda_item import AgendaItem
    from ..models.party_brief import PartyBrief


T = TypeVar("T", bound="Agenda")


@_attrs_define
class Agenda:
    """
    Attributes:
        delegates (list[AgendaDelegate]): The participant's delegates
        event_id (UUID):
        event_name (str):
        items (list[AgendaItem]):
        participant (PartyBrief):
        status (AgendaStatus):
        table_name (None | str): The participant's booth, if any
        timezone (str): The event's IANA time zone: *_local times are on it
        unscheduled_meeting_ids (list[UUID]): The participant's meetings the schedule has no place for
        updated_at (datetime.datetime): When the event or its schedule version changed
        venue (None | str):
        version (int):
    """

    delegates: list[AgendaDelegate]
    event_id: UUID
    event_name: str
    items: list[AgendaItem]
    participant: PartyBrief
    status: AgendaStatus
    table_name: None | str
    timezone: str
    unscheduled_meeting_ids: list[UUID]
    updated_at: datetime.datetime
    venue: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delegates = []
        for delegates_item_data in self.delegates:
            delegates_item = delegates_item_data.to_dict()
            delegates.append(delegates_item)

        event_id = str(self.event_id)

        event_name = self.event_name

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        participant = self.participant.to_dict()

        status: str = self.status

        table_name: None | str
        table_name = self.table_name

        timezone = self.timezone

        unscheduled_meeting_ids = []
        for unscheduled_meeting_ids_item_data in self.unscheduled_meeting_ids:
            unscheduled_meeting_ids_item = str(unscheduled_meeting_ids_item_data)
            unscheduled_meeting_ids.append(unscheduled_meeting_ids_item)

        updated_at = self.updated_at.isoformat()

        venue: None | str
        venue = self.venue

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delegates": delegates,
                "event_id": event_id,
                "event_name": event_name,
                "items": items,
                "participant": participant,
                "status": status,
                "table_name": table_name,
                "timezone": timezone,
                "unscheduled_meeting_ids": unscheduled_meeting_ids,
                "updated_at": updated_at,
                "venue": venue,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_delegate import AgendaDelegate  # noqa: PLC0415
        from ..models.agenda_item import AgendaItem  # noqa: PLC0415
        from ..models.party_brief import PartyBrief  # noqa: PLC0415

        d = dict(src_dict)
        delegates = []
        _delegates = d.pop("delegates")
        for delegates_item_data in _delegates:
            delegates_item = AgendaDelegate.from_dict(delegates_item_data)

            delegates.append(delegates_item)

        event_id = UUID(d.pop("event_id"))

        event_name = d.pop("event_name")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AgendaItem.from_dict(items_item_data)

            items.append(items_item)

        participant = PartyBrief.from_dict(d.pop("participant"))

        status = check_agenda_status(d.pop("status"))

        def _parse_table_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        table_name = _parse_table_name(d.pop("table_name"))

        timezone = d.pop("timezone")

        unscheduled_meeting_ids = []
        _unscheduled_meeting_ids = d.pop("unscheduled_meeting_ids")
        for unscheduled_meeting_ids_item_data in _unscheduled_meeting_ids:
            unscheduled_meeting_ids_item = UUID(unscheduled_meeting_ids_item_data)

            unscheduled_meeting_ids.append(unscheduled_meeting_ids_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_venue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        venue = _parse_venue(d.pop("venue"))

        version = d.pop("version")

        agenda = cls(
            delegates=delegates,
            event_id=event_id,
            event_name=event_name,
            items=items,
            participant=participant,
            status=status,
            table_name=table_name,
            timezone=timezone,
            unscheduled_meeting_ids=unscheduled_meeting_ids,
            updated_at=updated_at,
            venue=venue,
            version=version,
        )

        agenda.additional_properties = d
        return agenda

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
