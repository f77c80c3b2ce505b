from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import JSONResponse, Response

from eco_api.definitions.dependencies import (
    DefinitionServiceDep,
    DefinitionsWrite,
    DefinitionWriteServiceDep,
)
from eco_api.definitions.schemas import (
    DefinitionKind,
    DefinitionPage,
    DefinitionRead,
    DefinitionSetPage,
    DefinitionSetRead,
    ImportRequest,
)
from eco_core.definitions.content import (
    ACTIVE_ALIAS,
    SLUG_MAX_LENGTH,
    SLUG_PATTERN,
    VERSION_PATTERN,
)
from eco_core.http.etag import json_with_etag
from eco_core.http.export import ExportFormat, ExportFormatQuery
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_core.imports.report import ImportMode, ImportReport
from eco_core.imports.upload import store_stream

router = APIRouter()
sets = APIRouter(prefix="/v1/definition-sets", tags=["definition-sets"])

# A named version never changes; the list, the active flag and the alias do.
_IMMUTABLE_MAX_AGE = 3600
# The 'active' alias is a 409 problem when no set is active.
_READ_PROBLEMS: dict[int | str, dict[str, Any]] = {
    status: PROBLEM_RESPONSES[status] for status in (404, 409)
}

VersionPath = Annotated[
    str,
    Path(
        pattern=VERSION_PATTERN,
        description=f"A set's version, or '{ACTIVE_ALIAS}' for the set scoring uses",
        examples=["eco-2026.1"],
    ),
]
SlugPath = Annotated[
    str, Path(pattern=SLUG_PATTERN, max_length=SLUG_MAX_LENGTH, examples=["plastics"])
]
KindQuery = Annotated[
    DefinitionKind | None, Query(description="Only categories or only emerging industries")
]
SetQuery = Annotated[
    str,
    Query(
        alias="definition_set",
        pattern=VERSION_PATTERN,
        description=f"Version of the definition set; '{ACTIVE_ALIAS}' by default",
    ),
]


def _max_age(version: str) -> int:
    return 0 if version == ACTIVE_ALIAS else _IMMUTABLE_MAX_AGE


@sets.get("", response_model=DefinitionSetPage)
async def list_definition_sets(
    request: Request, service: DefinitionServiceDep, page: PageDep
) -> Response:
    """Every definition set, newest first; ``is_active`` marks the one scoring uses."""
    return json_with_etag(request, await service.list_sets(page), DefinitionSetPage, max_age=0)


_CSV_EXAMPLE = (
    "kind,slug,name,nace_code,weight,description\n"
    "category,plastics,Plastics,22.2,1,Plastic products\n"
    "category,plastics,Plastics,20.16,0.5,\n"
    "emerging_industry,medical-devices,Medical Devices,32.5,,\n"
)
_JSON_EXAMPLE = {
    "definitions": [
        {
            "kind": "category",
            "slug": "plastics",
            "name": "Plastics",
            "description": "Plastic products",
            "codes": [{"nace": "22.2", "weight": 1}, {"nace": "20.16", "weight": 0.5}],
        }
    ]
}
_IMPORT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The whole set, as CSV (kind,slug,name,nace_code[,weight]"
        "[,description]) or JSON; gzip-compressed files are accepted too.",
        "content": {
            "text/csv": {"schema": {"type": "string"}, "example": _CSV_EXAMPLE},
            "application/json": {"schema": {"type": "object"}, "example": _JSON_EXAMPLE},
        },
    }
}


