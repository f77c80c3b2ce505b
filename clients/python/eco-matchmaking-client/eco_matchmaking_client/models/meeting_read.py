from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_read_priority import MeetingReadPriority, check_meeting_read_priority
from ..models.meeting_read_status import MeetingReadStatus, check_meeting_read_status

T = TypeVar("T", bound="MeetingRead")


@_attrs_define
class MeetingRead:
    """
    Attributes:
        created_at (datetime.datetime):
        ends_at (datetime.datetime | None):
        event_id (UUID):
        id (UUID):
        locked (bool):
        no_show_participant_ids (list[UUID]):
        participant_a_id (UUID):
        participant_b_id (UUID):
        priority (MeetingReadPriority):
        request_id (None | UUID):
        slot_id (None | UUID):
        starts_at (datetime.datetime | None):
        status (MeetingReadStatus):
        table_id (None | UUID):
        table_name (None | str):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    ends_at: datetime.datetime | None
    event_id: UUID
    id: UUID
    locked: bool
    no_show_participant_ids: list[UUID]
    participant_a_id: UUID
    participant_b_id: UUID
    priority: MeetingReadPriority
    request_id: None | UUID
    slot_id: None | UUID
    starts_at: datetime.datetime | None
    status: MeetingReadStatus
    table_id: None | UUID
    table_name: None | str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        event_id = str(self.event_id)

        id = str(self.id)

        locked = self.locked

        no_show_participant_ids = []
        for no_show_participant_ids_item_data in self.no_show_participant_ids:
            no_show_participant_ids_item = str(no_show_participant_ids_item_data)
            no_show_participant_ids.append(no_show_participant_ids_item)

        participant_a_id = str(self.participant_a_id)

        participant_b_id = str(self.participant_b_id)

        priority: str = self.priority

        request_id: None | str
        if isinstance(self.request_id, UUID):
            request_id = str(self.request_id)
        else:
            request_id = self.request_id

        slot_id: None | str
        if isinstance(self.slot_id, UUID):
            slot_id = str(self.slot_id)
        else:
            slot_id = self.slot_id

        starts_at: None | str
        if isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        status: str = self.status

        table_id: None | str
        if isinstance(self.table_id, UUID):
            table_id = str(self.table_id)
        else:
            table_id = self.table_id

        table_name: None | str
        table_name = self.table_name

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "ends_at": ends_at,
                "event_id": event_id,
                "id": id,
                "locked": locked,
                "no_show_participant_ids": no_show_participant_ids,
                "participant_a_id": participant_a_id,
                "participant_b_id": participant_b_id,
                "priority": priority,
                "request_id": request_id,
                "slot_id": slot_id,
                "starts_at": starts_at,
                "status": status,
                "table_id": table_id,
                "table_name": table_name,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_at = _parse_ends_at(d.pop("ends_at"))

        event_id = UUID(d.pop("event_id"))

        id = UUID(d.pop("id"))

        locked = d.pop("locked")

        no_show_participant_ids = []
        _no_show_participant_ids = d.pop("no_show_participant_ids")
        for no_show_participant_ids_item_data in _no_show_participant_ids:
            no_show_participant_ids_item = UUID(no_show_participant_ids_item_data)

            no_show_participant_ids.append(no_show_participant_ids_item)

        participant_a_id = UUID(d.pop("participant_a_id"))

        participant_b_id = UUID(d.pop("participant_b_id"))

        priority = check_meeting_read_priority(d.pop("priority"))

        def _parse_request_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_id_type_0 = UUID(data)

                return request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        request_id = _parse_request_id(d.pop("request_id"))

        def _parse_slot_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slot_id_type_0 = UUID(data)

                return slot_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        slot_id = _parse_slot_id(d.pop("slot_id"))

        def _parse_starts_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        starts_at = _parse_starts_at(d.pop("starts_at"))

        status = check_meeting_read_status(d.pop("status"))

        def _parse_table_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                table_id_type_0 = UUID(data)

                return table_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        table_id = _parse_table_id(d.pop("table_id"))

        def _parse_table_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        table_name = _parse_table_name(d.pop("table_name"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        meeting_read = cls(
            created_at=created_at,
            ends_at=ends_at,
            event_id=event_id,
            id=id,
            locked=locked,
            no_show_participant_ids=no_show_participant_ids,
            participant_a_id=participant_a_id,
            participant_b_id=participant_b_id,
            priority=priority,
            request_id=request_id,
            slot_id=slot_id,
            starts_at=starts_at,
            status=status,
            table_id=table_id,
            table_name=table_name,
            updated_at=updated_at,
        )

        meeting_read.additional_properties = d
        return meeting_read

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
