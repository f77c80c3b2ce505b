from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_format import FileFormat
from ...models.import_mode import ImportMode
from ...models.import_report import ImportReport
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File,
    mode: ImportMode | Unset = UNSET,
    format_: FileFormat | None | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode

    params["mode"] = json_mode

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, str):
        json_format_ = format_
    else:
        json_format_ = format_
    params["format"] = json_format_

    json_filename: None | str | Unset
    if isinstance(filename, Unset):
        json_filename = UNSET
    else:
        json_filename = filename
    params["filename"] = json_filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/organisations/imports",
        "params": params,
    }

    _kwargs["json"] = body.to_tuple()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportReport | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = ImportReport.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(response.json())

        return response_403

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
) -> Response[ImportReport | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    mode: ImportMode | Unset = UNSET,
    format_: FileFormat | None | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Response[ImportReport | ProblemDetail]:
    """Import Organisations

     Create or update profiles by slug from a CSV (the export's columns) or JSON file.

    The whole file is checked first; the report names row, column and problem. Rows become
    owned by the calling account; a slug another account owns is a problem of its row,
    unless the calling account manages that organisation.
    Importing the same file again changes nothing.

    Args:
        mode (ImportMode | Unset):
        format_ (FileFormat | None | Unset): csv, json or ndjson; else from Content-Type
        filename (None | str | Unset): Recorded with the import run
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
        mode=mode,
        format_=format_,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: File,
    mode: ImportMode | Unset = UNSET,
    format_: FileFormat | None | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> ImportReport | ProblemDetail | None:
    """Import Organisations

     Create or update profiles by slug from a CSV (the export's columns) or JSON file.

    The whole file is checked first; the report names row, column and problem. Rows become
    owned by the calling account; a slug another account owns is a problem of its row,
    unless the calling account manages that organisation.
    Importing the same file again changes nothing.

    Args:
        mode (ImportMode | Unset):
        format_ (FileFormat | None | Unset): csv, json or ndjson; else from Content-Type
        filename (None | str | Unset): Recorded with the import run
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | ProblemDetail
    """

    return sync_detailed(
        client=client,
        body=body,
        mode=mode,
        format_=format_,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    mode: ImportMode | Unset = UNSET,
    format_: FileFormat | None | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Response[ImportReport | ProblemDetail]:
    """Import Organisations

     Create or update profiles by slug from a CSV (the export's columns) or JSON file.

    The whole file is checked first; the report names row, column and problem. Rows become
    owned by the calling account; a slug another account owns is a problem of its row,
    unless the calling account manages that organisation.
    Importing the same file again changes nothing.

    Args:
        mode (ImportMode | Unset):
        format_ (FileFormat | None | Unset): csv, json or ndjson; else from Content-Type
        filename (None | str | Unset): Recorded with the import run
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
        mode=mode,
        format_=format_,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File,
    mode: ImportMode | Unset = UNSET,
    format_: FileFormat | None | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> ImportReport | ProblemDetail | None:
    """Import Organisations

     Create or update profiles by slug from a CSV (the export's columns) or JSON file.

    The whole file is checked first; the report names row, column and problem. Rows become
    owned by the calling account; a slug another account owns is a problem of its row,
    unless the calling account manages that organisation.
    Importing the same file again changes nothing.

    Args:
        mode (ImportMode | Unset):
        format_ (FileFormat | None | Unset): csv, json or ndjson; else from Content-Type
        filename (None | str | Unset): Recorded with the import run
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            mode=mode,
            format_=format_,
            filename=filename,
        )
    ).parsed
