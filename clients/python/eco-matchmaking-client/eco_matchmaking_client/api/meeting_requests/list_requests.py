from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_requests_status_type_0 import ListRequestsStatusType0
from ...models.problem_detail import ProblemDetail
from ...models.request_page import RequestPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: UUID,
    *,
    participant_id: None | str | Unset = UNSET,
    status: ListRequestsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_participant_id: None | str | Unset
    if isinstance(participant_id, Unset):
        json_participant_id = UNSET
    else:
        json_participant_id = participant_id
    params["participant_id"] = json_participant_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events/{event_id}/requests".format(
            event_id=quote(str(event_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RequestPage | None:
    if response.status_code == 200:
        response_200 = RequestPage.from_dict(response.json())

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
) -> Response[ProblemDetail | RequestPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    participant_id: None | str | Unset = UNSET,
    status: ListRequestsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RequestPage]:
    """List Requests

     The organiser sees every request; others those of the participants they act for.

    Args:
        event_id (UUID): The event's id
        participant_id (None | str | Unset): Only this participant's: The participant's id, or its
            organisation's id or slug
        status (ListRequestsStatusType0 | None | Unset):
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RequestPage]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        participant_id=participant_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    participant_id: None | str | Unset = UNSET,
    status: ListRequestsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ProblemDetail | RequestPage | None:
    """List Requests

     The organiser sees every request; others those of the participants they act for.

    Args:
        event_id (UUID): The event's id
        participant_id (None | str | Unset): Only this participant's: The participant's id, or its
            organisation's id or slug
        status (ListRequestsStatusType0 | None | Unset):
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RequestPage
    """

    return sync_detailed(
        event_id=event_id,
        client=client,
        participant_id=participant_id,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    participant_id: None | str | Unset = UNSET,
    status: ListRequestsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RequestPage]:
    """List Requests

     The organiser sees every request; others those of the participants they act for.

    Args:
        event_id (UUID): The event's id
        participant_id (None | str | Unset): Only this participant's: The participant's id, or its
            organisation's id or slug
        status (ListRequestsStatusType0 | None | Unset):
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RequestPage]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        participant_id=participant_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    participant_id: None | str | Unset = UNSET,
    status: ListRequestsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ProblemDetail | RequestPage | None:
    """List Requests

     The organiser sees every request; others those of the participants they act for.

    Args:
        event_id (UUID): The event's id
        participant_id (None | str | Unset): Only this participant's: The participant's id, or its
            organisation's id or slug
        status (ListRequestsStatusType0 | None | Unset):
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RequestPage
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            participant_id=participant_id,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
