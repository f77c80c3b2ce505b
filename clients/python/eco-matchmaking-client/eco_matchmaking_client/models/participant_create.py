from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delegate import Delegate


T = TypeVar("T", bound="ParticipantCreate")


@_attrs_define
class ParticipantCreate:
    """
    Attributes:
        organisation_id (str): The cluster organisation to register: its id or its slug
        available_slot_ids (list[UUID] | None | Unset): Slots the participant can meet in; null: every slot of the event
        delegates (list[Delegate] | Unset):
        max_meetings (int | None | Unset): At most this many meetings (and the event's)
        table_id (None | Unset | UUID): The participant's booth (a table of kind booth; organiser)
    """

    organisation_id: str
    available_slot_ids: list[UUID] | None | Unset = UNSET
    delegates: list[Delegate] | Unset = UNSET
    max_meetings: int | None | Unset = UNSET
    table_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        organisation_id = self.organisation_id

        available_slot_ids: list[str] | None | Unset
        if isinstance(self.available_slot_ids, Unset):
            available_slot_ids = UNSET
        elif isinstance(self.available_slot_ids, list):
            available_slot_ids = []
            for available_slot_ids_type_0_item_data in self.available_slot_ids:
                available_slot_ids_type_0_item = str(available_slot_ids_type_0_item_data)
                available_slot_ids.append(available_slot_ids_type_0_item)

        else:
            available_slot_ids = self.available_slot_ids

        delegates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delegates, Unset):
            delegates = []
            for delegates_item_data in self.delegates:
                delegates_item = delegates_item_data.to_dict()
                delegates.append(delegates_item)

        max_meetings: int | None | Unset
        if isinstance(self.max_meetings, Unset):
            max_meetings = UNSET
        else:
            max_meetings = self.max_meetings

        table_id: None | str | Unset
        if isinstance(self.table_id, Unset):
            table_id = UNSET
        elif isinstance(self.table_id, UUID):
            table_id = str(self.table_id)
        else:
            table_id = self.table_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisation_id": organisation_id,
            }
        )
        if available_slot_ids is not UNSET:
            field_dict["available_slot_ids"] = available_slot_ids
        if delegates is not UNSET:
            field_dict["delegates"] = delegates
        if max_meetings is not UNSET:
            field_dict["max_meetings"] = max_meetings
        if table_id is not UNSET:
            field_dict["table_id"] = table_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delegate import Delegate  # noqa: PLC0415

        d = dict(src_dict)
        organisation_id = d.pop("organisation_id")

        def _parse_available_slot_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_slot_ids_type_0 = []
                _available_slot_ids_type_0 = data
                for available_slot_ids_type_0_item_data in _available_slot_ids_type_0:
                    available_slot_ids_type_0_item = UUID(available_slot_ids_type_0_item_data)

                    available_slot_ids_type_0.append(available_slot_ids_type_0_item)

                return available_slot_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        available_slot_ids = _parse_available_slot_ids(d.pop("available_slot_ids", UNSET))

        _delegates = d.pop("delegates", UNSET)
        delegates: list[Delegate] | Unset = UNSET
        if _delegates is not UNSET:
            delegates = []
            for delegates_item_data in _delegates:
                delegates_item = Delegate.from_dict(delegates_item_data)

                delegates.append(delegates_item)

        def _parse_max_meetings(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_meetings = _parse_max_meetings(d.pop("max_meetings", UNSET))

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

        participant_create = cls(
            organisation_id=organisation_id,
            available_slot_ids=available_slot_ids,
            delegates=delegates,
            max_meetings=max_meetings,
            table_id=table_id,
        )

        return participant_create
