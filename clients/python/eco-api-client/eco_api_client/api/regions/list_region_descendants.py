from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.nuts_version import NutsVersion
from ...models.problem_detail import ProblemDetail
from ...models.region_page import RegionPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    nuts_id: str,
    *,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    depth: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version: int | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version

    params["version"] = json_version

    json_level: int | None | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    else:
        json_level = level
    params["level"] = json_level

    json_depth: int | None | Unset
    if isinstance(depth, Unset):
        json_depth = UNSET
    else:
        json_depth = depth
    params["depth"] = json_depth

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/regions/{nuts_id}/descendants".format(
            nuts_id=quote(str(nuts_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RegionPage | None:
    if response.status_code == 200:
        response_200 = RegionPage.from_dict(response.json())

        return response_200

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
) -> Response[ProblemDetail | RegionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    depth: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RegionPage]:
    """List Region Descendants

     Every region below this one, by code (a parent before its children).

    A code of another NUTS version works: it is read as its code of the same territory in the version
    asked for (FR30 of 2013 is FRE1 of 2024); the headers Eco-Requested-Region, Eco-Resolved-Region,
    Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read. A region whose territory
    changed on the way (PT16 of 2021, split into PT19 and PT1D in 2024) is a 422 region-territory-
    changed problem listing the regions it became or came from; a code of no version a 404 naming the
    versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (see the endpoint)
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.
        level (int | None | Unset): Only this NUTS level
        depth (int | None | Unset): At most this many levels down
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionPage]
    """

    kwargs = _get_kwargs(
        nuts_id=nuts_id,
        version=version,
        level=level,
        depth=depth,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    depth: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ProblemDetail | RegionPage | None:
    """List Region Descendants

     Every region below this one, by code (a parent before its children).

    A code of another NUTS version works: it is read as its code of the same territory in the version
    asked for (FR30 of 2013 is FRE1 of 2024); the headers Eco-Requested-Region, Eco-Resolved-Region,
    Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read. A region whose territory
    changed on the way (PT16 of 2021, split into PT19 and PT1D in 2024) is a 422 region-territory-
    changed problem listing the regions it became or came from; a code of no version a 404 naming the
    versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (see the endpoint)
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.
        level (int | None | Unset): Only this NUTS level
        depth (int | None | Unset): At most this many levels down
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionPage
    """

    return sync_detailed(
        nuts_id=nuts_id,
        client=client,
        version=version,
        level=level,
        depth=depth,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    depth: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RegionPage]:
    """List Region Descendants

     Every region below this one, by code (a parent before its children).

    A code of another NUTS version works: it is read as its code of the same territory in the version
    asked for (FR30 of 2013 is FRE1 of 2024); the headers Eco-Requested-Region, Eco-Resolved-Region,
    Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read. A region whose territory
    changed on the way (PT16 of 2021, split into PT19 and PT1D in 2024) is a 422 region-territory-
    changed problem listing the regions it became or came from; a code of no version a 404 naming the
    versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (see the endpoint)
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.
        level (int | None | Unset): Only this NUTS level
        depth (int | None | Unset): At most this many levels down
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionPage]
    """

    kwargs = _get_kwargs(
        nuts_id=nuts_id,
        version=version,
        level=level,
        depth=depth,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    depth: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ProblemDetail | RegionPage | None:
    """List Region Descendants

     Every region below this one, by code (a parent before its children).

    A code of another NUTS version works: it is read as its code of the same territory in the version
    asked for (FR30 of 2013 is FRE1 of 2024); the headers Eco-Requested-Region, Eco-Resolved-Region,
    Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read. A region whose territory
    changed on the way (PT16 of 2021, split into PT19 and PT1D in 2024) is a 422 region-territory-
    changed problem listing the regions it became or came from; a code of no version a 404 naming the
    versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (see the endpoint)
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.
        level (int | None | Unset): Only this NUTS level
        depth (int | None | Unset): At most this many levels down
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionPage
    """

    return (
        await asyncio_detailed(
            nuts_id=nuts_id,
            client=client,
            version=version,
            level=level,
            depth=depth,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
