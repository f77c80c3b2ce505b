from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EventSummary")


@_attrs_define
class EventSummary:
    """
    Attributes:
        booking_open (bool):
        ends_at (datetime.datetime | None): End of the last slot, in UTC
        ends_at_local (datetime.datetime | None): ends_at on the event's clock
        id (UUID):
        is_public (bool):
        name (str):
        schedule_published (bool):
        starts_at (datetime.datetime | None): Start of the first slot, in UTC
        starts_at_local (datetime.datetime | None): starts_at on the event's clock
        timezone (str): The event's IANA time zone (e.g. Europe/Brussels)
        venue (None | str):
    """

    booking_open: bool
    ends_at: datetime.datetime | None
    ends_at_local: datetime.datetime | None
    id: UUID
    is_public: bool
    name: str
    schedule_published: bool
    starts_at: datetime.datetime | None
    starts_at_local: datetime.datetime | None
    timezone: str
    venue: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        booking_open = self.booking_open

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

        id = str(self.id)

        is_public = self.is_public

        name = self.name

        schedule_published = self.schedule_published

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

        timezone = self.timezone

        venue: None | str
        venue = self.venue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "booking_open": booking_open,
                "ends_at": ends_at,
                "ends_at_local": ends_at_local,
                "id": id,
                "is_public": is_public,
                "name": name,
                "schedule_published": schedule_published,
                "starts_at": starts_at,
                "starts_at_local": starts_at_local,
                "timezone": timezone,
                "venue": venue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        booking_open = d.pop("booking_open")

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

        id = UUID(d.pop("id"))

        is_public = d.pop("is_public")

        name = d.pop("name")

        schedule_published = d.pop("schedule_published")

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

        timezone = d.pop("timezone")

        def _parse_venue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        venue = _parse_venue(d.pop("venue"))

        event_summary = cls(
            booking_open=booking_open,
            ends_at=ends_at,
            ends_at_local=ends_at_local,
            id=id,
            is_public=is_public,
            name=name,
            schedule_published=schedule_published,
            starts_at=starts_at,
            starts_at_local=starts_at_local,
            timezone=timezone,
            venue=venue,
        )

        event_summary.additional_properties = d
        return event_summary

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
