"""The shipped demonstration set: the clusters the founding document names, one or more in
each model demonstrator region, all marked demo and owned by a key-less system account."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.models import Account, ApiKey, ClusterOrganisation, NutsCorrespondence
from eco_core.organisations.seed import (
    SYSTEM_ACCOUNT_ID,
    SYSTEM_ACCOUNT_NAME,
    DemoDataError,
    demo_organisation_id,
    load_demo_organisations,
)

NAMED_IN_THE_DOCUMENT = {
    "I-Care Cluster": "FRK26",
    "Lyonbiopole": "FRK26",
    "Minalogic": "FRK24",
    "Plastipolis": "FRK21",
}


async def _demo(session: AsyncSession) -> list[ClusterOrganisation]:
    rows = await session.scalars(
        select(ClusterOrganisation).where(ClusterOrganisation.owner_account_id == SYSTEM_ACCOUNT_ID)
    )
    return list(rows)


async def test_the_document_clusters_are_there(session: AsyncSession) -> None:
    demo = {o.name: o for o in await _demo(session)}
    for name, region in NAMED_IN_THE_DOCUMENT.items():
        assert demo[name].region_id == region
        assert demo[name].country_code == "FR"
        assert demo[name].nuts_version == 2024
    assert demo["Plastipolis"].nace_codes[0] == "22.2"
    assert demo["Plastipolis"].id == demo_organisation_id("plastipolis")


async def test_every_demonstrator_region_has_a_cluster(
    session: AsyncSession, reference_root: Path
) -> None:
    path = reference_root / "reference/model_demonstrator_regions.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        regions = list(csv.DictReader(handle))
    assert len(regions) == 6
    demo = await _demo(session)
    for region in regions:
        # The file gives NUTS 2021 codes; Centro (PT16) was split in NUTS 2024.
        successors = set(
            await session.scalars(
                select(NutsCorrespondence.to_id).where(
                    NutsCorrespondence.from_version == 2021,
                    NutsCorrespondence.from_id == region["nuts2_2021"],
                    NutsCorrespondence.to_version == 2024,
                )
            )
        )
        assert successors, region
        inside = [o.slug for o in demo if o.region_id[:4] in successors]
        assert inside, region["region_name"]


async def test_all_are_demo_and_owned_by_a_keyless_system_account(
    session: AsyncSession,
) -> None:
    demo = await _demo(session)
    assert 20 <= len(demo) <= 30
    assert all(o.demo for o in demo)
    assert all(o.contact_email and o.contact_email.endswith(".example.org") for o in demo)
    assert all(o.website and ".example.org" in o.website for o in demo)
    account = await session.get(Account, SYSTEM_ACCOUNT_ID)
    assert account is not None
    assert (account.kind, account.name) == ("admin", SYSTEM_ACCOUNT_NAME)
    keys = await session.scalar(
        select(func.count()).select_from(ApiKey).where(ApiKey.account_id == SYSTEM_ACCOUNT_ID)
    )
    assert keys == 0
    others = await session.scalar(
        select(func.count())
        .select_from(ClusterOrganisation)
        .where(ClusterOrganisation.demo, ClusterOrganisation.owner_account_id != SYSTEM_ACCOUNT_ID)
    )
    assert others == 0


async def test_a_forced_reload_rewrites_nothing(
    connection: AsyncConnection, reference_root: Path
) -> None:
    query = text("SELECT slug, xmin::text FROM cluster_organisation ORDER BY slug")
    before = (await connection.execute(query)).all()
    skipped = await load_demo_organisations(connection, reference_root, force=False)
    assert (skipped.loaded, skipped.rows) == (False, 26)
    forced = await load_demo_organisations(connection, reference_root, force=True)
    assert (forced.loaded, forced.rows) == (True, 26)
    assert (await connection.execute(query)).all() == before


async def test_a_slug_claimed_by_a_real_account_is_left_to_it(
    connection: AsyncConnection, reference_root: Path
) -> None:
    account = await connection.scalar(
        text(
            "INSERT INTO account (id, kind, name) VALUES (gen_random_uuid(), "
            "'cluster_organisation', 'Plastipolis itself') RETURNING id"
        )
    )
    await connection.execute(
        text(
            "UPDATE cluster_organisation SET owner_account_id = :a, name = 'Plastipolis (own)' "
            "WHERE slug = 'plastipolis'"
        ),
        {"a": account},
    )
    result = await load_demo_organisations(connection, reference_root, force=True)
    assert result.rows == 25
    name = await connection.scalar(
        text("SELECT name FROM cluster_organisation WHERE slug = 'plastipolis'")
    )
    assert name == "Plastipolis (own)"


async def test_a_broken_file_is_refused(connection: AsyncConnection, tmp_path: Path) -> None:
    (tmp_path / "organisations").mkdir()
    (tmp_path / "organisations/demo_clusters.json").write_text(
        '{"items": [{"slug": "x", "name": "X", "region_id": "FRX99", "members_smes": -1}]}',
        encoding="utf-8",
    )
    with pytest.raises(DemoDataError, match=r"region_id.*members_smes"):
        await load_demo_organisations(connection, tmp_path, force=False)
