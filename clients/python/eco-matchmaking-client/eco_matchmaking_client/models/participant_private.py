from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.delegate import Delegate


T = TypeVar("T", bound="ParticipantPrivate")


@_attrs_define
class ParticipantPrivate:
    """Shown to the organiser and to whoever acts for the participant.

    Attributes:
        available_slot_ids (list[UUID] | None): null: every slot
        created_at (datetime.datetime):
        delegates (list[Delegate]):
        max_meetings (int | None):
        registered_by (None | UUID):
        updated_at (datetime.datetime):
    """

    available_slot_ids: list[UUID] | None
    created_at: datetime.datetime
    delegates: list[Delegate]
    max_meetings: int | None
    registered_by: None | UUID
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_slot_ids: list[str] | None
        if isinstance(self.available_slot_ids, list):
            available_slot_ids = []
            for available_slot_ids_type_0_item_data in self.available_slot_ids:
                available_slot_ids_type_0_item = str(available_slot_ids_type_0_item_data)
                available_slot_ids.append(available_slot_ids_type_0_item)

        else:
            available_slot_ids = self.available_slot_ids

        created_at = self.created_at.isoformat()

        delegates = []
        for delegates_item_data in self.delegates:
            delegates_item = delegates_item_data.to_dict()
            delegates.append(delegates_item)

        max_meetings: int | None
        max_meetings = self.max_meetings

        registered_by: None | str
        if isinstance(self.registered_by, UUID):
            registered_by = str(self.registered_by)
        else:
            registered_by = self.registered_by

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_slot_ids": available_slot_ids,
                "created_at": created_at,
                "delegates": delegates,
                "max_meetings": max_meetings,
                "registered_by": registered_by,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delegate import Delegate  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_available_slot_ids(data: object) -> list[UUID] | None:
            if data is None:
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
            return cast(list[UUID] | None, data)

        available_slot_ids = _parse_available_slot_ids(d.pop("available_slot_ids"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        delegates = []
        _delegates = d.pop("delegates")
        for delegates_item_data in _delegates:
            delegates_item = Delegate.from_dict(delegates_item_data)

            delegates.append(delegates_item)

        def _parse_max_meetings(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_meetings = _parse_max_meetings(d.pop("max_meetings"))

        def _parse_registered_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                registered_by_type_0 = UUID(data)

                return registered_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        registered_by = _parse_registered_by(d.pop("registered_by"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        participant_private = cls(
            available_slot_ids=available_slot_ids,
            created_at=created_at,
            delegates=delegates,
            max_meetings=max_meetings,
            registered_by=registered_by,
            updated_at=updated_at,
        )

        participant_private.additional_properties = d
        return participant_private

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
