from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    organisation_ref: str,
    account_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/organisations/{organisation_ref}/managers/{account_id}".format(
            organisation_ref=quote(str(organisation_ref), safe=""),
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ProblemDetail | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ProblemDetail]:
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
) -> Response[Any | ProblemDetail]:
    """Revoke Management

     Stop a partner portal acting for the organisation, at once and at every event (the
    owner or an administrator; a manager only for itself). Revoking again changes nothing.

    Args:
        organisation_ref (str): The organisation's id or slug
        account_id (UUID): A partner portal's account id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetail]
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
) -> Any | ProblemDetail | None:
    """Revoke Management

     Stop a partner portal acting for the organisation, at once and at every event (the
    owner or an administrator; a manager only for itself). Revoking again changes nothing.

    Args:
        organisation_ref (str): The organisation's id or slug
        account_id (UUID): A partner portal's account id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetail
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
) -> Response[Any | ProblemDetail]:
    """Revoke Management

     Stop a partner portal acting for the organisation, at once and at every event (the
    owner or an administrator; a manager only for itself). Revoking again changes nothing.

    Args:
        organisation_ref (str): The organisation's id or slug
        account_id (UUID): A partner portal's account id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemDetail]
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
) -> Any | ProblemDetail | None:
    """Revoke Management

     Stop a partner portal acting for the organisation, at once and at every event (the
    owner or an administrator; a manager only for itself). Revoking again changes nothing.

    Args:
        organisation_ref (str): The organisation's id or slug
        account_id (UUID): A partner portal's account id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemDetail
    """

    return (
        await asyncio_detailed(
            organisation_ref=organisation_ref,
            account_id=account_id,
            client=client,
        )
    ).parsed
