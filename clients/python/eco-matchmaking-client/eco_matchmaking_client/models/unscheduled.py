from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.unscheduled_reason import UnscheduledReason, check_unscheduled_reason

T = TypeVar("T", bound="Unscheduled")


@_attrs_define
class Unscheduled:
    """A meeting left out, and why.

    Attributes:
        detail (str):
        meeting (str):
        reason (UnscheduledReason):
    """

    detail: str
    meeting: str
    reason: UnscheduledReason

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        meeting = self.meeting

        reason: str = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "detail": detail,
                "meeting": meeting,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        meeting = d.pop("meeting")

        reason = check_unscheduled_reason(d.pop("reason"))

        unscheduled = cls(
            detail=detail,
            meeting=meeting,
            reason=reason,
        )

        return unscheduled
