from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_region_history_kind_type_0 import GetRegionHistoryKindType0
from ...models.problem_detail import ProblemDetail
from ...models.region_history import RegionHistory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: str,
    nuts_id: str,
    *,
    kind: GetRegionHistoryKindType0 | None | Unset = UNSET,
    slug: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, str):
        json_kind = kind
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_slug: None | str | Unset
    if isinstance(slug, Unset):
        json_slug = UNSET
    else:
        json_slug = slug
    params["slug"] = json_slug

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/panorama/runs/{run_id}/regions/{nuts_id}/history".format(
            run_id=quote(str(run_id), safe=""),
            nuts_id=quote(str(nuts_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RegionHistory | None:
    if response.status_code == 200:
        response_200 = RegionHistory.from_dict(response.json())

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
) -> Response[ProblemDetail | RegionHistory]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: GetRegionHistoryKindType0 | None | Unset = UNSET,
    slug: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RegionHistory]:
    """Get Region History

     A region's trajectory: stars, LQ and the other figures per year and category, from the latest
    succeeded run of each year computed like this run (same methodology, definition set, dataset, NUTS
    level and denominator), each with its provenance. `latest` anchors it at the newest run.

    Any NUTS version's code works: a code the run's NUTS version does not have is read as its code of
    the same territory there (FRE1 of 2021/2024 is FR30 of 2013), a NUTS-3 code as the run's region
    containing it (DE212 München: DE21 Oberbayern); the headers Eco-Requested-Region, Eco-Resolved-
    Region, Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read, and `nuts_id` is the
    code used. A region whose territory changed (PT19 of 2024, split off PT16 of 2013) is a 422 region-
    territory-changed problem listing the regions it came from or became; a code of no version a 404
    naming the versions searched.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        nuts_id (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        kind (GetRegionHistoryKindType0 | None | Unset): category or emerging_industry
        slug (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionHistory]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        nuts_id=nuts_id,
        kind=kind,
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: GetRegionHistoryKindType0 | None | Unset = UNSET,
    slug: None | str | Unset = UNSET,
) -> ProblemDetail | RegionHistory | None:
    """Get Region History

     A region's trajectory: stars, LQ and the other figures per year and category, from the latest
    succeeded run of each year computed like this run (same methodology, definition set, dataset, NUTS
    level and denominator), each with its provenance. `latest` anchors it at the newest run.

    Any NUTS version's code works: a code the run's NUTS version does not have is read as its code of
    the same territory there (FRE1 of 2021/2024 is FR30 of 2013), a NUTS-3 code as the run's region
    containing it (DE212 München: DE21 Oberbayern); the headers Eco-Requested-Region, Eco-Resolved-
    Region, Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read, and `nuts_id` is the
    code used. A region whose territory changed (PT19 of 2024, split off PT16 of 2013) is a 422 region-
    territory-changed problem listing the regions it came from or became; a code of no version a 404
    naming the versions searched.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        nuts_id (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        kind (GetRegionHistoryKindType0 | None | Unset): category or emerging_industry
        slug (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionHistory
    """

    return sync_detailed(
        run_id=run_id,
        nuts_id=nuts_id,
        client=client,
        kind=kind,
        slug=slug,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: GetRegionHistoryKindType0 | None | Unset = UNSET,
    slug: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RegionHistory]:
    """Get Region History

     A region's trajectory: stars, LQ and the other figures per year and category, from the latest
    succeeded run of each year computed like this run (same methodology, definition set, dataset, NUTS
    level and denominator), each with its provenance. `latest` anchors it at the newest run.

    Any NUTS version's code works: a code the run's NUTS version does not have is read as its code of
    the same territory there (FRE1 of 2021/2024 is FR30 of 2013), a NUTS-3 code as the run's region
    containing it (DE212 München: DE21 Oberbayern); the headers Eco-Requested-Region, Eco-Resolved-
    Region, Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read, and `nuts_id` is the
    code used. A region whose territory changed (PT19 of 2024, split off PT16 of 2013) is a 422 region-
    territory-changed problem listing the regions it came from or became; a code of no version a 404
    naming the versions searched.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        nuts_id (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        kind (GetRegionHistoryKindType0 | None | Unset): category or emerging_industry
        slug (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionHistory]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        nuts_id=nuts_id,
        kind=kind,
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: GetRegionHistoryKindType0 | None | Unset = UNSET,
    slug: None | str | Unset = UNSET,
) -> ProblemDetail | RegionHistory | None:
    """Get Region History

     A region's trajectory: stars, LQ and the other figures per year and category, from the latest
    succeeded run of each year computed like this run (same methodology, definition set, dataset, NUTS
    level and denominator), each with its provenance. `latest` anchors it at the newest run.

    Any NUTS version's code works: a code the run's NUTS version does not have is read as its code of
    the same territory there (FRE1 of 2021/2024 is FR30 of 2013), a NUTS-3 code as the run's region
    containing it (DE212 München: DE21 Oberbayern); the headers Eco-Requested-Region, Eco-Resolved-
    Region, Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read, and `nuts_id` is the
    code used. A region whose territory changed (PT19 of 2024, split off PT16 of 2013) is a 422 region-
    territory-changed problem listing the regions it came from or became; a code of no version a 404
    naming the versions searched.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        nuts_id (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        kind (GetRegionHistoryKindType0 | None | Unset): category or emerging_industry
        slug (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionHistory
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            nuts_id=nuts_id,
            client=client,
            kind=kind,
            slug=slug,
        )
    ).parsed
