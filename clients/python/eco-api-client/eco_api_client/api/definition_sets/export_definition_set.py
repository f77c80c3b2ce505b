from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.definition_kind import DefinitionKind
from ...models.export_definition_set_response_200_item import ExportDefinitionSetResponse200Item
from ...models.export_format import ExportFormat
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    version: str,
    *,
    kind: DefinitionKind | None | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
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

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/definition-sets/{version}/export".format(
            version=quote(str(version), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | list[ExportDefinitionSetResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ExportDefinitionSetResponse200Item.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ProblemDetail | list[ExportDefinitionSetResponse200Item]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    *,
    client: AuthenticatedClient | Client,
    kind: DefinitionKind | None | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> Response[ProblemDetail | list[ExportDefinitionSetResponse200Item]]:
    """Export Definition Set

     Download the set: CSV in the upload's format (edit it and upload it as a new
    version), or JSON / NDJSON definitions with their codes.

    Args:
        version (str): A set's version, or 'active' for the set scoring uses
        kind (DefinitionKind | None | Unset): Only categories or only emerging industries
        format_ (ExportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | list[ExportDefinitionSetResponse200Item]]
    """

    kwargs = _get_kwargs(
        version=version,
        kind=kind,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    *,
    client: AuthenticatedClient | Client,
    kind: DefinitionKind | None | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> ProblemDetail | list[ExportDefinitionSetResponse200Item] | None:
    """Export Definition Set

     Download the set: CSV in the upload's format (edit it and upload it as a new
    version), or JSON / NDJSON definitions with their codes.

    Args:
        version (str): A set's version, or 'active' for the set scoring uses
        kind (DefinitionKind | None | Unset): Only categories or only emerging industries
        format_ (ExportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | list[ExportDefinitionSetResponse200Item]
    """

    return sync_detailed(
        version=version,
        client=client,
        kind=kind,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    version: str,
    *,
    client: AuthenticatedClient | Client,
    kind: DefinitionKind | None | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> Response[ProblemDetail | list[ExportDefinitionSetResponse200Item]]:
    """Export Definition Set

     Download the set: CSV in the upload's format (edit it and upload it as a new
    version), or JSON / NDJSON definitions with their codes.

    Args:
        version (str): A set's version, or 'active' for the set scoring uses
        kind (DefinitionKind | None | Unset): Only categories or only emerging industries
        format_ (ExportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | list[ExportDefinitionSetResponse200Item]]
    """

    kwargs = _get_kwargs(
        version=version,
        kind=kind,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    *,
    client: AuthenticatedClient | Client,
    kind: DefinitionKind | None | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> ProblemDetail | list[ExportDefinitionSetResponse200Item] | None:
    """Export Definition Set

     Download the set: CSV in the upload's format (edit it and upload it as a new
    version), or JSON / NDJSON definitions with their codes.

    Args:
        version (str): A set's version, or 'active' for the set scoring uses
        kind (DefinitionKind | None | Unset): Only categories or only emerging industries
        format_ (ExportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | list[ExportDefinitionSetResponse200Item]
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
            kind=kind,
            format_=format_,
        )
    ).parsed
