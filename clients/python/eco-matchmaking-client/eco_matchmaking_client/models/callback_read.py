from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_read_status import CallbackReadStatus, check_callback_read_status

T = TypeVar("T", bound="CallbackRead")


@_attrs_define
class CallbackRead:
    """
    Attributes:
        attempts (int):
        delivered_at (datetime.datetime | None):
        last_error (None | str): Why the last attempt failed, as a category ('HTTP 503', 'timeout', 'refused target: not
            globally routable', …), never the receiver's words
        status (CallbackReadStatus): pending until the job is done and the receiver answered 2xx (delivered); failed
            after the last attempt
        url (str):
    """

    attempts: int
    delivered_at: datetime.datetime | None
    last_error: None | str
    status: CallbackReadStatus
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        last_error: None | str
        last_error = self.last_error

        status: str = self.status

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "delivered_at": delivered_at,
                "last_error": last_error,
                "status": status,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempts = d.pop("attempts")

        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at"))

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))

        status = check_callback_read_status(d.pop("status"))

        url = d.pop("url")

        callback_read = cls(
            attempts=attempts,
            delivered_at=delivered_at,
            last_error=last_error,
            status=status,
            url=url,
        )

        callback_read.additional_properties = d
        return callback_read

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
