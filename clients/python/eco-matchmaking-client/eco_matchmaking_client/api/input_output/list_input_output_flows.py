from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.input_output_flow_page import InputOutputFlowPage
from ...models.problem_detail import ProblemDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    supplier: None | str | Unset = UNSET,
    buyer: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_supplier: None | str | Unset
    if isinstance(supplier, Unset):
        json_supplier = UNSET
    else:
        json_supplier = supplier
    params["supplier"] = json_supplier

    json_buyer: None | str | Unset
    if isinstance(buyer, Unset):
        json_buyer = UNSET
    else:
        json_buyer = buyer
    params["buyer"] = json_buyer

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/input-output-tables/{code}/flows".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InputOutputFlowPage | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = InputOutputFlowPage.from_dict(response.json())

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
) -> Response[InputOutputFlowPage | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    supplier: None | str | Unset = UNSET,
    buyer: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[InputOutputFlowPage | ProblemDetail]:
    """List Input Output Flows

     The strongest links between divisions, by the share of the buyer's inputs.

    Args:
        code (str):
        supplier (None | str | Unset): A NACE division
        buyer (None | str | Unset): A NACE division
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InputOutputFlowPage | ProblemDetail]
    """

    kwargs = _get_kwargs(
        code=code,
        supplier=supplier,
        buyer=buyer,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    supplier: None | str | Unset = UNSET,
    buyer: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> InputOutputFlowPage | ProblemDetail | None:
    """List Input Output Flows

     The strongest links between divisions, by the share of the buyer's inputs.

    Args:
        code (str):
        supplier (None | str | Unset): A NACE division
        buyer (None | str | Unset): A NACE division
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InputOutputFlowPage | ProblemDetail
    """

    return sync_detailed(
        code=code,
        client=client,
        supplier=supplier,
        buyer=buyer,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    supplier: None | str | Unset = UNSET,
    buyer: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[InputOutputFlowPage | ProblemDetail]:
    """List Input Output Flows

     The strongest links between divisions, by the share of the buyer's inputs.

    Args:
        code (str):
        supplier (None | str | Unset): A NACE division
        buyer (None | str | Unset): A NACE division
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InputOutputFlowPage | ProblemDetail]
    """

    kwargs = _get_kwargs(
        code=code,
        supplier=supplier,
        buyer=buyer,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    supplier: None | str | Unset = UNSET,
    buyer: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> InputOutputFlowPage | ProblemDetail | None:
    """List Input Output Flows

     The strongest links between divisions, by the share of the buyer's inputs.

    Args:
        code (str):
        supplier (None | str | Unset): A NACE division
        buyer (None | str | Unset): A NACE division
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InputOutputFlowPage | ProblemDetail
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            supplier=supplier,
            buyer=buyer,
            limit=limit,
        )
    ).parsed
