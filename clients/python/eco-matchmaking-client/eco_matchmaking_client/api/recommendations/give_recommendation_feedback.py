from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_detail import ProblemDetail
from ...models.recommendation_feedback_read import RecommendationFeedbackRead
from ...models.recommendation_feedback_write import RecommendationFeedbackWrite
from ...types import Response


def _get_kwargs(
    ref: str,
    partner_ref: str,
    *,
    body: RecommendationFeedbackWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/organisations/{ref}/recommendations/{partner_ref}/feedback".format(
            ref=quote(str(ref), safe=""),
            partner_ref=quote(str(partner_ref), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | RecommendationFeedbackRead | None:
    if response.status_code == 200:
        response_200 = RecommendationFeedbackRead.from_dict(response.json())

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
) -> Response[ProblemDetail | RecommendationFeedbackRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ref: str,
    partner_ref: str,
    *,
    client: AuthenticatedClient,
    body: RecommendationFeedbackWrite,
) -> Response[ProblemDetail | RecommendationFeedbackRead]:
    """Give Recommendation Feedback

     Mark a partner interesting or not (the organisation's owner or managers). Re-ranks
    their list at once and is kept for measuring acceptance; sending it again changes nothing.

    Args:
        ref (str): An organisation's id or slug
        partner_ref (str): An organisation's id or slug
        body (RecommendationFeedbackWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RecommendationFeedbackRead]
    """

    kwargs = _get_kwargs(
        ref=ref,
        partner_ref=partner_ref,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ref: str,
    partner_ref: str,
    *,
    client: AuthenticatedClient,
    body: RecommendationFeedbackWrite,
) -> ProblemDetail | RecommendationFeedbackRead | None:
    """Give Recommendation Feedback

     Mark a partner interesting or not (the organisation's owner or managers). Re-ranks
    their list at once and is kept for measuring acceptance; sending it again changes nothing.

    Args:
        ref (str): An organisation's id or slug
        partner_ref (str): An organisation's id or slug
        body (RecommendationFeedbackWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RecommendationFeedbackRead
    """

    return sync_detailed(
        ref=ref,
        partner_ref=partner_ref,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ref: str,
    partner_ref: str,
    *,
    client: AuthenticatedClient,
    body: RecommendationFeedbackWrite,
) -> Response[ProblemDetail | RecommendationFeedbackRead]:
    """Give Recommendation Feedback

     Mark a partner interesting or not (the organisation's owner or managers). Re-ranks
    their list at once and is kept for measuring acceptance; sending it again changes nothing.

    Args:
        ref (str): An organisation's id or slug
        partner_ref (str): An organisation's id or slug
        body (RecommendationFeedbackWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetail | RecommendationFeedbackRead]
    """

    kwargs = _get_kwargs(
        ref=ref,
        partner_ref=partner_ref,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ref: str,
    partner_ref: str,
    *,
    client: AuthenticatedClient,
    body: RecommendationFeedbackWrite,
) -> ProblemDetail | RecommendationFeedbackRead | None:
    """Give Recommendation Feedback

     Mark a partner interesting or not (the organisation's owner or managers). Re-ranks
    their list at once and is kept for measuring acceptance; sending it again changes nothing.

    Args:
        ref (str): An organisation's id or slug
        partner_ref (str): An organisation's id or slug
        body (RecommendationFeedbackWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetail | RecommendationFeedbackRead
    """

    return (
        await asyncio_detailed(
            ref=ref,
            partner_ref=partner_ref,
            client=client,
            body=body,
        )
    ).parsed
