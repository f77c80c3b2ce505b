from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.survey_create import SurveyCreate
from ...models.survey_read import SurveyRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SurveyCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/excellence/surveys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | SurveyRead | None:
    if response.status_code == 201:
        response_201 = SurveyRead.from_dict(response.json())

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
) -> Response[ProblemDetail | SurveyRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SurveyCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ProblemDetail | SurveyRead]:
    """Create Survey

     Create a stakeholder survey of a region x cluster category or emerging industry
    (region accounts and administrators), on the active item catalogue and definition set.
    Then issue tokens and hand one to each respondent.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (SurveyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SurveyRead]
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
    body: SurveyCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ProblemDetail | SurveyRead | None:
    """Create Survey

     Create a stakeholder survey of a region x cluster category or emerging industry
    (region accounts and administrators), on the active item catalogue and definition set.
    Then issue tokens and hand one to each respondent.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (SurveyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SurveyRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SurveyCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ProblemDetail | SurveyRead]:
    """Create Survey

     Create a stakeholder survey of a region x cluster category or emerging industry
    (region accounts and administrators), on the active item catalogue and definition set.
    Then issue tokens and hand one to each respondent.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (SurveyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SurveyRead]
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
    body: SurveyCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> ProblemDetail | SurveyRead | None:
    """Create Survey

     Create a stakeholder survey of a region x cluster category or emerging industry
    (region accounts and administrators), on the active item catalogue and definition set.
    Then issue tokens and hand one to each respondent.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (SurveyCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SurveyRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
