from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SlotRead")


@_attrs_define
class SlotRead:
    """
    Attributes:
        ends_at (datetime.datetime): In UTC
        ends_at_local (datetime.datetime): On the event's clock (its time zone)
        id (UUID):
        session_id (UUID):
        starts_at (datetime.datetime): In UTC
        starts_at_local (datetime.datetime): On the event's clock (its time zone)
    """

    ends_at: datetime.datetime
    ends_at_local: datetime.datetime
    id: UUID
    session_id: UUID
    starts_at: datetime.datetime
    starts_at_local: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ends_at = self.ends_at.isoformat()

        ends_at_local = self.ends_at_local.isoformat()

        id = str(self.id)

        session_id = str(self.session_id)

        starts_at = self.starts_at.isoformat()

        starts_at_local = self.starts_at_local.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ends_at": ends_at,
                "ends_at_local": ends_at_local,
                "id": id,
                "session_id": session_id,
                "starts_at": starts_at,
                "starts_at_local": starts_at_local,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        ends_at_local = datetime.datetime.fromisoformat(d.pop("ends_at_local"))

        id = UUID(d.pop("id"))

        session_id = UUID(d.pop("session_id"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        starts_at_local = datetime.datetime.fromisoformat(d.pop("starts_at_local"))

        slot_read = cls(
            ends_at=ends_at,
            ends_at_local=ends_at_local,
            id=id,
            session_id=session_id,
            starts_at=starts_at,
            starts_at_local=starts_at_local,
        )

        slot_read.additional_properties = d
        return slot_read

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
