"""Organisation profiles over the API: owned writes, public reads, private contact fields."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import AuditEntry, OutboxEvent
from tests.conftest import Caller
from tests.organisations.conftest import MakeCaller, counts, profile

CONTACT = ("contact_name", "contact_email", "contact_phone", "owner_account_id")


async def test_create_read_update_delete_round_trip(
    api: httpx.AsyncClient, cluster: Caller, session: AsyncSession
) -> None:
    created = await api.post("/v1/organisations", json=profile(), headers=cluster.headers)
    assert created.status_code == 201, created.text
    body = created.json()
    assert created.headers["location"] == f"/v1/organisations/{body['id']}"
    assert body["owner_account_id"] == str(cluster.account_id)
    # Derived and normalised: the region's country, Eurostat NACE notation, language case.
    assert (body["country_code"], body["region_id"], body["region_name"]) == ("FR", "FRK21", "Ain")
    assert body["nace_codes"] == ["17.21", "22.22"]
    assert body["languages"] == ["fr", "en"]
    assert (body["members_total"], body["revision"]) == (51, 1)
    assert (body["excellence_label"], body["label_date"]) == ("bronze", "2019-05-01")
    assert body["contact_email"] == "contact@tpc.example.org"

    by_slug = await api.get("/v1/organisations/test-packaging-cluster", headers=cluster.headers)
    assert by_slug.json() == body

    patched = await api.patch(
        f"/v1/organisations/{body['id']}",
        json={"members_smes": 50, "offers": ["Folding boxes"], "acronym": None},
        headers={**cluster.headers, "If-Match": '"1"'},
    )
    assert patched.status_code == 200, patched.text
    after = patched.json()
    assert (after["members_smes"], after["members_total"], after["revision"]) == (50, 59, 2)
    assert (after["offers"], after["acronym"]) == (["Folding boxes"], None)
    assert after["name"] == body["name"]

    deleted = await api.delete(f"/v1/organisations/{body['id']}", headers=cluster.headers)
    assert deleted.status_code == 204
    assert (await api.get(f"/v1/organisations/{body['id']}")).status_code == 404

    events = (
        await session.scalars(
            select(OutboxEvent.event_type).where(OutboxEvent.account_id == cluster.account_id)
        )
    ).all()
    assert sorted(events) == [
        "organisation.created",
        "organisation.deleted",
        "organisation.updated",
    ]
    audit = (
        await session.execute(
            select(AuditEntry.action, AuditEntry.details).where(
                AuditEntry.resource_type == "organisation",
                AuditEntry.resource_id == body["id"],
            )
        )
    ).all()
    assert sorted(a for a, _ in audit) == ["create", "delete", "update"]
    update_details = next(d for a, d in audit if a == "update")
    assert update_details["changed"] == ["acronym", "members_smes", "offers"]
    # The audit log names changed fields, never the contact values.
    assert all("contact@" not in str(d) for _, d in audit)


async def test_public_read_hides_contact_fields_and_owner_sees_them(
    api: httpx.AsyncClient, cluster: Caller, other_cluster: Caller, admin: Caller
) -> None:
    created = (await api.post("/v1/organisations", json=profile(), headers=cluster.headers)).json()
    path = f"/v1/organisations/{created['id']}"

    anonymous = await api.get(path)
    assert anonymous.status_code == 200
    assert not set(CONTACT) & set(anonymous.json())
    assert anonymous.headers["cache-control"] == "public, max-age=15"
    assert anonymous.headers["vary"].startswith("Authorization, X-API-Key")

    stranger = await api.get(path, headers=other_cluster.headers)
    assert stranger.json() == anonymous.json()
    # A key that is sent must be valid, even where none is needed.
    assert (await api.get(path, headers={"X-API-Key": "eco_bad"})).status_code == 401

    for caller in (cluster, admin):
        own = await api.get(path, headers=caller.headers)
        assert own.json()["contact_email"] == "contact@tpc.example.org"
        assert own.headers["cache-control"] == "private, max-age=0"

    listed = await api.get("/v1/organisations", params={"q": "Test Packaging"})
    assert [i["slug"] for i in listed.json()["items"]] == ["test-packaging-cluster"]
    assert not set(CONTACT) & set(listed.json()["items"][0])

    mine = await api.get("/v1/organisations/mine", headers=cluster.headers)
    assert [(i["slug"], i["contact_phone"]) for i in mine.json()["items"]] == [
        ("test-packaging-cluster", "+33 4 00 00 00 00")
    ]
    assert mine.headers["cache-control"] == "private, max-age=0"
    assert (await api.get("/v1/organisations/mine", headers=other_cluster.headers)).json()[
        "items"
    ] == []


async def test_the_owner_is_not_served_a_cached_public_answer(
    api: httpx.AsyncClient, cluster: Caller
) -> None:
    created = (await api.post("/v1/organisations", json=profile(), headers=cluster.headers)).json()
    path = f"/v1/organisations/{created['id']}"
    await api.get(path)  # an anonymous answer, public for 15 s
    own = await api.get(path, headers=cluster.headers)
    assert own.json()["contact_name"] == "Demo Person"


async def test_another_accounts_key_gets_404_and_changes_nothing(
    api: httpx.AsyncClient, cluster: Caller, other_cluster: Caller, session: AsyncSession
) -> None:
    created = (await api.post("/v1/organisations", json=profile(), headers=cluster.headers)).json()
    before = await counts(session)
    for ref in (created["id"], created["slug"]):
        path = f"/v1/organisations/{ref}"
        patched = await api.patch(path, json={"name": "Taken"}, headers=other_cluster.headers)
        deleted = await api.delete(path, headers=other_cluster.headers)
        assert (patched.status_code, deleted.status_code) == (404, 404)
        assert patched.json()["type"].endswith("/not-found")
    # The demonstration profiles belong to the system account: 404 for everyone else too.
    assert (
        await api.patch(
            "/v1/organisations/plastipolis", json={"name": "X"}, headers=cluster.headers
        )
    ).status_code == 404
    assert await counts(session) == before
    current = (await api.get(f"/v1/organisations/{created['id']}")).json()
    assert (current["name"], current["revision"]) == ("Test Packaging Cluster", 1)


async def test_administrators_edit_any_profile(
    api: httpx.AsyncClient, cluster: Caller, admin: Caller
) -> None:
    created = (await api.post("/v1/organisations", json=profile(), headers=cluster.headers)).json()
    patched = await api.patch(
        f"/v1/organisations/{created['id']}", json={"name": "Renamed"}, headers=admin.headers
    )
    assert patched.status_code == 200
    assert (patched.json()["name"], patched.json()["owner_account_id"]) == (
        "Renamed",
        str(cluster.account_id),
    )


async def test_if_match_guards_against_lost_updates(
    api: httpx.AsyncClient, cluster: Caller
) -> None:
    created = (await api.post("/v1/organisations", json=profile(), headers=cluster.headers)).json()
    path = f"/v1/organisations/{created['id']}"
    etag = (await api.get(path, headers=cluster.headers)).headers["etag"]
    first = await api.patch(
        path, json={"members_research": 4}, headers={**cluster.headers, "If-Match": etag}
    )
    assert first.status_code == 200
    assert first.headers["etag"] != etag
    # A second writer still holding the old ETag (or revision) is refused.
    for stale in (etag, '"1"', "1"):
        late = await api.patch(
            path, json={"members_research": 9}, headers={**cluster.headers, "If-Match": stale}
        )
        assert late.status_code == 412, stale
        assert late.headers["content-type"] == "application/problem+json"
    refused = await api.delete(path, headers={**cluster.headers, "If-Match": etag})
    assert refused.status_code == 412
    fresh = await api.get(path, headers=cluster.headers)
    assert fresh.json()["members_research"] == 4
    assert fresh.headers["etag"] == first.headers["etag"]
    assert (
        await api.delete(path, headers={**cluster.headers, "If-Match": fresh.headers["etag"]})
    ).status_code == 204


async def test_an_unchanged_patch_keeps_the_revision(
    api: httpx.AsyncClient, cluster: Caller, session: AsyncSession
) -> None:
    created = (await api.post("/v1/organisations", json=profile(), headers=cluster.headers)).json()
    before = await counts(session)
    same = await api.patch(
        f"/v1/organisations/{created['id']}",
        json={"name": "Test Packaging Cluster", "nace_codes": ["17.21", "22.22"]},
        headers=cluster.headers,
    )
    assert same.json()["revision"] == 1
    assert await counts(session) == before


async def test_region_change_moves_the_country(api: httpx.AsyncClient, cluster: Caller) -> None:
    created = (await api.post("/v1/organisations", json=profile(), headers=cluster.headers)).json()
    moved = await api.patch(
        f"/v1/organisations/{created['id']}", json={"region_id": "DE60"}, headers=cluster.headers
    )
    assert (moved.json()["country_code"], moved.json()["region_name"]) == ("DE", "Hamburg")


async def test_idempotency_key_replays_the_creation(
    api: httpx.AsyncClient, cluster: Caller, session: AsyncSession
) -> None:
    headers = {**cluster.headers, "Idempotency-Key": "create-tpc-1"}
    first = await api.post("/v1/organisations", json=profile(), headers=headers)
    replay = await api.post("/v1/organisations", json=profile(), headers=headers)
    assert (first.status_code, replay.status_code) == (201, 201)
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json()["id"] == first.json()["id"]
    assert replay.headers["location"] == first.headers["location"]
    mine = await api.get("/v1/organisations/mine", headers=cluster.headers)
    assert len(mine.json()["items"]) == 1
    other_body = await api.post("/v1/organisations", json=profile(name="Other"), headers=headers)
    assert other_body.status_code == 422


async def test_slug_is_made_from_the_name_and_must_be_unique(
    api: httpx.AsyncClient, cluster: Caller, other_cluster: Caller
) -> None:
    body = profile(name="Pôle Véhicule du Futur Démo")
    del body["slug"]
    created = await api.post("/v1/organisations", json=body, headers=cluster.headers)
    assert created.json()["slug"] == "pole-vehicule-du-futur-demo"
    taken = await api.post("/v1/organisations", json=body, headers=other_cluster.headers)
    assert taken.status_code == 409
    assert taken.json()["errors"][0]["field"] == "body.slug"


async def test_writing_needs_clusters_write(
    api: httpx.AsyncClient, make_caller: MakeCaller
) -> None:
    region = await make_caller("region")
    assert (
        await api.post("/v1/organisations", json=profile(), headers=region.headers)
    ).status_code == 403
    assert (await api.post("/v1/organisations", json=profile())).status_code == 401


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"region_id": "FRZ99"}, "body.region_id", "not a NUTS 2024 region"),
        ({"region_id": "FR"}, "body.region_id", "level 1, 2 or 3"),
        ({"country_code": "DE"}, "body.country_code", "not the country of region FRK21"),
        ({"category_slugs": ["plastic"]}, "body.category_slugs", "not a known cluster category"),
        (
            {"emerging_industry_slugs": ["plastics"]},
            "body.emerging_industry_slugs",
            "not a known emerging industry",
        ),
        ({"nace_codes": ["22.99"]}, "body.nace_codes", "not a NACE Rev. 2 code"),
        ({"need_nace_codes": ["Z99"]}, "body.need_nace_codes", "not a NACE Rev. 2 code"),
        ({"members_smes": -1}, "body.members_smes", "greater than or equal to 0"),
        ({"languages": ["xx"]}, "body.languages", "not an ISO 639-1 code"),
        ({"label_date": None}, "body.label_date", "required with an excellence label"),
        (
            {"excellence_label": None, "label_date": "2019-05-01"},
            "body.excellence_label",
            "required with a label date",
        ),
        ({"label_date": "2999-01-01"}, "body.label_date", "future"),
        ({"excellence_label": "platinum"}, "body.excellence_label", "'bronze', 'silver'"),
        ({"website": "ftp://tpc.example.org"}, "body.website", "http(s) URL"),
        ({"contact_email": "not-an-address"}, "body.contact_email", "e-mail"),
        ({"slug": "Test Cluster"}, "body.slug", "lower-case"),
        ({"slug": "mine"}, "body.slug", "reserved"),
        ({"offers": ["a|b"]}, "body.offers", "'|'"),
        ({"offers": ["x" * 201]}, "body.offers.0", "at most 200 characters"),
        ({"nace_codes": ["17.21"] * 51}, "body.nace_codes", "at most 50 items"),
        ({"unknown_field": 1}, "body.unknown_field", "Extra inputs"),
    ],
)
async def test_invalid_profiles_are_422_naming_the_field(
    api: httpx.AsyncClient,
    cluster: Caller,
    session: AsyncSession,
    change: dict[str, object],
    field: str,
    fragment: str,
) -> None:
    before = await counts(session)
    response = await api.post("/v1/organisations", json=profile(**change), headers=cluster.headers)
    assert response.status_code == 422, response.text
    errors = response.json()["errors"]
    assert any(e["field"] == field and fragment in e["message"] for e in errors), errors
    assert await counts(session) == before


async def test_a_required_field_cannot_be_cleared(api: httpx.AsyncClient, cluster: Caller) -> None:
    created = (await api.post("/v1/organisations", json=profile(), headers=cluster.headers)).json()
    response = await api.patch(
        f"/v1/organisations/{created['id']}", json={"name": None}, headers=cluster.headers
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body.name"


async def test_unknown_organisation_is_404(api: httpx.AsyncClient) -> None:
    for ref in ("no-such-cluster", "6f1c9e8a-0000-4000-8000-000000000000"):
        response = await api.get(f"/v1/organisations/{ref}")
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
