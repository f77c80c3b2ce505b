from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting import Meeting
    from ..models.participant import Participant
    from ..models.rules import Rules
    from ..models.slot import Slot


T = TypeVar("T", bound="Instance")


@_attrs_define
class Instance:
    """Participants, slots with their tables, accepted meetings and the rules. Beyond this
    schema: ids are unique within slots, participants and meetings; every referenced slot
    and participant exists; no meeting with oneself; booths are unique and no shared table.

        Attributes:
            meetings (list[Meeting]):
            participants (list[Participant]):
            slots (list[Slot]):
            rules (Rules | Unset): Penalties apply at a resolution of 0.001 (CP-SAT works on integers).
            time_limit_seconds (float | Unset): Wall-clock seconds for the whole solve Default: 5.0.
    """

    meetings: list[Meeting]
    participants: list[Participant]
    slots: list[Slot]
    rules: Rules | Unset = UNSET
    time_limit_seconds: float | Unset = 5.0

    def to_dict(self) -> dict[str, Any]:
        meetings = []
        for meetings_item_data in self.meetings:
            meetings_item = meetings_item_data.to_dict()
            meetings.append(meetings_item)

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)

        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()

        time_limit_seconds = self.time_limit_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meetings": meetings,
                "participants": participants,
                "slots": slots,
            }
        )
        if rules is not UNSET:
            field_dict["rules"] = rules
        if time_limit_seconds is not UNSET:
            field_dict["time_limit_seconds"] = time_limit_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting import Meeting  # noqa: PLC0415
        from ..models.participant import Participant  # noqa: PLC0415
        from ..models.rules import Rules  # noqa: PLC0415
        from ..models.slot import Slot  # noqa: PLC0415

        d = dict(src_dict)
        meetings = []
        _meetings = d.pop("meetings")
        for meetings_item_data in _meetings:
            meetings_item = Meeting.from_dict(meetings_item_data)

            meetings.append(meetings_item)

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = Participant.from_dict(participants_item_data)

            participants.append(participants_item)

        slots = []
        _slots = d.pop("slots")
        for slots_item_data in _slots:
            slots_item = Slot.from_dict(slots_item_data)

            slots.append(slots_item)

        _rules = d.pop("rules", UNSET)
        rules: Rules | Unset
        if isinstance(_rules, Unset):
            rules = UNSET
        else:
            rules = Rules.from_dict(_rules)

        time_limit_seconds = d.pop("time_limit_seconds", UNSET)

        instance = cls(
            meetings=meetings,
            participants=participants,
            slots=slots,
            rules=rules,
            time_limit_seconds=time_limit_seconds,
        )

        return instance
