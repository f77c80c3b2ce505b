from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, computed_field

from eco_core.http.pagination import Page
from eco_core.organisations import profile as limits
from eco_core.types import CURRENT_NUTS_VERSION, NutsCode, NutsVersion

Label = Literal["bronze", "silver", "gold"]
Slug = Annotated[str, StringConstraints(max_length=limits.SLUG_MAX)]
CodeText = Annotated[str, StringConstraints(max_length=8)]
ShortText = Annotated[str, StringConstraints(max_length=limits.SHORT_TEXT_MAX)]
Language = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")]
MemberCount = Annotated[int, Field(ge=0, le=limits.MEMBERS_MAX)]


class _ProfileFields(BaseModel):
    """Fields a write may carry. Which regions, codes and slugs exist is checked by the
    profile rules (eco_core.organisations.rules), the same for the API and for imports."""

    model_config = ConfigDict(extra="forbid")

    acronym: str | None = Field(default=None, max_length=limits.ACRONYM_MAX)
    legal_name: str | None = Field(default=None, max_length=limits.LEGAL_NAME_MAX)
    website: str | None = Field(
        default=None, max_length=limits.WEBSITE_MAX, examples=["https://cluster.example.org"]
    )
    country_code: str | None = Field(
        default=None,
        pattern=r"^[A-Z]{2}$",
        description="Taken from the region when absent; must be the region's country",
    )
    nuts_version: NutsVersion = CURRENT_NUTS_VERSION
    description: str | None = Field(default=None, max_length=limits.DESCRIPTION_MAX)
    category_slugs: list[Slug] = Field(
        default=[],
        max_length=limits.SLUGS_MAX,
        description="Cluster categories of the active definition set",
        examples=[["plastics"]],
    )
    emerging_industry_slugs: list[Slug] = Field(
        default=[], max_length=limits.SLUGS_MAX, examples=[["advanced-packaging"]]
    )
    nace_codes: list[CodeText] = Field(
        default=[],
        max_length=limits.CODES_MAX,
        description="NACE Rev. 2 codes, dotted (22.22) or Eurostat notation (C2222)",
        examples=[["22.2"]],
    )
    members_smes: MemberCount = 0
    members_large_firms: MemberCount = 0
    members_research: MemberCount = 0
    members_others: MemberCount = 0
    offers: list[ShortText] = Field(default=[], max_length=limits.TEXTS_MAX)
    needs: list[ShortText] = Field(default=[], max_length=limits.TEXTS_MAX)
    offer_nace_codes: list[CodeText] = Field(default=[], max_length=limits.CODES_MAX)
    need_nace_codes: list[CodeText] = Field(default=[], max_length=limits.CODES_MAX)
    languages: list[Language] = Field(
        default=[], max_length=limits.LANGUAGES_MAX, description="ISO 639-1", examples=[["en"]]
    )
    excellence_label: Label | None = Field(
        default=None, description="European Cluster Excellence label; needs label_date"
    )
    label_date: date | None = None
    contact_name: str | None = Field(default=None, max_length=limits.CONTACT_NAME_MAX)
    contact_email: str | None = Field(default=None, max_length=limits.EMAIL_MAX)
    contact_phone: str | None = Field(default=None, max_length=limits.PHONE_MAX)
    demo: bool = Field(default=False, description="Demonstration data, not a real profile")


class OrganisationCreate(_ProfileFields):
    slug: Slug | None = Field(
        default=None,
        description="URL name (a-z, 0-9, single hyphens); made from the name when absent",
        examples=["plastics-cluster-example"],
    )
    name: str = Field(min_length=1, max_length=limits.NAME_MAX)
    region_id: NutsCode = Field(description="NUTS 1-3 region", examples=["FRK21"])


class OrganisationUpdate(_ProfileFields):
    """Only the fields sent change; null clears an optional field."""

    slug: Slug | None = None
    name: str | None = Field(default=None, min_length=1, max_length=limits.NAME_MAX)
    region_id: NutsCode | None = None


class OrganisationRead(BaseModel):
    """The public profile: everything but the contact fields."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    slug: str
    name: str
    acronym: str | None
    legal_name: str | None
    website: str | None
    country_code: str
    nuts_version: int
    region_id: str
    region_name: str | None
    category_slugs: list[str]
    emerging_industry_slugs: list[str]
    nace_codes: list[str]
    members_smes: int
    members_large_firms: int
    members_research: int
    members_others: int
    description: str | None
    offers: list[str]
    needs: list[str]
    offer_nace_codes: list[str]
    need_nace_codes: list[str]
    languages: list[str]
    excellence_label: str | None
    label_date: date | None
    label_valid_until: date | None = Field(
        default=None, description="Set with the label by an excellence assessment"
    )
    demo: bool
    revision: int = Field(description="Goes up by one with every change; usable in If-Match")
    created_at: datetime
    updated_at: datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def members_total(self) -> int:
        return (
            self.members_smes
            + self.members_large_firms
            + self.members_research
            + self.members_others
        )


class OrganisationPrivateRead(OrganisationRead):
    """The view of its owner, its managers and administrators: the public profile and its
    contact fields."""

    owner_account_id: uuid.UUID
    contact_name: str | None
    contact_email: str | None
    contact_phone: str | None


class OrganisationPage(Page[OrganisationRead]):
    pass


class OrganisationPrivatePage(Page[OrganisationPrivateRead]):
    pass


@dataclass(frozen=True)
class OrganisationFilter:
    q: str | None = None
    country_code: str | None = None
    region_id: str | None = None
    category: str | None = None
    emerging_industry: str | None = None
    label: str | None = None
    demo: bool | None = None
    nace: str | None = None
    # The profiles this account owns or manages (``/mine``).
    acting_account_id: uuid.UUID | None = None


EXPORT_COLUMNS = (
    "id",
    "slug",
    "name",
    "acronym",
    "legal_name",
    "website",
    "country_code",
    "nuts_version",
    "region_id",
    "region_name",
    "category_slugs",
    "emerging_industry_slugs",
    "nace_codes",
    "members_smes",
    "members_large_firms",
    "members_research",
    "members_others",
    "members_total",
    "description",
    "offers",
    "needs",
    "offer_nace_codes",
    "need_nace_codes",
    "languages",
    "excellence_label",
    "label_date",
    "label_valid_until",
    "demo",
    "revision",
    "created_at",
    "updated_at",
)
