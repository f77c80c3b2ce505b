from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_grid_status import ScheduleGridStatus, check_schedule_grid_status

if TYPE_CHECKING:
    from ..models.grid_slot import GridSlot
    from ..models.grid_table import GridTable


T = TypeVar("T", bound="ScheduleGrid")


@_attrs_define
class ScheduleGrid:
    """
    Attributes:
        event_id (UUID):
        event_name (str):
        published_at (datetime.datetime | None):
        slots (list[GridSlot]):
        status (ScheduleGridStatus):
        tables (list[GridTable]):
        timezone (str): The event's IANA time zone: *_local times are on it
        unscheduled_meeting_ids (list[UUID]):
        updated_at (datetime.datetime): When the event or its schedule version changed
        version (int): The published version (0 before the first publication)
    """

    event_id: UUID
    event_name: str
    published_at: datetime.datetime | None
    slots: list[GridSlot]
    status: ScheduleGridStatus
    tables: list[GridTable]
    timezone: str
    unscheduled_meeting_ids: list[UUID]
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = str(self.event_id)

        event_name = self.event_name

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)

        status: str = self.status

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        timezone = self.timezone

        unscheduled_meeting_ids = []
        for unscheduled_meeting_ids_item_data in self.unscheduled_meeting_ids:
            unscheduled_meeting_ids_item = str(unscheduled_meeting_ids_item_data)
            unscheduled_meeting_ids.append(unscheduled_meeting_ids_item)

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "event_name": event_name,
                "published_at": published_at,
                "slots": slots,
                "status": status,
                "tables": tables,
                "timezone": timezone,
                "unscheduled_meeting_ids": unscheduled_meeting_ids,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grid_slot import GridSlot  # noqa: PLC0415
        from ..models.grid_table import GridTable  # noqa: PLC0415

        d = dict(src_dict)
        event_id = UUID(d.pop("event_id"))

        event_name = d.pop("event_name")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        slots = []
        _slots = d.pop("slots")
        for slots_item_data in _slots:
            slots_item = GridSlot.from_dict(slots_item_data)

            slots.append(slots_item)

        status = check_schedule_grid_status(d.pop("status"))

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = GridTable.from_dict(tables_item_data)

            tables.append(tables_item)

        timezone = d.pop("timezone")

        unscheduled_meeting_ids = []
        _unscheduled_meeting_ids = d.pop("unscheduled_meeting_ids")
        for unscheduled_meeting_ids_item_data in _unscheduled_meeting_ids:
            unscheduled_meeting_ids_item = UUID(unscheduled_meeting_ids_item_data)

            unscheduled_meeting_ids.append(unscheduled_meeting_ids_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        schedule_grid = cls(
            event_id=event_id,
            event_name=event_name,
            published_at=published_at,
            slots=slots,
            status=status,
            tables=tables,
            timezone=timezone,
            unscheduled_meeting_ids=unscheduled_meeting_ids,
            updated_at=updated_at,
            version=version,
        )

        schedule_grid.additional_properties = d
        return schedule_grid

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
