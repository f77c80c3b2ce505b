"""Load the shipped demonstration cluster organisations through the import's own rules.

The profiles are illustrative (see reference_data/README.md), marked ``demo`` and owned by
a system account without any API key. Loading is idempotent: the file's checksum skips an
unchanged file, and even a forced reload rewrites no row whose values are the same.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path
from typing import cast

from sqlalchemy import Table, delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.logging import get_logger
from eco_core.models import Account, ClusterOrganisation
from eco_core.organisations.context import existing_profiles, load_context
from eco_core.organisations.plan import (
    merge_rows,
    plan_import,
    read_rows,
    references,
    slugs_of,
)
from eco_core.organisations.records import read_json
from eco_core.organisations.store import upsert_profiles
from eco_core.reference.datasets import Dataset
from eco_core.reference.record import record_dataset, recorded_unchanged
from eco_core.reference.result import LoadResult

log = get_logger(__name__)

DEMO_ORGANISATIONS = Dataset(
    "demo_organisations",
    "organisations/demo_clusters.json",
    "Demonstration profiles written for this project (illustrative, not authoritative); "
    "cluster names from the European Cluster Observatory newsletter, October 2014",
)
SYSTEM_ACCOUNT_NAME = "European Cluster Observatory — demonstration data"
# Fixed ids: the same account and the same profile ids in every installation.
SYSTEM_ACCOUNT_ID = uuid.uuid5(uuid.NAMESPACE_URL, "https://eco-observatory.eu/accounts/demo-data")
_DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://eco-observatory.eu/organisations/demo")


class DemoDataError(ValueError):
    """The shipped file breaks the profile rules: a defect of the shipped data."""


def demo_organisation_id(slug: str) -> uuid.UUID:
    return uuid.uuid5(_DEMO_NAMESPACE, slug)


async def ensure_system_account(conn: AsyncConnection) -> uuid.UUID:
    await conn.execute(
        insert(Account)
        .values(id=SYSTEM_ACCOUNT_ID, kind="admin", name=SYSTEM_ACCOUNT_NAME)
        .on_conflict_do_nothing(index_elements=["id"])
    )
    return SYSTEM_ACCOUNT_ID


async def load_demo_organisations(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    dataset = DEMO_ORGANISATIONS
    checksum = dataset.sha256(root)
    unchanged = await recorded_unchanged(conn, dataset.name, checksum, force=force)
    if unchanged is not None:
        return unchanged

    with dataset.path(root).open(encoding="utf-8") as text:
        rows = read_rows(read_json(text))
    owner = await ensure_system_account(conn)
    owners = {
        slug: found.owner_account_id
        for slug, found in (await existing_profiles(conn, slugs_of(rows))).items()
    }
    # A real organisation may since have registered a slug of the demonstration set: its
    # profile wins, and the demonstration one is left out.
    taken = {slug for slug, account in owners.items() if account != owner}
    for slug in sorted(taken):
        log.info("demo_organisation_skipped", slug=slug, reason="slug owned by another account")
    rows = [r for r in rows if r.values is None or r.values["slug"] not in taken]
    # The file is authoritative: every profile is built from it alone, not merged.
    merged = merge_rows(rows, existing={})
    regions, nace = references(merged)
    context = await load_context(conn, regions=regions, nace_codes=nace, reference_root=root)
    plan = plan_import(merged, context, slug_owners=owners, caller=owner, may_write_any=False)
    if plan.log:
        listed = "; ".join(
            f"item {p.row} {p.column or ''}: {p.problem}" for p in plan.log.listed[:20]
        )
        raise DemoDataError(f"{dataset.relative_path} breaks the profile rules: {listed}")

    profiles = [replace(profile, demo=True) for _, profile in plan.valid]
    await upsert_profiles(
        conn,
        profiles,
        owner_id=owner,
        may_write_any=False,
        new_id=lambda pr: demo_organisation_id(pr.slug),
    )
    table = cast(Table, ClusterOrganisation.__table__)
    # Profiles dropped from a newer file go; nothing but the system account's demo rows.
    await conn.execute(
        delete(table).where(
            table.c.owner_account_id == owner,
            table.c.demo.is_(True),
            table.c.slug.not_in([pr.slug for pr in profiles]),
        )
    )
    return await record_dataset(
        conn, dataset.name, sha256=checksum, rows=len(profiles), source=dataset.source
    )
