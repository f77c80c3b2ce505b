from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organisation_brief import OrganisationBrief
    from ..models.participant_private import ParticipantPrivate


T = TypeVar("T", bound="ParticipantRead")


@_attrs_define
class ParticipantRead:
    """
    Attributes:
        event_id (UUID):
        id (UUID):
        organisation (OrganisationBrief):
        private (None | ParticipantPrivate): Delegates, availability and limits; null when the caller does not act for
            the participant
        table_id (None | UUID):
        table_name (None | str):
        yours (bool): The caller acts for this participant
    """

    event_id: UUID
    id: UUID
    organisation: OrganisationBrief
    private: None | ParticipantPrivate
    table_id: None | UUID
    table_name: None | str
    yours: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.participant_private import ParticipantPrivate  # noqa: PLC0415

        event_id = str(self.event_id)

        id = str(self.id)

        organisation = self.organisation.to_dict()

        private: dict[str, Any] | None
        if isinstance(self.private, ParticipantPrivate):
            private = self.private.to_dict()
        else:
            private = self.private

        table_id: None | str
        if isinstance(self.table_id, UUID):
            table_id = str(self.table_id)
        else:
            table_id = self.table_id

        table_name: None | str
        table_name = self.table_name

        yours = self.yours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "id": id,
                "organisation": organisation,
                "private": private,
                "table_id": table_id,
                "table_name": table_name,
                "yours": yours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organisation_brief import OrganisationBrief  # noqa: PLC0415
        from ..models.participant_private import ParticipantPrivate  # noqa: PLC0415

        d = dict(src_dict)
        event_id = UUID(d.pop("event_id"))

        id = UUID(d.pop("id"))

        organisation = OrganisationBrief.from_dict(d.pop("organisation"))

        def _parse_private(data: object) -> None | ParticipantPrivate:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                private_type_0 = ParticipantPrivate.from_dict(data)

                return private_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParticipantPrivate, data)

        private = _parse_private(d.pop("private"))

        def _parse_table_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                table_id_type_0 = UUID(data)

                return table_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        table_id = _parse_table_id(d.pop("table_id"))

        def _parse_table_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        table_name = _parse_table_name(d.pop("table_name"))

        yours = d.pop("yours")

        participant_read = cls(
            event_id=event_id,
            id=id,
            organisation=organisation,
            private=private,
            table_id=table_id,
            table_name=table_name,
            yours=yours,
        )

        participant_read.additional_properties = d
        return participant_read

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
