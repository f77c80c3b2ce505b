from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.event_create_request_mode import EventCreateRequestMode, check_event_create_request_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_create import SessionCreate
    from ..models.table_create import TableCreate


T = TypeVar("T", bound="EventCreate")


@_attrs_define
class EventCreate:
    """
    Attributes:
        name (str):
        booking_deadline (datetime.datetime | None | Unset): No request is made or answered after it. Without an offset,
            a time on the event's clock (its time zone); with one, that instant. A local time the clocks skip or show twice
            (daylight saving time) is refused (422).
        description (None | str | Unset):
        is_public (bool | Unset): Listed publicly; readable without a key Default: False.
        max_meetings (int | None | Unset): Per participant, unless a participant has less
        min_meetings (int | Unset): Fairness floor the scheduler aims for Default: 0.
        request_expiry_hours (int | Unset): An unanswered request expires after this long Default: 72.
        request_mode (EventCreateRequestMode | Unset): opt_in: the recipient accepts or declines; auto_accept: every
            request is a meeting at once Default: 'opt_in'.
        self_registration (bool | Unset): Cluster organisation accounts may register their own organisations Default:
            False.
        sessions (list[SessionCreate] | Unset):
        tables (list[TableCreate] | Unset):
        timezone (str | Unset): The event's IANA time zone: local times sent without an offset are read in it, and every
            *_local time is shown in it. Changing it later keeps the slots' instants. Default: 'UTC'.
        venue (None | str | Unset):
    """

    name: str
    booking_deadline: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    is_public: bool | Unset = False
    max_meetings: int | None | Unset = UNSET
    min_meetings: int | Unset = 0
    request_expiry_hours: int | Unset = 72
    request_mode: EventCreateRequestMode | Unset = "opt_in"
    self_registration: bool | Unset = False
    sessions: list[SessionCreate] | Unset = UNSET
    tables: list[TableCreate] | Unset = UNSET
    timezone: str | Unset = "UTC"
    venue: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        booking_deadline: None | str | Unset
        if isinstance(self.booking_deadline, Unset):
            booking_deadline = UNSET
        elif isinstance(self.booking_deadline, datetime.datetime):
            booking_deadline = self.booking_deadline.isoformat()
        else:
            booking_deadline = self.booking_deadline

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_public = self.is_public

        max_meetings: int | None | Unset
        if isinstance(self.max_meetings, Unset):
            max_meetings = UNSET
        else:
            max_meetings = self.max_meetings

        min_meetings = self.min_meetings

        request_expiry_hours = self.request_expiry_hours

        request_mode: str | Unset = UNSET
        if not isinstance(self.request_mode, Unset):
            request_mode = self.request_mode

        self_registration = self.self_registration

        sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = sessions_item_data.to_dict()
                sessions.append(sessions_item)

        tables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tables, Unset):
            tables = []
            for tables_item_data in self.tables:
                tables_item = tables_item_data.to_dict()
                tables.append(tables_item)

        timezone = self.timezone

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if booking_deadline is not UNSET:
            field_dict["booking_deadline"] = booking_deadline
        if description is not UNSET:
            field_dict["description"] = description
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if max_meetings is not UNSET:
            field_dict["max_meetings"] = max_meetings
        if min_meetings is not UNSET:
            field_dict["min_meetings"] = min_meetings
        if request_expiry_hours is not UNSET:
            field_dict["request_expiry_hours"] = request_expiry_hours
        if request_mode is not UNSET:
            field_dict["request_mode"] = request_mode
        if self_registration is not UNSET:
            field_dict["self_registration"] = self_registration
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if tables is not UNSET:
            field_dict["tables"] = tables
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if venue is not UNSET:
            field_dict["venue"] = venue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_create import SessionCreate  # noqa: PLC0415
        from ..models.table_create import TableCreate  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_booking_deadline(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                booking_deadline_type_0 = datetime.datetime.fromisoformat(data)

                return booking_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        booking_deadline = _parse_booking_deadline(d.pop("booking_deadline", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_public = d.pop("is_public", UNSET)

        def _parse_max_meetings(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_meetings = _parse_max_meetings(d.pop("max_meetings", UNSET))

        min_meetings = d.pop("min_meetings", UNSET)

        request_expiry_hours = d.pop("request_expiry_hours", UNSET)

        _request_mode = d.pop("request_mode", UNSET)
        request_mode: EventCreateRequestMode | Unset
        if isinstance(_request_mode, Unset):
            request_mode = UNSET
        else:
            request_mode = check_event_create_request_mode(_request_mode)

        self_registration = d.pop("self_registration", UNSET)

        _sessions = d.pop("sessions", UNSET)
        sessions: list[SessionCreate] | Unset = UNSET
        if _sessions is not UNSET:
            sessions = []
            for sessions_item_data in _sessions:
                sessions_item = SessionCreate.from_dict(sessions_item_data)

                sessions.append(sessions_item)

        _tables = d.pop("tables", UNSET)
        tables: list[TableCreate] | Unset = UNSET
        if _tables is not UNSET:
            tables = []
            for tables_item_data in _tables:
                tables_item = TableCreate.from_dict(tables_item_data)

                tables.append(tables_item)

        timezone = d.pop("timezone", UNSET)

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

        event_create = cls(
            name=name,
            booking_deadline=booking_deadline,
            description=description,
            is_public=is_public,
            max_meetings=max_meetings,
            min_meetings=min_meetings,
            request_expiry_hours=request_expiry_hours,
            request_mode=request_mode,
            self_registration=self_registration,
            sessions=sessions,
            tables=tables,
            timezone=timezone,
            venue=venue,
        )

        return event_create
