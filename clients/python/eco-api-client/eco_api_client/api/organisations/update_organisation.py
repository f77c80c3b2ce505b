from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organisation_private_read import OrganisationPrivateRead
from ...models.organisation_update import OrganisationUpdate
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organisation_ref: str,
    *,
    body: OrganisationUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/organisations/{organisation_ref}".format(
            organisation_ref=quote(str(organisation_ref), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganisationPrivateRead | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = OrganisationPrivateRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = ProblemDetail.from_dict(response.json())

        return response_412

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
) -> Response[OrganisationPrivateRead | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organisation_ref: str,
    *,
    client: AuthenticatedClient,
    body: OrganisationUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[OrganisationPrivateRead | ProblemDetail]:
    """Update Organisation

     Change the fields sent (owner, manager or administrator); the revision goes up by
    one.

    Args:
        organisation_ref (str): The organisation's id or slug
        if_match (None | str | Unset): The ETag of the owner's view, or the revision number: 412
            if it changed
        body (OrganisationUpdate): Only the fields sent change; null clears an optional field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationPrivateRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        organisation_ref=organisation_ref,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organisation_ref: str,
    *,
    client: AuthenticatedClient,
    body: OrganisationUpdate,
    if_match: None | str | Unset = UNSET,
) -> OrganisationPrivateRead | ProblemDetail | None:
    """Update Organisation

     Change the fields sent (owner, manager or administrator); the revision goes up by
    one.

    Args:
        organisation_ref (str): The organisation's id or slug
        if_match (None | str | Unset): The ETag of the owner's view, or the revision number: 412
            if it changed
        body (OrganisationUpdate): Only the fields sent change; null clears an optional field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationPrivateRead | ProblemDetail
    """

    return sync_detailed(
        organisation_ref=organisation_ref,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    organisation_ref: str,
    *,
    client: AuthenticatedClient,
    body: OrganisationUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[OrganisationPrivateRead | ProblemDetail]:
    """Update Organisation

     Change the fields sent (owner, manager or administrator); the revision goes up by
    one.

    Args:
        organisation_ref (str): The organisation's id or slug
        if_match (None | str | Unset): The ETag of the owner's view, or the revision number: 412
            if it changed
        body (OrganisationUpdate): Only the fields sent change; null clears an optional field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationPrivateRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        organisation_ref=organisation_ref,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organisation_ref: str,
    *,
    client: AuthenticatedClient,
    body: OrganisationUpdate,
    if_match: None | str | Unset = UNSET,
) -> OrganisationPrivateRead | ProblemDetail | None:
    """Update Organisation

     Change the fields sent (owner, manager or administrator); the revision goes up by
    one.

    Args:
        organisation_ref (str): The organisation's id or slug
        if_match (None | str | Unset): The ETag of the owner's view, or the revision number: 412
            if it changed
        body (OrganisationUpdate): Only the fields sent change; null clears an optional field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationPrivateRead | ProblemDetail
    """

    return (
        await asyncio_detailed(
            organisation_ref=organisation_ref,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
