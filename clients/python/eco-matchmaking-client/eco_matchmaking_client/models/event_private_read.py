from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_private_read_request_mode import EventPrivateReadRequestMode, check_event_private_read_request_mode

if TYPE_CHECKING:
    from ..models.session_read import SessionRead
    from ..models.table_read import TableRead


T = TypeVar("T", bound="EventPrivateRead")


@_attrs_define
class EventPrivateRead:
    """The organiser's view: who may act at the event.

    Attributes:
        allowed_portal_ids (list[UUID]): Partner portal accounts allowed to act for their own clusters
        booking_deadline (datetime.datetime | None):
        booking_open (bool):
        created_at (datetime.datetime):
        description (None | str):
        ends_at (datetime.datetime | None): End of the last slot, in UTC
        ends_at_local (datetime.datetime | None): ends_at on the event's clock
        follow_up_opened_at (datetime.datetime | None):
        id (UUID):
        is_public (bool):
        max_meetings (int | None):
        min_meetings (int):
        name (str):
        owner_account_id (UUID):
        participant_count (int):
        request_expiry_hours (int):
        request_mode (EventPrivateReadRequestMode):
        revision (int):
        schedule_published (bool):
        schedule_published_at (datetime.datetime | None):
        schedule_version (int): Goes up by one with every published change
        self_registration (bool):
        sessions (list[SessionRead]):
        starts_at (datetime.datetime | None): Start of the first slot, in UTC
        starts_at_local (datetime.datetime | None): starts_at on the event's clock
        tables (list[TableRead]):
        timezone (str): The event's IANA time zone (e.g. Europe/Brussels)
        updated_at (datetime.datetime):
        venue (None | str):
    """

    allowed_portal_ids: list[UUID]
    booking_deadline: datetime.datetime | None
    booking_open: bool
    created_at: datetime.datetime
    description: None | str
    ends_at: datetime.datetime | None
    ends_at_local: datetime.datetime | None
    follow_up_opened_at: datetime.datetime | None
    id: UUID
    is_public: bool
    max_meetings: int | None
    min_meetings: int
    name: str
    owner_account_id: UUID
    participant_count: int
    request_expiry_hours: int
    request_mode: EventPrivateReadRequestMode
    revision: int
    schedule_published: bool
    schedule_published_at: datetime.datetime | None
    schedule_version: int
    self_registration: bool
    sessions: list[SessionRead]
    starts_at: datetime.datetime | None
    starts_at_local: datetime.datetime | None
    tables: list[TableRead]
    timezone: str
    updated_at: datetime.datetime
    venue: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_portal_ids = []
        for allowed_portal_ids_item_data in self.allowed_portal_ids:
            allowed_portal_ids_item = str(allowed_portal_ids_item_data)
            allowed_portal_ids.append(allowed_portal_ids_item)

        booking_deadline: None | str
        if isinstance(self.booking_deadline, datetime.datetime):
            booking_deadline = self.booking_deadline.isoformat()
        else:
            booking_deadline = self.booking_deadline

        booking_open = self.booking_open

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        ends_at_local: None | str
        if isinstance(self.ends_at_local, datetime.datetime):
            ends_at_local = self.ends_at_local.isoformat()
        else:
            ends_at_local = self.ends_at_local

        follow_up_opened_at: None | str
        if isinstance(self.follow_up_opened_at, datetime.datetime):
            follow_up_opened_at = self.follow_up_opened_at.isoformat()
        else:
            follow_up_opened_at = self.follow_up_opened_at

        id = str(self.id)

        is_public = self.is_public

        max_meetings: int | None
        max_meetings = self.max_meetings

        min_meetings = self.min_meetings

        name = self.name

        owner_account_id = str(self.owner_account_id)

        participant_count = self.participant_count

        request_expiry_hours = self.request_expiry_hours

        request_mode: str = self.request_mode

        revision = self.revision

        schedule_published = self.schedule_published

        schedule_published_at: None | str
        if isinstance(self.schedule_published_at, datetime.datetime):
            schedule_published_at = self.schedule_published_at.isoformat()
        else:
            schedule_published_at = self.schedule_published_at

        schedule_version = self.schedule_version

        self_registration = self.self_registration

        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        starts_at: None | str
        if isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        starts_at_local: None | str
        if isinstance(self.starts_at_local, datetime.datetime):
            starts_at_local = self.starts_at_local.isoformat()
        else:
            starts_at_local = self.starts_at_local

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        timezone = self.timezone

        updated_at = self.updated_at.isoformat()

        venue: None | str
        venue = self.venue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_portal_ids": allowed_portal_ids,
                "booking_deadline": booking_deadline,
                "booking_open": booking_open,
                "created_at": created_at,
                "description": description,
                "ends_at": ends_at,
                "ends_at_local": ends_at_local,
                "follow_up_opened_at": follow_up_opened_at,
                "id": id,
                "is_public": is_public,
                "max_meetings": max_meetings,
                "min_meetings": min_meetings,
                "name": name,
                "owner_account_id": owner_account_id,
                "participant_count": participant_count,
                "request_expiry_hours": request_expiry_hours,
                "request_mode": request_mode,
                "revision": revision,
                "schedule_published": schedule_published,
                "schedule_published_at": schedule_published_at,
                "schedule_version": schedule_version,
                "self_registration": self_registration,
                "sessions": sessions,
                "starts_at": starts_at,
                "starts_at_local": starts_at_local,
                "tables": tables,
                "timezone": timezone,
                "updated_at": updated_at,
                "venue": venue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_read import SessionRead  # noqa: PLC0415
        from ..models.table_read import TableRead  # noqa: PLC0415

        d = dict(src_dict)
        allowed_portal_ids = []
        _allowed_portal_ids = d.pop("allowed_portal_ids")
        for allowed_portal_ids_item_data in _allowed_portal_ids:
            allowed_portal_ids_item = UUID(allowed_portal_ids_item_data)

            allowed_portal_ids.append(allowed_portal_ids_item)

        def _parse_booking_deadline(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                booking_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return booking_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        booking_deadline = _parse_booking_deadline(d.pop("booking_deadline"))

        booking_open = d.pop("booking_open")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

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

        def _parse_ends_at_local(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_local_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_at_local = _parse_ends_at_local(d.pop("ends_at_local"))

        def _parse_follow_up_opened_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return follow_up_opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        follow_up_opened_at = _parse_follow_up_opened_at(d.pop("follow_up_opened_at"))

        id = UUID(d.pop("id"))

        is_public = d.pop("is_public")

        def _parse_max_meetings(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_meetings = _parse_max_meetings(d.pop("max_meetings"))

        min_meetings = d.pop("min_meetings")

        name = d.pop("name")

        owner_account_id = UUID(d.pop("owner_account_id"))

        participant_count = d.pop("participant_count")

        request_expiry_hours = d.pop("request_expiry_hours")

        request_mode = check_event_private_read_request_mode(d.pop("request_mode"))

        revision = d.pop("revision")

        schedule_published = d.pop("schedule_published")

        def _parse_schedule_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_published_at_type_0 = datetime.datetime.fromisoformat(data)

                return schedule_published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        schedule_published_at = _parse_schedule_published_at(d.pop("schedule_published_at"))

        schedule_version = d.pop("schedule_version")

        self_registration = d.pop("self_registration")

        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = SessionRead.from_dict(sessions_item_data)

            sessions.append(sessions_item)

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

        def _parse_starts_at_local(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_local_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_local_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        starts_at_local = _parse_starts_at_local(d.pop("starts_at_local"))

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = TableRead.from_dict(tables_item_data)

            tables.append(tables_item)

        timezone = d.pop("timezone")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_venue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        venue = _parse_venue(d.pop("venue"))

        event_private_read = cls(
            allowed_portal_ids=allowed_portal_ids,
            booking_deadline=booking_deadline,
            booking_open=booking_open,
            created_at=created_at,
            description=description,
            ends_at=ends_at,
            ends_at_local=ends_at_local,
            follow_up_opened_at=follow_up_opened_at,
            id=id,
            is_public=is_public,
            max_meetings=max_meetings,
            min_meetings=min_meetings,
            name=name,
            owner_account_id=owner_account_id,
            participant_count=participant_count,
            request_expiry_hours=request_expiry_hours,
            request_mode=request_mode,
            revision=revision,
            schedule_published=schedule_published,
            schedule_published_at=schedule_published_at,
            schedule_version=schedule_version,
            self_registration=self_registration,
            sessions=sessions,
            starts_at=starts_at,
            starts_at_local=starts_at_local,
            tables=tables,
            timezone=timezone,
            updated_at=updated_at,
            venue=venue,
        )

        event_private_read.additional_properties = d
        return event_private_read

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
