from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.request_create_priority import RequestCreatePriority, check_request_create_priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestCreate")


@_attrs_define
class RequestCreate:
    """
    Attributes:
        recipient_id (UUID): The participant asked
        requester_id (UUID): The participant asking (one you act for)
        message (None | str | Unset):
        priority (RequestCreatePriority | Unset): must_meet weighs three times would_like Default: 'would_like'.
    """

    recipient_id: UUID
    requester_id: UUID
    message: None | str | Unset = UNSET
    priority: RequestCreatePriority | Unset = "would_like"

    def to_dict(self) -> dict[str, Any]:
        recipient_id = str(self.recipient_id)

        requester_id = str(self.requester_id)

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recipient_id": recipient_id,
                "requester_id": requester_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_id = UUID(d.pop("recipient_id"))

        requester_id = UUID(d.pop("requester_id"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        _priority = d.pop("priority", UNSET)
        priority: RequestCreatePriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_request_create_priority(_priority)

        request_create = cls(
            recipient_id=recipient_id,
            requester_id=requester_id,
            message=message,
            priority=priority,
        )

        return request_create
