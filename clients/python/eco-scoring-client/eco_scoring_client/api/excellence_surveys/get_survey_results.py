from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.survey_results import SurveyResults
from ...types import UNSET, Response, Unset


def _get_kwargs(
    survey_id: UUID,
    *,
    importance_threshold: float | Unset = 4.0,
    gap_threshold: float | Unset = 1.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["importance_threshold"] = importance_threshold

    params["gap_threshold"] = gap_threshold

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/excellence/surveys/{survey_id}/results".format(
            survey_id=quote(str(survey_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | SurveyResults | None:
    if response.status_code == 200:
        response_200 = SurveyResults.from_dict(response.json())

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
) -> Response[ProblemDetail | SurveyResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    survey_id: UUID,
    *,
    client: AuthenticatedClient,
    importance_threshold: float | Unset = 4.0,
    gap_threshold: float | Unset = 1.0,
) -> Response[ProblemDetail | SurveyResults]:
    """Get Survey Results

     Aggregated results: per item, subcategory and category the respondents, mean
    importance, extent and satisfaction, gap (importance - extent), importance-weighted
    index and bottlenecks. With fewer respondents than the survey's minimum: counts only.
    Never an individual response.

    Args:
        survey_id (UUID):
        importance_threshold (float | Unset): Bottleneck: mean importance at least this Default:
            4.0.
        gap_threshold (float | Unset): Bottleneck: importance - extent at least this Default: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SurveyResults]
    """

    kwargs = _get_kwargs(
        survey_id=survey_id,
        importance_threshold=importance_threshold,
        gap_threshold=gap_threshold,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    survey_id: UUID,
    *,
    client: AuthenticatedClient,
    importance_threshold: float | Unset = 4.0,
    gap_threshold: float | Unset = 1.0,
) -> ProblemDetail | SurveyResults | None:
    """Get Survey Results

     Aggregated results: per item, subcategory and category the respondents, mean
    importance, extent and satisfaction, gap (importance - extent), importance-weighted
    index and bottlenecks. With fewer respondents than the survey's minimum: counts only.
    Never an individual response.

    Args:
        survey_id (UUID):
        importance_threshold (float | Unset): Bottleneck: mean importance at least this Default:
            4.0.
        gap_threshold (float | Unset): Bottleneck: importance - extent at least this Default: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SurveyResults
    """

    return sync_detailed(
        survey_id=survey_id,
        client=client,
        importance_threshold=importance_threshold,
        gap_threshold=gap_threshold,
    ).parsed


async def asyncio_detailed(
    survey_id: UUID,
    *,
    client: AuthenticatedClient,
    importance_threshold: float | Unset = 4.0,
    gap_threshold: float | Unset = 1.0,
) -> Response[ProblemDetail | SurveyResults]:
    """Get Survey Results

     Aggregated results: per item, subcategory and category the respondents, mean
    importance, extent and satisfaction, gap (importance - extent), importance-weighted
    index and bottlenecks. With fewer respondents than the survey's minimum: counts only.
    Never an individual response.

    Args:
        survey_id (UUID):
        importance_threshold (float | Unset): Bottleneck: mean importance at least this Default:
            4.0.
        gap_threshold (float | Unset): Bottleneck: importance - extent at least this Default: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SurveyResults]
    """

    kwargs = _get_kwargs(
        survey_id=survey_id,
        importance_threshold=importance_threshold,
        gap_threshold=gap_threshold,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    survey_id: UUID,
    *,
    client: AuthenticatedClient,
    importance_threshold: float | Unset = 4.0,
    gap_threshold: float | Unset = 1.0,
) -> ProblemDetail | SurveyResults | None:
    """Get Survey Results

     Aggregated results: per item, subcategory and category the respondents, mean
    importance, extent and satisfaction, gap (importance - extent), importance-weighted
    index and bottlenecks. With fewer respondents than the survey's minimum: counts only.
    Never an individual response.

    Args:
        survey_id (UUID):
        importance_threshold (float | Unset): Bottleneck: mean importance at least this Default:
            4.0.
        gap_threshold (float | Unset): Bottleneck: importance - extent at least this Default: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SurveyResults
    """

    return (
        await asyncio_detailed(
            survey_id=survey_id,
            client=client,
            importance_threshold=importance_threshold,
            gap_threshold=gap_threshold,
        )
    ).parsed
