from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_definition_set_json_body import ImportDefinitionSetJsonBody
from ...models.import_mode import ImportMode
from ...models.import_report import ImportReport
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ImportDefinitionSetJsonBody,
    version: str,
    mode: ImportMode | Unset = UNSET,
    title: None | str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version"] = version

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode

    params["mode"] = json_mode

    json_title: None | str | Unset
    if isinstance(title, Unset):
        json_title = UNSET
    else:
        json_title = title
    params["title"] = json_title

    json_description: None | str | Unset
    if isinstance(description, Unset):
        json_description = UNSET
    else:
        json_description = description
    params["description"] = json_description

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/definition-sets/imports",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportReport | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = ImportReport.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ImportReport.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(response.json())

        return response_403

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
    body: ImportDefinitionSetJsonBody,
    version: str,
    mode: ImportMode | Unset = UNSET,
    title: None | str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
) -> Response[ImportReport | ProblemDetail]:
    """Import Definition Set

     Upload a new definition set (raw body: CSV or JSON; Content-Type tells, else the first
    character). The whole file is validated first; the answer is a row-level report (row,
    column, problem). Nothing is written if a row is invalid, unless mode=skip_invalid.
    Uploading the same set again changes nothing (200); other content under an existing
    version is a conflict (409): sets are immutable. The new set is not active until
    activated.

    Args:
        version (str): Version of the new set, e.g. my-2026.1
        mode (ImportMode | Unset):
        title (None | str | Unset):
        description (None | str | Unset):
        source (None | str | Unset):
        body (ImportDefinitionSetJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
        mode=mode,
        title=title,
        description=description,
        source=source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ImportDefinitionSetJsonBody,
    version: str,
    mode: ImportMode | Unset = UNSET,
    title: None | str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
) -> ImportReport | ProblemDetail | None:
    """Import Definition Set

     Upload a new definition set (raw body: CSV or JSON; Content-Type tells, else the first
    character). The whole file is validated first; the answer is a row-level report (row,
    column, problem). Nothing is written if a row is invalid, unless mode=skip_invalid.
    Uploading the same set again changes nothing (200); other content under an existing
    version is a conflict (409): sets are immutable. The new set is not active until
    activated.

    Args:
        version (str): Version of the new set, e.g. my-2026.1
        mode (ImportMode | Unset):
        title (None | str | Unset):
        description (None | str | Unset):
        source (None | str | Unset):
        body (ImportDefinitionSetJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | ProblemDetail
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
        mode=mode,
        title=title,
        description=description,
        source=source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportDefinitionSetJsonBody,
    version: str,
    mode: ImportMode | Unset = UNSET,
    title: None | str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
) -> Response[ImportReport | ProblemDetail]:
    """Import Definition Set

     Upload a new definition set (raw body: CSV or JSON; Content-Type tells, else the first
    character). The whole file is validated first; the answer is a row-level report (row,
    column, problem). Nothing is written if a row is invalid, unless mode=skip_invalid.
    Uploading the same set again changes nothing (200); other content under an existing
    version is a conflict (409): sets are immutable. The new set is not active until
    activated.

    Args:
        version (str): Version of the new set, e.g. my-2026.1
        mode (ImportMode | Unset):
        title (None | str | Unset):
        description (None | str | Unset):
        source (None | str | Unset):
        body (ImportDefinitionSetJsonBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
        version=version,
        mode=mode,
        title=title,
        description=description,
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImportDefinitionSetJsonBody,
    version: str,
    mode: ImportMode | Unset = UNSET,
    title: None | str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
) -> ImportReport | ProblemDetail | None:
    """Import Definition Set

     Upload a new definition set (raw body: CSV or JSON; Content-Type tells, else the first
    character). The whole file is validated first; the answer is a row-level report (row,
    column, problem). Nothing is written if a row is invalid, unless mode=skip_invalid.
    Uploading the same set again changes nothing (200); other content under an existing
    version is a conflict (409): sets are immutable. The new set is not active until
    activated.

    Args:
        version (str): Version of the new set, e.g. my-2026.1
        mode (ImportMode | Unset):
        title (None | str | Unset):
        description (None | str | Unset):
        source (None | str | Unset):
        body (ImportDefinitionSetJsonBody):

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
            version=version,
            mode=mode,
            title=title,
            description=description,
            source=source,
        )
    ).parsed
