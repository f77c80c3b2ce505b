from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.response_read import ResponseRead
from ...models.response_write import ResponseWrite
from ...types import Response


def _get_kwargs(
    *,
    body: ResponseWrite,
    x_survey_token: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Survey-Token"] = x_survey_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/excellence/survey-response",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | ResponseRead | None:
    if response.status_code == 201:
        response_201 = ResponseRead.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(response.json())

        return response_409

    if response.status_code == 410:
        response_410 = ProblemDetail.from_dict(response.json())

        return response_410

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
) -> Response[ProblemDetail | ResponseRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResponseWrite,
    x_survey_token: str,
) -> Response[ProblemDetail | ResponseRead]:
    """Submit Survey Response

     Answer the survey once with this token (409 if it has answered: PUT to edit; 410 once
    the survey has closed). Each scale is 1-5; leave an item out or a scale null to skip it.

    Args:
        x_survey_token (str): The respondent's survey token (kept out of URLs, so out of access
            logs)
        body (ResponseWrite): The whole response: items left out are not answered; null: no answer
            on that scale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | ResponseRead]
    """

    kwargs = _get_kwargs(
        body=body,
        x_survey_token=x_survey_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ResponseWrite,
    x_survey_token: str,
) -> ProblemDetail | ResponseRead | None:
    """Submit Survey Response

     Answer the survey once with this token (409 if it has answered: PUT to edit; 410 once
    the survey has closed). Each scale is 1-5; leave an item out or a scale null to skip it.

    Args:
        x_survey_token (str): The respondent's survey token (kept out of URLs, so out of access
            logs)
        body (ResponseWrite): The whole response: items left out are not answered; null: no answer
            on that scale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | ResponseRead
    """

    return sync_detailed(
        client=client,
        body=body,
        x_survey_token=x_survey_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResponseWrite,
    x_survey_token: str,
) -> Response[ProblemDetail | ResponseRead]:
    """Submit Survey Response

     Answer the survey once with this token (409 if it has answered: PUT to edit; 410 once
    the survey has closed). Each scale is 1-5; leave an item out or a scale null to skip it.

    Args:
        x_survey_token (str): The respondent's survey token (kept out of URLs, so out of access
            logs)
        body (ResponseWrite): The whole response: items left out are not answered; null: no answer
            on that scale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | ResponseRead]
    """

    kwargs = _get_kwargs(
        body=body,
        x_survey_token=x_survey_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ResponseWrite,
    x_survey_token: str,
) -> ProblemDetail | ResponseRead | None:
    """Submit Survey Response

     Answer the survey once with this token (409 if it has answered: PUT to edit; 410 once
    the survey has closed). Each scale is 1-5; leave an item out or a scale null to skip it.

    Args:
        x_survey_token (str): The respondent's survey token (kept out of URLs, so out of access
            logs)
        body (ResponseWrite): The whole response: items left out are not answered; null: no answer
            on that scale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | ResponseRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_survey_token=x_survey_token,
        )
    ).parsed
