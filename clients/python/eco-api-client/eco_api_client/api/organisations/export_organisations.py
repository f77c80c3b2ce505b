from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_format import ExportFormat
from ...models.export_organisations_label_type_0 import (
    ExportOrganisationsLabelType0,
)
from ...models.organisation_read import OrganisationRead
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: ExportFormat,
    q: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    emerging_industry: None | str | Unset = UNSET,
    label: ExportOrganisationsLabelType0 | None | Unset = UNSET,
    demo: bool | None | Unset = UNSET,
    nace: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str = format_
    params["format"] = json_format_

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_emerging_industry: None | str | Unset
    if isinstance(emerging_industry, Unset):
        json_emerging_industry = UNSET
    else:
        json_emerging_industry = emerging_industry
    params["emerging_industry"] = json_emerging_industry

    json_label: None | str | Unset
    if isinstance(label, Unset):
        json_label = UNSET
    elif isinstance(label, str):
        json_label = label
    else:
        json_label = label
    params["label"] = json_label

    json_demo: bool | None | Unset
    if isinstance(demo, Unset):
        json_demo = UNSET
    else:
        json_demo = demo
    params["demo"] = json_demo

    json_nace: None | str | Unset
    if isinstance(nace, Unset):
        json_nace = UNSET
    else:
        json_nace = nace
    params["nace"] = json_nace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organisations/export",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | list[OrganisationRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OrganisationRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ProblemDetail | list[OrganisationRead]]:
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
    q: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    emerging_industry: None | str | Unset = UNSET,
    label: ExportOrganisationsLabelType0 | None | Unset = UNSET,
    demo: bool | None | Unset = UNSET,
    nace: None | str | Unset = UNSET,
) -> Response[ProblemDetail | list[OrganisationRead]]:
    """Export Organisations

     Every public profile the filters select, in list order; CSV lists are "|"-separated
    and the file imports back unchanged.

    Args:
        format_ (ExportFormat):
        q (None | str | Unset): Full-text search in name, description, offers and needs; accents
            and case do not matter; results best match first
        country (None | str | Unset):
        region (None | str | Unset): NUTS code; includes organisations in its sub-regions
        category (None | str | Unset):
        emerging_industry (None | str | Unset):
        label (ExportOrganisationsLabelType0 | None | Unset): European Cluster Excellence label
        demo (bool | None | Unset): true: demonstration data only
        nace (None | str | Unset): NACE Rev. 2 code (22.22 or C2222): profiles listing it, a code
            below it, or the division or group above it

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | list[OrganisationRead]]
    """

    kwargs = _get_kwargs(
        format_=format_,
        q=q,
        country=country,
        region=region,
        category=category,
        emerging_industry=emerging_industry,
        label=label,
        demo=demo,
        nace=nace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    q: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    emerging_industry: None | str | Unset = UNSET,
    label: ExportOrganisationsLabelType0 | None | Unset = UNSET,
    demo: bool | None | Unset = UNSET,
    nace: None | str | Unset = UNSET,
) -> ProblemDetail | list[OrganisationRead] | None:
    """Export Organisations

     Every public profile the filters select, in list order; CSV lists are "|"-separated
    and the file imports back unchanged.

    Args:
        format_ (ExportFormat):
        q (None | str | Unset): Full-text search in name, description, offers and needs; accents
            and case do not matter; results best match first
        country (None | str | Unset):
        region (None | str | Unset): NUTS code; includes organisations in its sub-regions
        category (None | str | Unset):
        emerging_industry (None | str | Unset):
        label (ExportOrganisationsLabelType0 | None | Unset): European Cluster Excellence label
        demo (bool | None | Unset): true: demonstration data only
        nace (None | str | Unset): NACE Rev. 2 code (22.22 or C2222): profiles listing it, a code
            below it, or the division or group above it

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | list[OrganisationRead]
    """

    return sync_detailed(
        client=client,
        format_=format_,
        q=q,
        country=country,
        region=region,
        category=category,
        emerging_industry=emerging_industry,
        label=label,
        demo=demo,
        nace=nace,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    q: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    emerging_industry: None | str | Unset = UNSET,
    label: ExportOrganisationsLabelType0 | None | Unset = UNSET,
    demo: bool | None | Unset = UNSET,
    nace: None | str | Unset = UNSET,
) -> Response[ProblemDetail | list[OrganisationRead]]:
    """Export Organisations

     Every public profile the filters select, in list order; CSV lists are "|"-separated
    and the file imports back unchanged.

    Args:
        format_ (ExportFormat):
        q (None | str | Unset): Full-text search in name, description, offers and needs; accents
            and case do not matter; results best match first
        country (None | str | Unset):
        region (None | str | Unset): NUTS code; includes organisations in its sub-regions
        category (None | str | Unset):
        emerging_industry (None | str | Unset):
        label (ExportOrganisationsLabelType0 | None | Unset): European Cluster Excellence label
        demo (bool | None | Unset): true: demonstration data only
        nace (None | str | Unset): NACE Rev. 2 code (22.22 or C2222): profiles listing it, a code
            below it, or the division or group above it

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | list[OrganisationRead]]
    """

    kwargs = _get_kwargs(
        format_=format_,
        q=q,
        country=country,
        region=region,
        category=category,
        emerging_industry=emerging_industry,
        label=label,
        demo=demo,
        nace=nace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    q: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    emerging_industry: None | str | Unset = UNSET,
    label: ExportOrganisationsLabelType0 | None | Unset = UNSET,
    demo: bool | None | Unset = UNSET,
    nace: None | str | Unset = UNSET,
) -> ProblemDetail | list[OrganisationRead] | None:
    """Export Organisations

     Every public profile the filters select, in list order; CSV lists are "|"-separated
    and the file imports back unchanged.

    Args:
        format_ (ExportFormat):
        q (None | str | Unset): Full-text search in name, description, offers and needs; accents
            and case do not matter; results best match first
        country (None | str | Unset):
        region (None | str | Unset): NUTS code; includes organisations in its sub-regions
        category (None | str | Unset):
        emerging_industry (None | str | Unset):
        label (ExportOrganisationsLabelType0 | None | Unset): European Cluster Excellence label
        demo (bool | None | Unset): true: demonstration data only
        nace (None | str | Unset): NACE Rev. 2 code (22.22 or C2222): profiles listing it, a code
            below it, or the division or group above it

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | list[OrganisationRead]
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
            q=q,
            country=country,
            region=region,
            category=category,
            emerging_industry=emerging_industry,
            label=label,
            demo=demo,
            nace=nace,
        )
    ).parsed
