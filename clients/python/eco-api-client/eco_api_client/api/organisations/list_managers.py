from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delegation import Delegation
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    organisation_ref: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organisations/{organisation_ref}/managers".format(
            organisation_ref=quote(str(organisation_ref), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Delegation | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = Delegation.from_dict(response.json())

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
) -> Response[Delegation | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_ref: str,
    *,
    client: AuthenticatedClient,
) -> Response[Delegation | ProblemDetail]:
    """List Managers

     The owner and the partner portals that manage the organisation, oldest grant first:
    for the owner, the managers and administrators (others get 404).

    Args:
        organisation_ref (str): The organisation's id or slug

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Delegation | ProblemDetail]
    """

    kwargs = _get_kwargs(
        organisation_ref=organisation_ref,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation_ref: str,
    *,
    client: AuthenticatedClient,
) -> Delegation | ProblemDetail | None:
    """List Managers

     The owner and the partner portals that manage the organisation, oldest grant first:
    for the owner, the managers and administrators (others get 404).

    Args:
        organisation_ref (str): The organisation's id or slug

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Delegation | ProblemDetail
    """

    return sync_detailed(
        organisation_ref=organisation_ref,
        client=client,
    ).parsed


async def asyncio_detailed(
    organisation_ref: str,
    *,
    client: AuthenticatedClient,
) -> Response[Delegation | ProblemDetail]:
    """List Managers

     The owner and the partner portals that manage the organisation, oldest grant first:
    for the owner, the managers and administrators (others get 404).

    Args:
        organisation_ref (str): The organisation's id or slug

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Delegation | ProblemDetail]
    """

    kwargs = _get_kwargs(
        organisation_ref=organisation_ref,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_ref: str,
    *,
    client: AuthenticatedClient,
) -> Delegation | ProblemDetail | None:
    """List Managers

     The owner and the partner portals that manage the organisation, oldest grant first:
    for the owner, the managers and administrators (others get 404).

    Args:
        organisation_ref (str): The organisation's id or slug

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Delegation | ProblemDetail
    """

    return (
        await asyncio_detailed(
            organisation_ref=organisation_ref,
            client=client,
        )
    ).parsed
