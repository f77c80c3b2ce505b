"""Fetch what the profile rules check against: the regions and NACE codes a batch of
profiles names, and the category and emerging-industry slugs of the active definition set."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import ARRAY, Text, any_, bindparam, select, tuple_
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.models import ClusterOrganisation, Definition, DefinitionSet, NaceActivity, NutsRegion
from eco_core.organisations.profile import PROFILE_FIELDS, Profile
from eco_core.organisations.rules import ProfileContext, RegionFacts
from eco_core.reference import datasets
from eco_core.reference.parse import parse_emerging_industries, slugify

CATEGORY_NAMES = "reference/traded_cluster_category_names.txt"

_region = NutsRegion.__table__
_nace = NaceActivity.__table__
_definition = Definition.__table__
_set = DefinitionSet.__table__
_organisation = ClusterOrganisation.__table__


async def load_context(
    conn: AsyncConnection,
    *,
    regions: Collection[tuple[int, str]],
    nace_codes: Collection[str],
    reference_root: Path,
    today: date | None = None,
) -> ProfileContext:
    categories, emerging = await definition_slugs(conn, reference_root)
    return ProfileContext(
        regions=await _regions(conn, regions),
        nace_codes=await _known_nace(conn, nace_codes),
        category_slugs=categories,
        emerging_industry_slugs=emerging,
        today=today or date.today(),
    )


async def _regions(
    conn: AsyncConnection, wanted: Collection[tuple[int, str]]
) -> dict[tuple[int, str], RegionFacts]:
    if not wanted:
        return {}
    stmt = select(
        _region.c.nuts_version,
        _region.c.nuts_id,
        _region.c.country_code,
        _region.c.level,
        _region.c.kind,
        _region.c.name,
    ).where(tuple_(_region.c.nuts_version, _region.c.nuts_id).in_(list(wanted)))
    return {
        (r.nuts_version, r.nuts_id): RegionFacts(r.country_code, r.level, r.kind, r.name)
        for r in await conn.execute(stmt)
    }


async def _known_nace(conn: AsyncConnection, wanted: Collection[str]) -> frozenset[str]:
    if not wanted:
        return frozenset()
    rows = await conn.execute(select(_nace.c.code).where(_nace.c.code.in_(list(wanted))))
    return frozenset(r.code for r in rows)


async def definition_slugs(
    conn: AsyncConnection, reference_root: Path
) -> tuple[frozenset[str], frozenset[str]]:
    """Category and emerging-industry slugs of the active definition set.

    Until a definition set is loaded and active, the slugs derived from the shipped names
    (the 51 traded categories, the ten emerging industries) stand in for it.
    """
    rows = (
        await conn.execute(
            select(_definition.c.kind, _definition.c.slug)
            .join(_set, _set.c.id == _definition.c.set_id)
            .where(_set.c.is_active)
        )
    ).all()
    if not rows:
        return shipped_slugs(reference_root)
    categories = frozenset(r.slug for r in rows if r.kind == "category")
    emerging = frozenset(r.slug for r in rows if r.kind == "emerging_industry")
    return categories, emerging


@lru_cache(maxsize=4)
def shipped_slugs(reference_root: Path) -> tuple[frozenset[str], frozenset[str]]:
    names = (reference_root / CATEGORY_NAMES).read_text(encoding="utf-8").splitlines()
    categories = frozenset(
        slugify(line) for line in names if line.strip() and not line.startswith("#")
    )
    emerging = frozenset(
        row.slug
        for row in parse_emerging_industries(datasets.EMERGING_INDUSTRIES.path(reference_root))
    )
    return categories, emerging


@dataclass(frozen=True)
class Existing:
    owner_account_id: uuid.UUID
    profile: Profile


async def existing_profiles(conn: AsyncConnection, slugs: Collection[str]) -> dict[str, Existing]:
    """The stored profiles of these slugs, with their owners."""
    if not slugs:
        return {}
    columns = [_organisation.c[name] for name in PROFILE_FIELDS]
    rows = await conn.execute(
        # One array parameter: a file may name more slugs than a query takes parameters.
        select(_organisation.c.owner_account_id, *columns).where(
            _organisation.c.slug == any_(bindparam("slugs", list(slugs), type_=ARRAY(Text)))
        )
    )
    found: dict[str, Existing] = {}
    for row in rows.mappings():
        values: dict[str, Any] = {
            name: tuple(row[name]) if isinstance(row[name], list) else row[name]
            for name in PROFILE_FIELDS
        }
        found[row["slug"]] = Existing(row["owner_account_id"], Profile(**values))
    return found
