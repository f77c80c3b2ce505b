"""The generated Python client (clients/python/eco-api-client) against the api service
served over HTTP: an administrator sets up an account and its key, the account creates an
organisation, and finds it listed and searched. Each step is a function a later step (the
partner-portal flow) can reuse."""

from __future__ import annotations

import uuid

from eco_api_client import AuthenticatedClient
from eco_api_client.api.accounts import create_account, create_api_key, get_me
from eco_api_client.api.organisations import (
    create_organisation,
    get_organisation,
    list_my_organisations,
    list_organisations,
)
from eco_api_client.models import (
    AccountCreate,
    AccountCreateKind,
    AccountRead,
    ApiKeyCreate,
    ApiKeyCreated,
    Me,
    OrganisationCreate,
    OrganisationPage,
    OrganisationPrivatePage,
    OrganisationPrivateRead,
    ProblemDetail,
)

from tests.clients.support import LiveServices, expect
from tests.conftest import Caller


async def new_account_with_key(
    admin: AuthenticatedClient, kind: AccountCreateKind, name: str
) -> tuple[AccountRead, str]:
    """An account of ``kind`` created by an administrator, and a key for it."""
    account = expect(
        await create_account.asyncio_detailed(
            client=admin, body=AccountCreate(kind=kind, name=name)
        ),
        201,
        AccountRead,
    )
    issued = expect(
        await create_api_key.asyncio_detailed(
            account.id, client=admin, body=ApiKeyCreate(name=f"{name} key")
        ),
        201,
        ApiKeyCreated,
    )
    assert issued.account_id == account.id
    assert issued.key.startswith(issued.prefix.rstrip("…"))
    return account, issued.key


async def new_organisation(
    owner: AuthenticatedClient, name: str, region_id: str
) -> OrganisationPrivateRead:
    return expect(
        await create_organisation.asyncio_detailed(
            client=owner,
            body=OrganisationCreate(name=name, region_id=region_id, offers=["injection moulding"]),
            idempotency_key=str(uuid.uuid4()),
        ),
        201,
        OrganisationPrivateRead,
    )


async def test_account_key_organisation_list_and_search(live: LiveServices, admin: Caller) -> None:
    name = f"Plastipolis {uuid.uuid4().hex[:8]}"
    async with live.api(admin.token) as as_admin:
        account, key = await new_account_with_key(as_admin, "cluster_organisation", name)
    assert account.kind == "cluster_organisation"

    async with live.api(key) as as_cluster:
        me = expect(await get_me.asyncio_detailed(client=as_cluster), 200, Me)
        assert me.account.id == account.id

        created = await new_organisation(as_cluster, name, "FRK21")
        assert (created.name, created.region_id, created.country_code) == (name, "FRK21", "FR")
        assert created.offers == ["injection moulding"]

        mine = expect(
            await list_my_organisations.asyncio_detailed(client=as_cluster),
            200,
            OrganisationPrivatePage,
        )
        assert [o.id for o in mine.items] == [created.id]
        # By its slug, as every path that takes an organisation does.
        by_slug = expect(
            await get_organisation.asyncio_detailed(created.slug, client=as_cluster),
            200,
            OrganisationPrivateRead,
        )
        assert (by_slug.id, by_slug.name) == (created.id, name)

    async with live.anonymous_api() as anonymous:
        found = expect(
            await list_organisations.asyncio_detailed(client=anonymous, q=name),
            200,
            OrganisationPage,
        )
        assert found.items[0].id == created.id
    # Errors come back typed too: problem+json parsed into ProblemDetail.
    async with live.api(key + "x") as wrong_key:
        refused = await create_organisation.asyncio_detailed(
            client=wrong_key, body=OrganisationCreate(name="Nobody's", region_id="FRK21")
        )
    problem = expect(refused, 401, ProblemDetail)
    assert problem.status == 401
