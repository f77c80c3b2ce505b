from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import Response, StreamingResponse

from eco_api.statistics.dependencies import (
    StatisticsImportServiceDep,
    StatisticsServiceDep,
    StatisticsWrite,
)
from eco_api.statistics.schemas import (
    EXPORT_COLUMNS,
    CategoryBreakdown,
    CategorySeries,
    DatasetDetail,
    DatasetPage,
    Indicator,
    StatisticPage,
)
from eco_api.statistics.service import ImportParameters, StatisticsQuery
from eco_core.http.etag import json_with_etag
from eco_core.http.export import ExportFormatQuery, export_response
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_core.imports.report import ImportMode, ImportReport
from eco_core.regions.conversion import DEFAULT_WEIGHT, ConversionWeight
from eco_core.regions.resolve import resolution_responses, state_resolution
from eco_core.statistics.datasets import DATASET_CODE_PATTERN, DatasetInfo
from eco_core.statistics.parse import StatisticsFormat
from eco_core.types import NUTS_PATTERN, NutsVersion

router = APIRouter(prefix="/v1/statistics", tags=["statistics"])

# Statistics change when a file is imported: caches may keep an answer this long (the
# importing process drops its own cache at once).
MAX_AGE_S = 30
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SET_VERSION_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,63}$"

RegionQuery = Annotated[
    str | None, Query(pattern=NUTS_PATTERN, examples=["DE21"], description="NUTS code")
]
DatasetQuery = Annotated[
    str | None, Query(pattern=DATASET_CODE_PATTERN, examples=["sbs_r_nuts06_r2"])
]
DefinitionSetQuery = Annotated[
    str | None,
    Query(pattern=SET_VERSION_PATTERN, description="Definition set version; default the active"),
]
YearQuery = Annotated[int | None, Query(ge=1950, le=2100, examples=[2015])]
YearFromQuery = Annotated[
    int | None, Query(ge=1950, le=2100, examples=[2010], description="First year (included)")
]
YearToQuery = Annotated[
    int | None, Query(ge=1950, le=2100, examples=[2014], description="Last year (included)")
]
ToNutsVersionQuery = Annotated[
    NutsVersion | None,
    Query(
        description="Show the figures on the regions of this NUTS version: regions recoded "
        "carry over, split or merged ones are converted with the JRC converter's weights "
        "(each value states how); needs region"
    ),
]
ConversionWeightQuery = Annotated[
    ConversionWeight,
    Query(description="The converter's weight for split regions (with to_nuts_version)"),
]
NutsVersionQuery = Annotated[NutsVersion | None, Query(description="NUTS version of the codes")]


def statistics_query(
    region: RegionQuery = None,
    include_subregions: Annotated[
        bool, Query(description="Also the regions inside region (DE2: DE21 … DE27)")
    ] = False,
    nace: Annotated[
        str | None,
        Query(max_length=8, examples=["C"], description="NACE code: C, 10, 45.1 or G451"),
    ] = None,
    category: Annotated[
        str | None,
        Query(pattern=SLUG_PATTERN, max_length=80, description="Cluster category slug"),
    ] = None,
    emerging_industry: Annotated[
        str | None,
        Query(pattern=SLUG_PATTERN, max_length=80, description="Emerging industry slug"),
    ] = None,
    definition_set: DefinitionSetQuery = None,
    year: YearQuery = None,
    year_from: YearFromQuery = None,
    year_to: YearToQuery = None,
    indicator: Indicator | None = None,
    dataset: DatasetQuery = None,
    nuts_version: NutsVersionQuery = None,
    to_nuts_version: ToNutsVersionQuery = None,
    conversion_weight: ConversionWeightQuery = DEFAULT_WEIGHT,
) -> StatisticsQuery:
    return StatisticsQuery(
        region=region,
        include_subregions=include_subregions,
        nace=nace,
        category=category,
        emerging_industry=emerging_industry,
        definition_set=definition_set,
        year=year,
        indicator=indicator.value if indicator else None,
        dataset=dataset,
        nuts_version=int(nuts_version) if nuts_version else None,
        year_from=year_from,
        year_to=year_to,
        to_nuts_version=int(to_nuts_version) if to_nuts_version else None,
        conversion_weight=conversion_weight,
    )


StatisticsQueryDep = Annotated[StatisticsQuery, Depends(statistics_query)]


