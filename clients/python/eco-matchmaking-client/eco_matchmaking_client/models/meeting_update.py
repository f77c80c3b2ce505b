from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingUpdate")


@_attrs_define
class MeetingUpdate:
    """The organiser's changes; only the fields sent change. ``slot_id`` and ``table_id``
    move the meeting (both null: take it off the schedule).

        Attributes:
            locked (bool | None | Unset): A locked meeting stays where it is when the schedule is run
            no_show_participant_ids (list[UUID] | None | Unset): The sides that did not turn up
            slot_id (None | Unset | UUID):
            table_id (None | Unset | UUID):
    """

    locked: bool | None | Unset = UNSET
    no_show_participant_ids: list[UUID] | None | Unset = UNSET
    slot_id: None | Unset | UUID = UNSET
    table_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        locked: bool | None | Unset
        if isinstance(self.locked, Unset):
            locked = UNSET
        else:
            locked = self.locked

        no_show_participant_ids: list[str] | None | Unset
        if isinstance(self.no_show_participant_ids, Unset):
            no_show_participant_ids = UNSET
        elif isinstance(self.no_show_participant_ids, list):
            no_show_participant_ids = []
            for no_show_participant_ids_type_0_item_data in self.no_show_participant_ids:
                no_show_participant_ids_type_0_item = str(no_show_participant_ids_type_0_item_data)
                no_show_participant_ids.append(no_show_participant_ids_type_0_item)

        else:
            no_show_participant_ids = self.no_show_participant_ids

        slot_id: None | str | Unset
        if isinstance(self.slot_id, Unset):
            slot_id = UNSET
        elif isinstance(self.slot_id, UUID):
            slot_id = str(self.slot_id)
        else:
            slot_id = self.slot_id

        table_id: None | str | Unset
        if isinstance(self.table_id, Unset):
            table_id = UNSET
        elif isinstance(self.table_id, UUID):
            table_id = str(self.table_id)
        else:
            table_id = self.table_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if locked is not UNSET:
            field_dict["locked"] = locked
        if no_show_participant_ids is not UNSET:
            field_dict["no_show_participant_ids"] = no_show_participant_ids
        if slot_id is not UNSET:
            field_dict["slot_id"] = slot_id
        if table_id is not UNSET:
            field_dict["table_id"] = table_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        locked = _parse_locked(d.pop("locked", UNSET))

        def _parse_no_show_participant_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                no_show_participant_ids_type_0 = []
                _no_show_participant_ids_type_0 = data
                for no_show_participant_ids_type_0_item_data in _no_show_participant_ids_type_0:
                    no_show_participant_ids_type_0_item = UUID(no_show_participant_ids_type_0_item_data)

                    no_show_participant_ids_type_0.append(no_show_participant_ids_type_0_item)

                return no_show_participant_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        no_show_participant_ids = _parse_no_show_participant_ids(d.pop("no_show_participant_ids", UNSET))

        def _parse_slot_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slot_id_type_0 = UUID(data)

                return slot_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        slot_id = _parse_slot_id(d.pop("slot_id", UNSET))

        def _parse_table_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                table_id_type_0 = UUID(data)

                return table_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        table_id = _parse_table_id(d.pop("table_id", UNSET))

        meeting_update = cls(
            locked=locked,
            no_show_participant_ids=no_show_participant_ids,
            slot_id=slot_id,
            table_id=table_id,
        )

        return meeting_update
