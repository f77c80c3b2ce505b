from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.slot_read import SlotRead


T = TypeVar("T", bound="SessionRead")


@_attrs_define
class SessionRead:
    """
    Attributes:
        gap_minutes (int):
        id (UUID):
        name (str):
        slot_count (int):
        slot_minutes (int):
        slots (list[SlotRead]):
        starts_at (datetime.datetime): In UTC
        starts_at_local (datetime.datetime): On the event's clock (its time zone)
    """

    gap_minutes: int
    id: UUID
    name: str
    slot_count: int
    slot_minutes: int
    slots: list[SlotRead]
    starts_at: datetime.datetime
    starts_at_local: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gap_minutes = self.gap_minutes

        id = str(self.id)

        name = self.name

        slot_count = self.slot_count

        slot_minutes = self.slot_minutes

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)

        starts_at = self.starts_at.isoformat()

        starts_at_local = self.starts_at_local.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gap_minutes": gap_minutes,
                "id": id,
                "name": name,
                "slot_count": slot_count,
                "slot_minutes": slot_minutes,
                "slots": slots,
                "starts_at": starts_at,
                "starts_at_local": starts_at_local,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slot_read import SlotRead  # noqa: PLC0415

        d = dict(src_dict)
        gap_minutes = d.pop("gap_minutes")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        slot_count = d.pop("slot_count")

        slot_minutes = d.pop("slot_minutes")

        slots = []
        _slots = d.pop("slots")
        for slots_item_data in _slots:
            slots_item = SlotRead.from_dict(slots_item_data)

            slots.append(slots_item)

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        starts_at_local = datetime.datetime.fromisoformat(d.pop("starts_at_local"))

        session_read = cls(
            gap_minutes=gap_minutes,
            id=id,
            name=name,
            slot_count=slot_count,
            slot_minutes=slot_minutes,
            slots=slots,
            starts_at=starts_at,
            starts_at_local=starts_at_local,
        )

        session_read.additional_properties = d
        return session_read

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
