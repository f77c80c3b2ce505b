from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrganisationBrief")


@_attrs_define
class OrganisationBrief:
    """
    Attributes:
        acronym (None | str):
        category_slugs (list[str]):
        country_code (str):
        id (UUID):
        nace_codes (list[str]):
        name (str):
        region_id (str):
        slug (str):
    """

    acronym: None | str
    category_slugs: list[str]
    country_code: str
    id: UUID
    nace_codes: list[str]
    name: str
    region_id: str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acronym: None | str
        acronym = self.acronym

        category_slugs = self.category_slugs

        country_code = self.country_code

        id = str(self.id)

        nace_codes = self.nace_codes

        name = self.name

        region_id = self.region_id

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acronym": acronym,
                "category_slugs": category_slugs,
                "country_code": country_code,
                "id": id,
                "nace_codes": nace_codes,
                "name": name,
                "region_id": region_id,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_acronym(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        acronym = _parse_acronym(d.pop("acronym"))

        category_slugs = cast(list[str], d.pop("category_slugs"))

        country_code = d.pop("country_code")

        id = UUID(d.pop("id"))

        nace_codes = cast(list[str], d.pop("nace_codes"))

        name = d.pop("name")

        region_id = d.pop("region_id")

        slug = d.pop("slug")

        organisation_brief = cls(
            acronym=acronym,
            category_slugs=category_slugs,
            country_code=country_code,
            id=id,
            nace_codes=nace_codes,
            name=name,
            region_id=region_id,
            slug=slug,
        )

        organisation_brief.additional_properties = d
        return organisation_brief

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
