from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_region_scoreboard_chart_png_type import (
    GetRegionScoreboardChartPngType,
)
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    nuts_id: str,
    *,
    type_: GetRegionScoreboardChartPngType | Unset = "radar",
    scale: float | Unset = 2.0,
    framework: None | str | Unset = UNSET,
    peers: None | str | Unset = UNSET,
    winsorise: bool | Unset = True,
    log_skewed: bool | Unset = True,
    band: float | Unset = 0.1,
    year: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["scale"] = scale

    json_framework: None | str | Unset
    if isinstance(framework, Unset):
        json_framework = UNSET
    else:
        json_framework = framework
    params["framework"] = json_framework

    json_peers: None | str | Unset
    if isinstance(peers, Unset):
        json_peers = UNSET
    else:
        json_peers = peers
    params["peers"] = json_peers

    params["winsorise"] = winsorise

    params["log_skewed"] = log_skewed

    params["band"] = band

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scoreboard/regions/{nuts_id}/chart.png".format(
            nuts_id=quote(str(nuts_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(response.json())

        return response_404

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
) -> Response[File | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: GetRegionScoreboardChartPngType | Unset = "radar",
    scale: float | Unset = 2.0,
    framework: None | str | Unset = UNSET,
    peers: None | str | Unset = UNSET,
    winsorise: bool | Unset = True,
    log_skewed: bool | Unset = True,
    band: float | Unset = 0.1,
    year: int | None | Unset = UNSET,
) -> Response[File | ProblemDetail]:
    """Get Region Scoreboard Chart Png

     The chart as a PNG image, 480 px wide times `scale`. The region's six dimension scores (0-100), its
    peers' mean and the EU mean, 480 px wide, every label inside the chart: on a radar, rings at 25, 50,
    75 and 100 and the region's values at its points; on bars, a 0-100 axis and each bar's value. A
    missing score is drawn as missing (no point or bar, the outline open there) and its dimension says
    'no data' and for which series, never as a zero.

    Any NUTS version's code works: it is read as the region with values, its code of the same territory
    in another NUTS version (FRE1 of 2021/2024 is FR30 of 2013, the version of the values derived from
    the shipped statistics) or, for a NUTS-3 code, the region containing it (DE212 München: DE21
    Oberbayern); the headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and Eco-
    Region-Relation say how it was read, and `region` is the region scored. Peers are read the same way
    in the scored region's version and level. A region whose territory changed (PT19 of 2024, split off
    PT16 of 2013, which has the values) is a 422 region-territory-changed problem listing the regions it
    came from or became; a code of no version a 404 naming the versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        type_ (GetRegionScoreboardChartPngType | Unset): radar: one outline per series; bar:
            grouped bars Default: 'radar'.
        scale (float | Unset): Pixels per chart pixel: 2 for sharp print Default: 2.0.
        framework (None | str | Unset): Version; default: active
        peers (None | str | Unset): Up to 5 NUTS ids, comma-separated; default: the 5 most similar
            regions
        winsorise (bool | Unset): Clip each indicator to its 5th-95th percentiles first Default:
            True.
        log_skewed (bool | Unset): log1p indicators with |skewness| above 1 Default: True.
        band (float | Unset): Strength/weakness beyond +/- this share of the peer mean Default:
            0.1.
        year (int | None | Unset): Latest value up to this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ProblemDetail]
    """

    kwargs = _get_kwargs(
        nuts_id=nuts_id,
        type_=type_,
        scale=scale,
        framework=framework,
        peers=peers,
        winsorise=winsorise,
        log_skewed=log_skewed,
        band=band,
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: GetRegionScoreboardChartPngType | Unset = "radar",
    scale: float | Unset = 2.0,
    framework: None | str | Unset = UNSET,
    peers: None | str | Unset = UNSET,
    winsorise: bool | Unset = True,
    log_skewed: bool | Unset = True,
    band: float | Unset = 0.1,
    year: int | None | Unset = UNSET,
) -> File | ProblemDetail | None:
    """Get Region Scoreboard Chart Png

     The chart as a PNG image, 480 px wide times `scale`. The region's six dimension scores (0-100), its
    peers' mean and the EU mean, 480 px wide, every label inside the chart: on a radar, rings at 25, 50,
    75 and 100 and the region's values at its points; on bars, a 0-100 axis and each bar's value. A
    missing score is drawn as missing (no point or bar, the outline open there) and its dimension says
    'no data' and for which series, never as a zero.

    Any NUTS version's code works: it is read as the region with values, its code of the same territory
    in another NUTS version (FRE1 of 2021/2024 is FR30 of 2013, the version of the values derived from
    the shipped statistics) or, for a NUTS-3 code, the region containing it (DE212 München: DE21
    Oberbayern); the headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and Eco-
    Region-Relation say how it was read, and `region` is the region scored. Peers are read the same way
    in the scored region's version and level. A region whose territory changed (PT19 of 2024, split off
    PT16 of 2013, which has the values) is a 422 region-territory-changed problem listing the regions it
    came from or became; a code of no version a 404 naming the versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        type_ (GetRegionScoreboardChartPngType | Unset): radar: one outline per series; bar:
            grouped bars Default: 'radar'.
        scale (float | Unset): Pixels per chart pixel: 2 for sharp print Default: 2.0.
        framework (None | str | Unset): Version; default: active
        peers (None | str | Unset): Up to 5 NUTS ids, comma-separated; default: the 5 most similar
            regions
        winsorise (bool | Unset): Clip each indicator to its 5th-95th percentiles first Default:
            True.
        log_skewed (bool | Unset): log1p indicators with |skewness| above 1 Default: True.
        band (float | Unset): Strength/weakness beyond +/- this share of the peer mean Default:
            0.1.
        year (int | None | Unset): Latest value up to this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ProblemDetail
    """

    return sync_detailed(
        nuts_id=nuts_id,
        client=client,
        type_=type_,
        scale=scale,
        framework=framework,
        peers=peers,
        winsorise=winsorise,
        log_skewed=log_skewed,
        band=band,
        year=year,
    ).parsed


async def asyncio_detailed(
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: GetRegionScoreboardChartPngType | Unset = "radar",
    scale: float | Unset = 2.0,
    framework: None | str | Unset = UNSET,
    peers: None | str | Unset = UNSET,
    winsorise: bool | Unset = True,
    log_skewed: bool | Unset = True,
    band: float | Unset = 0.1,
    year: int | None | Unset = UNSET,
) -> Response[File | ProblemDetail]:
    """Get Region Scoreboard Chart Png

     The chart as a PNG image, 480 px wide times `scale`. The region's six dimension scores (0-100), its
    peers' mean and the EU mean, 480 px wide, every label inside the chart: on a radar, rings at 25, 50,
    75 and 100 and the region's values at its points; on bars, a 0-100 axis and each bar's value. A
    missing score is drawn as missing (no point or bar, the outline open there) and its dimension says
    'no data' and for which series, never as a zero.

    Any NUTS version's code works: it is read as the region with values, its code of the same territory
    in another NUTS version (FRE1 of 2021/2024 is FR30 of 2013, the version of the values derived from
    the shipped statistics) or, for a NUTS-3 code, the region containing it (DE212 München: DE21
    Oberbayern); the headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and Eco-
    Region-Relation say how it was read, and `region` is the region scored. Peers are read the same way
    in the scored region's version and level. A region whose territory changed (PT19 of 2024, split off
    PT16 of 2013, which has the values) is a 422 region-territory-changed problem listing the regions it
    came from or became; a code of no version a 404 naming the versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        type_ (GetRegionScoreboardChartPngType | Unset): radar: one outline per series; bar:
            grouped bars Default: 'radar'.
        scale (float | Unset): Pixels per chart pixel: 2 for sharp print Default: 2.0.
        framework (None | str | Unset): Version; default: active
        peers (None | str | Unset): Up to 5 NUTS ids, comma-separated; default: the 5 most similar
            regions
        winsorise (bool | Unset): Clip each indicator to its 5th-95th percentiles first Default:
            True.
        log_skewed (bool | Unset): log1p indicators with |skewness| above 1 Default: True.
        band (float | Unset): Strength/weakness beyond +/- this share of the peer mean Default:
            0.1.
        year (int | None | Unset): Latest value up to this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ProblemDetail]
    """

    kwargs = _get_kwargs(
        nuts_id=nuts_id,
        type_=type_,
        scale=scale,
        framework=framework,
        peers=peers,
        winsorise=winsorise,
        log_skewed=log_skewed,
        band=band,
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    nuts_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: GetRegionScoreboardChartPngType | Unset = "radar",
    scale: float | Unset = 2.0,
    framework: None | str | Unset = UNSET,
    peers: None | str | Unset = UNSET,
    winsorise: bool | Unset = True,
    log_skewed: bool | Unset = True,
    band: float | Unset = 0.1,
    year: int | None | Unset = UNSET,
) -> File | ProblemDetail | None:
    """Get Region Scoreboard Chart Png

     The chart as a PNG image, 480 px wide times `scale`. The region's six dimension scores (0-100), its
    peers' mean and the EU mean, 480 px wide, every label inside the chart: on a radar, rings at 25, 50,
    75 and 100 and the region's values at its points; on bars, a 0-100 axis and each bar's value. A
    missing score is drawn as missing (no point or bar, the outline open there) and its dimension says
    'no data' and for which series, never as a zero.

    Any NUTS version's code works: it is read as the region with values, its code of the same territory
    in another NUTS version (FRE1 of 2021/2024 is FR30 of 2013, the version of the values derived from
    the shipped statistics) or, for a NUTS-3 code, the region containing it (DE212 München: DE21
    Oberbayern); the headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and Eco-
    Region-Relation say how it was read, and `region` is the region scored. Peers are read the same way
    in the scored region's version and level. A region whose territory changed (PT19 of 2024, split off
    PT16 of 2013, which has the values) is a 422 region-territory-changed problem listing the regions it
    came from or became; a code of no version a 404 naming the versions searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)
        type_ (GetRegionScoreboardChartPngType | Unset): radar: one outline per series; bar:
            grouped bars Default: 'radar'.
        scale (float | Unset): Pixels per chart pixel: 2 for sharp print Default: 2.0.
        framework (None | str | Unset): Version; default: active
        peers (None | str | Unset): Up to 5 NUTS ids, comma-separated; default: the 5 most similar
            regions
        winsorise (bool | Unset): Clip each indicator to its 5th-95th percentiles first Default:
            True.
        log_skewed (bool | Unset): log1p indicators with |skewness| above 1 Default: True.
        band (float | Unset): Strength/weakness beyond +/- this share of the peer mean Default:
            0.1.
        year (int | None | Unset): Latest value up to this year

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ProblemDetail
    """

    return (
        await asyncio_detailed(
            nuts_id=nuts_id,
            client=client,
            type_=type_,
            scale=scale,
            framework=framework,
            peers=peers,
            winsorise=winsorise,
            log_skewed=log_skewed,
            band=band,
            year=year,
        )
    ).parsed
