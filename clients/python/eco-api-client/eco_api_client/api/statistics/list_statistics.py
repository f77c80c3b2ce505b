from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion_weight import ConversionWeight
from ...models.indicator import Indicator
from ...models.nuts_version import NutsVersion
from ...models.problem_detail import ProblemDetail
from ...models.statistic_page import StatisticPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
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

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

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
        "url": "/v1/statistics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | StatisticPage | None:
    if response.status_code == 200:
        response_200 = StatisticPage.from_dict(response.json())

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
) -> Response[ProblemDetail | StatisticPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
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
) -> Response[ProblemDetail | StatisticPage]:
    """List Statistics

     Regional statistics, each with its value, unit, flag, year, NUTS version, dataset and
    source. Filter by region (with its subregions), NACE code, a category or emerging
    industry of a definition set (its NACE codes), year or years (year_from, year_to),
    indicator, dataset, NUTS version.

    ``to_nuts_version`` shows a region's figures on the regions of another NUTS version
    (FRE1 of 2024 from FR30 of 2013): each value states its ``conversion`` (exact,
    recoded, merged, or estimated with the converter's ``conversion_weight``, pop21 by
    default) and the regions and shares it was made from. Values converted when imported
    (codes of NUTS 2006/2010 in a NUTS 2013 file) state theirs too.

    The shipped dataset sbs_r_nuts06_r2 covers the business economy only (NACE B-N without
    K, plus S95): shares computed from it have SBS total employment as denominator.

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
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
        Response[ProblemDetail | StatisticPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
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
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
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
) -> ProblemDetail | StatisticPage | None:
    """List Statistics

     Regional statistics, each with its value, unit, flag, year, NUTS version, dataset and
    source. Filter by region (with its subregions), NACE code, a category or emerging
    industry of a definition set (its NACE codes), year or years (year_from, year_to),
    indicator, dataset, NUTS version.

    ``to_nuts_version`` shows a region's figures on the regions of another NUTS version
    (FRE1 of 2024 from FR30 of 2013): each value states its ``conversion`` (exact,
    recoded, merged, or estimated with the converter's ``conversion_weight``, pop21 by
    default) and the regions and shares it was made from. Values converted when imported
    (codes of NUTS 2006/2010 in a NUTS 2013 file) state theirs too.

    The shipped dataset sbs_r_nuts06_r2 covers the business economy only (NACE B-N without
    K, plus S95): shares computed from it have SBS total employment as denominator.

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
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
        ProblemDetail | StatisticPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
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
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
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
) -> Response[ProblemDetail | StatisticPage]:
    """List Statistics

     Regional statistics, each with its value, unit, flag, year, NUTS version, dataset and
    source. Filter by region (with its subregions), NACE code, a category or emerging
    industry of a definition set (its NACE codes), year or years (year_from, year_to),
    indicator, dataset, NUTS version.

    ``to_nuts_version`` shows a region's figures on the regions of another NUTS version
    (FRE1 of 2024 from FR30 of 2013): each value states its ``conversion`` (exact,
    recoded, merged, or estimated with the converter's ``conversion_weight``, pop21 by
    default) and the regions and shares it was made from. Values converted when imported
    (codes of NUTS 2006/2010 in a NUTS 2013 file) state theirs too.

    The shipped dataset sbs_r_nuts06_r2 covers the business economy only (NACE B-N without
    K, plus S95): shares computed from it have SBS total employment as denominator.

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
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
        Response[ProblemDetail | StatisticPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
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
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
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
) -> ProblemDetail | StatisticPage | None:
    """List Statistics

     Regional statistics, each with its value, unit, flag, year, NUTS version, dataset and
    source. Filter by region (with its subregions), NACE code, a category or emerging
    industry of a definition set (its NACE codes), year or years (year_from, year_to),
    indicator, dataset, NUTS version.

    ``to_nuts_version`` shows a region's figures on the regions of another NUTS version
    (FRE1 of 2024 from FR30 of 2013): each value states its ``conversion`` (exact,
    recoded, merged, or estimated with the converter's ``conversion_weight``, pop21 by
    default) and the regions and shares it was made from. Values converted when imported
    (codes of NUTS 2006/2010 in a NUTS 2013 file) state theirs too.

    The shipped dataset sbs_r_nuts06_r2 covers the business economy only (NACE B-N without
    K, plus S95): shares computed from it have SBS total employment as denominator.

    Args:
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page
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
        ProblemDetail | StatisticPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
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
