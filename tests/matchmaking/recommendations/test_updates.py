"""The incremental update job against PostgreSQL: organisations changed over HTTP, the run
revised in place with its provenance, and exactly what a full recompute stores."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_matchmaking.recommendations.service import RunLimits, execute_run
from eco_matchmaking.recommendations.updates import (
    RunRevisedError,
    _apply,
    _plan,
    execute_update,
)
from tests.conftest import Caller

_LISTS = text(
    "SELECT o.slug, r.position, p.slug AS partner, r.relevance_rank, r.score, r.score_to_you,"
    " r.score_to_partner, r.similarity, r.value_chain_to_you, r.value_chain_to_partner,"
    " r.offers_needs_to_you, r.offers_needs_to_partner, r.cross_sector, r.exposure_insert"
    " FROM recommendation r JOIN cluster_organisation o ON o.id = r.organisation_id"
    " JOIN cluster_organisation p ON p.id = r.partner_id WHERE r.run_id = :run"
    " ORDER BY o.slug, r.position"
)
_PROFILES = text(
    "SELECT o.slug, f.activity, f.offers, f.needs, f.primary_sectors, f.supply, f.coverage,"
    " f.io_table_id, f.revision = o.revision AS current, f.exact, f.pool_partners,"
    " f.pool_scores, f.pool_complete, f.served_digest FROM recommendation_profile f"
    " JOIN cluster_organisation o ON o.id = f.organisation_id WHERE f.run_id = :run"
    " ORDER BY o.slug"
)


async def _stored(connection: AsyncConnection, run_id: Any) -> tuple[list[Any], list[Any], Any]:
    lists = (await connection.execute(_LISTS, {"run": run_id})).all()
    profiles = (await connection.execute(_PROFILES, {"run": run_id})).all()
    run = (
        await connection.execute(
            text("SELECT organisations, exposure FROM recommendation_run WHERE id = :run"),
            {"run": run_id},
        )
    ).one()
    return list(lists), list(profiles), tuple(run)


async def _change_organisations(api: httpx.AsyncClient, admin: Caller, make_caller: Any) -> str:
    """One sector change, one creation, one deletion; returns the created one's id."""
    changed = await api.patch(
        "/v1/organisations/plastipolis",
        json={"nace_codes": ["29.32", "22.29"], "need_nace_codes": ["20.16"]},
        headers=admin.headers,
    )
    assert changed.status_code == 200, changed.text
    owner = await make_caller("cluster_organisation", name="Injection moulders")
    created = await api.post(
        "/v1/organisations",
        json={
            "slug": "mm-incremental-moulders",
            "name": "Incremental moulders",
            "region_id": "FRK21",
            "nace_codes": ["22.29", "28.96"],
            "offer_nace_codes": ["22.29"],
            "need_nace_codes": ["20.16"],
        },
        headers=owner.headers,
    )
    assert created.status_code == 201, created.text
    deleted = await api.delete("/v1/organisations/west-region-ict", headers=admin.headers)
    assert deleted.status_code == 204, deleted.text
    return str(created.json()["id"])


async def test_an_update_stores_what_a_full_recompute_stores(
    api: httpx.AsyncClient,
    matchmaking: httpx.AsyncClient,
    admin: Caller,
    make_caller: Any,
    connection: AsyncConnection,
    run: dict[str, Any],
) -> None:
    assert run["revision"] == 0
    created_id = await _change_organisations(api, admin, make_caller)

    outcome = await execute_update(connection)
    assert outcome.kind == "incremental"
    assert (outcome.created, outcome.updated, outcome.deleted) == (1, 1, 1)
    latest = (await matchmaking.get("/v1/recommendation-runs/latest")).json()
    assert latest["id"] == run["id"]
    assert latest["revision"] == 1
    assert latest["revised_at"] is not None
    assert latest["organisations"] == run["organisations"]  # one in, one out
    # Provenance: which run the lists derive from, and what the update took in.
    update = (
        await connection.execute(
            text(
                "SELECT u.revision, u.created, u.updated, u.deleted, u.fingerprint = r.fingerprint"
                " FROM recommendation_update u JOIN recommendation_run r ON r.id = u.run_id"
                " WHERE u.run_id = :run"
            ),
            {"run": run["id"]},
        )
    ).one()
    plastipolis = await connection.scalar(
        text("SELECT id FROM cluster_organisation WHERE slug = 'plastipolis'")
    )
    assert update[0] == 1
    assert update[1] == [uuid.UUID(created_id)]
    assert update[2] == [plastipolis]
    assert len(update[3]) == 1
    assert update[4] is True
    # The new organisation is served from the revised run, and nothing is stale.
    page = await matchmaking.get("/v1/organisations/mm-incremental-moulders/recommendations")
    assert page.status_code == 200, page.text
    body = page.json()
    assert body["source"] == "precomputed"
    assert body["stale"] is False
    assert body["run"]["revision"] == 1
    assert body["items"]
    assert body["items"][0]["partner"]["slug"] != "west-region-ict"
    revised = await _stored(connection, run["id"])

    full_id = await execute_run(connection, None, trigger="test")
    full = await _stored(connection, full_id)
    assert revised[0] == full[0]  # every list place, score and part
    assert revised[1] == full[1]  # profiles, pools, digests
    assert revised[2] == full[2]  # organisations and exposure
    assert any(row[0] == "mm-incremental-moulders" for row in revised[0])

    # Nothing changed since: nothing to do, and a second call is harmless.
    assert (await execute_update(connection)).kind == "unchanged"


async def test_an_update_hands_over_to_a_full_recompute_when_it_cannot_be_incremental(
    api: httpx.AsyncClient,
    admin: Caller,
    make_caller: Any,
    connection: AsyncConnection,
    run: dict[str, Any],
) -> None:
    await _change_organisations(api, admin, make_caller)
    # A run stored before 0019 has no pools to update.
    await connection.execute(
        text("UPDATE recommendation_profile SET pool_partners = NULL WHERE run_id = :run"),
        {"run": run["id"]},
    )
    outcome = await execute_update(connection)
    assert outcome.kind == "full"
    assert outcome.reason == "run without update state"
    assert outcome.run_id is not None
    assert str(outcome.run_id) != run["id"]
    status = await connection.scalar(
        text("SELECT status FROM recommendation_run WHERE id = :id"), {"id": outcome.run_id}
    )
    assert status == "succeeded"


async def test_an_update_of_a_run_revised_meanwhile_starts_over(
    api: httpx.AsyncClient,
    admin: Caller,
    make_caller: Any,
    connection: AsyncConnection,
    run: dict[str, Any],
) -> None:
    await _change_organisations(api, admin, make_caller)
    plan = await _plan(connection, RunLimits())
    assert not isinstance(plan, str)
    # Another update of the same run got there first (it took the run's row lock).
    await connection.execute(
        text("UPDATE recommendation_run SET revision = revision + 1 WHERE id = :run"),
        {"run": run["id"]},
    )
    with pytest.raises(RunRevisedError):
        await _apply(connection, plan, RunLimits(), None, 0.0)
    written = await connection.scalar(
        text("SELECT count(*) FROM recommendation_update WHERE run_id = :run"), {"run": run["id"]}
    )
    assert written == 0
    # The retry plans again from the data and applies.
    assert (await execute_update(connection)).kind == "incremental"
