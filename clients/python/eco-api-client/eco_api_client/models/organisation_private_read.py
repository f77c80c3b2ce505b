from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationPrivateRead")


@_attrs_define
class OrganisationPrivateRead:
    """The view of its owner, its managers and administrators: the public profile and its
    contact fields.

        Attributes:
            acronym (None | str):
            category_slugs (list[str]):
            contact_email (None | str):
            contact_name (None | str):
            contact_phone (None | str):
            country_code (str):
            created_at (datetime.datetime):
            demo (bool):
            description (None | str):
            emerging_industry_slugs (list[str]):
            excellence_label (None | str):
            id (UUID):
            label_date (datetime.date | None):
            languages (list[str]):
            legal_name (None | str):
            members_large_firms (int):
            members_others (int):
            members_research (int):
            members_smes (int):
            members_total (int):
            nace_codes (list[str]):
            name (str):
            need_nace_codes (list[str]):
            needs (list[str]):
            nuts_version (int):
            offer_nace_codes (list[str]):
            offers (list[str]):
            owner_account_id (UUID):
            region_id (str):
            region_name (None | str):
            revision (int): Goes up by one with every change; usable in If-Match
            slug (str):
            updated_at (datetime.datetime):
            website (None | str):
            label_valid_until (datetime.date | None | Unset): Set with the label by an excellence assessment
    """

    acronym: None | str
    category_slugs: list[str]
    contact_email: None | str
    contact_name: None | str
    contact_phone: None | str
    country_code: str
    created_at: datetime.datetime
    demo: bool
    description: None | str
    emerging_industry_slugs: list[str]
    excellence_label: None | str
    id: UUID
    label_date: datetime.date | None
    languages: list[str]
    legal_name: None | str
    members_large_firms: int
    members_others: int
    members_research: int
    members_smes: int
    members_total: int
    nace_codes: list[str]
    name: str
    need_nace_codes: list[str]
    needs: list[str]
    nuts_version: int
    offer_nace_codes: list[str]
    offers: list[str]
    owner_account_id: UUID
    region_id: str
    region_name: None | str
    revision: int
    slug: str
    updated_at: datetime.datetime
    website: None | str
    label_valid_until: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acronym: None | str
        acronym = self.acronym

        category_slugs = self.category_slugs

        contact_email: None | str
        contact_email = self.contact_email

        contact_name: None | str
        contact_name = self.contact_name

        contact_phone: None | str
        contact_phone = self.contact_phone

        country_code = self.country_code

        created_at = self.created_at.isoformat()

        demo = self.demo

        description: None | str
        description = self.description

        emerging_industry_slugs = self.emerging_industry_slugs

        excellence_label: None | str
        excellence_label = self.excellence_label

        id = str(self.id)

        label_date: None | str
        if isinstance(self.label_date, datetime.date):
            label_date = self.label_date.isoformat()
        else:
            label_date = self.label_date

        languages = self.languages

        legal_name: None | str
        legal_name = self.legal_name

        members_large_firms = self.members_large_firms

        members_others = self.members_others

        members_research = self.members_research

        members_smes = self.members_smes

        members_total = self.members_total

        nace_codes = self.nace_codes

        name = self.name

        need_nace_codes = self.need_nace_codes

        needs = self.needs

        nuts_version = self.nuts_version

        offer_nace_codes = self.offer_nace_codes

        offers = self.offers

        owner_account_id = str(self.owner_account_id)

        region_id = self.region_id

        region_name: None | str
        region_name = self.region_name

        revision = self.revision

        slug = self.slug

        updated_at = self.updated_at.isoformat()

        website: None | str
        website = self.website

        label_valid_until: None | str | Unset
        if isinstance(self.label_valid_until, Unset):
            label_valid_until = UNSET
        elif isinstance(self.label_valid_until, datetime.date):
            label_valid_until = self.label_valid_until.isoformat()
        else:
            label_valid_until = self.label_valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acronym": acronym,
                "category_slugs": category_slugs,
                "contact_email": contact_email,
                "contact_name": contact_name,
                "contact_phone": contact_phone,
                "country_code": country_code,
                "created_at": created_at,
                "demo": demo,
                "description": description,
                "emerging_industry_slugs": emerging_industry_slugs,
                "excellence_label": excellence_label,
                "id": id,
                "label_date": label_date,
                "languages": languages,
                "legal_name": legal_name,
                "members_large_firms": members_large_firms,
                "members_others": members_others,
                "members_research": members_research,
                "members_smes": members_smes,
                "members_total": members_total,
                "nace_codes": nace_codes,
                "name": name,
                "need_nace_codes": need_nace_codes,
                "needs": needs,
                "nuts_version": nuts_version,
                "offer_nace_codes": offer_nace_codes,
                "offers": offers,
                "owner_account_id": owner_account_id,
                "region_id": region_id,
                "region_name": region_name,
                "revision": revision,
                "slug": slug,
                "updated_at": updated_at,
                "website": website,
            }
        )
        if label_valid_until is not UNSET:
            field_dict["label_valid_until"] = label_valid_until

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

        def _parse_contact_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_email = _parse_contact_email(d.pop("contact_email"))

        def _parse_contact_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_name = _parse_contact_name(d.pop("contact_name"))

        def _parse_contact_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone"))

        country_code = d.pop("country_code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        demo = d.pop("demo")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        emerging_industry_slugs = cast(list[str], d.pop("emerging_industry_slugs"))

        def _parse_excellence_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        excellence_label = _parse_excellence_label(d.pop("excellence_label"))

        id = UUID(d.pop("id"))

        def _parse_label_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                label_date_type_0 = datetime.date.fromisoformat(data)

                return label_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        label_date = _parse_label_date(d.pop("label_date"))

        languages = cast(list[str], d.pop("languages"))

        def _parse_legal_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        legal_name = _parse_legal_name(d.pop("legal_name"))

        members_large_firms = d.pop("members_large_firms")

        members_others = d.pop("members_others")

        members_research = d.pop("members_research")

        members_smes = d.pop("members_smes")

        members_total = d.pop("members_total")

        nace_codes = cast(list[str], d.pop("nace_codes"))

        name = d.pop("name")

        need_nace_codes = cast(list[str], d.pop("need_nace_codes"))

        needs = cast(list[str], d.pop("needs"))

        nuts_version = d.pop("nuts_version")

        offer_nace_codes = cast(list[str], d.pop("offer_nace_codes"))

        offers = cast(list[str], d.pop("offers"))

        owner_account_id = UUID(d.pop("owner_account_id"))

        region_id = d.pop("region_id")

        def _parse_region_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region_name = _parse_region_name(d.pop("region_name"))

        revision = d.pop("revision")

        slug = d.pop("slug")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

        def _parse_label_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                label_valid_until_type_0 = datetime.date.fromisoformat(data)

                return label_valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        label_valid_until = _parse_label_valid_until(d.pop("label_valid_until", UNSET))

        organisation_private_read = cls(
            acronym=acronym,
            category_slugs=category_slugs,
            contact_email=contact_email,
            contact_name=contact_name,
            contact_phone=contact_phone,
            country_code=country_code,
            created_at=created_at,
            demo=demo,
            description=description,
            emerging_industry_slugs=emerging_industry_slugs,
            excellence_label=excellence_label,
            id=id,
            label_date=label_date,
            languages=languages,
            legal_name=legal_name,
            members_large_firms=members_large_firms,
            members_others=members_others,
            members_research=members_research,
            members_smes=members_smes,
            members_total=members_total,
            nace_codes=nace_codes,
            name=name,
            need_nace_codes=need_nace_codes,
            needs=needs,
            nuts_version=nuts_version,
            offer_nace_codes=offer_nace_codes,
            offers=offers,
            owner_account_id=owner_account_id,
            region_id=region_id,
            region_name=region_name,
            revision=revision,
            slug=slug,
            updated_at=updated_at,
            website=website,
            label_valid_until=label_valid_until,
        )

        organisation_private_read.additional_properties = d
        return organisation_private_read

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
