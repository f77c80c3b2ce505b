from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.block import Block
from ...models.problem_detail import ProblemDetail
from ...types import Response


def _get_kwargs(
    version: str,
    block: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/stress-test/questionnaires/{version}/blocks/{block}".format(
            version=quote(str(version), safe=""),
            block=quote(str(block), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Block | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = Block.from_dict(response.json())

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
) -> Response[Block | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    block: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Block | ProblemDetail]:
    """Get Block

     One block of a questionnaire.

    Args:
        version (str):
        block (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Block | ProblemDetail]
    """

    kwargs = _get_kwargs(
        version=version,
        block=block,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    block: str,
    *,
    client: AuthenticatedClient | Client,
) -> Block | ProblemDetail | None:
    """Get Block

     One block of a questionnaire.

    Args:
        version (str):
        block (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Block | ProblemDetail
    """

    return sync_detailed(
        version=version,
        block=block,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: str,
    block: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Block | ProblemDetail]:
    """Get Block

     One block of a questionnaire.

    Args:
        version (str):
        block (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Block | ProblemDetail]
    """

    kwargs = _get_kwargs(
        version=version,
        block=block,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    block: str,
    *,
    client: AuthenticatedClient | Client,
) -> Block | ProblemDetail | None:
    """Get Block

     One block of a questionnaire.

    Args:
        version (str):
        block (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Block | ProblemDetail
    """

    return (
        await asyncio_detailed(
            version=version,
            block=block,
            client=client,
        )
    ).parsed
