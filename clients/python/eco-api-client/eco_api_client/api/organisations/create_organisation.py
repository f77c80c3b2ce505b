from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organisation_create import OrganisationCreate
from ...models.organisation_private_read import OrganisationPrivateRead
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OrganisationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organisations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganisationPrivateRead | ProblemDetail | None:
    if response.status_code == 201:
        response_201 = OrganisationPrivateRead.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ProblemDetail.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = ProblemDetail.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ProblemDetail.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrganisationPrivateRead | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OrganisationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[OrganisationPrivateRead | ProblemDetail]:
    """Create Organisation

     Create a profile owned by the calling account. A partner portal creates one on
    behalf of a cluster: it owns it until it hands it to the cluster's own account
    (``PUT …/owner``), and then stays on as a manager until the new owner revokes it.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (OrganisationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationPrivateRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OrganisationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> OrganisationPrivateRead | ProblemDetail | None:
    """Create Organisation

     Create a profile owned by the calling account. A partner portal creates one on
    behalf of a cluster: it owns it until it hands it to the cluster's own account
    (``PUT …/owner``), and then stays on as a manager until the new owner revokes it.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (OrganisationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationPrivateRead | ProblemDetail
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrganisationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[OrganisationPrivateRead | ProblemDetail]:
    """Create Organisation

     Create a profile owned by the calling account. A partner portal creates one on
    behalf of a cluster: it owns it until it hands it to the cluster's own account
    (``PUT …/owner``), and then stays on as a manager until the new owner revokes it.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (OrganisationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationPrivateRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OrganisationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> OrganisationPrivateRead | ProblemDetail | None:
    """Create Organisation

     Create a profile owned by the calling account. A partner portal creates one on
    behalf of a cluster: it owns it until it hands it to the cluster's own account
    (``PUT …/owner``), and then stays on as a manager until the new owner revokes it.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (OrganisationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationPrivateRead | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
