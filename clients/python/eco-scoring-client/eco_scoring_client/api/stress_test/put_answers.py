from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.answers_read import AnswersRead
from ...models.answers_write import AnswersWrite
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    assessment_id: UUID,
    *,
    body: AnswersWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/stress-test/assessments/{assessment_id}/answers".format(
            assessment_id=quote(str(assessment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: AnswersWrite,
) -> Response[AnswersRead | ProblemDetail]:
    """Put Answers

     Create or replace answers (respondent, question, value on the question's scale,
    comment, evidence links), in as many sessions as needed while the assessment is a draft.
    The whole batch is checked first: one bad item writes nothing. Sending the same answers
    again changes nothing. Answers the assessment's answers.

    Args:
        assessment_id (UUID): The assessment's id
        body (AnswersWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswersRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnswersWrite,
) -> AnswersRead | ProblemDetail | None:
    """Put Answers

     Create or replace answers (respondent, question, value on the question's scale,
    comment, evidence links), in as many sessions as needed while the assessment is a draft.
    The whole batch is checked first: one bad item writes nothing. Sending the same answers
    again changes nothing. Answers the assessment's answers.

    Args:
        assessment_id (UUID): The assessment's id
        body (AnswersWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnswersRead | ProblemDetail
    """

    return sync_detailed(
        assessment_id=assessment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnswersWrite,
) -> Response[AnswersRead | ProblemDetail]:
    """Put Answers

     Create or replace answers (respondent, question, value on the question's scale,
    comment, evidence links), in as many sessions as needed while the assessment is a draft.
    The whole batch is checked first: one bad item writes nothing. Sending the same answers
    again changes nothing. Answers the assessment's answers.

    Args:
        assessment_id (UUID): The assessment's id
        body (AnswersWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnswersRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        assessment_id=assessment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assessment_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AnswersWrite,
) -> AnswersRead | ProblemDetail | None:
    """Put Answers

     Create or replace answers (respondent, question, value on the question's scale,
    comment, evidence links), in as many sessions as needed while the assessment is a draft.
    The whole batch is checked first: one bad item writes nothing. Sending the same answers
    again changes nothing. Answers the assessment's answers.

    Args:
        assessment_id (UUID): The assessment's id
        body (AnswersWrite):

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
            body=body,
        )
    ).parsed