@router.get(
    "", response_model=StatisticPage, responses={s: PROBLEM_RESPONSES[s] for s in (404, 409)}
)
async def list_statistics(
    request: Request, service: StatisticsServiceDep, page: PageDep, query: StatisticsQueryDep
) -> Response:
    """Regional statistics, each with its value, unit, flag, year, NUTS version, dataset and
    source. Filter by region (with its subregions), NACE code, a category or emerging
    industry of a definition set (its NACE codes), year or years (year_from, year_to),
    indicator, dataset, NUTS version.

    ``to_nuts_version`` shows a region's figures on the regions of another NUTS version
    (FRE1 of 2024 from FR30 of 2013): each value states its ``conversion`` (exact,
    recoded, merged, or estimated with the converter's ``conversion_weight``, pop21 by
    default) and the regions and shares it was made from. Values converted when imported
    (codes of NUTS 2006/2010 in a NUTS 2013 file) state theirs too.

    The shipped dataset sbs_r_nuts06_r2 covers the business economy only (NACE B-N without
    K, plus S95): shares computed from it have SBS total employment as denominator."""
    return json_with_etag(
        request, await service.page(query, page), StatisticPage, max_age=MAX_AGE_S
    )


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The whole filtered list, streamed",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        },
        **{s: PROBLEM_RESPONSES[s] for s in (404, 409)},
    },
)
async def export_statistics(
    service: StatisticsServiceDep, query: StatisticsQueryDep, export_format: ExportFormatQuery
) -> StreamingResponse:
    """The list's statistics in one download (CSV, a JSON array, or NDJSON), streamed
    without pagination; the same filters as the list."""
    rows = await service.export_rows(query)
    return export_response(rows, EXPORT_COLUMNS, export_format, "statistics")


@router.get(
    "/by-category",
    response_model=CategoryBreakdown,
    responses={
        **resolution_responses(),
        **{s: PROBLEM_RESPONSES[s] for s in (404, 409, 422)},
    },
)
async def get_statistics_by_category(
    request: Request,
    service: StatisticsServiceDep,
    region: Annotated[
        str,
        Query(
            pattern=NUTS_PATTERN,
            description="A NUTS code of 2013, 2021 or 2024, any level (see the endpoint)",
            examples=["DE21"],
        ),
    ],
    year: Annotated[int, Query(ge=1950, le=2100, examples=[2015])],
    indicator: Indicator = Indicator.EMPLOYMENT,
    definition_set: DefinitionSetQuery = None,
    dataset: DatasetQuery = None,
    nuts_version: NutsVersionQuery = None,
    to_nuts_version: ToNutsVersionQuery = None,
    conversion_weight: ConversionWeightQuery = DEFAULT_WEIGHT,
) -> Response:
    """A region's statistic per cluster category and emerging industry of a definition set
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
    source regions with their shares."""
    breakdown, resolution = await service.by_category(
        region=region,
        year=year,
        indicator=indicator.value,
        definition_set=definition_set,
        dataset=dataset,
        nuts_version=int(nuts_version) if nuts_version else None,
        to_nuts_version=int(to_nuts_version) if to_nuts_version else None,
        conversion_weight=conversion_weight,
    )
    response = json_with_etag(request, breakdown, CategoryBreakdown, max_age=MAX_AGE_S)
    return state_resolution(response, resolution)


@router.get(
    "/by-category/series",
    response_model=CategorySeries,
    responses={
        **resolution_responses(),
        **{s: PROBLEM_RESPONSES[s] for s in (404, 409, 422)},
    },
)
async def get_statistics_by_category_series(
    request: Request,
    service: StatisticsServiceDep,
    region: Annotated[
        str,
        Query(
            pattern=NUTS_PATTERN,
            description="A NUTS code of 2013, 2021 or 2024, any level (as for /by-category)",
            examples=["DE21"],
        ),
    ],
    year_from: YearFromQuery = None,
    year_to: YearToQuery = None,
    indicator: Indicator = Indicator.EMPLOYMENT,
    definition_set: DefinitionSetQuery = None,
    dataset: DatasetQuery = None,
    nuts_version: NutsVersionQuery = None,
    to_nuts_version: ToNutsVersionQuery = None,
    conversion_weight: ConversionWeightQuery = DEFAULT_WEIGHT,
) -> Response:
    """``/by-category`` for every year of a range (default: every year the dataset has the
    region's figures for), oldest first, each with its unit and figures. The region is read
    as for ``/by-category``, once for the whole series; ``to_nuts_version`` converts as
    there."""
    series, resolution = await service.by_category_series(
        region=region,
        year_from=year_from,
        year_to=year_to,
        indicator=indicator.value,
        definition_set=definition_set,
        dataset=dataset,
        nuts_version=int(nuts_version) if nuts_version else None,
        to_nuts_version=int(to_nuts_version) if to_nuts_version else None,
        conversion_weight=conversion_weight,
    )
    response = json_with_etag(request, series, CategorySeries, max_age=MAX_AGE_S)
    return state_resolution(response, resolution)


