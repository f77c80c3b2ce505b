from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Diagnostic")


@_attrs_define
class Diagnostic:
    """A finding of the pre-checks (e.g. participant_oversubscribed, event_over_tables,
    lock_not_honoured, published_placement_lost, floor_unreachable) or of the solve.

        Attributes:
            code (str):
            detail (str):
            meeting (None | str | Unset):
            participant (None | str | Unset):
    """

    code: str
    detail: str
    meeting: None | str | Unset = UNSET
    participant: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail = self.detail

        meeting: None | str | Unset
        if isinstance(self.meeting, Unset):
            meeting = UNSET
        else:
            meeting = self.meeting

        participant: None | str | Unset
        if isinstance(self.participant, Unset):
            participant = UNSET
        else:
            participant = self.participant

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "detail": detail,
            }
        )
        if meeting is not UNSET:
            field_dict["meeting"] = meeting
        if participant is not UNSET:
            field_dict["participant"] = participant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        detail = d.pop("detail")

        def _parse_meeting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting = _parse_meeting(d.pop("meeting", UNSET))

        def _parse_participant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        participant = _parse_participant(d.pop("participant", UNSET))

        diagnostic = cls(
            code=code,
            detail=detail,
            meeting=meeting,
            participant=participant,
        )

        return diagnostic
