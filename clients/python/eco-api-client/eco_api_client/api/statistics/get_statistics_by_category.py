from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category_breakdown import CategoryBreakdown
from ...models.conversion_weight import ConversionWeight
from ...models.indicator import Indicator
from ...models.nuts_version import NutsVersion
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region: str,
    year: int,
    indicator: Indicator | Unset = UNSET,
    definition_set: None | str | Unset = UNSET,
    dataset: None | str | Unset = UNSET,
    nuts_version: None | NutsVersion | Unset = UNSET,
    to_nuts_version: None | NutsVersion | Unset = UNSET,
    conversion_weight: ConversionWeight | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["region"] = region

    params["year"] = year

    json_indicator: str | Unset = UNSET
    if not isinstance(indicator, Unset):
        json_indicator = indicator

    params["indicator"] = json_indicator

    json_definition_set: None | str | Unset
    if isinstance(definition_set, Unset):
        json_definition_set = UNSET
    else:
        json_definition_set = definition_set
    params["definition_set"] = json_definition_set

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
        "url": "/v1/statistics/by-category",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CategoryBreakdown | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = CategoryBreakdown.from_dict(response.json())

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
) -> Response[CategoryBreakdown | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    region: str,
    year: int,
    indicator: Indicator | Unset = UNSET,
    definition_set: None | str | Unset = UNSET,
    dataset: None | str | Unset = UNSET,
    nuts_version: None | NutsVersion | Unset = UNSET,
    to_nuts_version: None | NutsVersion | Unset = UNSET,
    conversion_weight: ConversionWeight | Unset = UNSET,
) -> Response[CategoryBreakdown | ProblemDetail]:
    """Get Statistics By Category

     A region's statistic per cluster category and emerging industry of a definition set
    (default: the active set): the weighted sum over the definition's NACE codes that have
    a value, with the codes counted, missing and confidential. ``complete`` is true only
    when every code counted, so a partial figure is never taken for a whole one.

    Any NUTS version's code works: it is read as the region a dataset has, its code of the
    same territory (FRE1 of 2021/2024 is FR30 of the NUTS 2013 statistics) or, for a code
    below the dataset's levels, the region containing it (DE212 München: DE21 Oberbayern);
    the headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and
    Eco-Region-Relation say how, and ``nuts_id`` is the code used. A region whose territory
    changed is a 422 region-territory-changed problem listing the regions it became or
    came from.

    ``to_nuts_version`` shows the figures of that version's region (read as the list reads
    it), each NACE code's value converted as on the list (recoded, merged, or estimated
    with ``conversion_weight``) and then summed: each item states the least exact
    ``conversion`` among the values it counts, and ``conversion`` the weight and the
    source regions with their shares.

    Args:
        region (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        year (int):
        indicator (Indicator | Unset):
        definition_set (None | str | Unset): Definition set version; default the active
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
        Response[CategoryBreakdown | ProblemDetail]
    """

    kwargs = _get_kwargs(
        region=region,
        year=year,
        indicator=indicator,
        definition_set=definition_set,
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
    region: str,
    year: int,
    indicator: Indicator | Unset = UNSET,
    definition_set: None | str | Unset = UNSET,
    dataset: None | str | Unset = UNSET,
    nuts_version: None | NutsVersion | Unset = UNSET,
    to_nuts_version: None | NutsVersion | Unset = UNSET,
    conversion_weight: ConversionWeight | Unset = UNSET,
) -> CategoryBreakdown | ProblemDetail | None:
    """Get Statistics By Category

     A region's statistic per cluster category and emerging industry of a definition set
    (default: the active set): the weighted sum over the definition's NACE codes that have
    a value, with the codes counted, missing and confidential. ``complete`` is true only
    when every code counted, so a partial figure is never taken for a whole one.

    Any NUTS version's code works: it is read as the region a dataset has, its code of the
    same territory (FRE1 of 2021/2024 is FR30 of the NUTS 2013 statistics) or, for a code
    below the dataset's levels, the region containing it (DE212 München: DE21 Oberbayern);
    the headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and
    Eco-Region-Relation say how, and ``nuts_id`` is the code used. A region whose territory
    changed is a 422 region-territory-changed problem listing the regions it became or
    came from.

    ``to_nuts_version`` shows the figures of that version's region (read as the list reads
    it), each NACE code's value converted as on the list (recoded, merged, or estimated
    with ``conversion_weight``) and then summed: each item states the least exact
    ``conversion`` among the values it counts, and ``conversion`` the weight and the
    source regions with their shares.

    Args:
        region (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        year (int):
        indicator (Indicator | Unset):
        definition_set (None | str | Unset): Definition set version; default the active
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
        CategoryBreakdown | ProblemDetail
    """

    return sync_detailed(
        client=client,
        region=region,
        year=year,
        indicator=indicator,
        definition_set=definition_set,
        dataset=dataset,
        nuts_version=nuts_version,
        to_nuts_version=to_nuts_version,
        conversion_weight=conversion_weight,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    region: str,
    year: int,
    indicator: Indicator | Unset = UNSET,
    definition_set: None | str | Unset = UNSET,
    dataset: None | str | Unset = UNSET,
    nuts_version: None | NutsVersion | Unset = UNSET,
    to_nuts_version: None | NutsVersion | Unset = UNSET,
    conversion_weight: ConversionWeight | Unset = UNSET,
) -> Response[CategoryBreakdown | ProblemDetail]:
    """Get Statistics By Category

     A region's statistic per cluster category and emerging industry of a definition set
    (default: the active set): the weighted sum over the definition's NACE codes that have
    a value, with the codes counted, missing and confidential. ``complete`` is true only
    when every code counted, so a partial figure is never taken for a whole one.

    Any NUTS version's code works: it is read as the region a dataset has, its code of the
    same territory (FRE1 of 2021/2024 is FR30 of the NUTS 2013 statistics) or, for a code
    below the dataset's levels, the region containing it (DE212 München: DE21 Oberbayern);
    the headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and
    Eco-Region-Relation say how, and ``nuts_id`` is the code used. A region whose territory
    changed is a 422 region-territory-changed problem listing the regions it became or
    came from.

    ``to_nuts_version`` shows the figures of that version's region (read as the list reads
    it), each NACE code's value converted as on the list (recoded, merged, or estimated
    with ``conversion_weight``) and then summed: each item states the least exact
    ``conversion`` among the values it counts, and ``conversion`` the weight and the
    source regions with their shares.

    Args:
        region (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        year (int):
        indicator (Indicator | Unset):
        definition_set (None | str | Unset): Definition set version; default the active
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
        Response[CategoryBreakdown | ProblemDetail]
    """

    kwargs = _get_kwargs(
        region=region,
        year=year,
        indicator=indicator,
        definition_set=definition_set,
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
    region: str,
    year: int,
    indicator: Indicator | Unset = UNSET,
    definition_set: None | str | Unset = UNSET,
    dataset: None | str | Unset = UNSET,
    nuts_version: None | NutsVersion | Unset = UNSET,
    to_nuts_version: None | NutsVersion | Unset = UNSET,
    conversion_weight: ConversionWeight | Unset = UNSET,
) -> CategoryBreakdown | ProblemDetail | None:
    """Get Statistics By Category

     A region's statistic per cluster category and emerging industry of a definition set
    (default: the active set): the weighted sum over the definition's NACE codes that have
    a value, with the codes counted, missing and confidential. ``complete`` is true only
    when every code counted, so a partial figure is never taken for a whole one.

    Any NUTS version's code works: it is read as the region a dataset has, its code of the
    same territory (FRE1 of 2021/2024 is FR30 of the NUTS 2013 statistics) or, for a code
    below the dataset's levels, the region containing it (DE212 München: DE21 Oberbayern);
    the headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and
    Eco-Region-Relation say how, and ``nuts_id`` is the code used. A region whose territory
    changed is a 422 region-territory-changed problem listing the regions it became or
    came from.

    ``to_nuts_version`` shows the figures of that version's region (read as the list reads
    it), each NACE code's value converted as on the list (recoded, merged, or estimated
    with ``conversion_weight``) and then summed: each item states the least exact
    ``conversion`` among the values it counts, and ``conversion`` the weight and the
    source regions with their shares.

    Args:
        region (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        year (int):
        indicator (Indicator | Unset):
        definition_set (None | str | Unset): Definition set version; default the active
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
        CategoryBreakdown | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            year=year,
            indicator=indicator,
            definition_set=definition_set,
            dataset=dataset,
            nuts_version=nuts_version,
            to_nuts_version=to_nuts_version,
            conversion_weight=conversion_weight,
        )
    ).parsed
