from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meeting import Meeting
    from ..models.participant import Participant
    from ..models.rules import Rules
    from ..models.slot import Slot


T = TypeVar("T", bound="SolveJobCreate")


@_attrs_define
class SolveJobCreate:
    """An instance, as for ``POST /v1/schedules/solve``, and where to say it is done.

    Attributes:
        meetings (list[Meeting]):
        participants (list[Participant]):
        slots (list[Slot]):
        callback_url (None | str | Unset): Called (POST, signed like webhooks) once the job has succeeded or failed.
            http or https, at most 2048 characters, without credentials; its host must be, or resolve to, globally routable
            addresses only. Checked now and again when the callback is sent.
        rules (Rules | Unset): Penalties apply at a resolution of 0.001 (CP-SAT works on integers).
        time_limit_seconds (float | Unset): Wall-clock seconds for the whole solve Default: 5.0.
    """

    meetings: list[Meeting]
    participants: list[Participant]
    slots: list[Slot]
    callback_url: None | str | Unset = UNSET
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

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

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
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
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

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        _rules = d.pop("rules", UNSET)
        rules: Rules | Unset
        if isinstance(_rules, Unset):
            rules = UNSET
        else:
            rules = Rules.from_dict(_rules)

        time_limit_seconds = d.pop("time_limit_seconds", UNSET)

        solve_job_create = cls(
            meetings=meetings,
            participants=participants,
            slots=slots,
            callback_url=callback_url,
            rules=rules,
            time_limit_seconds=time_limit_seconds,
        )

        return solve_job_create
