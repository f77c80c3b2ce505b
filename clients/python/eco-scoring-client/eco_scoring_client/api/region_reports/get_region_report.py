from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.region_report import RegionReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    nuts_id: str,
    *,
    peers: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_peers: None | str | Unset
    if isinstance(peers, Unset):
        json_peers = UNSET
    else:
        json_peers = peers
    params["peers"] = json_peers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/region-reports/{nuts_id}".format(
            nuts_id=quote(str(nuts_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RegionReport | None:
    if response.status_code == 200:
        response_200 = RegionReport.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

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
) -> Response[ProblemDetail | RegionReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    nuts_id: str,
    *,
    client: AuthenticatedClient,
    peers: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RegionReport]:
    """Get Region Report

     A region's Panorama profile, Regional Eco-System Scoreboard against peers, latest Stress Test
    result, stakeholder survey results and recommendations (the Stress Test's, most urgent first;
    without one, hints from the scoreboard's weaknesses and the Panorama's adjacent opportunities).
    Every part has a status: present; absent with the reason (no Panorama run, no indicator values, no
    submitted Stress Test, fewer survey respondents than the minimum ...); or restricted: the Stress
    Test and the survey results are private to the account that ran them and to administrators (scopes
    assessments:read, surveys:read), so without a key they are restricted whether or not they exist.
    Results filed under the region's code of the same territory in another NUTS version are used (FR30
    of 2013 is FRE1 of 2021 and 2024); the Panorama and scoreboard parts of a NUTS-3 region are those of
    the region containing it (DE212 München: DE21 Oberbayern), said in the part's note; a part whose
    figures describe other territory (PT19 of 2024, split off PT16 of 2013) is absent, the reason naming
    the change. The headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and Eco-
    Region-Relation say which region the report is of; a code of no version is a 404 naming the versions
    searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (the newest version that has it)
        peers (None | str | Unset): Up to 5 NUTS ids, comma-separated; default: the 5 most similar
            regions

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionReport]
    """

    kwargs = _get_kwargs(
        nuts_id=nuts_id,
        peers=peers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    nuts_id: str,
    *,
    client: AuthenticatedClient,
    peers: None | str | Unset = UNSET,
) -> ProblemDetail | RegionReport | None:
    """Get Region Report

     A region's Panorama profile, Regional Eco-System Scoreboard against peers, latest Stress Test
    result, stakeholder survey results and recommendations (the Stress Test's, most urgent first;
    without one, hints from the scoreboard's weaknesses and the Panorama's adjacent opportunities).
    Every part has a status: present; absent with the reason (no Panorama run, no indicator values, no
    submitted Stress Test, fewer survey respondents than the minimum ...); or restricted: the Stress
    Test and the survey results are private to the account that ran them and to administrators (scopes
    assessments:read, surveys:read), so without a key they are restricted whether or not they exist.
    Results filed under the region's code of the same territory in another NUTS version are used (FR30
    of 2013 is FRE1 of 2021 and 2024); the Panorama and scoreboard parts of a NUTS-3 region are those of
    the region containing it (DE212 München: DE21 Oberbayern), said in the part's note; a part whose
    figures describe other territory (PT19 of 2024, split off PT16 of 2013) is absent, the reason naming
    the change. The headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and Eco-
    Region-Relation say which region the report is of; a code of no version is a 404 naming the versions
    searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (the newest version that has it)
        peers (None | str | Unset): Up to 5 NUTS ids, comma-separated; default: the 5 most similar
            regions

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionReport
    """

    return sync_detailed(
        nuts_id=nuts_id,
        client=client,
        peers=peers,
    ).parsed


async def asyncio_detailed(
    nuts_id: str,
    *,
    client: AuthenticatedClient,
    peers: None | str | Unset = UNSET,
) -> Response[ProblemDetail | RegionReport]:
    """Get Region Report

     A region's Panorama profile, Regional Eco-System Scoreboard against peers, latest Stress Test
    result, stakeholder survey results and recommendations (the Stress Test's, most urgent first;
    without one, hints from the scoreboard's weaknesses and the Panorama's adjacent opportunities).
    Every part has a status: present; absent with the reason (no Panorama run, no indicator values, no
    submitted Stress Test, fewer survey respondents than the minimum ...); or restricted: the Stress
    Test and the survey results are private to the account that ran them and to administrators (scopes
    assessments:read, surveys:read), so without a key they are restricted whether or not they exist.
    Results filed under the region's code of the same territory in another NUTS version are used (FR30
    of 2013 is FRE1 of 2021 and 2024); the Panorama and scoreboard parts of a NUTS-3 region are those of
    the region containing it (DE212 München: DE21 Oberbayern), said in the part's note; a part whose
    figures describe other territory (PT19 of 2024, split off PT16 of 2013) is absent, the reason naming
    the change. The headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and Eco-
    Region-Relation say which region the report is of; a code of no version is a 404 naming the versions
    searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (the newest version that has it)
        peers (None | str | Unset): Up to 5 NUTS ids, comma-separated; default: the 5 most similar
            regions

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RegionReport]
    """

    kwargs = _get_kwargs(
        nuts_id=nuts_id,
        peers=peers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    nuts_id: str,
    *,
    client: AuthenticatedClient,
    peers: None | str | Unset = UNSET,
) -> ProblemDetail | RegionReport | None:
    """Get Region Report

     A region's Panorama profile, Regional Eco-System Scoreboard against peers, latest Stress Test
    result, stakeholder survey results and recommendations (the Stress Test's, most urgent first;
    without one, hints from the scoreboard's weaknesses and the Panorama's adjacent opportunities).
    Every part has a status: present; absent with the reason (no Panorama run, no indicator values, no
    submitted Stress Test, fewer survey respondents than the minimum ...); or restricted: the Stress
    Test and the survey results are private to the account that ran them and to administrators (scopes
    assessments:read, surveys:read), so without a key they are restricted whether or not they exist.
    Results filed under the region's code of the same territory in another NUTS version are used (FR30
    of 2013 is FRE1 of 2021 and 2024); the Panorama and scoreboard parts of a NUTS-3 region are those of
    the region containing it (DE212 München: DE21 Oberbayern), said in the part's note; a part whose
    figures describe other territory (PT19 of 2024, split off PT16 of 2013) is absent, the reason naming
    the change. The headers Eco-Requested-Region, Eco-Resolved-Region, Eco-Region-Nuts-Version and Eco-
    Region-Relation say which region the report is of; a code of no version is a 404 naming the versions
    searched.

    Args:
        nuts_id (str): A NUTS code of 2013, 2021 or 2024 (the newest version that has it)
        peers (None | str | Unset): Up to 5 NUTS ids, comma-separated; default: the 5 most similar
            regions

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RegionReport
    """

    return (
        await asyncio_detailed(
            nuts_id=nuts_id,
            client=client,
            peers=peers,
        )
    ).parsed
