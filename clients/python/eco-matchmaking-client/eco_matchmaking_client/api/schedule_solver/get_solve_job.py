from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.solve_job_read import SolveJobRead
from ...types import Response


def _get_kwargs(
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/schedules/solve-jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | SolveJobRead | None:
    if response.status_code == 200:
        response_200 = SolveJobRead.from_dict(response.json())

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
) -> Response[ProblemDetail | SolveJobRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetail | SolveJobRead]:
    """Get Solve Job

     Status, phase and progress; the best objective so far, the proven bound and the gap;
    once succeeded, the result (as POST /v1/schedules/solve answers). Only the account that
    created the job sees it (404 for everyone else), until `expires_at`. While the job is
    queued or running, `Retry-After` says when to look again.

    Args:
        job_id (UUID): The solve job's id (its Location)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SolveJobRead]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ProblemDetail | SolveJobRead | None:
    """Get Solve Job

     Status, phase and progress; the best objective so far, the proven bound and the gap;
    once succeeded, the result (as POST /v1/schedules/solve answers). Only the account that
    created the job sees it (404 for everyone else), until `expires_at`. While the job is
    queued or running, `Retry-After` says when to look again.

    Args:
        job_id (UUID): The solve job's id (its Location)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SolveJobRead
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ProblemDetail | SolveJobRead]:
    """Get Solve Job

     Status, phase and progress; the best objective so far, the proven bound and the gap;
    once succeeded, the result (as POST /v1/schedules/solve answers). Only the account that
    created the job sees it (404 for everyone else), until `expires_at`. While the job is
    queued or running, `Retry-After` says when to look again.

    Args:
        job_id (UUID): The solve job's id (its Location)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SolveJobRead]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ProblemDetail | SolveJobRead | None:
    """Get Solve Job

     Status, phase and progress; the best objective so far, the proven bound and the gap;
    once succeeded, the result (as POST /v1/schedules/solve answers). Only the account that
    created the job sees it (404 for everyone else), until `expires_at`. While the job is
    queued or running, `Retry-After` says when to look again.

    Args:
        job_id (UUID): The solve job's id (its Location)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SolveJobRead
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
