from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Rules")


@_attrs_define
class Rules:
    """Penalties apply at a resolution of 0.001 (CP-SAT works on integers).

    Attributes:
        allow_moving_published (bool | Unset): False keeps every meeting with a `current` placement where it is, as if
            locked, unless that placement has become impossible Default: True.
        floor_penalty (float | None | Unset): Objective cost of each meeting a participant lacks below `min_meetings`;
            null: twice the largest meeting weight, so the floor wins over one-for-one swaps
        gap_penalty (float | Unset): Objective cost of one idle gap: a participant waiting one or more free slots
            between two meetings of the same session (a break, or a slot the participant is unavailable in, ends a session's
            stretch and is no gap) Default: 0.1.
        min_meetings (int | Unset): Fairness floor: every participant who can meet gets at least this many meetings
            where feasible Default: 0.
        move_penalty (float | Unset): Objective cost of moving a meeting away from its `current` placement (or of
            dropping it) Default: 10.0.
    """

    allow_moving_published: bool | Unset = True
    floor_penalty: float | None | Unset = UNSET
    gap_penalty: float | Unset = 0.1
    min_meetings: int | Unset = 0
    move_penalty: float | Unset = 10.0

    def to_dict(self) -> dict[str, Any]:
        allow_moving_published = self.allow_moving_published

        floor_penalty: float | None | Unset
        if isinstance(self.floor_penalty, Unset):
            floor_penalty = UNSET
        else:
            floor_penalty = self.floor_penalty

        gap_penalty = self.gap_penalty

        min_meetings = self.min_meetings

        move_penalty = self.move_penalty

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_moving_published is not UNSET:
            field_dict["allow_moving_published"] = allow_moving_published
        if floor_penalty is not UNSET:
            field_dict["floor_penalty"] = floor_penalty
        if gap_penalty is not UNSET:
            field_dict["gap_penalty"] = gap_penalty
        if min_meetings is not UNSET:
            field_dict["min_meetings"] = min_meetings
        if move_penalty is not UNSET:
            field_dict["move_penalty"] = move_penalty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_moving_published = d.pop("allow_moving_published", UNSET)

        def _parse_floor_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        floor_penalty = _parse_floor_penalty(d.pop("floor_penalty", UNSET))

        gap_penalty = d.pop("gap_penalty", UNSET)

        min_meetings = d.pop("min_meetings", UNSET)

        move_penalty = d.pop("move_penalty", UNSET)

        rules = cls(
            allow_moving_published=allow_moving_published,
            floor_penalty=floor_penalty,
            gap_penalty=gap_penalty,
            min_meetings=min_meetings,
            move_penalty=move_penalty,
        )

        return rules
