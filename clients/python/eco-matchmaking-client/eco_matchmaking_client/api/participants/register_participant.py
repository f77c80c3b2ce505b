from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participant_create import ParticipantCreate
from ...models.participant_read import ParticipantRead
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: UUID,
    *,
    body: ParticipantCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/{event_id}/participants".format(
            event_id=quote(str(event_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParticipantRead | ProblemDetail | None:
    if response.status_code == 201:
        response_201 = ParticipantRead.from_dict(response.json())

        return response_201

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
) -> Response[ParticipantRead | ProblemDetail]:
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
    body: ParticipantCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ParticipantRead | ProblemDetail]:
    """Register Participant

     Register a cluster organisation: the organiser registers any; a cluster organisation
    account its own (when the event takes self-registration); an allowed partner portal the
    organisations it owns or manages (``PUT /v1/organisations/{ref}/managers/{account_id}``
    on the api service).

    Args:
        event_id (UUID): The event's id
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (ParticipantCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipantRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ParticipantCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ParticipantRead | ProblemDetail | None:
    """Register Participant

     Register a cluster organisation: the organiser registers any; a cluster organisation
    account its own (when the event takes self-registration); an allowed partner portal the
    organisations it owns or manages (``PUT /v1/organisations/{ref}/managers/{account_id}``
    on the api service).

    Args:
        event_id (UUID): The event's id
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (ParticipantCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipantRead | ProblemDetail
    """

    return sync_detailed(
        event_id=event_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ParticipantCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ParticipantRead | ProblemDetail]:
    """Register Participant

     Register a cluster organisation: the organiser registers any; a cluster organisation
    account its own (when the event takes self-registration); an allowed partner portal the
    organisations it owns or manages (``PUT /v1/organisations/{ref}/managers/{account_id}``
    on the api service).

    Args:
        event_id (UUID): The event's id
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (ParticipantCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipantRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ParticipantCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ParticipantRead | ProblemDetail | None:
    """Register Participant

     Register a cluster organisation: the organiser registers any; a cluster organisation
    account its own (when the event takes self-registration); an allowed partner portal the
    organisations it owns or manages (``PUT /v1/organisations/{ref}/managers/{account_id}``
    on the api service).

    Args:
        event_id (UUID): The event's id
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (ParticipantCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipantRead | ProblemDetail
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
