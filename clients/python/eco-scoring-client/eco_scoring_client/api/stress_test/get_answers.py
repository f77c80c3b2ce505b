from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.answers_read import AnswersRead
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assessment_id: UUID,
    *,
    block: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_block: None | str | Unset
    if isinstance(block, Unset):
        json_block = UNSET
    else:
        json_block = block
    params["block"] = json_block

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/stress-test/assessments/{assessment_id}/answers".format(
            assessment_id=quote(str(assessment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnswersRead | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = AnswersRead.from_dict(response.json())

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
) -> Response[AnswersRead | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    block: None | str | Unset = UNSET,
) -> Response[AnswersRead | ProblemDetail]:
    """Get Answers

     Every respondent's answers, in questionnaire order.

    Args:
        assessment_id (UUID): The assessment's id
        block (None | str | Unset): Only this block

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswersRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        block=block,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    block: None | str | Unset = UNSET,
) -> AnswersRead | ProblemDetail | None:
    """Get Answers

     Every respondent's answers, in questionnaire order.

    Args:
        assessment_id (UUID): The assessment's id
        block (None | str | Unset): Only this block

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnswersRead | ProblemDetail
    """

    return sync_detailed(
        assessment_id=assessment_id,
        client=client,
        block=block,
    ).parsed


async def asyncio_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    block: None | str | Unset = UNSET,
) -> Response[AnswersRead | ProblemDetail]:
    """Get Answers

     Every respondent's answers, in questionnaire order.

    Args:
        assessment_id (UUID): The assessment's id
        block (None | str | Unset): Only this block

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswersRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        block=block,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    block: None | str | Unset = UNSET,
) -> AnswersRead | ProblemDetail | None:
    """Get Answers

     Every respondent's answers, in questionnaire order.

    Args:
        assessment_id (UUID): The assessment's id
        block (None | str | Unset): Only this block

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnswersRead | ProblemDetail
    """

    return (
        await asyncio_detailed(
            assessment_id=assessment_id,
            client=client,
            block=block,
        )
    ).parsed
