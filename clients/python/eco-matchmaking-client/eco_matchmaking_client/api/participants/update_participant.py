from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participant_read import ParticipantRead
from ...models.participant_update import ParticipantUpdate
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    event_id: UUID,
    participant_id: str,
    *,
    body: ParticipantUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/events/{event_id}/participants/{participant_id}".format(
            event_id=quote(str(event_id), safe=""),
            participant_id=quote(str(participant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParticipantRead | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = ParticipantRead.from_dict(response.json())

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
) -> Response[ParticipantRead | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: UUID,
    participant_id: str,
    *,
    client: AuthenticatedClient,
    body: ParticipantUpdate,
) -> Response[ParticipantRead | ProblemDetail]:
    """Update Participant

     Delegates, availability and the meeting limit (whoever acts for the participant);
    the booth (the organiser).

    Args:
        event_id (UUID): The event's id
        participant_id (str): The participant's id, or its organisation's id or slug
        body (ParticipantUpdate): Only the fields sent change; null clears (available_slot_ids
            null: every slot).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipantRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        participant_id=participant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: UUID,
    participant_id: str,
    *,
    client: AuthenticatedClient,
    body: ParticipantUpdate,
) -> ParticipantRead | ProblemDetail | None:
    """Update Participant

     Delegates, availability and the meeting limit (whoever acts for the participant);
    the booth (the organiser).

    Args:
        event_id (UUID): The event's id
        participant_id (str): The participant's id, or its organisation's id or slug
        body (ParticipantUpdate): Only the fields sent change; null clears (available_slot_ids
            null: every slot).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipantRead | ProblemDetail
    """

    return sync_detailed(
        event_id=event_id,
        participant_id=participant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    event_id: UUID,
    participant_id: str,
    *,
    client: AuthenticatedClient,
    body: ParticipantUpdate,
) -> Response[ParticipantRead | ProblemDetail]:
    """Update Participant

     Delegates, availability and the meeting limit (whoever acts for the participant);
    the booth (the organiser).

    Args:
        event_id (UUID): The event's id
        participant_id (str): The participant's id, or its organisation's id or slug
        body (ParticipantUpdate): Only the fields sent change; null clears (available_slot_ids
            null: every slot).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipantRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        participant_id=participant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: UUID,
    participant_id: str,
    *,
    client: AuthenticatedClient,
    body: ParticipantUpdate,
) -> ParticipantRead | ProblemDetail | None:
    """Update Participant

     Delegates, availability and the meeting limit (whoever acts for the participant);
    the booth (the organiser).

    Args:
        event_id (UUID): The event's id
        participant_id (str): The participant's id, or its organisation's id or slug
        body (ParticipantUpdate): Only the fields sent change; null clears (available_slot_ids
            null: every slot).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipantRead | ProblemDetail
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            participant_id=participant_id,
            client=client,
            body=body,
        )
    ).parsed