@router.get("/datasets", response_model=DatasetPage)
async def list_statistics_datasets(
    request: Request, service: StatisticsServiceDep, page: PageDep
) -> Response:
    """The statistics datasets, by code: title, source, licence, NUTS version."""
    return json_with_etag(request, await service.datasets(page), DatasetPage, max_age=MAX_AGE_S)


@router.get(
    "/datasets/{code}", response_model=DatasetDetail, responses={404: PROBLEM_RESPONSES[404]}
)
async def get_statistics_dataset(
    request: Request,
    service: StatisticsServiceDep,
    code: Annotated[str, Path(pattern=DATASET_CODE_PATTERN, examples=["sbs_r_nuts06_r2"])],
) -> Response:
    """One dataset, with its indicators, units, years and how many values it holds."""
    return json_with_etag(request, await service.dataset(code), DatasetDetail, max_age=MAX_AGE_S)


_UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The file: Eurostat TSV or long CSV, UTF-8, optionally gzip-compressed",
        "content": {
            media: {"schema": {"type": "string", "format": "binary"}}
            for media in (
                "text/tab-separated-values",
                "text/csv",
                "application/gzip",
                "application/octet-stream",
            )
        },
    }
}


@router.post(
    "/imports",
    response_model=ImportReport,
    status_code=201,
    openapi_extra=_UPLOAD_BODY,
    responses={
        200: {"model": ImportReport, "description": "Nothing changed (the same file again)"},
        **{s: PROBLEM_RESPONSES[s] for s in (401, 403, 409, 413, 422)},
    },
)
async def import_statistics(
    principal: StatisticsWrite,
    service: StatisticsImportServiceDep,
    dataset: Annotated[str, Query(pattern=DATASET_CODE_PATTERN, examples=["sbs_r_nuts2021"])],
    nuts_version: Annotated[NutsVersion, Query(description="NUTS version of the file's codes")],
    title: Annotated[str | None, Query(min_length=1, max_length=300)] = None,
    source: Annotated[
        str | None, Query(min_length=1, max_length=500, description="Who published the data")
    ] = None,
    source_url: Annotated[str | None, Query(pattern=r"^https?://\S+$", max_length=500)] = None,
    licence: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    file_format: Annotated[
        StatisticsFormat | None,
        Query(alias="format", description="eurostat_tsv or long_csv; sniffed when absent"),
    ] = None,
    mode: Annotated[
        ImportMode,
        Query(
            description="all_or_nothing: any problem writes nothing; skip_invalid: the "
            "valid rows are written and the others reported"
        ),
    ] = ImportMode.ALL_OR_NOTHING,
    indicator: Annotated[
        Indicator, Query(description="Indicator of files that name none")
    ] = Indicator.EMPLOYMENT,
    filename: Annotated[str | None, Query(max_length=255)] = None,
) -> Response:
    """Import a Eurostat TSV (``nace_r2,indic_sb,geo\\time`` or
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
    and column. NACE aggregates (B-N_S95_X_K) are problems."""
    report = await service.import_upload(
        principal,
        ImportParameters(
            dataset=DatasetInfo(
                code=dataset,
                nuts_version=int(nuts_version),
                title=title,
                source=source,
                source_url=source_url,
                licence=licence,
            ),
            mode=mode,
            file_format=file_format,
            indicator=indicator.value,
        ),
        filename,
    )
    headers = {"Location": f"/v1/statistics/datasets/{dataset}"} if report.written else None
    return Response(
        report.model_dump_json(),
        status_code=201 if report.written else 200,
        media_type="application/json",
        headers=headers,
    )
