from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_category_map_format import GetCategoryMapFormat
from ...models.get_category_map_kind import GetCategoryMapKind
from ...models.get_category_map_response_200 import GetCategoryMapResponse200
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: str,
    kind: GetCategoryMapKind,
    slug: str,
    *,
    format_: GetCategoryMapFormat | Unset = "json",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/panorama/runs/{run_id}/map/{kind}/{slug}".format(
            run_id=quote(str(run_id), safe=""),
            kind=quote(str(kind), safe=""),
            slug=quote(str(slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCategoryMapResponse200 | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = GetCategoryMapResponse200.from_dict(response.json())

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
) -> Response[GetCategoryMapResponse200 | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    kind: GetCategoryMapKind,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCategoryMapFormat | Unset = "json",
) -> Response[GetCategoryMapResponse200 | ProblemDetail]:
    """Get Category Map

     A category's or emerging industry's indicators and stars for every region, keyed by
    NUTS id or as GeoJSON, ready for a choropleth.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        kind (GetCategoryMapKind):
        slug (str):
        format_ (GetCategoryMapFormat | Unset): json: indicators keyed by NUTS id; geojson: a
            FeatureCollection of the regions with a loaded boundary (409 boundaries-missing when none
            is loaded) Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCategoryMapResponse200 | ProblemDetail]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        kind=kind,
        slug=slug,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    kind: GetCategoryMapKind,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCategoryMapFormat | Unset = "json",
) -> GetCategoryMapResponse200 | ProblemDetail | None:
    """Get Category Map

     A category's or emerging industry's indicators and stars for every region, keyed by
    NUTS id or as GeoJSON, ready for a choropleth.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        kind (GetCategoryMapKind):
        slug (str):
        format_ (GetCategoryMapFormat | Unset): json: indicators keyed by NUTS id; geojson: a
            FeatureCollection of the regions with a loaded boundary (409 boundaries-missing when none
            is loaded) Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCategoryMapResponse200 | ProblemDetail
    """

    return sync_detailed(
        run_id=run_id,
        kind=kind,
        slug=slug,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    kind: GetCategoryMapKind,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCategoryMapFormat | Unset = "json",
) -> Response[GetCategoryMapResponse200 | ProblemDetail]:
    """Get Category Map

     A category's or emerging industry's indicators and stars for every region, keyed by
    NUTS id or as GeoJSON, ready for a choropleth.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        kind (GetCategoryMapKind):
        slug (str):
        format_ (GetCategoryMapFormat | Unset): json: indicators keyed by NUTS id; geojson: a
            FeatureCollection of the regions with a loaded boundary (409 boundaries-missing when none
            is loaded) Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCategoryMapResponse200 | ProblemDetail]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        kind=kind,
        slug=slug,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    kind: GetCategoryMapKind,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    format_: GetCategoryMapFormat | Unset = "json",
) -> GetCategoryMapResponse200 | ProblemDetail | None:
    """Get Category Map

     A category's or emerging industry's indicators and stars for every region, keyed by
    NUTS id or as GeoJSON, ready for a choropleth.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        kind (GetCategoryMapKind):
        slug (str):
        format_ (GetCategoryMapFormat | Unset): json: indicators keyed by NUTS id; geojson: a
            FeatureCollection of the regions with a loaded boundary (409 boundaries-missing when none
            is loaded) Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCategoryMapResponse200 | ProblemDetail
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            kind=kind,
            slug=slug,
            client=client,
            format_=format_,
        )
    ).parsed
