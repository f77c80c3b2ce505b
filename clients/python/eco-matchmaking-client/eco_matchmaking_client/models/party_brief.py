from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PartyBrief")


@_attrs_define
class PartyBrief:
    """
    Attributes:
        country_code (str):
        name (str):
        organisation_id (UUID):
        participant_id (UUID):
        slug (str): The organisation's slug
    """

    country_code: str
    name: str
    organisation_id: UUID
    participant_id: UUID
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        name = self.name

        organisation_id = str(self.organisation_id)

        participant_id = str(self.participant_id)

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "name": name,
                "organisation_id": organisation_id,
                "participant_id": participant_id,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        name = d.pop("name")

        organisation_id = UUID(d.pop("organisation_id"))

        participant_id = UUID(d.pop("participant_id"))

        slug = d.pop("slug")

        party_brief = cls(
            country_code=country_code,
            name=name,
            organisation_id=organisation_id,
            participant_id=participant_id,
            slug=slug,
        )

        party_brief.additional_properties = d
        return party_brief

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
