"""A cluster organisation's profile as plain data: the writable fields and their limits."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from eco_core.types import CURRENT_NUTS_VERSION

# Limits of what one profile may hold. They keep profiles readable on a matchmaking card
# and keep one import row from carrying a novel; the database columns allow at least this.
SLUG_MAX = 80
NAME_MAX = 200
ACRONYM_MAX = 40
LEGAL_NAME_MAX = 300
WEBSITE_MAX = 300
DESCRIPTION_MAX = 4_000
SHORT_TEXT_MAX = 200  # one offer or one need
TEXTS_MAX = 20  # offers, needs
CODES_MAX = 50  # NACE codes per list
SLUGS_MAX = 20  # categories, emerging industries
LANGUAGES_MAX = 30
MEMBERS_MAX = 1_000_000
CONTACT_NAME_MAX = 200
EMAIL_MAX = 254
PHONE_MAX = 40

# "|" separates list items in CSV files (import and export), so no item may contain it.
LIST_SEPARATOR = "|"


@dataclass(frozen=True)
class Profile:
    """The fields an owner writes. Unvalidated until ``rules.validate_profile`` says so."""

    slug: str
    name: str
    region_id: str
    nuts_version: int = int(CURRENT_NUTS_VERSION)
    country_code: str | None = None  # derived from the region when absent
    acronym: str | None = None
    legal_name: str | None = None
    website: str | None = None
    description: str | None = None
    category_slugs: tuple[str, ...] = ()
    emerging_industry_slugs: tuple[str, ...] = ()
    nace_codes: tuple[str, ...] = ()
    members_smes: int = 0
    members_large_firms: int = 0
    members_research: int = 0
    members_others: int = 0
    offers: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    offer_nace_codes: tuple[str, ...] = ()
    need_nace_codes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    excellence_label: str | None = None
    label_date: date | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    demo: bool = False

    def as_row(self) -> dict[str, Any]:
        """Column values for ``cluster_organisation`` (lists for the array columns)."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}


PROFILE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Profile))
REQUIRED_FIELDS = ("slug", "name", "region_id")
TEXT_FIELDS = (
    "slug",
    "name",
    "region_id",
    "country_code",
    "acronym",
    "legal_name",
    "website",
    "description",
    "excellence_label",
    "contact_name",
    "contact_email",
    "contact_phone",
)
MEMBER_FIELDS = ("members_smes", "members_large_firms", "members_research", "members_others")
NACE_LIST_FIELDS = ("nace_codes", "offer_nace_codes", "need_nace_codes")
SLUG_LIST_FIELDS = ("category_slugs", "emerging_industry_slugs")
TEXT_LIST_FIELDS = ("offers", "needs")
LIST_FIELDS = (*SLUG_LIST_FIELDS, *NACE_LIST_FIELDS, *TEXT_LIST_FIELDS, "languages")
# Only the owner and administrators read these.
PRIVATE_FIELDS = ("contact_name", "contact_email", "contact_phone")
PUBLIC_FIELDS = tuple(f for f in PROFILE_FIELDS if f not in PRIVATE_FIELDS)

# Columns an export carries besides the profile: accepted and ignored by an import, so an
# exported file can be edited and imported back.
READ_ONLY_FIELDS = (
    "id",
    "owner_account_id",
    "region_name",
    "members_total",
    "revision",
    "created_at",
    "updated_at",
    # Set by an excellence assessment (scoring service), never by the profile's owner.
    "label_valid_until",
)
