from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compare_panorama_runs_kind_type_0 import (
    ComparePanoramaRunsKindType0,
)
from ...models.comparison import Comparison
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: str,
    *,
    regions: str,
    kind: ComparePanoramaRunsKindType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["regions"] = regions

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, str):
        json_kind = kind
    else:
        json_kind = kind
    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/panorama/runs/{run_id}/compare".format(
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Comparison | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = Comparison.from_dict(response.json())

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
) -> Response[Comparison | ProblemDetail]:
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
    regions: str,
    kind: ComparePanoramaRunsKindType0 | None | Unset = UNSET,
) -> Response[Comparison | ProblemDetail]:
    """Compare Panorama Runs

     Up to ten regions side by side.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        regions (str): Up to 10 NUTS codes of any version, comma-separated: each is read as the
            run's region (see the region endpoint), the answer keyed by the codes used
        kind (ComparePanoramaRunsKindType0 | None | Unset): category or emerging_industry

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comparison | ProblemDetail]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        regions=regions,
        kind=kind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    regions: str,
    kind: ComparePanoramaRunsKindType0 | None | Unset = UNSET,
) -> Comparison | ProblemDetail | None:
    """Compare Panorama Runs

     Up to ten regions side by side.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        regions (str): Up to 10 NUTS codes of any version, comma-separated: each is read as the
            run's region (see the region endpoint), the answer keyed by the codes used
        kind (ComparePanoramaRunsKindType0 | None | Unset): category or emerging_industry

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comparison | ProblemDetail
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        regions=regions,
        kind=kind,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    regions: str,
    kind: ComparePanoramaRunsKindType0 | None | Unset = UNSET,
) -> Response[Comparison | ProblemDetail]:
    """Compare Panorama Runs

     Up to ten regions side by side.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        regions (str): Up to 10 NUTS codes of any version, comma-separated: each is read as the
            run's region (see the region endpoint), the answer keyed by the codes used
        kind (ComparePanoramaRunsKindType0 | None | Unset): category or emerging_industry

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comparison | ProblemDetail]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        regions=regions,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    regions: str,
    kind: ComparePanoramaRunsKindType0 | None | Unset = UNSET,
) -> Comparison | ProblemDetail | None:
    """Compare Panorama Runs

     Up to ten regions side by side.

    Args:
        run_id (str): A run id, or `latest` for the latest succeeded run
        regions (str): Up to 10 NUTS codes of any version, comma-separated: each is read as the
            run's region (see the region endpoint), the answer keyed by the codes used
        kind (ComparePanoramaRunsKindType0 | None | Unset): category or emerging_industry

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comparison | ProblemDetail
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            regions=regions,
            kind=kind,
        )
    ).parsed
