from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_mode import ImportMode
from ...models.import_report import ImportReport
from ...models.indicator import Indicator
from ...models.nuts_version import NutsVersion
from ...models.problem_detail import ProblemDetail
from ...models.statistics_format import StatisticsFormat
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File,
    dataset: str,
    nuts_version: NutsVersion,
    title: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_url: None | str | Unset = UNSET,
    licence: None | str | Unset = UNSET,
    format_: None | StatisticsFormat | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    indicator: Indicator | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dataset"] = dataset

    json_nuts_version: int = nuts_version
    params["nuts_version"] = json_nuts_version

    json_title: None | str | Unset
    if isinstance(title, Unset):
        json_title = UNSET
    else:
        json_title = title
    params["title"] = json_title

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_source_url: None | str | Unset
    if isinstance(source_url, Unset):
        json_source_url = UNSET
    else:
        json_source_url = source_url
    params["source_url"] = json_source_url

    json_licence: None | str | Unset
    if isinstance(licence, Unset):
        json_licence = UNSET
    else:
        json_licence = licence
    params["licence"] = json_licence

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, str):
        json_format_ = format_
    else:
        json_format_ = format_
    params["format"] = json_format_

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode

    params["mode"] = json_mode

    json_indicator: str | Unset = UNSET
    if not isinstance(indicator, Unset):
        json_indicator = indicator

    params["indicator"] = json_indicator

    json_filename: None | str | Unset
    if isinstance(filename, Unset):
        json_filename = UNSET
    else:
        json_filename = filename
    params["filename"] = json_filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/statistics/imports",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportReport | ProblemDetail | None:
    if response.status_code == 200:
        response_200 = ImportReport.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ImportReport.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(response.json())

        return response_403

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
) -> Response[ImportReport | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    dataset: str,
    nuts_version: NutsVersion,
    title: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_url: None | str | Unset = UNSET,
    licence: None | str | Unset = UNSET,
    format_: None | StatisticsFormat | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    indicator: Indicator | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Response[ImportReport | ProblemDetail]:
    """Import Statistics

     Import a Eurostat TSV (``nace_r2,indic_sb,geo\\time`` or
    ``freq,nace_r2,indic_sbs,geo\\TIME_PERIOD``; ``:`` for missing, flags after values) or
    a long CSV (``geo,nuts_level,nace_r2,year,value,flag`` plus optional ``indicator``,
    ``unit``) into a dataset, creating it (title and source needed) or adding to it.

    The whole file is validated first. A problem (unknown region or NACE code, negative or
    non-numeric value, duplicate key, …) with ``all_or_nothing`` answers 422 with the
    row-level report and writes nothing; with ``skip_invalid`` the valid rows are written
    and the rest reported. A header that is not a statistics header is refused at once.
    Values equal to the stored ones are left alone: importing the same file again changes
    nothing (200), so a retried upload is safe without an Idempotency-Key. For a TSV,
    ``rows_*`` count values (region x NACE x indicator x year); problems name the file line
    and column. NACE aggregates (B-N_S95_X_K) are problems.

    Args:
        dataset (str):
        nuts_version (NutsVersion): NUTS classification versions the observatory knows.
        title (None | str | Unset):
        source (None | str | Unset): Who published the data
        source_url (None | str | Unset):
        licence (None | str | Unset):
        format_ (None | StatisticsFormat | Unset): eurostat_tsv or long_csv; sniffed when absent
        mode (ImportMode | Unset):
        indicator (Indicator | Unset):
        filename (None | str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
        dataset=dataset,
        nuts_version=nuts_version,
        title=title,
        source=source,
        source_url=source_url,
        licence=licence,
        format_=format_,
        mode=mode,
        indicator=indicator,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: File,
    dataset: str,
    nuts_version: NutsVersion,
    title: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_url: None | str | Unset = UNSET,
    licence: None | str | Unset = UNSET,
    format_: None | StatisticsFormat | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    indicator: Indicator | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> ImportReport | ProblemDetail | None:
    """Import Statistics

     Import a Eurostat TSV (``nace_r2,indic_sb,geo\\time`` or
    ``freq,nace_r2,indic_sbs,geo\\TIME_PERIOD``; ``:`` for missing, flags after values) or
    a long CSV (``geo,nuts_level,nace_r2,year,value,flag`` plus optional ``indicator``,
    ``unit``) into a dataset, creating it (title and source needed) or adding to it.

    The whole file is validated first. A problem (unknown region or NACE code, negative or
    non-numeric value, duplicate key, …) with ``all_or_nothing`` answers 422 with the
    row-level report and writes nothing; with ``skip_invalid`` the valid rows are written
    and the rest reported. A header that is not a statistics header is refused at once.
    Values equal to the stored ones are left alone: importing the same file again changes
    nothing (200), so a retried upload is safe without an Idempotency-Key. For a TSV,
    ``rows_*`` count values (region x NACE x indicator x year); problems name the file line
    and column. NACE aggregates (B-N_S95_X_K) are problems.

    Args:
        dataset (str):
        nuts_version (NutsVersion): NUTS classification versions the observatory knows.
        title (None | str | Unset):
        source (None | str | Unset): Who published the data
        source_url (None | str | Unset):
        licence (None | str | Unset):
        format_ (None | StatisticsFormat | Unset): eurostat_tsv or long_csv; sniffed when absent
        mode (ImportMode | Unset):
        indicator (Indicator | Unset):
        filename (None | str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | ProblemDetail
    """

    return sync_detailed(
        client=client,
        body=body,
        dataset=dataset,
        nuts_version=nuts_version,
        title=title,
        source=source,
        source_url=source_url,
        licence=licence,
        format_=format_,
        mode=mode,
        indicator=indicator,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    dataset: str,
    nuts_version: NutsVersion,
    title: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_url: None | str | Unset = UNSET,
    licence: None | str | Unset = UNSET,
    format_: None | StatisticsFormat | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    indicator: Indicator | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Response[ImportReport | ProblemDetail]:
    """Import Statistics

     Import a Eurostat TSV (``nace_r2,indic_sb,geo\\time`` or
    ``freq,nace_r2,indic_sbs,geo\\TIME_PERIOD``; ``:`` for missing, flags after values) or
    a long CSV (``geo,nuts_level,nace_r2,year,value,flag`` plus optional ``indicator``,
    ``unit``) into a dataset, creating it (title and source needed) or adding to it.

    The whole file is validated first. A problem (unknown region or NACE code, negative or
    non-numeric value, duplicate key, …) with ``all_or_nothing`` answers 422 with the
    row-level report and writes nothing; with ``skip_invalid`` the valid rows are written
    and the rest reported. A header that is not a statistics header is refused at once.
    Values equal to the stored ones are left alone: importing the same file again changes
    nothing (200), so a retried upload is safe without an Idempotency-Key. For a TSV,
    ``rows_*`` count values (region x NACE x indicator x year); problems name the file line
    and column. NACE aggregates (B-N_S95_X_K) are problems.

    Args:
        dataset (str):
        nuts_version (NutsVersion): NUTS classification versions the observatory knows.
        title (None | str | Unset):
        source (None | str | Unset): Who published the data
        source_url (None | str | Unset):
        licence (None | str | Unset):
        format_ (None | StatisticsFormat | Unset): eurostat_tsv or long_csv; sniffed when absent
        mode (ImportMode | Unset):
        indicator (Indicator | Unset):
        filename (None | str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | ProblemDetail]
    """

    kwargs = _get_kwargs(
        body=body,
        dataset=dataset,
        nuts_version=nuts_version,
        title=title,
        source=source,
        source_url=source_url,
        licence=licence,
        format_=format_,
        mode=mode,
        indicator=indicator,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File,
    dataset: str,
    nuts_version: NutsVersion,
    title: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    source_url: None | str | Unset = UNSET,
    licence: None | str | Unset = UNSET,
    format_: None | StatisticsFormat | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    indicator: Indicator | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> ImportReport | ProblemDetail | None:
    """Import Statistics

     Import a Eurostat TSV (``nace_r2,indic_sb,geo\\time`` or
    ``freq,nace_r2,indic_sbs,geo\\TIME_PERIOD``; ``:`` for missing, flags after values) or
    a long CSV (``geo,nuts_level,nace_r2,year,value,flag`` plus optional ``indicator``,
    ``unit``) into a dataset, creating it (title and source needed) or adding to it.

    The whole file is validated first. A problem (unknown region or NACE code, negative or
    non-numeric value, duplicate key, …) with ``all_or_nothing`` answers 422 with the
    row-level report and writes nothing; with ``skip_invalid`` the valid rows are written
    and the rest reported. A header that is not a statistics header is refused at once.
    Values equal to the stored ones are left alone: importing the same file again changes
    nothing (200), so a retried upload is safe without an Idempotency-Key. For a TSV,
    ``rows_*`` count values (region x NACE x indicator x year); problems name the file line
    and column. NACE aggregates (B-N_S95_X_K) are problems.

    Args:
        dataset (str):
        nuts_version (NutsVersion): NUTS classification versions the observatory knows.
        title (None | str | Unset):
        source (None | str | Unset): Who published the data
        source_url (None | str | Unset):
        licence (None | str | Unset):
        format_ (None | StatisticsFormat | Unset): eurostat_tsv or long_csv; sniffed when absent
        mode (ImportMode | Unset):
        indicator (Indicator | Unset):
        filename (None | str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | ProblemDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dataset=dataset,
            nuts_version=nuts_version,
            title=title,
            source=source,
            source_url=source_url,
            licence=licence,
            format_=format_,
            mode=mode,
            indicator=indicator,
            filename=filename,
        )
    ).parsed
