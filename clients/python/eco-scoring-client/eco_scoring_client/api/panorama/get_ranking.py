from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_ranking_by import GetRankingBy
from ...models.get_ranking_kind import GetRankingKind
from ...models.problem_detail import ProblemDetail
from ...models.ranking import Ranking
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: str,
    *,
    kind: GetRankingKind | Unset = "category",
    slug: None | str | Unset = UNSET,
    by: GetRankingBy | Unset = "stars",
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind

    json_slug: None | str | Unset
    if isinstance(slug, Unset):
        json_slug = UNSET
    else:
        json_slug = slug
    params["slug"] = json_slug

    json_by: str | Unset = UNSET
    if not isinstance(by, Unset):
        json_by = by

    params["by"] = json_by

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/panorama/runs/{run_id}/rankings".format(
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | Ranking | None:
    if response.status_code == 200:
        response_200 = Ranking.from_dict(response.json())

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
) -> Response[ProblemDetail | Ranking]:
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
    kind: GetRankingKind | Unset = "category",
    slug: None | str | Unset = UNSET,
    by: GetRankingBy | Unset = "stars",
    limit: int | Unset = 20,
) -> Response[ProblemDetail | Ranking]:
    """Get Ranking

     Top-N regional clusters by a metric; with an emerging industry and ``by=stars``, its
    hotspots.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        kind (GetRankingKind | Unset):  Default: 'category'.
        slug (None | str | Unset):
        by (GetRankingBy | Unset):  Default: 'stars'.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | Ranking]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        kind=kind,
        slug=slug,
        by=by,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: GetRankingKind | Unset = "category",
    slug: None | str | Unset = UNSET,
    by: GetRankingBy | Unset = "stars",
    limit: int | Unset = 20,
) -> ProblemDetail | Ranking | None:
    """Get Ranking

     Top-N regional clusters by a metric; with an emerging industry and ``by=stars``, its
    hotspots.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        kind (GetRankingKind | Unset):  Default: 'category'.
        slug (None | str | Unset):
        by (GetRankingBy | Unset):  Default: 'stars'.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | Ranking
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        kind=kind,
        slug=slug,
        by=by,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: GetRankingKind | Unset = "category",
    slug: None | str | Unset = UNSET,
    by: GetRankingBy | Unset = "stars",
    limit: int | Unset = 20,
) -> Response[ProblemDetail | Ranking]:
    """Get Ranking

     Top-N regional clusters by a metric; with an emerging industry and ``by=stars``, its
    hotspots.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        kind (GetRankingKind | Unset):  Default: 'category'.
        slug (None | str | Unset):
        by (GetRankingBy | Unset):  Default: 'stars'.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | Ranking]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        kind=kind,
        slug=slug,
        by=by,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: GetRankingKind | Unset = "category",
    slug: None | str | Unset = UNSET,
    by: GetRankingBy | Unset = "stars",
    limit: int | Unset = 20,
) -> ProblemDetail | Ranking | None:
    """Get Ranking

     Top-N regional clusters by a metric; with an emerging industry and ``by=stars``, its
    hotspots.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        kind (GetRankingKind | Unset):  Default: 'category'.
        slug (None | str | Unset):
        by (GetRankingBy | Unset):  Default: 'stars'.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | Ranking
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            kind=kind,
            slug=slug,
            by=by,
            limit=limit,
        )
    ).parsed
