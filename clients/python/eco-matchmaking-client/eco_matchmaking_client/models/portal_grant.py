from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PortalGrant")


@_attrs_define
class PortalGrant:
    """
    Attributes:
        account_id (UUID):
        event_id (UUID):
        granted_at (datetime.datetime):
    """

    account_id: UUID
    event_id: UUID
    granted_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        event_id = str(self.event_id)

        granted_at = self.granted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "event_id": event_id,
                "granted_at": granted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("account_id"))

        event_id = UUID(d.pop("event_id"))

        granted_at = datetime.datetime.fromisoformat(d.pop("granted_at"))

        portal_grant = cls(
            account_id=account_id,
            event_id=event_id,
            granted_at=granted_at,
        )

        portal_grant.additional_properties = d
        return portal_grant

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
