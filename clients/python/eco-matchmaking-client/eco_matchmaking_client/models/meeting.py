from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.meeting_priority import MeetingPriority, check_meeting_priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixed_placement import FixedPlacement


T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """An accepted meeting between participants `a` and `b`, held at most once.

    Attributes:
        a (str): A participant id
        b (str): Another participant id
        id (str):
        current (FixedPlacement | None | Unset): Where the meeting is in the published schedule; moving it costs
            `rules.move_penalty`
        locked (FixedPlacement | None | Unset): Must stay exactly here (an organiser's lock). A lock that can no longer
            hold (the participant became unavailable, two locks clash) is reported as `lock_not_honoured` and the meeting is
            scheduled like a published one
        priority (MeetingPriority | Unset): Weight 3 for must_meet, 1 for would_like Default: 'would_like'.
        weight (int | None | Unset): Overrides the priority's weight
    """

    a: str
    b: str
    id: str
    current: FixedPlacement | None | Unset = UNSET
    locked: FixedPlacement | None | Unset = UNSET
    priority: MeetingPriority | Unset = "would_like"
    weight: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_placement import FixedPlacement  # noqa: PLC0415

        a = self.a

        b = self.b

        id = self.id

        current: dict[str, Any] | None | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        elif isinstance(self.current, FixedPlacement):
            current = self.current.to_dict()
        else:
            current = self.current

        locked: dict[str, Any] | None | Unset
        if isinstance(self.locked, Unset):
            locked = UNSET
        elif isinstance(self.locked, FixedPlacement):
            locked = self.locked.to_dict()
        else:
            locked = self.locked

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        weight: int | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "a": a,
                "b": b,
                "id": id,
            }
        )
        if current is not UNSET:
            field_dict["current"] = current
        if locked is not UNSET:
            field_dict["locked"] = locked
        if priority is not UNSET:
            field_dict["priority"] = priority
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fixed_placement import FixedPlacement  # noqa: PLC0415

        d = dict(src_dict)
        a = d.pop("a")

        b = d.pop("b")

        id = d.pop("id")

        def _parse_current(data: object) -> FixedPlacement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_0 = FixedPlacement.from_dict(data)

                return current_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FixedPlacement | None | Unset, data)

        current = _parse_current(d.pop("current", UNSET))

        def _parse_locked(data: object) -> FixedPlacement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                locked_type_0 = FixedPlacement.from_dict(data)

                return locked_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FixedPlacement | None | Unset, data)

        locked = _parse_locked(d.pop("locked", UNSET))

        _priority = d.pop("priority", UNSET)
        priority: MeetingPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_meeting_priority(_priority)

        def _parse_weight(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        meeting = cls(
            a=a,
            b=b,
            id=id,
            current=current,
            locked=locked,
            priority=priority,
            weight=weight,
        )

        return meeting
