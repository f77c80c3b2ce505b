from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebhookCreate")


@_attrs_define
class WebhookCreate:
    """
    Attributes:
        event_types (list[str]): Event types to receive, e.g. schedule.published; '*' for all
        url (str): http or https, at most 2048 characters, without credentials. Its host must be, or resolve to,
            globally routable addresses only (no loopback, private, link-local or reserved ones, also not wrapped in IPv6
            forms such as 6to4 or NAT64); it is checked now and again on every delivery.
    """

    event_types: list[str]
    url: str

    def to_dict(self) -> dict[str, Any]:
        event_types = self.event_types

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_types": event_types,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_types = cast(list[str], d.pop("event_types"))

        url = d.pop("url")

        webhook_create = cls(
            event_types=event_types,
            url=url,
        )

        return webhook_create
