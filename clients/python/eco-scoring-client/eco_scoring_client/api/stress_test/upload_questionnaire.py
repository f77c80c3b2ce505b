from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.questionnaire import Questionnaire
from ...models.questionnaire_summary import QuestionnaireSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Questionnaire,
    activate: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["activate"] = activate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/stress-test/questionnaires",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | QuestionnaireSummary | None:
    if response.status_code == 200:
        response_200 = QuestionnaireSummary.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = QuestionnaireSummary.from_dict(response.json())

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
) -> Response[ProblemDetail | QuestionnaireSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Questionnaire,
    activate: bool | Unset = False,
) -> Response[ProblemDetail | QuestionnaireSummary]:
    """Upload Questionnaire

     Publish a questionnaire version (administrators): scales, blocks with their questions,
    guidance per level and the scoreboard parts each block acts on, as in
    ``GET /questionnaires/{version}``. Versions are immutable: the same document again
    changes nothing (200), another document under an existing version is a 409.

    Args:
        activate (bool | Unset): Make it the version new assessments use Default: False.
        body (Questionnaire):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | QuestionnaireSummary]
    """

    kwargs = _get_kwargs(
        body=body,
        activate=activate,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Questionnaire,
    activate: bool | Unset = False,
) -> ProblemDetail | QuestionnaireSummary | None:
    """Upload Questionnaire

     Publish a questionnaire version (administrators): scales, blocks with their questions,
    guidance per level and the scoreboard parts each block acts on, as in
    ``GET /questionnaires/{version}``. Versions are immutable: the same document again
    changes nothing (200), another document under an existing version is a 409.

    Args:
        activate (bool | Unset): Make it the version new assessments use Default: False.
        body (Questionnaire):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | QuestionnaireSummary
    """

    return sync_detailed(
        client=client,
        body=body,
        activate=activate,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Questionnaire,
    activate: bool | Unset = False,
) -> Response[ProblemDetail | QuestionnaireSummary]:
    """Upload Questionnaire

     Publish a questionnaire version (administrators): scales, blocks with their questions,
    guidance per level and the scoreboard parts each block acts on, as in
    ``GET /questionnaires/{version}``. Versions are immutable: the same document again
    changes nothing (200), another document under an existing version is a 409.

    Args:
        activate (bool | Unset): Make it the version new assessments use Default: False.
        body (Questionnaire):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | QuestionnaireSummary]
    """

    kwargs = _get_kwargs(
        body=body,
        activate=activate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Questionnaire,
    activate: bool | Unset = False,
) -> ProblemDetail | QuestionnaireSummary | None:
    """Upload Questionnaire

     Publish a questionnaire version (administrators): scales, blocks with their questions,
    guidance per level and the scoreboard parts each block acts on, as in
    ``GET /questionnaires/{version}``. Versions are immutable: the same document again
    changes nothing (200), another document under an existing version is a 409.

    Args:
        activate (bool | Unset): Make it the version new assessments use Default: False.
        body (Questionnaire):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | QuestionnaireSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            activate=activate,
        )
    ).parsed
