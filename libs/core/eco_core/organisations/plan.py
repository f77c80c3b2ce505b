"""Decide, row by row, what an organisations import may write: pure, before any write.

The steps, with the database asked in between: ``read_rows`` (the file), ``slugs_of``
(which existing profiles to fetch), ``merge_rows`` (a row updates only the fields it
carries), ``references`` (which regions and codes to fetch), ``plan_import`` (the rules).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from eco_core.imports.report import ProblemLog
from eco_core.organisations import profile as p
from eco_core.organisations.profile import Profile
from eco_core.organisations.records import RawRecord, read_values
from eco_core.organisations.rules import (
    Issue,
    ProfileContext,
    referenced_nace,
    referenced_regions,
    validate_profile,
)


@dataclass(frozen=True)
class ReadRow:
    row: int
    values: dict[str, Any] | None
    issues: list[Issue]


@dataclass(frozen=True)
class MergedRow:
    row: int
    profile: Profile | None
    issues: list[Issue]


@dataclass
class ImportPlan:
    valid: list[tuple[int, Profile]] = field(default_factory=list)
    log: ProblemLog = field(default_factory=ProblemLog)
    rows_read: int = 0
    rows_invalid: int = 0


def read_rows(records: Iterable[RawRecord]) -> list[ReadRow]:
    return [ReadRow(r.row, *read_values(r)) for r in records]


def slugs_of(rows: Iterable[ReadRow]) -> set[str]:
    return {str(r.values["slug"]).strip() for r in rows if r.values is not None}


def merge_rows(rows: Iterable[ReadRow], existing: Mapping[str, Profile]) -> list[MergedRow]:
    """A profile per readable row: an existing one with the row's fields over it, or a new
    one, which needs a name and a region."""
    merged: list[MergedRow] = []
    for read in rows:
        if read.values is None:
            merged.append(MergedRow(read.row, None, read.issues))
            continue
        values = dict(read.values)
        for name in p.REQUIRED_FIELDS:
            if name in values and values[name] is None:
                values[name] = ""  # an emptied required field: the rules will say so
        if "region_id" in values or "nuts_version" in values:
            values.setdefault("country_code", None)  # follows the (new) region
        base = existing.get(str(values["slug"]).strip())
        if base is not None:
            merged.append(MergedRow(read.row, replace(base, **values), []))
            continue
        missing = [n for n in p.REQUIRED_FIELDS if n not in values]
        if missing:
            issues = [Issue(n, "is required for a new organisation") for n in missing]
            merged.append(MergedRow(read.row, None, issues))
            continue
        merged.append(MergedRow(read.row, Profile(**values), []))
    return merged


def references(rows: Iterable[MergedRow]) -> tuple[set[tuple[int, str]], set[str]]:
    """Regions and NACE codes the rows name: what the database must be asked about."""
    profiles = [r.profile for r in rows if r.profile is not None]
    return referenced_regions(profiles), referenced_nace(profiles)


def plan_import(
    rows: Iterable[MergedRow],
    context: ProfileContext,
    *,
    slug_owners: Mapping[str, uuid.UUID],
    caller: uuid.UUID,
    may_write_any: bool,
) -> ImportPlan:
    """Valid rows in file order; every problem of the others, each naming row and column.

    A slug seen earlier in the file is a problem of the later row (the first one stands);
    a slug that another account owns is a problem unless the caller may write any profile.
    """
    plan = ImportPlan()
    first_row_of: dict[str, int] = {}
    for merged in rows:
        plan.rows_read += 1
        issues = list(merged.issues)
        checked = None
        if merged.profile is not None:
            checked = validate_profile(merged.profile, context)
            issues.extend(checked.issues)
            slug = checked.profile.slug
            if slug in first_row_of:
                issues.append(
                    Issue("slug", f"appears again (first on row {first_row_of[slug]})", slug)
                )
            else:
                first_row_of[slug] = merged.row
            owner = slug_owners.get(slug)
            if owner is not None and owner != caller and not may_write_any:
                issues.append(Issue("slug", "belongs to another account's organisation", slug))
        if issues or checked is None:
            plan.rows_invalid += 1
            for issue in issues:
                plan.log.add(merged.row, issue.field or None, issue.message, issue.value)
            continue
        plan.valid.append((merged.row, checked.profile))
    return plan