@sets.post(
    "/imports",
    response_model=ImportReport,
    status_code=201,
    openapi_extra=_IMPORT_BODY,
    responses={
        200: {"model": ImportReport, "description": "The same set was already there"},
        **{status: PROBLEM_RESPONSES[status] for status in (401, 403, 409, 413, 422)},
    },
)
async def import_definition_set(
    request: Request,
    principal: DefinitionsWrite,
    service: DefinitionWriteServiceDep,
    version: Annotated[
        str, Query(pattern=VERSION_PATTERN, description="Version of the new set, e.g. my-2026.1")
    ],
    mode: Annotated[
        ImportMode,
        Query(
            description="all_or_nothing: any invalid row refuses the file; skip_invalid: "
            "write the definitions whose rows are all valid, report the rest"
        ),
    ] = ImportMode.ALL_OR_NOTHING,
    title: Annotated[str | None, Query(max_length=200)] = None,
    description: Annotated[str | None, Query(max_length=2000)] = None,
    source: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    """Upload a new definition set (raw body: CSV or JSON; Content-Type tells, else the first
    character). The whole file is validated first; the answer is a row-level report (row,
    column, problem). Nothing is written if a row is invalid, unless mode=skip_invalid.
    Uploading the same set again changes nothing (200); other content under an existing
    version is a conflict (409): sets are immutable. The new set is not active until
    activated."""
    service.check_new_version(version)
    stored = await store_stream(request.stream())
    try:
        outcome = await service.import_file(
            principal,
            stored,
            ImportRequest(
                version=version,
                title=title,
                description=description,
                source=source,
                mode=mode.value,
                content_type=request.headers.get("content-type"),
            ),
        )
    finally:
        stored.path.unlink(missing_ok=True)
    return JSONResponse(
        outcome.report.model_dump(mode="json"),
        status_code=201 if outcome.created else 200,
        headers={"Location": f"/v1/definition-sets/{version}"},
    )


@sets.get("/{version}", response_model=DefinitionSetRead, responses=_READ_PROBLEMS)
async def get_definition_set(
    request: Request, service: DefinitionServiceDep, version: VersionPath
) -> Response:
    """One definition set, or the active one."""
    return json_with_etag(request, await service.get_set(version), DefinitionSetRead, max_age=0)


@sets.post(
    "/{version}/activate",
    response_model=DefinitionSetRead,
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403, 404, 409)},
)
async def activate_definition_set(
    principal: DefinitionsWrite, service: DefinitionWriteServiceDep, version: VersionPath
) -> DefinitionSetRead:
    """Make this set the one scoring uses from now on; results already computed keep the
    version they were computed with."""
    return await service.activate(principal, version)


@sets.get("/{version}/definitions", response_model=DefinitionPage, responses=_READ_PROBLEMS)
async def list_definitions(
    request: Request,
    service: DefinitionServiceDep,
    page: PageDep,
    version: VersionPath,
    kind: KindQuery = None,
) -> Response:
    """The set's categories and emerging industries with their NACE codes and weights, by
    kind and slug."""
    result = await service.list_definitions(version, kind, page)
    return json_with_etag(request, result, DefinitionPage, max_age=_max_age(version))


@sets.get(
    "/{version}/definitions/{kind}/{slug}", response_model=DefinitionRead, responses=_READ_PROBLEMS
)
async def get_definition(
    request: Request,
    service: DefinitionServiceDep,
    version: VersionPath,
    kind: DefinitionKind,
    slug: SlugPath,
) -> Response:
    """One category or emerging industry with its NACE codes and weights."""
    result = await service.get_definition(version, kind, slug)
    return json_with_etag(request, result, DefinitionRead, max_age=_max_age(version))


@sets.get(
    "/{version}/export",
    responses={
        200: {
            "description": "The set, streamed",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        },
        **_READ_PROBLEMS,
    },
)
async def export_definition_set(
    service: DefinitionServiceDep,
    version: VersionPath,
    kind: KindQuery = None,
    fmt: ExportFormatQuery = ExportFormat.CSV,
) -> Response:
    """Download the set: CSV in the upload's format (edit it and upload it as a new
    version), or JSON / NDJSON definitions with their codes."""
    return await service.export(version, kind, fmt)


shortcuts = APIRouter()


@shortcuts.get(
    "/v1/categories",
    response_model=DefinitionPage,
    tags=["definition-sets"],
    responses=_READ_PROBLEMS,
)
async def list_categories(
    request: Request,
    service: DefinitionServiceDep,
    page: PageDep,
    version: SetQuery = ACTIVE_ALIAS,
) -> Response:
    """The cluster categories of the active definition set (or of ``definition_set``)."""
    result = await service.list_definitions(version, DefinitionKind.CATEGORY, page)
    return json_with_etag(request, result, DefinitionPage, max_age=_max_age(version))


@shortcuts.get(
    "/v1/emerging-industries",
    response_model=DefinitionPage,
    tags=["emerging-industries"],
    responses=_READ_PROBLEMS,
)
async def list_emerging_industries(
    request: Request,
    service: DefinitionServiceDep,
    page: PageDep,
    version: SetQuery = ACTIVE_ALIAS,
) -> Response:
    """The emerging industries of the active definition set (or of ``definition_set``), with
    their NACE codes. The figures the Observatory published in 2014 for the same industries,
    on its own definitions, are under /v1/emerging-industries/figures."""
    result = await service.list_definitions(version, DefinitionKind.EMERGING_INDUSTRY, page)
    return json_with_etag(request, result, DefinitionPage, max_age=_max_age(version))


router.include_router(sets)
router.include_router(shortcuts)
