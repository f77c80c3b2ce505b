from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.nuts_version import NutsVersion
from ...models.problem_detail import ProblemDetail
from ...models.region_lookup import RegionLookup
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    code: str,
    version: None | NutsVersion | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code"] = code

    json_version: int | None | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    elif isinstance(version, int):
        json_version = version
    else:
        json_version = version
    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/regions/lookup",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RegionLookup | None:
    if response.status_code == 200:
        response_200 = RegionLookup.from_dict(response.json())

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
) -> Response[ProblemDetail | RegionLookup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    code: str,
    version: None | NutsVersion | Unset = UNSET,
) -> Response[ProblemDetail | RegionLookup]:
    """Lookup Region

     A code across NUTS versions: the versions it exists in, its successors in later
    versions and predecessors in earlier ones with the kind of change, and what it means in
    the current version (FR30 of 2013 is FRE1 now).

    Args:
        code (str): A NUTS code of any version, e.g. FR30 (2013), FRE1 (2021, 2024)
        version (None | NutsVersion | Unset): Only the code as it is in this version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionLookup]
    """

    kwargs = _get_kwargs(
        code=code,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    code: str,
    version: None | NutsVersion | Unset = UNSET,
) -> ProblemDetail | RegionLookup | None:
    """Lookup Region

     A code across NUTS versions: the versions it exists in, its successors in later
    versions and predecessors in earlier ones with the kind of change, and what it means in
    the current version (FR30 of 2013 is FRE1 now).

    Args:
        code (str): A NUTS code of any version, e.g. FR30 (2013), FRE1 (2021, 2024)
        version (None | NutsVersion | Unset): Only the code as it is in this version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionLookup
    """

    return sync_detailed(
        client=client,
        code=code,
        version=version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    code: str,
    version: None | NutsVersion | Unset = UNSET,
) -> Response[ProblemDetail | RegionLookup]:
    """Lookup Region

     A code across NUTS versions: the versions it exists in, its successors in later
    versions and predecessors in earlier ones with the kind of change, and what it means in
    the current version (FR30 of 2013 is FRE1 now).

    Args:
        code (str): A NUTS code of any version, e.g. FR30 (2013), FRE1 (2021, 2024)
        version (None | NutsVersion | Unset): Only the code as it is in this version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionLookup]
    """

    kwargs = _get_kwargs(
        code=code,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    code: str,
    version: None | NutsVersion | Unset = UNSET,
) -> ProblemDetail | RegionLookup | None:
    """Lookup Region

     A code across NUTS versions: the versions it exists in, its successors in later
    versions and predecessors in earlier ones with the kind of change, and what it means in
    the current version (FR30 of 2013 is FRE1 now).

    Args:
        code (str): A NUTS code of any version, e.g. FR30 (2013), FRE1 (2021, 2024)
        version (None | NutsVersion | Unset): Only the code as it is in this version

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionLookup
    """

    return (
        await asyncio_detailed(
            client=client,
            code=code,
            version=version,
        )
    ).parsed
