from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_format import ExportFormat
from ...models.export_survey_results_response_200_item import ExportSurveyResultsResponse200Item
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    survey_id: UUID,
    *,
    format_: ExportFormat,
    importance_threshold: float | Unset = 4.0,
    gap_threshold: float | Unset = 1.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str = format_
    params["format"] = json_format_

    params["importance_threshold"] = importance_threshold

    params["gap_threshold"] = gap_threshold

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/excellence/surveys/{survey_id}/results/export".format(
            survey_id=quote(str(survey_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | list[ExportSurveyResultsResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ExportSurveyResultsResponse200Item.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ProblemDetail | list[ExportSurveyResultsResponse200Item]]:
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
    format_: ExportFormat,
    importance_threshold: float | Unset = 4.0,
    gap_threshold: float | Unset = 1.0,
) -> Response[ProblemDetail | list[ExportSurveyResultsResponse200Item]]:
    """Export Survey Results

     The aggregated results as CSV, JSON or NDJSON (counts only when suppressed).

    Args:
        survey_id (UUID):
        format_ (ExportFormat):
        importance_threshold (float | Unset): Bottleneck: mean importance at least this Default:
            4.0.
        gap_threshold (float | Unset): Bottleneck: importance - extent at least this Default: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | list[ExportSurveyResultsResponse200Item]]
    """

    kwargs = _get_kwargs(
        survey_id=survey_id,
        format_=format_,
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
    format_: ExportFormat,
    importance_threshold: float | Unset = 4.0,
    gap_threshold: float | Unset = 1.0,
) -> ProblemDetail | list[ExportSurveyResultsResponse200Item] | None:
    """Export Survey Results

     The aggregated results as CSV, JSON or NDJSON (counts only when suppressed).

    Args:
        survey_id (UUID):
        format_ (ExportFormat):
        importance_threshold (float | Unset): Bottleneck: mean importance at least this Default:
            4.0.
        gap_threshold (float | Unset): Bottleneck: importance - extent at least this Default: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | list[ExportSurveyResultsResponse200Item]
    """

    return sync_detailed(
        survey_id=survey_id,
        client=client,
        format_=format_,
        importance_threshold=importance_threshold,
        gap_threshold=gap_threshold,
    ).parsed


async def asyncio_detailed(
    survey_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: ExportFormat,
    importance_threshold: float | Unset = 4.0,
    gap_threshold: float | Unset = 1.0,
) -> Response[ProblemDetail | list[ExportSurveyResultsResponse200Item]]:
    """Export Survey Results

     The aggregated results as CSV, JSON or NDJSON (counts only when suppressed).

    Args:
        survey_id (UUID):
        format_ (ExportFormat):
        importance_threshold (float | Unset): Bottleneck: mean importance at least this Default:
            4.0.
        gap_threshold (float | Unset): Bottleneck: importance - extent at least this Default: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | list[ExportSurveyResultsResponse200Item]]
    """

    kwargs = _get_kwargs(
        survey_id=survey_id,
        format_=format_,
        importance_threshold=importance_threshold,
        gap_threshold=gap_threshold,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    survey_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: ExportFormat,
    importance_threshold: float | Unset = 4.0,
    gap_threshold: float | Unset = 1.0,
) -> ProblemDetail | list[ExportSurveyResultsResponse200Item] | None:
    """Export Survey Results

     The aggregated results as CSV, JSON or NDJSON (counts only when suppressed).

    Args:
        survey_id (UUID):
        format_ (ExportFormat):
        importance_threshold (float | Unset): Bottleneck: mean importance at least this Default:
            4.0.
        gap_threshold (float | Unset): Bottleneck: importance - extent at least this Default: 1.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | list[ExportSurveyResultsResponse200Item]
    """

    return (
        await asyncio_detailed(
            survey_id=survey_id,
            client=client,
            format_=format_,
            importance_threshold=importance_threshold,
            gap_threshold=gap_threshold,
        )
    ).parsed
