from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_page import AuditPage
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    resource_type: None | str | Unset = UNSET,
    resource_id: None | str | Unset = UNSET,
    organisation_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource_type: None | str | Unset
    if isinstance(resource_type, Unset):
        json_resource_type = UNSET
    else:
        json_resource_type = resource_type
    params["resource_type"] = json_resource_type

    json_resource_id: None | str | Unset
    if isinstance(resource_id, Unset):
        json_resource_id = UNSET
    else:
        json_resource_id = resource_id
    params["resource_id"] = json_resource_id

    json_organisation_id: None | str | Unset
    if isinstance(organisation_id, Unset):
        json_organisation_id = UNSET
    elif isinstance(organisation_id, UUID):
        json_organisation_id = str(organisation_id)
    else:
        json_organisation_id = organisation_id
    params["organisation_id"] = json_organisation_id

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit-log",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditPage | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = AuditPage.from_dict(response.json())

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
) -> Response[AuditPage | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    resource_type: None | str | Unset = UNSET,
    resource_id: None | str | Unset = UNSET,
    organisation_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AuditPage | ProblemDetail]:
    """List Audit Entries

     Writes to private resources, newest first: the caller's own and what was done for
    the organisations it owns (by their managers too), or all for admins. Each entry names
    the acting account and, when it acted for an organisation, the organisation and its
    standing there (``acting_as``: owner, manager or admin).

    Args:
        resource_type (None | str | Unset):
        resource_id (None | str | Unset):
        organisation_id (None | Unset | UUID): Only what was done for this organisation
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | ProblemDetail]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        organisation_id=organisation_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    resource_type: None | str | Unset = UNSET,
    resource_id: None | str | Unset = UNSET,
    organisation_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AuditPage | ProblemDetail | None:
    """List Audit Entries

     Writes to private resources, newest first: the caller's own and what was done for
    the organisations it owns (by their managers too), or all for admins. Each entry names
    the acting account and, when it acted for an organisation, the organisation and its
    standing there (``acting_as``: owner, manager or admin).

    Args:
        resource_type (None | str | Unset):
        resource_id (None | str | Unset):
        organisation_id (None | Unset | UUID): Only what was done for this organisation
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | ProblemDetail
    """

    return sync_detailed(
        client=client,
        resource_type=resource_type,
        resource_id=resource_id,
        organisation_id=organisation_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    resource_type: None | str | Unset = UNSET,
    resource_id: None | str | Unset = UNSET,
    organisation_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AuditPage | ProblemDetail]:
    """List Audit Entries

     Writes to private resources, newest first: the caller's own and what was done for
    the organisations it owns (by their managers too), or all for admins. Each entry names
    the acting account and, when it acted for an organisation, the organisation and its
    standing there (``acting_as``: owner, manager or admin).

    Args:
        resource_type (None | str | Unset):
        resource_id (None | str | Unset):
        organisation_id (None | Unset | UUID): Only what was done for this organisation
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | ProblemDetail]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        resource_id=resource_id,
        organisation_id=organisation_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    resource_type: None | str | Unset = UNSET,
    resource_id: None | str | Unset = UNSET,
    organisation_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AuditPage | ProblemDetail | None:
    """List Audit Entries

     Writes to private resources, newest first: the caller's own and what was done for
    the organisations it owns (by their managers too), or all for admins. Each entry names
    the acting account and, when it acted for an organisation, the organisation and its
    standing there (``acting_as``: owner, manager or admin).

    Args:
        resource_type (None | str | Unset):
        resource_id (None | str | Unset):
        organisation_id (None | Unset | UUID): Only what was done for this organisation
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            resource_type=resource_type,
            resource_id=resource_id,
            organisation_id=organisation_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
