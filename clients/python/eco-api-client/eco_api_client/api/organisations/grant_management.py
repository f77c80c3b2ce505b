from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.manager_read import ManagerRead
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    organisation_ref: str,
    account_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/organisations/{organisation_ref}/managers/{account_id}".format(
            organisation_ref=quote(str(organisation_ref), safe=""),
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ManagerRead | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = ManagerRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(response.json())

        return response_404

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
) -> Response[ManagerRead | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_ref: str,
    account_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ManagerRead | ProblemDetail]:
    """Grant Management

     Let a partner portal act for the organisation (owner or administrator): edit the
    profile and act for it at the events that allow the portal. Granting it again keeps the
    first grant. 422 naming ``path.account_id`` for an unknown account, one that is not a
    partner portal, or the owner itself; 403 ``owner-only`` for a manager; 409 past 25.

    Args:
        organisation_ref (str): The organisation's id or slug
        account_id (UUID): A partner portal's account id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ManagerRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        organisation_ref=organisation_ref,
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation_ref: str,
    account_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ManagerRead | ProblemDetail | None:
    """Grant Management

     Let a partner portal act for the organisation (owner or administrator): edit the
    profile and act for it at the events that allow the portal. Granting it again keeps the
    first grant. 422 naming ``path.account_id`` for an unknown account, one that is not a
    partner portal, or the owner itself; 403 ``owner-only`` for a manager; 409 past 25.

    Args:
        organisation_ref (str): The organisation's id or slug
        account_id (UUID): A partner portal's account id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ManagerRead | ProblemDetail
    """

    return sync_detailed(
        organisation_ref=organisation_ref,
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organisation_ref: str,
    account_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ManagerRead | ProblemDetail]:
    """Grant Management

     Let a partner portal act for the organisation (owner or administrator): edit the
    profile and act for it at the events that allow the portal. Granting it again keeps the
    first grant. 422 naming ``path.account_id`` for an unknown account, one that is not a
    partner portal, or the owner itself; 403 ``owner-only`` for a manager; 409 past 25.

    Args:
        organisation_ref (str): The organisation's id or slug
        account_id (UUID): A partner portal's account id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ManagerRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        organisation_ref=organisation_ref,
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_ref: str,
    account_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ManagerRead | ProblemDetail | None:
    """Grant Management

     Let a partner portal act for the organisation (owner or administrator): edit the
    profile and act for it at the events that allow the portal. Granting it again keeps the
    first grant. 422 naming ``path.account_id`` for an unknown account, one that is not a
    partner portal, or the owner itself; 403 ``owner-only`` for a manager; 409 past 25.

    Args:
        organisation_ref (str): The organisation's id or slug
        account_id (UUID): A partner portal's account id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ManagerRead | ProblemDetail
    """

    return (
        await asyncio_detailed(
            organisation_ref=organisation_ref,
            account_id=account_id,
            client=client,
        )
    ).parsed
