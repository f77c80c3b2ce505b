from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.solve_job_create import SolveJobCreate
from ...models.solve_job_created import SolveJobCreated
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SolveJobCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/schedules/solve-jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | SolveJobCreated | None:
    if response.status_code == 202:
        response_202 = SolveJobCreated.from_dict(response.json())

        return response_202

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
) -> Response[ProblemDetail | SolveJobCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SolveJobCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ProblemDetail | SolveJobCreated]:
    """Create Solve Job

     Queue the optimisation of a large instance (the body of POST /v1/schedules/solve,
    plus an optional `callback_url`): up to 25,000 meetings, 6,000 participants and 500
    slots (413), a time limit up to 300 s, bodies up to ECO_MAX_SOLVE_JOB_BYTES (32 MiB).
    202 with `Location`: poll it for the phase, the best objective so far and the bound,
    and the result. With `callback_url`, a signed POST says when it is done (the secret is
    in this answer only). The instance is deleted once solved, the job and its result
    ECO_SOLVE_JOB_RETENTION_HOURS (24) after creation (`expires_at`). A few jobs per
    account may be queued or running at once (429 beyond).

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (SolveJobCreate): An instance, as for ``POST /v1/schedules/solve``, and where to say
            it is done.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SolveJobCreated]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SolveJobCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ProblemDetail | SolveJobCreated | None:
    """Create Solve Job

     Queue the optimisation of a large instance (the body of POST /v1/schedules/solve,
    plus an optional `callback_url`): up to 25,000 meetings, 6,000 participants and 500
    slots (413), a time limit up to 300 s, bodies up to ECO_MAX_SOLVE_JOB_BYTES (32 MiB).
    202 with `Location`: poll it for the phase, the best objective so far and the bound,
    and the result. With `callback_url`, a signed POST says when it is done (the secret is
    in this answer only). The instance is deleted once solved, the job and its result
    ECO_SOLVE_JOB_RETENTION_HOURS (24) after creation (`expires_at`). A few jobs per
    account may be queued or running at once (429 beyond).

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (SolveJobCreate): An instance, as for ``POST /v1/schedules/solve``, and where to say
            it is done.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SolveJobCreated
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SolveJobCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ProblemDetail | SolveJobCreated]:
    """Create Solve Job

     Queue the optimisation of a large instance (the body of POST /v1/schedules/solve,
    plus an optional `callback_url`): up to 25,000 meetings, 6,000 participants and 500
    slots (413), a time limit up to 300 s, bodies up to ECO_MAX_SOLVE_JOB_BYTES (32 MiB).
    202 with `Location`: poll it for the phase, the best objective so far and the bound,
    and the result. With `callback_url`, a signed POST says when it is done (the secret is
    in this answer only). The instance is deleted once solved, the job and its result
    ECO_SOLVE_JOB_RETENTION_HOURS (24) after creation (`expires_at`). A few jobs per
    account may be queued or running at once (429 beyond).

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (SolveJobCreate): An instance, as for ``POST /v1/schedules/solve``, and where to say
            it is done.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SolveJobCreated]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SolveJobCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ProblemDetail | SolveJobCreated | None:
    """Create Solve Job

     Queue the optimisation of a large instance (the body of POST /v1/schedules/solve,
    plus an optional `callback_url`): up to 25,000 meetings, 6,000 participants and 500
    slots (413), a time limit up to 300 s, bodies up to ECO_MAX_SOLVE_JOB_BYTES (32 MiB).
    202 with `Location`: poll it for the phase, the best objective so far and the bound,
    and the result. With `callback_url`, a signed POST says when it is done (the secret is
    in this answer only). The instance is deleted once solved, the job and its result
    ECO_SOLVE_JOB_RETENTION_HOURS (24) after creation (`expires_at`). A few jobs per
    account may be queued or running at once (429 beyond).

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (SolveJobCreate): An instance, as for ``POST /v1/schedules/solve``, and where to say
            it is done.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SolveJobCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
