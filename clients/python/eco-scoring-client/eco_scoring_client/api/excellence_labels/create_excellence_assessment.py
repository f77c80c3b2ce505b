from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.label_assessment_create import LabelAssessmentCreate
from ...models.label_assessment_read import LabelAssessmentRead
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LabelAssessmentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/excellence/assessments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabelAssessmentRead | ProblemDetail | None:
    if response.status_code == 201:
        response_201 = LabelAssessmentRead.from_dict(response.json())

        return response_201

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
) -> Response[LabelAssessmentRead | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LabelAssessmentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[LabelAssessmentRead | ProblemDetail]:
    """Create Excellence Assessment

     Assess a cluster organisation (the labelling body: administrators). Every indicator
    of the set needs a value; the result - score (share passed), baseline requirements, the
    level and its validity, with the rule applied - is stored, and written on the
    organisation's profile (excellence_label, label_date, label_valid_until) unless a later
    assessment already is; the profile change goes to the audit log and to the webhooks of
    the owner and its managers as organisation.updated.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (LabelAssessmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabelAssessmentRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: LabelAssessmentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> LabelAssessmentRead | ProblemDetail | None:
    """Create Excellence Assessment

     Assess a cluster organisation (the labelling body: administrators). Every indicator
    of the set needs a value; the result - score (share passed), baseline requirements, the
    level and its validity, with the rule applied - is stored, and written on the
    organisation's profile (excellence_label, label_date, label_valid_until) unless a later
    assessment already is; the profile change goes to the audit log and to the webhooks of
    the owner and its managers as organisation.updated.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (LabelAssessmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabelAssessmentRead | ProblemDetail
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LabelAssessmentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[LabelAssessmentRead | ProblemDetail]:
    """Create Excellence Assessment

     Assess a cluster organisation (the labelling body: administrators). Every indicator
    of the set needs a value; the result - score (share passed), baseline requirements, the
    level and its validity, with the rule applied - is stored, and written on the
    organisation's profile (excellence_label, label_date, label_valid_until) unless a later
    assessment already is; the profile change goes to the audit log and to the webhooks of
    the owner and its managers as organisation.updated.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (LabelAssessmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabelAssessmentRead | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LabelAssessmentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> LabelAssessmentRead | ProblemDetail | None:
    """Create Excellence Assessment

     Assess a cluster organisation (the labelling body: administrators). Every indicator
    of the set needs a value; the result - score (share passed), baseline requirements, the
    level and its validity, with the rule applied - is stored, and written on the
    organisation's profile (excellence_label, label_date, label_valid_until) unless a later
    assessment already is; the profile change goes to the audit log and to the webhooks of
    the owner and its managers as organisation.updated.

    Args:
        idempotency_key (None | str | Unset): Retry-safe creation: the same key and body return
            the first response
        body (LabelAssessmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabelAssessmentRead | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
