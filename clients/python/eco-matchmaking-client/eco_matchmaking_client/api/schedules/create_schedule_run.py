from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.run_create import RunCreate
from ...models.run_read import RunRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: UUID,
    *,
    body: None | RunCreate | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/{event_id}/schedule-runs".format(
            event_id=quote(str(event_id), safe=""),
        ),
    }

    if isinstance(body, RunCreate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RunRead | None:
    if response.status_code == 202:
        response_202 = RunRead.from_dict(response.json())

        return response_202

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
) -> Response[ProblemDetail | RunRead]:
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
    body: None | RunCreate | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RunRead]:
    """Create Schedule Run

     Queue an optimisation of the event's schedule (the organiser); poll the run (Location)
    for progress and result. One run at a time per event: while one is queued or running,
    409 with its link. Locked meetings stay put; while the schedule is published, moving a
    meeting costs the solver a penalty, and the new placements are published at once.

    Args:
        event_id (UUID): The event's id
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (None | RunCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RunRead]
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
    body: None | RunCreate | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> ProblemDetail | RunRead | None:
    """Create Schedule Run

     Queue an optimisation of the event's schedule (the organiser); poll the run (Location)
    for progress and result. One run at a time per event: while one is queued or running,
    409 with its link. Locked meetings stay put; while the schedule is published, moving a
    meeting costs the solver a penalty, and the new placements are published at once.

    Args:
        event_id (UUID): The event's id
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (None | RunCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RunRead
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
    body: None | RunCreate | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RunRead]:
    """Create Schedule Run

     Queue an optimisation of the event's schedule (the organiser); poll the run (Location)
    for progress and result. One run at a time per event: while one is queued or running,
    409 with its link. Locked meetings stay put; while the schedule is published, moving a
    meeting costs the solver a penalty, and the new placements are published at once.

    Args:
        event_id (UUID): The event's id
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (None | RunCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RunRead]
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
    body: None | RunCreate | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> ProblemDetail | RunRead | None:
    """Create Schedule Run

     Queue an optimisation of the event's schedule (the organiser); poll the run (Location)
    for progress and result. One run at a time per event: while one is queued or running,
    409 with its link. Locked meetings stay put; while the schedule is published, moving a
    meeting costs the solver a penalty, and the new placements are published at once.

    Args:
        event_id (UUID): The event's id
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (None | RunCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RunRead
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
