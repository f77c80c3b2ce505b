from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ManagerRead")


@_attrs_define
class ManagerRead:
    """A partner portal that acts for the organisation.

    Attributes:
        account_id (UUID):
        account_name (str):
        granted_at (datetime.datetime):
        granted_by (None | UUID): The account that granted it (null once that account is gone)
        organisation_id (UUID):
    """

    account_id: UUID
    account_name: str
    granted_at: datetime.datetime
    granted_by: None | UUID
    organisation_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        account_name = self.account_name

        granted_at = self.granted_at.isoformat()

        granted_by: None | str
        if isinstance(self.granted_by, UUID):
            granted_by = str(self.granted_by)
        else:
            granted_by = self.granted_by

        organisation_id = str(self.organisation_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "account_name": account_name,
                "granted_at": granted_at,
                "granted_by": granted_by,
                "organisation_id": organisation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("account_id"))

        account_name = d.pop("account_name")

        granted_at = datetime.datetime.fromisoformat(d.pop("granted_at"))

        def _parse_granted_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                granted_by_type_0 = UUID(data)

                return granted_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        granted_by = _parse_granted_by(d.pop("granted_by"))

        organisation_id = UUID(d.pop("organisation_id"))

        manager_read = cls(
            account_id=account_id,
            account_name=account_name,
            granted_at=granted_at,
            granted_by=granted_by,
            organisation_id=organisation_id,
        )

        manager_read.additional_properties = d
        return manager_read

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
