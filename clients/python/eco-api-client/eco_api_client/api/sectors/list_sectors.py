from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.sector_page import SectorPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    level: int | None | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    section: None | str | Unset = UNSET,
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

    json_level: int | None | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    else:
        json_level = level
    params["level"] = json_level

    json_parent: None | str | Unset
    if isinstance(parent, Unset):
        json_parent = UNSET
    else:
        json_parent = parent
    params["parent"] = json_parent

    json_section: None | str | Unset
    if isinstance(section, Unset):
        json_section = UNSET
    else:
        json_section = section
    params["section"] = json_section

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sectors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | SectorPage | None:
    if response.status_code == 200:
        response_200 = SectorPage.from_dict(response.json())

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
) -> Response[ProblemDetail | SectorPage]:
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
    level: int | None | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    section: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[ProblemDetail | SectorPage]:
    """List Sectors

     NACE Rev. 2 codes, ordered by code; filter by level, parent or section.

    With `q`, only codes whose name matches, best match first (then by code).

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        level (int | None | Unset): 1 section … 4 class
        parent (None | str | Unset):
        section (None | str | Unset):
        q (None | str | Unset): Search the names, ignoring accents, case and punctuation: names
            containing the text, the exact name first, then those starting with it, then the shortest;
            only when none contains it, similar names (a typo)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SectorPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        level=level,
        parent=parent,
        section=section,
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
    level: int | None | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    section: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> ProblemDetail | SectorPage | None:
    """List Sectors

     NACE Rev. 2 codes, ordered by code; filter by level, parent or section.

    With `q`, only codes whose name matches, best match first (then by code).

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        level (int | None | Unset): 1 section … 4 class
        parent (None | str | Unset):
        section (None | str | Unset):
        q (None | str | Unset): Search the names, ignoring accents, case and punctuation: names
            containing the text, the exact name first, then those starting with it, then the shortest;
            only when none contains it, similar names (a typo)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SectorPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        level=level,
        parent=parent,
        section=section,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    level: int | None | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    section: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[ProblemDetail | SectorPage]:
    """List Sectors

     NACE Rev. 2 codes, ordered by code; filter by level, parent or section.

    With `q`, only codes whose name matches, best match first (then by code).

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        level (int | None | Unset): 1 section … 4 class
        parent (None | str | Unset):
        section (None | str | Unset):
        q (None | str | Unset): Search the names, ignoring accents, case and punctuation: names
            containing the text, the exact name first, then those starting with it, then the shortest;
            only when none contains it, similar names (a typo)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | SectorPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        level=level,
        parent=parent,
        section=section,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    level: int | None | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    section: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> ProblemDetail | SectorPage | None:
    """List Sectors

     NACE Rev. 2 codes, ordered by code; filter by level, parent or section.

    With `q`, only codes whose name matches, best match first (then by code).

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
        level (int | None | Unset): 1 section … 4 class
        parent (None | str | Unset):
        section (None | str | Unset):
        q (None | str | Unset): Search the names, ignoring accents, case and punctuation: names
            containing the text, the exact name first, then those starting with it, then the shortest;
            only when none contains it, similar names (a typo)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | SectorPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            level=level,
            parent=parent,
            section=section,
            q=q,
        )
    ).parsed
