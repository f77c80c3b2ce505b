from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_entry_read_acting_as_type_0 import (
    AuditEntryReadActingAsType0,
    check_audit_entry_read_acting_as_type_0,
)

if TYPE_CHECKING:
    from ..models.audit_entry_read_details import AuditEntryReadDetails


T = TypeVar("T", bound="AuditEntryRead")


@_attrs_define
class AuditEntryRead:
    """
    Attributes:
        account_id (None | UUID):
        acting_as (AuditEntryReadActingAsType0 | None): The account's standing at that organisation
        action (str):
        api_key_id (None | UUID):
        details (AuditEntryReadDetails):
        id (int):
        occurred_at (datetime.datetime):
        organisation_id (None | UUID): The organisation the account acted for, if any
        request_id (None | str):
        resource_id (str):
        resource_type (str):
        service (str):
    """

    account_id: None | UUID
    acting_as: AuditEntryReadActingAsType0 | None
    action: str
    api_key_id: None | UUID
    details: AuditEntryReadDetails
    id: int
    occurred_at: datetime.datetime
    organisation_id: None | UUID
    request_id: None | str
    resource_id: str
    resource_type: str
    service: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str
        if isinstance(self.account_id, UUID):
            account_id = str(self.account_id)
        else:
            account_id = self.account_id

        acting_as: None | str
        if isinstance(self.acting_as, str):
            acting_as = self.acting_as
        else:
            acting_as = self.acting_as

        action = self.action

        api_key_id: None | str
        if isinstance(self.api_key_id, UUID):
            api_key_id = str(self.api_key_id)
        else:
            api_key_id = self.api_key_id

        details = self.details.to_dict()

        id = self.id

        occurred_at = self.occurred_at.isoformat()

        organisation_id: None | str
        if isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        request_id: None | str
        request_id = self.request_id

        resource_id = self.resource_id

        resource_type = self.resource_type

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "acting_as": acting_as,
                "action": action,
                "api_key_id": api_key_id,
                "details": details,
                "id": id,
                "occurred_at": occurred_at,
                "organisation_id": organisation_id,
                "request_id": request_id,
                "resource_id": resource_id,
                "resource_type": resource_type,
                "service": service,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_read_details import AuditEntryReadDetails  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_id_type_0 = UUID(data)

                return account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        account_id = _parse_account_id(d.pop("account_id"))

        def _parse_acting_as(data: object) -> AuditEntryReadActingAsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acting_as_type_0 = check_audit_entry_read_acting_as_type_0(data)

                return acting_as_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEntryReadActingAsType0 | None, data)

        acting_as = _parse_acting_as(d.pop("acting_as"))

        action = d.pop("action")

        def _parse_api_key_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                api_key_id_type_0 = UUID(data)

                return api_key_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id"))

        details = AuditEntryReadDetails.from_dict(d.pop("details"))

        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        resource_id = d.pop("resource_id")

        resource_type = d.pop("resource_type")

        service = d.pop("service")

        audit_entry_read = cls(
            account_id=account_id,
            acting_as=acting_as,
            action=action,
            api_key_id=api_key_id,
            details=details,
            id=id,
            occurred_at=occurred_at,
            organisation_id=organisation_id,
            request_id=request_id,
            resource_id=resource_id,
            resource_type=resource_type,
            service=service,
        )

        audit_entry_read.additional_properties = d
        return audit_entry_read

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
