from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_recommendations_min_label_type_0 import (
    GetRecommendationsMinLabelType0,
)
from ...models.get_recommendations_mode import GetRecommendationsMode
from ...models.get_recommendations_reciprocity_type_0 import (
    GetRecommendationsReciprocityType0,
)
from ...models.problem_detail import ProblemDetail
from ...models.recommendation_page import RecommendationPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ref: str,
    *,
    country: list[str] | Unset = UNSET,
    exclude_country: list[str] | Unset = UNSET,
    region: list[str] | Unset = UNSET,
    exclude_own_region: bool | Unset = False,
    exclude_own_country: bool | Unset = False,
    category: list[str] | Unset = UNSET,
    emerging_industry: list[str] | Unset = UNSET,
    min_label: GetRecommendationsMinLabelType0 | None | Unset = UNSET,
    min_score: float | None | Unset = UNSET,
    cross_sector_only: bool | Unset = False,
    include_dismissed: bool | Unset = False,
    mode: GetRecommendationsMode | Unset = "precomputed",
    w_similarity: float | None | Unset = UNSET,
    w_value_chain: float | None | Unset = UNSET,
    w_offers_needs: float | None | Unset = UNSET,
    cross_sector_bonus: float | None | Unset = UNSET,
    reciprocity: GetRecommendationsReciprocityType0 | None | Unset = UNSET,
    explain: bool | Unset = True,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = country

    params["country"] = json_country

    json_exclude_country: list[str] | Unset = UNSET
    if not isinstance(exclude_country, Unset):
        json_exclude_country = exclude_country

    params["exclude_country"] = json_exclude_country

    json_region: list[str] | Unset = UNSET
    if not isinstance(region, Unset):
        json_region = region

    params["region"] = json_region

    params["exclude_own_region"] = exclude_own_region

    params["exclude_own_country"] = exclude_own_country

    json_category: list[str] | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

    json_emerging_industry: list[str] | Unset = UNSET
    if not isinstance(emerging_industry, Unset):
        json_emerging_industry = emerging_industry

    params["emerging_industry"] = json_emerging_industry

    json_min_label: None | str | Unset
    if isinstance(min_label, Unset):
        json_min_label = UNSET
    elif isinstance(min_label, str):
        json_min_label = min_label
    else:
        json_min_label = min_label
    params["min_label"] = json_min_label

    json_min_score: float | None | Unset
    if isinstance(min_score, Unset):
        json_min_score = UNSET
    else:
        json_min_score = min_score
    params["min_score"] = json_min_score

    params["cross_sector_only"] = cross_sector_only

    params["include_dismissed"] = include_dismissed

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode

    params["mode"] = json_mode

    json_w_similarity: float | None | Unset
    if isinstance(w_similarity, Unset):
        json_w_similarity = UNSET
    else:
        json_w_similarity = w_similarity
    params["w_similarity"] = json_w_similarity

    json_w_value_chain: float | None | Unset
    if isinstance(w_value_chain, Unset):
        json_w_value_chain = UNSET
    else:
        json_w_value_chain = w_value_chain
    params["w_value_chain"] = json_w_value_chain

    json_w_offers_needs: float | None | Unset
    if isinstance(w_offers_needs, Unset):
        json_w_offers_needs = UNSET
    else:
        json_w_offers_needs = w_offers_needs
    params["w_offers_needs"] = json_w_offers_needs

    json_cross_sector_bonus: float | None | Unset
    if isinstance(cross_sector_bonus, Unset):
        json_cross_sector_bonus = UNSET
    else:
        json_cross_sector_bonus = cross_sector_bonus
    params["cross_sector_bonus"] = json_cross_sector_bonus

    json_reciprocity: None | str | Unset
    if isinstance(reciprocity, Unset):
        json_reciprocity = UNSET
    elif isinstance(reciprocity, str):
        json_reciprocity = reciprocity
    else:
        json_reciprocity = reciprocity
    params["reciprocity"] = json_reciprocity

    params["explain"] = explain

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
        "url": "/v1/organisations/{ref}/recommendations".format(
            ref=quote(str(ref), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RecommendationPage | None:
    if response.status_code == 200:
        response_200 = RecommendationPage.from_dict(response.json())

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
) -> Response[ProblemDetail | RecommendationPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ref: str,
    *,
    client: AuthenticatedClient,
    country: list[str] | Unset = UNSET,
    exclude_country: list[str] | Unset = UNSET,
    region: list[str] | Unset = UNSET,
    exclude_own_region: bool | Unset = False,
    exclude_own_country: bool | Unset = False,
    category: list[str] | Unset = UNSET,
    emerging_industry: list[str] | Unset = UNSET,
    min_label: GetRecommendationsMinLabelType0 | None | Unset = UNSET,
    min_score: float | None | Unset = UNSET,
    cross_sector_only: bool | Unset = False,
    include_dismissed: bool | Unset = False,
    mode: GetRecommendationsMode | Unset = "precomputed",
    w_similarity: float | None | Unset = UNSET,
    w_value_chain: float | None | Unset = UNSET,
    w_offers_needs: float | None | Unset = UNSET,
    cross_sector_bonus: float | None | Unset = UNSET,
    reciprocity: GetRecommendationsReciprocityType0 | None | Unset = UNSET,
    explain: bool | Unset = True,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RecommendationPage]:
    """Get Recommendations

     Partners for one cluster organisation, best first, each with why: the sector flows
    between the two (who supplies whom), shared categories, matched offers and needs.

    Args:
        ref (str): An organisation's id or slug
        country (list[str] | Unset): Only these countries
        exclude_country (list[str] | Unset):
        region (list[str] | Unset): Only regions whose NUTS code starts so
        exclude_own_region (bool | Unset):  Default: False.
        exclude_own_country (bool | Unset): International partners only (strategic partnerships)
            Default: False.
        category (list[str] | Unset):
        emerging_industry (list[str] | Unset):
        min_label (GetRecommendationsMinLabelType0 | None | Unset): Excellence label at least
        min_score (float | None | Unset):
        cross_sector_only (bool | Unset):  Default: False.
        include_dismissed (bool | Unset): Keep partners you marked not interested (owner,
            managers) Default: False.
        mode (GetRecommendationsMode | Unset): precomputed: the run's stored, fairly re-ranked
            list, filtered; live: every cluster scored now, filters applied before ranking (implied by
            weight changes) Default: 'precomputed'.
        w_similarity (float | None | Unset):
        w_value_chain (float | None | Unset):
        w_offers_needs (float | None | Unset):
        cross_sector_bonus (float | None | Unset):
        reciprocity (GetRecommendationsReciprocityType0 | None | Unset):
        explain (bool | Unset): Explain every recommendation Default: True.
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RecommendationPage]
    """

    kwargs = _get_kwargs(
        ref=ref,
        country=country,
        exclude_country=exclude_country,
        region=region,
        exclude_own_region=exclude_own_region,
        exclude_own_country=exclude_own_country,
        category=category,
        emerging_industry=emerging_industry,
        min_label=min_label,
        min_score=min_score,
        cross_sector_only=cross_sector_only,
        include_dismissed=include_dismissed,
        mode=mode,
        w_similarity=w_similarity,
        w_value_chain=w_value_chain,
        w_offers_needs=w_offers_needs,
        cross_sector_bonus=cross_sector_bonus,
        reciprocity=reciprocity,
        explain=explain,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ref: str,
    *,
    client: AuthenticatedClient,
    country: list[str] | Unset = UNSET,
    exclude_country: list[str] | Unset = UNSET,
    region: list[str] | Unset = UNSET,
    exclude_own_region: bool | Unset = False,
    exclude_own_country: bool | Unset = False,
    category: list[str] | Unset = UNSET,
    emerging_industry: list[str] | Unset = UNSET,
    min_label: GetRecommendationsMinLabelType0 | None | Unset = UNSET,
    min_score: float | None | Unset = UNSET,
    cross_sector_only: bool | Unset = False,
    include_dismissed: bool | Unset = False,
    mode: GetRecommendationsMode | Unset = "precomputed",
    w_similarity: float | None | Unset = UNSET,
    w_value_chain: float | None | Unset = UNSET,
    w_offers_needs: float | None | Unset = UNSET,
    cross_sector_bonus: float | None | Unset = UNSET,
    reciprocity: GetRecommendationsReciprocityType0 | None | Unset = UNSET,
    explain: bool | Unset = True,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ProblemDetail | RecommendationPage | None:
    """Get Recommendations

     Partners for one cluster organisation, best first, each with why: the sector flows
    between the two (who supplies whom), shared categories, matched offers and needs.

    Args:
        ref (str): An organisation's id or slug
        country (list[str] | Unset): Only these countries
        exclude_country (list[str] | Unset):
        region (list[str] | Unset): Only regions whose NUTS code starts so
        exclude_own_region (bool | Unset):  Default: False.
        exclude_own_country (bool | Unset): International partners only (strategic partnerships)
            Default: False.
        category (list[str] | Unset):
        emerging_industry (list[str] | Unset):
        min_label (GetRecommendationsMinLabelType0 | None | Unset): Excellence label at least
        min_score (float | None | Unset):
        cross_sector_only (bool | Unset):  Default: False.
        include_dismissed (bool | Unset): Keep partners you marked not interested (owner,
            managers) Default: False.
        mode (GetRecommendationsMode | Unset): precomputed: the run's stored, fairly re-ranked
            list, filtered; live: every cluster scored now, filters applied before ranking (implied by
            weight changes) Default: 'precomputed'.
        w_similarity (float | None | Unset):
        w_value_chain (float | None | Unset):
        w_offers_needs (float | None | Unset):
        cross_sector_bonus (float | None | Unset):
        reciprocity (GetRecommendationsReciprocityType0 | None | Unset):
        explain (bool | Unset): Explain every recommendation Default: True.
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RecommendationPage
    """

    return sync_detailed(
        ref=ref,
        client=client,
        country=country,
        exclude_country=exclude_country,
        region=region,
        exclude_own_region=exclude_own_region,
        exclude_own_country=exclude_own_country,
        category=category,
        emerging_industry=emerging_industry,
        min_label=min_label,
        min_score=min_score,
        cross_sector_only=cross_sector_only,
        include_dismissed=include_dismissed,
        mode=mode,
        w_similarity=w_similarity,
        w_value_chain=w_value_chain,
        w_offers_needs=w_offers_needs,
        cross_sector_bonus=cross_sector_bonus,
        reciprocity=reciprocity,
        explain=explain,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    ref: str,
    *,
    client: AuthenticatedClient,
    country: list[str] | Unset = UNSET,
    exclude_country: list[str] | Unset = UNSET,
    region: list[str] | Unset = UNSET,
    exclude_own_region: bool | Unset = False,
    exclude_own_country: bool | Unset = False,
    category: list[str] | Unset = UNSET,
    emerging_industry: list[str] | Unset = UNSET,
    min_label: GetRecommendationsMinLabelType0 | None | Unset = UNSET,
    min_score: float | None | Unset = UNSET,
    cross_sector_only: bool | Unset = False,
    include_dismissed: bool | Unset = False,
    mode: GetRecommendationsMode | Unset = "precomputed",
    w_similarity: float | None | Unset = UNSET,
    w_value_chain: float | None | Unset = UNSET,
    w_offers_needs: float | None | Unset = UNSET,
    cross_sector_bonus: float | None | Unset = UNSET,
    reciprocity: GetRecommendationsReciprocityType0 | None | Unset = UNSET,
    explain: bool | Unset = True,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RecommendationPage]:
    """Get Recommendations

     Partners for one cluster organisation, best first, each with why: the sector flows
    between the two (who supplies whom), shared categories, matched offers and needs.

    Args:
        ref (str): An organisation's id or slug
        country (list[str] | Unset): Only these countries
        exclude_country (list[str] | Unset):
        region (list[str] | Unset): Only regions whose NUTS code starts so
        exclude_own_region (bool | Unset):  Default: False.
        exclude_own_country (bool | Unset): International partners only (strategic partnerships)
            Default: False.
        category (list[str] | Unset):
        emerging_industry (list[str] | Unset):
        min_label (GetRecommendationsMinLabelType0 | None | Unset): Excellence label at least
        min_score (float | None | Unset):
        cross_sector_only (bool | Unset):  Default: False.
        include_dismissed (bool | Unset): Keep partners you marked not interested (owner,
            managers) Default: False.
        mode (GetRecommendationsMode | Unset): precomputed: the run's stored, fairly re-ranked
            list, filtered; live: every cluster scored now, filters applied before ranking (implied by
            weight changes) Default: 'precomputed'.
        w_similarity (float | None | Unset):
        w_value_chain (float | None | Unset):
        w_offers_needs (float | None | Unset):
        cross_sector_bonus (float | None | Unset):
        reciprocity (GetRecommendationsReciprocityType0 | None | Unset):
        explain (bool | Unset): Explain every recommendation Default: True.
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RecommendationPage]
    """

    kwargs = _get_kwargs(
        ref=ref,
        country=country,
        exclude_country=exclude_country,
        region=region,
        exclude_own_region=exclude_own_region,
        exclude_own_country=exclude_own_country,
        category=category,
        emerging_industry=emerging_industry,
        min_label=min_label,
        min_score=min_score,
        cross_sector_only=cross_sector_only,
        include_dismissed=include_dismissed,
        mode=mode,
        w_similarity=w_similarity,
        w_value_chain=w_value_chain,
        w_offers_needs=w_offers_needs,
        cross_sector_bonus=cross_sector_bonus,
        reciprocity=reciprocity,
        explain=explain,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ref: str,
    *,
    client: AuthenticatedClient,
    country: list[str] | Unset = UNSET,
    exclude_country: list[str] | Unset = UNSET,
    region: list[str] | Unset = UNSET,
    exclude_own_region: bool | Unset = False,
    exclude_own_country: bool | Unset = False,
    category: list[str] | Unset = UNSET,
    emerging_industry: list[str] | Unset = UNSET,
    min_label: GetRecommendationsMinLabelType0 | None | Unset = UNSET,
    min_score: float | None | Unset = UNSET,
    cross_sector_only: bool | Unset = False,
    include_dismissed: bool | Unset = False,
    mode: GetRecommendationsMode | Unset = "precomputed",
    w_similarity: float | None | Unset = UNSET,
    w_value_chain: float | None | Unset = UNSET,
    w_offers_needs: float | None | Unset = UNSET,
    cross_sector_bonus: float | None | Unset = UNSET,
    reciprocity: GetRecommendationsReciprocityType0 | None | Unset = UNSET,
    explain: bool | Unset = True,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ProblemDetail | RecommendationPage | None:
    """Get Recommendations

     Partners for one cluster organisation, best first, each with why: the sector flows
    between the two (who supplies whom), shared categories, matched offers and needs.

    Args:
        ref (str): An organisation's id or slug
        country (list[str] | Unset): Only these countries
        exclude_country (list[str] | Unset):
        region (list[str] | Unset): Only regions whose NUTS code starts so
        exclude_own_region (bool | Unset):  Default: False.
        exclude_own_country (bool | Unset): International partners only (strategic partnerships)
            Default: False.
        category (list[str] | Unset):
        emerging_industry (list[str] | Unset):
        min_label (GetRecommendationsMinLabelType0 | None | Unset): Excellence label at least
        min_score (float | None | Unset):
        cross_sector_only (bool | Unset):  Default: False.
        include_dismissed (bool | Unset): Keep partners you marked not interested (owner,
            managers) Default: False.
        mode (GetRecommendationsMode | Unset): precomputed: the run's stored, fairly re-ranked
            list, filtered; live: every cluster scored now, filters applied before ranking (implied by
            weight changes) Default: 'precomputed'.
        w_similarity (float | None | Unset):
        w_value_chain (float | None | Unset):
        w_offers_needs (float | None | Unset):
        cross_sector_bonus (float | None | Unset):
        reciprocity (GetRecommendationsReciprocityType0 | None | Unset):
        explain (bool | Unset): Explain every recommendation Default: True.
        limit (int | Unset): Items per page (at most 500) Default: 50.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RecommendationPage
    """

    return (
        await asyncio_detailed(
            ref=ref,
            client=client,
            country=country,
            exclude_country=exclude_country,
            region=region,
            exclude_own_region=exclude_own_region,
            exclude_own_country=exclude_own_country,
            category=category,
            emerging_industry=emerging_industry,
            min_label=min_label,
            min_score=min_score,
            cross_sector_only=cross_sector_only,
            include_dismissed=include_dismissed,
            mode=mode,
            w_similarity=w_similarity,
            w_value_chain=w_value_chain,
            w_offers_needs=w_offers_needs,
            cross_sector_bonus=cross_sector_bonus,
            reciprocity=reciprocity,
            explain=explain,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
