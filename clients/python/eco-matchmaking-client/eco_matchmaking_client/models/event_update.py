from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.event_update_request_mode_type_0 import (
    EventUpdateRequestModeType0,
    check_event_update_request_mode_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventUpdate")


@_attrs_define
class EventUpdate:
    """Only the fields sent change.

    Attributes:
        booking_deadline (datetime.datetime | None | Unset): Without an offset, a time on the event's clock (its time
            zone); with one, that instant. A local time the clocks skip or show twice (daylight saving time) is refused
            (422).
        description (None | str | Unset):
        is_public (bool | None | Unset):
        max_meetings (int | None | Unset):
        min_meetings (int | None | Unset):
        name (None | str | Unset):
        request_expiry_hours (int | None | Unset):
        request_mode (EventUpdateRequestModeType0 | None | Unset):
        self_registration (bool | None | Unset):
        timezone (None | str | Unset): The event's IANA time zone: local times sent without an offset are read in it,
            and every *_local time is shown in it. Changing it later keeps the slots' instants.
        venue (None | str | Unset):
    """

    booking_deadline: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    is_public: bool | None | Unset = UNSET
    max_meetings: int | None | Unset = UNSET
    min_meetings: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    request_expiry_hours: int | None | Unset = UNSET
    request_mode: EventUpdateRequestModeType0 | None | Unset = UNSET
    self_registration: bool | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    venue: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        max_meetings: int | None | Unset
        if isinstance(self.max_meetings, Unset):
            max_meetings = UNSET
        else:
            max_meetings = self.max_meetings

        min_meetings: int | None | Unset
        if isinstance(self.min_meetings, Unset):
            min_meetings = UNSET
        else:
            min_meetings = self.min_meetings

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        request_expiry_hours: int | None | Unset
        if isinstance(self.request_expiry_hours, Unset):
            request_expiry_hours = UNSET
        else:
            request_expiry_hours = self.request_expiry_hours

        request_mode: None | str | Unset
        if isinstance(self.request_mode, Unset):
            request_mode = UNSET
        elif isinstance(self.request_mode, str):
            request_mode = self.request_mode
        else:
            request_mode = self.request_mode

        self_registration: bool | None | Unset
        if isinstance(self.self_registration, Unset):
            self_registration = UNSET
        else:
            self_registration = self.self_registration

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if name is not UNSET:
            field_dict["name"] = name
        if request_expiry_hours is not UNSET:
            field_dict["request_expiry_hours"] = request_expiry_hours
        if request_mode is not UNSET:
            field_dict["request_mode"] = request_mode
        if self_registration is not UNSET:
            field_dict["self_registration"] = self_registration
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if venue is not UNSET:
            field_dict["venue"] = venue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_is_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_public = _parse_is_public(d.pop("is_public", UNSET))

        def _parse_max_meetings(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_meetings = _parse_max_meetings(d.pop("max_meetings", UNSET))

        def _parse_min_meetings(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_meetings = _parse_min_meetings(d.pop("min_meetings", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_request_expiry_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_expiry_hours = _parse_request_expiry_hours(d.pop("request_expiry_hours", UNSET))

        def _parse_request_mode(data: object) -> EventUpdateRequestModeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_mode_type_0 = check_event_update_request_mode_type_0(data)

                return request_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventUpdateRequestModeType0 | None | Unset, data)

        request_mode = _parse_request_mode(d.pop("request_mode", UNSET))

        def _parse_self_registration(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        self_registration = _parse_self_registration(d.pop("self_registration", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

        event_update = cls(
            booking_deadline=booking_deadline,
            description=description,
            is_public=is_public,
            max_meetings=max_meetings,
            min_meetings=min_meetings,
            name=name,
            request_expiry_hours=request_expiry_hours,
            request_mode=request_mode,
            self_registration=self_registration,
            timezone=timezone,
            venue=venue,
        )

        return event_update
