from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_format import ExportFormat
from ...models.export_regions_response_200_item import ExportRegionsResponse200Item
from ...models.nuts_version import NutsVersion
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: ExportFormat,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str = format_
    params["format"] = json_format_

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
        "url": "/v1/regions/export",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | list[ExportRegionsResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ExportRegionsResponse200Item.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ProblemDetail | list[ExportRegionsResponse200Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[ProblemDetail | list[ExportRegionsResponse200Item]]:
    """Export Regions

     The whole list (same filters and order) as one streamed CSV, JSON or NDJSON file.

    Args:
        format_ (ExportFormat):
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
        Response[ProblemDetail | list[ExportRegionsResponse200Item]]
    """

    kwargs = _get_kwargs(
        format_=format_,
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
    format_: ExportFormat,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> ProblemDetail | list[ExportRegionsResponse200Item] | None:
    """Export Regions

     The whole list (same filters and order) as one streamed CSV, JSON or NDJSON file.

    Args:
        format_ (ExportFormat):
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
        ProblemDetail | list[ExportRegionsResponse200Item]
    """

    return sync_detailed(
        client=client,
        format_=format_,
        version=version,
        level=level,
        country=country,
        parent=parent,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[ProblemDetail | list[ExportRegionsResponse200Item]]:
    """Export Regions

     The whole list (same filters and order) as one streamed CSV, JSON or NDJSON file.

    Args:
        format_ (ExportFormat):
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
        Response[ProblemDetail | list[ExportRegionsResponse200Item]]
    """

    kwargs = _get_kwargs(
        format_=format_,
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
    format_: ExportFormat,
    version: NutsVersion | Unset = UNSET,
    level: int | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    parent: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> ProblemDetail | list[ExportRegionsResponse200Item] | None:
    """Export Regions

     The whole list (same filters and order) as one streamed CSV, JSON or NDJSON file.

    Args:
        format_ (ExportFormat):
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
        ProblemDetail | list[ExportRegionsResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
            version=version,
            level=level,
            country=country,
            parent=parent,
            q=q,
        )
    ).parsed
