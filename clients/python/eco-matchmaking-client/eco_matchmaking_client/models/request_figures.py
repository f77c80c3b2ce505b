from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestFigures")


@_attrs_define
class RequestFigures:
    """
    Attributes:
        acceptance_rate (float | None): accepted / (accepted + declined + expired): of the requests that were answered
            or lapsed, the share accepted; withdrawn and pending ones are left out
        accepted (int):
        cancelled (int):
        declined (int):
        expired (int):
        pending (int):
        total (int):
    """

    acceptance_rate: float | None
    accepted: int
    cancelled: int
    declined: int
    expired: int
    pending: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acceptance_rate: float | None
        acceptance_rate = self.acceptance_rate

        accepted = self.accepted

        cancelled = self.cancelled

        declined = self.declined

        expired = self.expired

        pending = self.pending

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acceptance_rate": acceptance_rate,
                "accepted": accepted,
                "cancelled": cancelled,
                "declined": declined,
                "expired": expired,
                "pending": pending,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_acceptance_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        acceptance_rate = _parse_acceptance_rate(d.pop("acceptance_rate"))

        accepted = d.pop("accepted")

        cancelled = d.pop("cancelled")

        declined = d.pop("declined")

        expired = d.pop("expired")

        pending = d.pop("pending")

        total = d.pop("total")

        request_figures = cls(
            acceptance_rate=acceptance_rate,
            accepted=accepted,
            cancelled=cancelled,
            declined=declined,
            expired=expired,
            pending=pending,
            total=total,
        )

        request_figures.additional_properties = d
        return request_figures

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
