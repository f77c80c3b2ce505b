from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.nuts_version import NutsVersion
from ...models.problem_detail import ProblemDetail
from ...models.region_page import RegionPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

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

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_parent: None | str | Unset
    if isinstance(parent, Unset):
        json_parent = UNSET
    else:
        json_parent = parent
    params["parent"] = json_parent

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/regions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RegionPage | None:
    if response.status_code == 200:
        response_200 = RegionPage.from_dict(response.json())

        return response_200

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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RegionPage]:
    """List Regions

     NUTS regions of one version, ordered by code; filter by level, country or parent.

    With `q`, only regions whose name matches, best match first (then by code).

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.
        level (int | None | Unset):
        country (None | str | Unset):
        parent (None | str | Unset):
        q (None | str | Unset): Search the names, ignoring accents, case and punctuation (`Ile de
            France` finds Île-de-France): names containing the text, the exact name first, then those
            starting with it, then the shortest; only when none contains it, similar names (a typo)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        version=version,
        level=level,
        country=country,
        parent=parent,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> ProblemDetail | RegionPage | None:
    """List Regions

     NUTS regions of one version, ordered by code; filter by level, country or parent.

    With `q`, only regions whose name matches, best match first (then by code).

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.
        level (int | None | Unset):
        country (None | str | Unset):
        parent (None | str | Unset):
        q (None | str | Unset): Search the names, ignoring accents, case and punctuation (`Ile de
            France` finds Île-de-France): names containing the text, the exact name first, then those
            starting with it, then the shortest; only when none contains it, similar names (a typo)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        version=version,
        level=level,
        country=country,
        parent=parent,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RegionPage]:
    """List Regions

     NUTS regions of one version, ordered by code; filter by level, country or parent.

    With `q`, only regions whose name matches, best match first (then by code).

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.
        level (int | None | Unset):
        country (None | str | Unset):
        parent (None | str | Unset):
        q (None | str | Unset): Search the names, ignoring accents, case and punctuation (`Ile de
            France` finds Île-de-France): names containing the text, the exact name first, then those
            starting with it, then the shortest; only when none contains it, similar names (a typo)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        version=version,
        level=level,
        country=country,
        parent=parent,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> ProblemDetail | RegionPage | None:
    """List Regions

     NUTS regions of one version, ordered by code; filter by level, country or parent.

    With `q`, only regions whose name matches, best match first (then by code).

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.
        level (int | None | Unset):
        country (None | str | Unset):
        parent (None | str | Unset):
        q (None | str | Unset): Search the names, ignoring accents, case and punctuation (`Ile de
            France` finds Île-de-France): names containing the text, the exact name first, then those
            starting with it, then the shortest; only when none contains it, similar names (a typo)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            version=version,
            level=level,
            country=country,
            parent=parent,
            q=q,
        )
    ).parsed
