from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.respondent_create_role import RespondentCreateRole, check_respondent_create_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="RespondentCreate")


@_attrs_define
class RespondentCreate:
    """
    Attributes:
        name (str):
        role (RespondentCreateRole):
        organisation (None | str | Unset):
    """

    name: str
    role: RespondentCreateRole
    organisation: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role: str = self.role

        organisation: None | str | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        else:
            organisation = self.organisation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "role": role,
            }
        )
        if organisation is not UNSET:
            field_dict["organisation"] = organisation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        role = check_respondent_create_role(d.pop("role"))

        def _parse_organisation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        respondent_create = cls(
            name=name,
            role=role,
            organisation=organisation,
        )

        return respondent_create
