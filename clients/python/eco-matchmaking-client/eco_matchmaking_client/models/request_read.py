from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_read_priority import RequestReadPriority, check_request_read_priority
from ..models.request_read_status import RequestReadStatus, check_request_read_status

T = TypeVar("T", bound="RequestRead")


@_attrs_define
class RequestRead:
    """
    Attributes:
        created_at (datetime.datetime):
        event_id (UUID):
        expires_at (datetime.datetime):
        id (UUID):
        meeting_id (None | UUID): The meeting an accepted request made
        message (None | str):
        priority (RequestReadPriority):
        recipient_id (UUID):
        requester_id (UUID):
        responded_at (datetime.datetime | None):
        response_message (None | str):
        status (RequestReadStatus): A pending request past expires_at is expired
    """

    created_at: datetime.datetime
    event_id: UUID
    expires_at: datetime.datetime
    id: UUID
    meeting_id: None | UUID
    message: None | str
    priority: RequestReadPriority
    recipient_id: UUID
    requester_id: UUID
    responded_at: datetime.datetime | None
    response_message: None | str
    status: RequestReadStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        event_id = str(self.event_id)

        expires_at = self.expires_at.isoformat()

        id = str(self.id)

        meeting_id: None | str
        if isinstance(self.meeting_id, UUID):
            meeting_id = str(self.meeting_id)
        else:
            meeting_id = self.meeting_id

        message: None | str
        message = self.message

        priority: str = self.priority

        recipient_id = str(self.recipient_id)

        requester_id = str(self.requester_id)

        responded_at: None | str
        if isinstance(self.responded_at, datetime.datetime):
            responded_at = self.responded_at.isoformat()
        else:
            responded_at = self.responded_at

        response_message: None | str
        response_message = self.response_message

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "event_id": event_id,
                "expires_at": expires_at,
                "id": id,
                "meeting_id": meeting_id,
                "message": message,
                "priority": priority,
                "recipient_id": recipient_id,
                "requester_id": requester_id,
                "responded_at": responded_at,
                "response_message": response_message,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        event_id = UUID(d.pop("event_id"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        id = UUID(d.pop("id"))

        def _parse_meeting_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                meeting_id_type_0 = UUID(data)

                return meeting_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        meeting_id = _parse_meeting_id(d.pop("meeting_id"))

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message"))

        priority = check_request_read_priority(d.pop("priority"))

        recipient_id = UUID(d.pop("recipient_id"))

        requester_id = UUID(d.pop("requester_id"))

        def _parse_responded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_at_type_0 = datetime.datetime.fromisoformat(data)

                return responded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        responded_at = _parse_responded_at(d.pop("responded_at"))

        def _parse_response_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response_message = _parse_response_message(d.pop("response_message"))

        status = check_request_read_status(d.pop("status"))

        request_read = cls(
            created_at=created_at,
            event_id=event_id,
            expires_at=expires_at,
            id=id,
            meeting_id=meeting_id,
            message=message,
            priority=priority,
            recipient_id=recipient_id,
            requester_id=requester_id,
            responded_at=responded_at,
            response_message=response_message,
            status=status,
        )

        request_read.additional_properties = d
        return request_read

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
