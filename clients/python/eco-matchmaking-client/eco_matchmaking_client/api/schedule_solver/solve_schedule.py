from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.instance import Instance
from ...models.problem_detail import ProblemDetail
from ...models.result import Result
from ...types import Response


def _get_kwargs(
    *,
    body: Instance,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/schedules/solve",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProblemDetail | Result | None:
    if response.status_code == 200:
        response_200 = Result.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(response.json())

        return response_403

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
) -> Response[ProblemDetail | Result]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Instance,
) -> Response[ProblemDetail | Result]:
    """Solve Schedule

     Optimise a schedule sent whole (for partner portals that keep events in their own
    systems): participants with availability, limits and booths; slots with their tables;
    accepted meetings with priority or weight, locks and published placements. The answer
    is the schedule with its objective, a proven upper bound and the gap, the reason for
    every meeting left out and what the pre-checks found. Nothing is stored, so a retry is
    safe. At most 5,000 meetings, 2,000 participants, 500 slots (413) and a 30-second time
    limit (422): larger events go through POST /v1/schedules/solve-jobs. The JSON Schemas
    are in docs/schemas/.

    Args:
        body (Instance): Participants, slots with their tables, accepted meetings and the rules.
            Beyond this
            schema: ids are unique within slots, participants and meetings; every referenced slot
            and participant exists; no meeting with oneself; booths are unique and no shared table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | Result]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Instance,
) -> ProblemDetail | Result | None:
    """Solve Schedule

     Optimise a schedule sent whole (for partner portals that keep events in their own
    systems): participants with availability, limits and booths; slots with their tables;
    accepted meetings with priority or weight, locks and published placements. The answer
    is the schedule with its objective, a proven upper bound and the gap, the reason for
    every meeting left out and what the pre-checks found. Nothing is stored, so a retry is
    safe. At most 5,000 meetings, 2,000 participants, 500 slots (413) and a 30-second time
    limit (422): larger events go through POST /v1/schedules/solve-jobs. The JSON Schemas
    are in docs/schemas/.

    Args:
        body (Instance): Participants, slots with their tables, accepted meetings and the rules.
            Beyond this
            schema: ids are unique within slots, participants and meetings; every referenced slot
            and participant exists; no meeting with oneself; booths are unique and no shared table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | Result
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Instance,
) -> Response[ProblemDetail | Result]:
    """Solve Schedule

     Optimise a schedule sent whole (for partner portals that keep events in their own
    systems): participants with availability, limits and booths; slots with their tables;
    accepted meetings with priority or weight, locks and published placements. The answer
    is the schedule with its objective, a proven upper bound and the gap, the reason for
    every meeting left out and what the pre-checks found. Nothing is stored, so a retry is
    safe. At most 5,000 meetings, 2,000 participants, 500 slots (413) and a 30-second time
    limit (422): larger events go through POST /v1/schedules/solve-jobs. The JSON Schemas
    are in docs/schemas/.

    Args:
        body (Instance): Participants, slots with their tables, accepted meetings and the rules.
            Beyond this
            schema: ids are unique within slots, participants and meetings; every referenced slot
            and participant exists; no meeting with oneself; booths are unique and no shared table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | Result]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Instance,
) -> ProblemDetail | Result | None:
    """Solve Schedule

     Optimise a schedule sent whole (for partner portals that keep events in their own
    systems): participants with availability, limits and booths; slots with their tables;
    accepted meetings with priority or weight, locks and published placements. The answer
    is the schedule with its objective, a proven upper bound and the gap, the reason for
    every meeting left out and what the pre-checks found. Nothing is stored, so a retry is
    safe. At most 5,000 meetings, 2,000 participants, 500 slots (413) and a 30-second time
    limit (422): larger events go through POST /v1/schedules/solve-jobs. The JSON Schemas
    are in docs/schemas/.

    Args:
        body (Instance): Participants, slots with their tables, accepted meetings and the rules.
            Beyond this
            schema: ids are unique within slots, participants and meetings; every referenced slot
            and participant exists; no meeting with oneself; booths are unique and no shared table.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | Result
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
