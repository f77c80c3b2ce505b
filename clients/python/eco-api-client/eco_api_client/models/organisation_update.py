from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.nuts_version import NutsVersion, check_nuts_version
from ..models.organisation_update_excellence_label_type_0 import (
    OrganisationUpdateExcellenceLabelType0,
    check_organisation_update_excellence_label_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationUpdate")


@_attrs_define
class OrganisationUpdate:
    """Only the fields sent change; null clears an optional field.

    Attributes:
        acronym (None | str | Unset):
        category_slugs (list[str] | Unset): Cluster categories of the active definition set
        contact_email (None | str | Unset):
        contact_name (None | str | Unset):
        contact_phone (None | str | Unset):
        country_code (None | str | Unset): Taken from the region when absent; must be the region's country
        demo (bool | Unset): Demonstration data, not a real profile Default: False.
        description (None | str | Unset):
        emerging_industry_slugs (list[str] | Unset):
        excellence_label (None | OrganisationUpdateExcellenceLabelType0 | Unset): European Cluster Excellence label;
            needs label_date
        label_date (datetime.date | None | Unset):
        languages (list[str] | Unset): ISO 639-1
        legal_name (None | str | Unset):
        members_large_firms (int | Unset):  Default: 0.
        members_others (int | Unset):  Default: 0.
        members_research (int | Unset):  Default: 0.
        members_smes (int | Unset):  Default: 0.
        nace_codes (list[str] | Unset): NACE Rev. 2 codes, dotted (22.22) or Eurostat notation (C2222)
        name (None | str | Unset):
        need_nace_codes (list[str] | Unset):
        needs (list[str] | Unset):
        nuts_version (NutsVersion | Unset): NUTS classification versions the observatory knows.
        offer_nace_codes (list[str] | Unset):
        offers (list[str] | Unset):
        region_id (None | str | Unset):
        slug (None | str | Unset):
        website (None | str | Unset):
    """

    acronym: None | str | Unset = UNSET
    category_slugs: list[str] | Unset = UNSET
    contact_email: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    demo: bool | Unset = False
    description: None | str | Unset = UNSET
    emerging_industry_slugs: list[str] | Unset = UNSET
    excellence_label: None | OrganisationUpdateExcellenceLabelType0 | Unset = UNSET
    label_date: datetime.date | None | Unset = UNSET
    languages: list[str] | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    members_large_firms: int | Unset = 0
    members_others: int | Unset = 0
    members_research: int | Unset = 0
    members_smes: int | Unset = 0
    nace_codes: list[str] | Unset = UNSET
    name: None | str | Unset = UNSET
    need_nace_codes: list[str] | Unset = UNSET
    needs: list[str] | Unset = UNSET
    nuts_version: NutsVersion | Unset = UNSET
    offer_nace_codes: list[str] | Unset = UNSET
    offers: list[str] | Unset = UNSET
    region_id: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    website: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        acronym: None | str | Unset
        if isinstance(self.acronym, Unset):
            acronym = UNSET
        else:
            acronym = self.acronym

        category_slugs: list[str] | Unset = UNSET
        if not isinstance(self.category_slugs, Unset):
            category_slugs = self.category_slugs

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        demo = self.demo

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        emerging_industry_slugs: list[str] | Unset = UNSET
        if not isinstance(self.emerging_industry_slugs, Unset):
            emerging_industry_slugs = self.emerging_industry_slugs

        excellence_label: None | str | Unset
        if isinstance(self.excellence_label, Unset):
            excellence_label = UNSET
        elif isinstance(self.excellence_label, str):
            excellence_label = self.excellence_label
        else:
            excellence_label = self.excellence_label

        label_date: None | str | Unset
        if isinstance(self.label_date, Unset):
            label_date = UNSET
        elif isinstance(self.label_date, datetime.date):
            label_date = self.label_date.isoformat()
        else:
            label_date = self.label_date

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        members_large_firms = self.members_large_firms

        members_others = self.members_others

        members_research = self.members_research

        members_smes = self.members_smes

        nace_codes: list[str] | Unset = UNSET
        if not isinstance(self.nace_codes, Unset):
            nace_codes = self.nace_codes

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        need_nace_codes: list[str] | Unset = UNSET
        if not isinstance(self.need_nace_codes, Unset):
            need_nace_codes = self.need_nace_codes

        needs: list[str] | Unset = UNSET
        if not isinstance(self.needs, Unset):
            needs = self.needs

        nuts_version: int | Unset = UNSET
        if not isinstance(self.nuts_version, Unset):
            nuts_version = self.nuts_version

        offer_nace_codes: list[str] | Unset = UNSET
        if not isinstance(self.offer_nace_codes, Unset):
            offer_nace_codes = self.offer_nace_codes

        offers: list[str] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = self.offers

        region_id: None | str | Unset
        if isinstance(self.region_id, Unset):
            region_id = UNSET
        else:
            region_id = self.region_id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if category_slugs is not UNSET:
            field_dict["category_slugs"] = category_slugs
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_phone is not UNSET:
            field_dict["contact_phone"] = contact_phone
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if demo is not UNSET:
            field_dict["demo"] = demo
        if description is not UNSET:
            field_dict["description"] = description
        if emerging_industry_slugs is not UNSET:
            field_dict["emerging_industry_slugs"] = emerging_industry_slugs
        if excellence_label is not UNSET:
            field_dict["excellence_label"] = excellence_label
        if label_date is not UNSET:
            field_dict["label_date"] = label_date
        if languages is not UNSET:
            field_dict["languages"] = languages
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if members_large_firms is not UNSET:
            field_dict["members_large_firms"] = members_large_firms
        if members_others is not UNSET:
            field_dict["members_others"] = members_others
        if members_research is not UNSET:
            field_dict["members_research"] = members_research
        if members_smes is not UNSET:
            field_dict["members_smes"] = members_smes
        if nace_codes is not UNSET:
            field_dict["nace_codes"] = nace_codes
        if name is not UNSET:
            field_dict["name"] = name
        if need_nace_codes is not UNSET:
            field_dict["need_nace_codes"] = need_nace_codes
        if needs is not UNSET:
            field_dict["needs"] = needs
        if nuts_version is not UNSET:
            field_dict["nuts_version"] = nuts_version
        if offer_nace_codes is not UNSET:
            field_dict["offer_nace_codes"] = offer_nace_codes
        if offers is not UNSET:
            field_dict["offers"] = offers
        if region_id is not UNSET:
            field_dict["region_id"] = region_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_acronym(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acronym = _parse_acronym(d.pop("acronym", UNSET))

        category_slugs = cast(list[str], d.pop("category_slugs", UNSET))

        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contact_email", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        def _parse_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        demo = d.pop("demo", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        emerging_industry_slugs = cast(list[str], d.pop("emerging_industry_slugs", UNSET))

        def _parse_excellence_label(data: object) -> None | OrganisationUpdateExcellenceLabelType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                excellence_label_type_0 = check_organisation_update_excellence_label_type_0(data)

                return excellence_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganisationUpdateExcellenceLabelType0 | Unset, data)

        excellence_label = _parse_excellence_label(d.pop("excellence_label", UNSET))

        def _parse_label_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                label_date_type_0 = datetime.date.fromisoformat(data)

                return label_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        label_date = _parse_label_date(d.pop("label_date", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        def _parse_legal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_name = _parse_legal_name(d.pop("legal_name", UNSET))

        members_large_firms = d.pop("members_large_firms", UNSET)

        members_others = d.pop("members_others", UNSET)

        members_research = d.pop("members_research", UNSET)

        members_smes = d.pop("members_smes", UNSET)

        nace_codes = cast(list[str], d.pop("nace_codes", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        need_nace_codes = cast(list[str], d.pop("need_nace_codes", UNSET))

        needs = cast(list[str], d.pop("needs", UNSET))

        _nuts_version = d.pop("nuts_version", UNSET)
        nuts_version: NutsVersion | Unset
        if isinstance(_nuts_version, Unset):
            nuts_version = UNSET
        else:
            nuts_version = check_nuts_version(_nuts_version)

        offer_nace_codes = cast(list[str], d.pop("offer_nace_codes", UNSET))

        offers = cast(list[str], d.pop("offers", UNSET))

        def _parse_region_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_id = _parse_region_id(d.pop("region_id", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        organisation_update = cls(
            acronym=acronym,
            category_slugs=category_slugs,
            contact_email=contact_email,
            contact_name=contact_name,
            contact_phone=contact_phone,
            country_code=country_code,
            demo=demo,
            description=description,
            emerging_industry_slugs=emerging_industry_slugs,
            excellence_label=excellence_label,
            label_date=label_date,
            languages=languages,
            legal_name=legal_name,
            members_large_firms=members_large_firms,
            members_others=members_others,
            members_research=members_research,
            members_smes=members_smes,
            nace_codes=nace_codes,
            name=name,
            need_nace_codes=need_nace_codes,
            needs=needs,
            nuts_version=nuts_version,
            offer_nace_codes=offer_nace_codes,
            offers=offers,
            region_id=region_id,
            slug=slug,
            website=website,
        )

        return organisation_update
