from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.respondent_read_role import RespondentReadRole, check_respondent_read_role

T = TypeVar("T", bound="RespondentRead")


@_attrs_define
class RespondentRead:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        name (str):
        organisation (None | str):
        role (RespondentReadRole):
    """

    created_at: datetime.datetime
    id: UUID
    name: str
    organisation: None | str
    role: RespondentReadRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        name = self.name

        organisation: None | str
        organisation = self.organisation

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "organisation": organisation,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_organisation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisation = _parse_organisation(d.pop("organisation"))

        role = check_respondent_read_role(d.pop("role"))

        respondent_read = cls(
            created_at=created_at,
            id=id,
            name=name,
            organisation=organisation,
            role=role,
        )

        respondent_read.additional_properties = d
        return respondent_read

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
