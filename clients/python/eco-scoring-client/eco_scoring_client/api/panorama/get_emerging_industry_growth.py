from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emerging_growth_comparison import EmergingGrowthComparison
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/panorama/runs/{run_id}/emerging-industries/growth".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmergingGrowthComparison | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = EmergingGrowthComparison.from_dict(response.json())

        return response_200

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
) -> Response[EmergingGrowthComparison | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmergingGrowthComparison | ProblemDetail]:
    """Get Emerging Industry Growth

     Each emerging industry's employment growth over the run's growth window (with its
    growth hotspots) beside the Observatory's published 2005-2011 growth: sign and rank
    compared, and what differs between the two.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergingGrowthComparison | ProblemDetail]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmergingGrowthComparison | ProblemDetail | None:
    """Get Emerging Industry Growth

     Each emerging industry's employment growth over the run's growth window (with its
    growth hotspots) beside the Observatory's published 2005-2011 growth: sign and rank
    compared, and what differs between the two.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergingGrowthComparison | ProblemDetail
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmergingGrowthComparison | ProblemDetail]:
    """Get Emerging Industry Growth

     Each emerging industry's employment growth over the run's growth window (with its
    growth hotspots) beside the Observatory's published 2005-2011 growth: sign and rank
    compared, and what differs between the two.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergingGrowthComparison | ProblemDetail]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmergingGrowthComparison | ProblemDetail | None:
    """Get Emerging Industry Growth

     Each emerging industry's employment growth over the run's growth window (with its
    growth hotspots) beside the Observatory's published 2005-2011 growth: sign and rank
    compared, and what differs between the two.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergingGrowthComparison | ProblemDetail
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
