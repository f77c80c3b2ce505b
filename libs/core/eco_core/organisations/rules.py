"""The rules a cluster organisation's profile must meet: pure, shared by the API, the bulk
import and the demonstration seed. What exists (regions, NACE codes, category and emerging
industry slugs) is an input, fetched by the caller from the database."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit

from eco_core.models import EXCELLENCE_LABELS
from eco_core.organisations import profile as p
from eco_core.organisations.codes import ISO_639_1, normalise_nace
from eco_core.organisations.profile import Profile

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Path segments of /v1/organisations that a slug would shadow.
RESERVED_SLUGS = frozenset({"mine", "export", "imports"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{4,}$")


@dataclass(frozen=True)
class RegionFacts:
    country_code: str
    level: int
    kind: str
    name: str = ""


@dataclass(frozen=True)
class ProfileContext:
    """What the rules check references against."""

    regions: Mapping[tuple[int, str], RegionFacts]
    nace_codes: frozenset[str]
    category_slugs: frozenset[str]
    emerging_industry_slugs: frozenset[str]
    today: date


@dataclass(frozen=True)
class Issue:
    field: str
    message: str
    value: object = None


@dataclass(frozen=True)
class Checked:
    """The profile as it will be stored (normalised), and what is wrong with it."""

    profile: Profile
    issues: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        return not self.issues


def slug_from_name(name: str) -> str:
    """``Pôle Véhicule du Futur`` -> ``pole-vehicule-du-futur`` (empty for non-Latin names)."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[: p.SLUG_MAX].strip("-")


def referenced_regions(profiles: Iterable[Profile]) -> set[tuple[int, str]]:
    return {(pr.nuts_version, pr.region_id.strip().upper()) for pr in profiles if pr.region_id}


def referenced_nace(profiles: Iterable[Profile]) -> set[str]:
    codes: set[str] = set()
    for pr in profiles:
        for name in p.NACE_LIST_FIELDS:
            codes.update(c for c in map(normalise_nace, getattr(pr, name)) if c)
    return codes


def validate_profile(profile: Profile, context: ProfileContext) -> Checked:
    issues: list[Issue] = []
    normalised = _normalise(profile, issues)
    _check_texts(normalised, issues)
    _check_slug(normalised.slug, issues)
    country = _check_region(normalised, context, issues)
    if country is not None:
        normalised = replace(normalised, country_code=normalised.country_code or country)
    _check_lists(normalised, context, issues)
    _check_members(normalised, issues)
    _check_label(normalised, context.today, issues)
    _check_contact(normalised, issues)
    return Checked(normalised, tuple(issues))


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _normalise(profile: Profile, issues: list[Issue]) -> Profile:
    """Trim texts, drop duplicates from lists, write NACE codes the dotted way."""
    changes: dict[str, object] = {
        name: _clean(getattr(profile, name))
        for name in p.TEXT_FIELDS
        if name not in p.REQUIRED_FIELDS
    }
    changes["slug"] = profile.slug.strip()
    changes["name"] = profile.name.strip()
    changes["region_id"] = profile.region_id.strip().upper()
    if changes["country_code"] is not None:
        changes["country_code"] = str(changes["country_code"]).upper()
    for name in p.NACE_LIST_FIELDS:
        codes: list[str] = []
        for raw in getattr(profile, name):
            code = normalise_nace(raw)
            if code is None:
                issues.append(Issue(name, f"{raw!r} is not a NACE Rev. 2 code", raw))
            else:
                codes.append(code)
        changes[name] = _unique(codes)
    for name in (*p.SLUG_LIST_FIELDS, *p.TEXT_LIST_FIELDS):
        changes[name] = _unique(v.strip() for v in getattr(profile, name) if v.strip())
    changes["languages"] = _unique(v.strip().lower() for v in profile.languages if v.strip())
    return replace(profile, **changes)  # type: ignore[arg-type]


def _check_texts(profile: Profile, issues: list[Issue]) -> None:
    limits = {
        "slug": p.SLUG_MAX,
        "name": p.NAME_MAX,
        "acronym": p.ACRONYM_MAX,
        "legal_name": p.LEGAL_NAME_MAX,
        "website": p.WEBSITE_MAX,
        "description": p.DESCRIPTION_MAX,
        "contact_name": p.CONTACT_NAME_MAX,
        "contact_email": p.EMAIL_MAX,
        "contact_phone": p.PHONE_MAX,
    }
    for name in p.REQUIRED_FIELDS:
        if not getattr(profile, name):
            issues.append(Issue(name, "is required"))
    for name, limit in limits.items():
        value = getattr(profile, name)
        if value is not None and len(value) > limit:
            issues.append(Issue(name, f"is longer than {limit} characters", value))
    if profile.website is not None and not _is_web_url(profile.website):
        issues.append(Issue("website", "must be an http(s) URL with a host", profile.website))


