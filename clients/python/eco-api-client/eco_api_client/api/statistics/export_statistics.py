from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion_weight import ConversionWeight
from ...models.export_format import ExportFormat
from ...models.export_statistics_response_200_item import ExportStatisticsResponse200Item
from ...models.indicator import Indicator
from ...models.nuts_version import NutsVersion
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: ExportFormat,
    region: None | str | Unset = UNSET,
    include_subregions: bool | Unset = False,
    nace: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    emerging_industry: None | str | Unset = UNSET,
    definition_set: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    indicator: Indicator | None | Unset = UNSET,
    dataset: None | str | Unset = UNSET,
    nuts_version: None | NutsVersion | Unset = UNSET,
    to_nuts_version: None | NutsVersion | Unset = UNSET,
    conversion_weight: ConversionWeight | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str = format_
    params["format"] = json_format_

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    params["include_subregions"] = include_subregions

    json_nace: None | str | Unset
    if isinstance(nace, Unset):
        json_nace = UNSET
    else:
        json_nace = nace
    params["nace"] = json_nace

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

    json_definition_set: None | str | Unset
    if isinstance(definition_set, Unset):
        json_definition_set = UNSET
    else:
        json_definition_set = definition_set
    params["definition_set"] = json_definition_set

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_year_from: int | None | Unset
    if isinstance(year_from, Unset):
        json_year_from = UNSET
    else:
        json_year_from = year_from
    params["year_from"] = json_year_from

    json_year_to: int | None | Unset
    if isinstance(year_to, Unset):
        json_year_to = UNSET
    else:
        json_year_to = year_to
    params["year_to"] = json_year_to

    json_indicator: None | str | Unset
    if isinstance(indicator, Unset):
        json_indicator = UNSET
    elif isinstance(indicator, str):
        json_indicator = indicator
    else:
        json_indicator = indicator
    params["indicator"] = json_indicator

    json_dataset: None | str | Unset
    if isinstance(dataset, Unset):
        json_dataset = UNSET
    else:
        json_dataset = dataset
    params["dataset"] = json_dataset

    json_nuts_version: int | None | Unset
    if isinstance(nuts_version, Unset):
        json_nuts_version = UNSET
    elif isinstance(nuts_version, int):
        json_nuts_version = nuts_version
    else:
        json_nuts_version = nuts_version
    params["nuts_version"] = json_nuts_version

    json_to_nuts_version: int | None | Unset
    if isinstance(to_nuts_version, Unset):
        json_to_nuts_version = UNSET
    elif isinstance(to_nuts_version, int):
        json_to_nuts_version = to_nuts_version
    else:
        json_to_nuts_version = to_nuts_version
    params["to_nuts_version"] = json_to_nuts_version

    json_conversion_weight: str | Unset = UNSET
    if not isinstance(conversion_weight, Unset):
        json_conversion_weight = conversion_weight

    params["conversion_weight"] = json_conversion_weight

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/statistics/export",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | list[ExportStatisticsResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ExportStatisticsResponse200Item.from_dict(response_200_item_data)

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
) -> Response[ProblemDetail | list[ExportStatisticsResponse200Item]]:
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
    region: None | str | Unset = UNSET,
    include_subregions: bool | Unset = False,
    nace: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    emerging_industry: None | str | Unset = UNSET,
    definition_set: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    indicator: Indicator | None | Unset = UNSET,
    dataset: None | str | Unset = UNSET,
    nuts_version: None | NutsVersion | Unset = UNSET,
    to_nuts_version: None | NutsVersion | Unset = UNSET,
    conversion_weight: ConversionWeight | Unset = UNSET,
) -> Response[ProblemDetail | list[ExportStatisticsResponse200Item]]:
    """Export Statistics

     The list's statistics in one download (CSV, a JSON array, or NDJSON), streamed
    without pagination; the same filters as the list.

    Args:
        format_ (ExportFormat):
        region (None | str | Unset): NUTS code
        include_subregions (bool | Unset): Also the regions inside region (DE2: DE21 … DE27)
            Default: False.
        nace (None | str | Unset): NACE code: C, 10, 45.1 or G451
        category (None | str | Unset): Cluster category slug
        emerging_industry (None | str | Unset): Emerging industry slug
        definition_set (None | str | Unset): Definition set version; default the active
        year (int | None | Unset):
        year_from (int | None | Unset): First year (included)
        year_to (int | None | Unset): Last year (included)
        indicator (Indicator | None | Unset):
        dataset (None | str | Unset):
        nuts_version (None | NutsVersion | Unset): NUTS version of the codes
        to_nuts_version (None | NutsVersion | Unset): Show the figures on the regions of this NUTS
            version: regions recoded carry over, split or merged ones are converted with the JRC
            converter's weights (each value states how); needs region
        conversion_weight (ConversionWeight | Unset): The converter's weights: population 2021
            (default) and 2011, area, artificial
            surface 2018 and 2012, built-up volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | list[ExportStatisticsResponse200Item]]
    """

    kwargs = _get_kwargs(
        format_=format_,
        region=region,
        include_subregions=include_subregions,
        nace=nace,
        category=category,
        emerging_industry=emerging_industry,
        definition_set=definition_set,
        year=year,
        year_from=year_from,
        year_to=year_to,
        indicator=indicator,
        dataset=dataset,
        nuts_version=nuts_version,
        to_nuts_version=to_nuts_version,
        conversion_weight=conversion_weight,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    region: None | str | Unset = UNSET,
    include_subregions: bool | Unset = False,
    nace: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    emerging_industry: None | str | Unset = UNSET,
    definition_set: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    indicator: Indicator | None | Unset = UNSET,
    dataset: None | str | Unset = UNSET,
    nuts_version: None | NutsVersion | Unset = UNSET,
    to_nuts_version: None | NutsVersion | Unset = UNSET,
    conversion_weight: ConversionWeight | Unset = UNSET,
) -> ProblemDetail | list[ExportStatisticsResponse200Item] | None:
    """Export Statistics

     The list's statistics in one download (CSV, a JSON array, or NDJSON), streamed
    without pagination; the same filters as the list.

    Args:
        format_ (ExportFormat):
        region (None | str | Unset): NUTS code
        include_subregions (bool | Unset): Also the regions inside region (DE2: DE21 … DE27)
            Default: False.
        nace (None | str | Unset): NACE code: C, 10, 45.1 or G451
        category (None | str | Unset): Cluster category slug
        emerging_industry (None | str | Unset): Emerging industry slug
        definition_set (None | str | Unset): Definition set version; default the active
        year (int | None | Unset):
        year_from (int | None | Unset): First year (included)
        year_to (int | None | Unset): Last year (included)
        indicator (Indicator | None | Unset):
        dataset (None | str | Unset):
        nuts_version (None | NutsVersion | Unset): NUTS version of the codes
        to_nuts_version (None | NutsVersion | Unset): Show the figures on the regions of this NUTS
            version: regions recoded carry over, split or merged ones are converted with the JRC
            converter's weights (each value states how); needs region
        conversion_weight (ConversionWeight | Unset): The converter's weights: population 2021
            (default) and 2011, area, artificial
            surface 2018 and 2012, built-up volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | list[ExportStatisticsResponse200Item]
    """

    return sync_detailed(
        client=client,
        format_=format_,
        region=region,
        include_subregions=include_subregions,
        nace=nace,
        category=category,
        emerging_industry=emerging_industry,
        definition_set=definition_set,
        year=year,
        year_from=year_from,
        year_to=year_to,
        indicator=indicator,
        dataset=dataset,
        nuts_version=nuts_version,
        to_nuts_version=to_nuts_version,
        conversion_weight=conversion_weight,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    region: None | str | Unset = UNSET,
    include_subregions: bool | Unset = False,
    nace: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    emerging_industry: None | str | Unset = UNSET,
    definition_set: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    indicator: Indicator | None | Unset = UNSET,
    dataset: None | str | Unset = UNSET,
    nuts_version: None | NutsVersion | Unset = UNSET,
    to_nuts_version: None | NutsVersion | Unset = UNSET,
    conversion_weight: ConversionWeight | Unset = UNSET,
) -> Response[ProblemDetail | list[ExportStatisticsResponse200Item]]:
    """Export Statistics

     The list's statistics in one download (CSV, a JSON array, or NDJSON), streamed
    without pagination; the same filters as the list.

    Args:
        format_ (ExportFormat):
        region (None | str | Unset): NUTS code
        include_subregions (bool | Unset): Also the regions inside region (DE2: DE21 … DE27)
            Default: False.
        nace (None | str | Unset): NACE code: C, 10, 45.1 or G451
        category (None | str | Unset): Cluster category slug
        emerging_industry (None | str | Unset): Emerging industry slug
        definition_set (None | str | Unset): Definition set version; default the active
        year (int | None | Unset):
        year_from (int | None | Unset): First year (included)
        year_to (int | None | Unset): Last year (included)
        indicator (Indicator | None | Unset):
        dataset (None | str | Unset):
        nuts_version (None | NutsVersion | Unset): NUTS version of the codes
        to_nuts_version (None | NutsVersion | Unset): Show the figures on the regions of this NUTS
            version: regions recoded carry over, split or merged ones are converted with the JRC
            converter's weights (each value states how); needs region
        conversion_weight (ConversionWeight | Unset): The converter's weights: population 2021
            (default) and 2011, area, artificial
            surface 2018 and 2012, built-up volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | list[ExportStatisticsResponse200Item]]
    """

    kwargs = _get_kwargs(
        format_=format_,
        region=region,
        include_subregions=include_subregions,
        nace=nace,
        category=category,
        emerging_industry=emerging_industry,
        definition_set=definition_set,
        year=year,
        year_from=year_from,
        year_to=year_to,
        indicator=indicator,
        dataset=dataset,
        nuts_version=nuts_version,
        to_nuts_version=to_nuts_version,
        conversion_weight=conversion_weight,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat,
    region: None | str | Unset = UNSET,
    include_subregions: bool | Unset = False,
    nace: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    emerging_industry: None | str | Unset = UNSET,
    definition_set: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    indicator: Indicator | None | Unset = UNSET,
    dataset: None | str | Unset = UNSET,
    nuts_version: None | NutsVersion | Unset = UNSET,
    to_nuts_version: None | NutsVersion | Unset = UNSET,
    conversion_weight: ConversionWeight | Unset = UNSET,
) -> ProblemDetail | list[ExportStatisticsResponse200Item] | None:
    """Export Statistics

     The list's statistics in one download (CSV, a JSON array, or NDJSON), streamed
    without pagination; the same filters as the list.

    Args:
        format_ (ExportFormat):
        region (None | str | Unset): NUTS code
        include_subregions (bool | Unset): Also the regions inside region (DE2: DE21 … DE27)
            Default: False.
        nace (None | str | Unset): NACE code: C, 10, 45.1 or G451
        category (None | str | Unset): Cluster category slug
        emerging_industry (None | str | Unset): Emerging industry slug
        definition_set (None | str | Unset): Definition set version; default the active
        year (int | None | Unset):
        year_from (int | None | Unset): First year (included)
        year_to (int | None | Unset): Last year (included)
        indicator (Indicator | None | Unset):
        dataset (None | str | Unset):
        nuts_version (None | NutsVersion | Unset): NUTS version of the codes
        to_nuts_version (None | NutsVersion | Unset): Show the figures on the regions of this NUTS
            version: regions recoded carry over, split or merged ones are converted with the JRC
            converter's weights (each value states how); needs region
        conversion_weight (ConversionWeight | Unset): The converter's weights: population 2021
            (default) and 2011, area, artificial
            surface 2018 and 2012, built-up volume.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | list[ExportStatisticsResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
            region=region,
            include_subregions=include_subregions,
            nace=nace,
            category=category,
            emerging_industry=emerging_industry,
            definition_set=definition_set,
            year=year,
            year_from=year_from,
            year_to=year_to,
            indicator=indicator,
            dataset=dataset,
            nuts_version=nuts_version,
            to_nuts_version=to_nuts_version,
            conversion_weight=conversion_weight,
        )
    ).parsed
