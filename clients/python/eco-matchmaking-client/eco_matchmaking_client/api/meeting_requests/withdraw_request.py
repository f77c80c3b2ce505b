from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.request_read import RequestRead
from ...types import Response


def _get_kwargs(
    event_id: UUID,
    request_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/{event_id}/requests/{request_id}/withdraw".format(
            event_id=quote(str(event_id), safe=""),
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RequestRead | None:
    if response.status_code == 200:
        response_200 = RequestRead.from_dict(response.json())

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
) -> Response[ProblemDetail | RequestRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: UUID,
    request_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetail | RequestRead]:
    """Withdraw Request

     The requester (or the organiser) withdraws a pending request.

    Args:
        event_id (UUID): The event's id
        request_id (UUID): The request's id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RequestRead]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: UUID,
    request_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ProblemDetail | RequestRead | None:
    """Withdraw Request

     The requester (or the organiser) withdraws a pending request.

    Args:
        event_id (UUID): The event's id
        request_id (UUID): The request's id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RequestRead
    """

    return sync_detailed(
        event_id=event_id,
        request_id=request_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    event_id: UUID,
    request_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetail | RequestRead]:
    """Withdraw Request

     The requester (or the organiser) withdraws a pending request.

    Args:
        event_id (UUID): The event's id
        request_id (UUID): The request's id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RequestRead]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: UUID,
    request_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ProblemDetail | RequestRead | None:
    """Withdraw Request

     The requester (or the organiser) withdraws a pending request.

    Args:
        event_id (UUID): The event's id
        request_id (UUID): The request's id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RequestRead
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            request_id=request_id,
            client=client,
        )
    ).parsed