def _is_web_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in value


def _check_slug(slug: str, issues: list[Issue]) -> None:
    if not slug:
        return
    if not SLUG_PATTERN.match(slug):
        issues.append(
            Issue("slug", "must be lower-case letters and digits separated by single hyphens", slug)
        )
    elif slug in RESERVED_SLUGS or _looks_like_uuid(slug):
        issues.append(Issue("slug", "is reserved (it would shadow a path)", slug))


def _looks_like_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _check_region(profile: Profile, context: ProfileContext, issues: list[Issue]) -> str | None:
    """The region's country, or None when the region is not usable."""
    if not profile.region_id:
        return None
    facts = context.regions.get((profile.nuts_version, profile.region_id))
    if facts is None:
        issues.append(
            Issue(
                "region_id",
                f"is not a NUTS {profile.nuts_version} region",
                profile.region_id,
            )
        )
        return None
    if facts.level == 0 or facts.kind == "extra_regio":
        issues.append(
            Issue("region_id", "must be a NUTS level 1, 2 or 3 region", profile.region_id)
        )
        return None
    if profile.country_code is not None and profile.country_code != facts.country_code:
        issues.append(
            Issue(
                "country_code",
                f"is not the country of region {profile.region_id} ({facts.country_code})",
                profile.country_code,
            )
        )
    return facts.country_code


def _check_lists(profile: Profile, context: ProfileContext, issues: list[Issue]) -> None:
    known = {
        "category_slugs": (context.category_slugs, "cluster category"),
        "emerging_industry_slugs": (context.emerging_industry_slugs, "emerging industry"),
    }
    for name, (allowed, what) in known.items():
        values = getattr(profile, name)
        _check_count(name, values, p.SLUGS_MAX, issues)
        for slug in values:
            if slug not in allowed:
                issues.append(Issue(name, f"{slug!r} is not a known {what}", slug))
    for name in p.NACE_LIST_FIELDS:
        values = getattr(profile, name)
        _check_count(name, values, p.CODES_MAX, issues)
        for code in values:
            if code not in context.nace_codes:
                issues.append(Issue(name, f"{code!r} is not a NACE Rev. 2 code", code))
    for name in p.TEXT_LIST_FIELDS:
        values = getattr(profile, name)
        _check_count(name, values, p.TEXTS_MAX, issues)
        for text in values:
            if len(text) > p.SHORT_TEXT_MAX:
                issues.append(
                    Issue(name, f"an item is longer than {p.SHORT_TEXT_MAX} characters", text)
                )
            if p.LIST_SEPARATOR in text:
                issues.append(Issue(name, f"an item contains {p.LIST_SEPARATOR!r}", text))
    _check_count("languages", profile.languages, p.LANGUAGES_MAX, issues)
    for language in profile.languages:
        if language not in ISO_639_1:
            issues.append(Issue("languages", f"{language!r} is not an ISO 639-1 code", language))


def _check_count(name: str, values: tuple[str, ...], limit: int, issues: list[Issue]) -> None:
    if len(values) > limit:
        issues.append(Issue(name, f"has more than {limit} items", len(values)))


def _check_members(profile: Profile, issues: list[Issue]) -> None:
    for name in p.MEMBER_FIELDS:
        value = getattr(profile, name)
        if value < 0:
            issues.append(Issue(name, "must not be negative", value))
        elif value > p.MEMBERS_MAX:
            issues.append(Issue(name, f"must not exceed {p.MEMBERS_MAX}", value))


def _check_label(profile: Profile, today: date, issues: list[Issue]) -> None:
    label, when = profile.excellence_label, profile.label_date
    if label is not None and label not in EXCELLENCE_LABELS:
        issues.append(
            Issue("excellence_label", f"must be one of {', '.join(EXCELLENCE_LABELS)}", label)
        )
    if label is not None and when is None:
        issues.append(Issue("label_date", "is required with an excellence label"))
    if label is None and when is not None:
        issues.append(Issue("excellence_label", "is required with a label date"))
    if when is not None and when > today:
        issues.append(Issue("label_date", "must not be in the future", when.isoformat()))


def _check_contact(profile: Profile, issues: list[Issue]) -> None:
    if profile.contact_email is not None and not _EMAIL.match(profile.contact_email):
        issues.append(Issue("contact_email", "is not an e-mail address", profile.contact_email))
    if profile.contact_phone is not None and not _PHONE.match(profile.contact_phone):
        issues.append(
            Issue(
                "contact_phone", "may hold digits, spaces, + ( ) . / - only", profile.contact_phone
            )
        )
