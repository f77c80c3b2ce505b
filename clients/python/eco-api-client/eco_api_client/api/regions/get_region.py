from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.nuts_version import NutsVersion
from ...models.problem_detail import ProblemDetail
from ...models.region_read import RegionRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    nuts_id: str,
    *,
    version: NutsVersion | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_version: int | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version

    params["version"] = json_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/regions/{nuts_id}".format(
            nuts_id=quote(str(nuts_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RegionRead | None:
    if response.status_code == 200:
        response_200 = RegionRead.from_dict(response.json())

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
) -> Response[ProblemDetail | RegionRead]:
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
) -> Response[ProblemDetail | RegionRead]:
    """Get Region

     One region by NUTS code in the given version.

    A code of another NUTS version works: it is read as its code of the same territory in the version
    asked for (FR30 of 2013 is FRE1 of 2024); the headers Eco-Requested-Region, Eco-Resolved-Region,
    Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read. A region whose territory
    changed on the way (PT16 of 2021, split into PT19 and PT1D in 2024) is a 422 region-territory-
    changed problem listing the regions it became or came from; a code of no version a 404 naming the
    versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (see the endpoint)
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionRead]
    """

    kwargs = _get_kwargs(
        nuts_id=nuts_id,
        version=version,
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
) -> ProblemDetail | RegionRead | None:
    """Get Region

     One region by NUTS code in the given version.

    A code of another NUTS version works: it is read as its code of the same territory in the version
    asked for (FR30 of 2013 is FRE1 of 2024); the headers Eco-Requested-Region, Eco-Resolved-Region,
    Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read. A region whose territory
    changed on the way (PT16 of 2021, split into PT19 and PT1D in 2024) is a 422 region-territory-
    changed problem listing the regions it became or came from; a code of no version a 404 naming the
    versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (see the endpoint)
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionRead
    """

    return sync_detailed(
        nuts_id=nuts_id,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: NutsVersion | Unset = UNSET,
) -> Response[ProblemDetail | RegionRead]:
    """Get Region

     One region by NUTS code in the given version.

    A code of another NUTS version works: it is read as its code of the same territory in the version
    asked for (FR30 of 2013 is FRE1 of 2024); the headers Eco-Requested-Region, Eco-Resolved-Region,
    Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read. A region whose territory
    changed on the way (PT16 of 2021, split into PT19 and PT1D in 2024) is a 422 region-territory-
    changed problem listing the regions it became or came from; a code of no version a 404 naming the
    versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (see the endpoint)
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionRead]
    """

    kwargs = _get_kwargs(
        nuts_id=nuts_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: NutsVersion | Unset = UNSET,
) -> ProblemDetail | RegionRead | None:
    """Get Region

     One region by NUTS code in the given version.

    A code of another NUTS version works: it is read as its code of the same territory in the version
    asked for (FR30 of 2013 is FRE1 of 2024); the headers Eco-Requested-Region, Eco-Resolved-Region,
    Eco-Region-Nuts-Version and Eco-Region-Relation say how it was read. A region whose territory
    changed on the way (PT16 of 2021, split into PT19 and PT1D in 2024) is a 422 region-territory-
    changed problem listing the regions it became or came from; a code of no version a 404 naming the
    versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (see the endpoint)
        version (NutsVersion | Unset): NUTS classification versions the observatory knows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionRead
    """

    return (
        await asyncio_detailed(
            nuts_id=nuts_id,
            client=client,
            version=version,
        )
    ).parsed
