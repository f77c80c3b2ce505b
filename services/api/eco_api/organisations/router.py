from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from starlette.responses import Response

from eco_api.organisations.dependencies import (
    ClustersRead,
    ClustersWrite,
    OrganisationExportDep,
    OrganisationServiceDep,
    OrganisationWriteServiceDep,
)
from eco_api.organisations.schemas import (
    EXPORT_COLUMNS,
    Label,
    OrganisationCreate,
    OrganisationFilter,
    OrganisationPage,
    OrganisationPrivatePage,
    OrganisationPrivateRead,
    OrganisationRead,
    OrganisationUpdate,
)
from eco_api.organisations.service import private_etag
from eco_core.auth.principal import OptionalPrincipal
from eco_core.http.etag import dump_json, json_bytes_with_etag, json_with_etag, serialise
from eco_core.http.export import ExportFormatQuery, export_response
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.links import Link, from_body, from_path, links
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES, FieldError, Problem
from eco_core.imports.report import ImportMode, ImportReport
from eco_core.imports.upload import store_stream
from eco_core.organisations.codes import normalise_nace
from eco_core.organisations.records import FileFormat
from eco_core.types import NUTS_PATTERN

router = APIRouter(
    prefix="/v1/organisations",
    tags=["organisations"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403)},
)

# Profiles change when their owners edit them: public answers are reusable only briefly.
PROFILE_MAX_AGE = 15
# The single profile shows more to its owner, so caches must key it by the caller's key.
VARY_BY_CALLER = "Authorization, X-API-Key"
SLUG_QUERY = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _responses(*statuses: int, precondition: bool = False) -> dict[int | str, dict[str, Any]]:
    documented: dict[int | str, dict[str, Any]] = {s: PROBLEM_RESPONSES[s] for s in statuses}
    if precondition:
        documented[412] = {
            **PROBLEM_RESPONSES[409],
            "description": "If-Match does not match the current revision",
        }
    return documented


OrganisationRef = Annotated[
    str,
    Path(
        pattern=r"^[A-Za-z0-9-]{1,80}$",
        description="The organisation's id or slug",
        examples=["plastipolis"],
    ),
]
IfMatch = Annotated[
    str | None,
    Header(
        max_length=200,
        description="The ETag of the owner's view, or the revision number: 412 if it changed",
    ),
]


async def organisation_filter(
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Full-text search in name, description, offers and needs; accents "
            "and case do not matter; results best match first",
        ),
    ] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$", examples=["FR"])] = None,
    region: Annotated[
        str | None,
        Query(
            pattern=NUTS_PATTERN,
            description="NUTS code; includes organisations in its sub-regions",
            examples=["FRK"],
        ),
    ] = None,
    category: Annotated[str | None, Query(pattern=SLUG_QUERY, max_length=80)] = None,
    emerging_industry: Annotated[str | None, Query(pattern=SLUG_QUERY, max_length=80)] = None,
    label: Annotated[Label | None, Query(description="European Cluster Excellence label")] = None,
    demo: Annotated[bool | None, Query(description="true: demonstration data only")] = None,
    nace: Annotated[
        str | None,
        Query(
            max_length=8,
            description="NACE Rev. 2 code (22.22 or C2222): profiles listing it, a code "
            "below it, or the division or group above it",
        ),
    ] = None,
) -> OrganisationFilter:
    nace_code = None
    if nace is not None:
        nace_code = normalise_nace(nace)
        if nace_code is None:
            raise Problem(
                422,
                "Unprocessable Content",
                f"{nace!r} is not a NACE Rev. 2 code.",
                slug="validation-error",
                errors=[FieldError(field="query.nace", message="not a NACE code", type="nace")],
            )
    return OrganisationFilter(
        q=q,
        country_code=country,
        region_id=region,
        category=category,
        emerging_industry=emerging_industry,
        label=label,
        demo=demo,
        nace=nace_code,
    )


FilterDep = Annotated[OrganisationFilter, Depends(organisation_filter)]


# What a client does next with the revision it holds: edit or delete it, with If-Match.
_EDITS_OF_THIS_REVISION = {
    name: Link(
        operation,
        {**from_path("organisation_ref"), "header.if-match": "$response.header.ETag"},
    )
    for name, operation in (
        ("UpdateOrganisation", "update_organisation"),
        ("DeleteOrganisation", "delete_organisation"),
    )
}


@router.get("", response_model=OrganisationPage)
async def list_organisations(
    request: Request, service: OrganisationServiceDep, page: PageDep, where: FilterDep
) -> Response:
    """Public profiles (no contact fields), by name, or best match first with ``q``.

    A public answer: it may be up to 15 seconds old (``Cache-Control: max-age=15``)."""
    result = await service.list(where, page)
    return json_bytes_with_etag(request, dump_json(result), max_age=PROFILE_MAX_AGE)


@router.post(
    "",
    response_model=OrganisationPrivateRead,
    status_code=201,
    responses={
        **{status: PROBLEM_RESPONSES[status] for status in (409, 422)},
        **links(
            201,
            GetOrganisation=Link("get_organisation", from_body("organisation_ref")),
            UpdateOrganisation=Link("update_organisation", from_body("organisation_ref")),
            DeleteOrganisation=Link("delete_organisation", from_body("organisation_ref")),
        ),
    },
)
async def create_organisation(
    data: OrganisationCreate,
    principal: ClustersWrite,
    service: OrganisationWriteServiceDep,
    idempotency: IdempotencyDep,
) -> Response:
    """Create a profile owned by the calling account. A partner portal creates one on
    behalf of a cluster: it owns it until it hands it to the cluster's own account
    (``PUT …/owner``), and then stays on as a manager until the new owner revokes it."""
    return await idempotency.run(
        lambda: service.create(principal, data),
        location=lambda o: f"/v1/organisations/{o.id}",
    )


@router.get("/mine", response_model=OrganisationPrivatePage)
async def list_my_organisations(
    request: Request, principal: ClustersRead, service: OrganisationServiceDep, page: PageDep
) -> Response:
    """The profiles the calling account owns or manages, contact fields included
    (``owner_account_id`` tells which are its own)."""
    result = await service.mine(principal, page)
    return json_with_etag(request, result, OrganisationPrivatePage, max_age=0, public=False)


@router.get(
    "/export",
    response_class=Response,
    responses={
        200: {
            "description": "The filtered list as CSV, JSON or NDJSON, streamed",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/json": {
                    "schema": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/OrganisationRead"},
                    }
                },
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        }
    },
)
async def export_organisations(
    service: OrganisationExportDep, where: FilterDep, fmt: ExportFormatQuery
) -> Response:
    """Every public profile the filters select, in list order; CSV lists are "|"-separated
    and the file imports back unchanged."""
    return export_response(service.export_rows(where), EXPORT_COLUMNS, fmt, "organisations")


_IMPORT_BODY = {
    "required": True,
    "content": {
        media: {"schema": {"type": "string", "format": "binary"}}
        for media in ("text/csv", "application/json", "application/x-ndjson")
    },
}
_MEDIA_FORMATS = {
    "text/csv": FileFormat.CSV,
    "application/json": FileFormat.JSON,
    "application/x-ndjson": FileFormat.NDJSON,
}


@router.post(
    "/imports",
    response_model=ImportReport,
    responses={422: PROBLEM_RESPONSES[422]},
    openapi_extra={"requestBody": _IMPORT_BODY},
)
async def import_organisations(
    request: Request,
    principal: ClustersWrite,
    service: OrganisationWriteServiceDep,
    mode: Annotated[
        ImportMode,
        Query(
            description="all_or_nothing: any invalid row refuses the file; skip_invalid: "
            "valid rows are written, the others reported"
        ),
    ] = ImportMode.ALL_OR_NOTHING,
    file_format: Annotated[
        FileFormat | None,
        Query(alias="format", description="csv, json or ndjson; else from Content-Type"),
    ] = None,
    filename: Annotated[
        str | None, Query(max_length=255, description="Recorded with the import run")
    ] = None,
) -> ImportReport:
    """Create or update profiles by slug from a CSV (the export's columns) or JSON file.

    The whole file is checked first; the report names row, column and problem. Rows become
    owned by the calling account; a slug another account owns is a problem of its row,
    unless the calling account manages that organisation.
    Importing the same file again changes nothing.
    """
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    fmt = file_format or _MEDIA_FORMATS.get(media)
    stored = await store_stream(request.stream(), filename=filename)
    try:
        return await service.import_file(principal, stored, fmt, mode)
    finally:
        stored.path.unlink(missing_ok=True)


@router.get(
    "/{organisation_ref}",
    # The private view first: generated clients try the members in order, and the public
    # view would also take a private answer (its extra fields as additional properties).
    response_model=OrganisationPrivateRead | OrganisationRead,
    responses={404: PROBLEM_RESPONSES[404], **links(200, **_EDITS_OF_THIS_REVISION)},
)
async def get_organisation(
    request: Request,
    organisation_ref: OrganisationRef,
    service: OrganisationServiceDep,
    principal: OptionalPrincipal,
) -> Response:
    """A profile by id or slug. Its owner, its managers and administrators also see the
    contact fields."""
    result = await service.get(organisation_ref, principal)
    if isinstance(result, OrganisationPrivateRead):
        response = json_with_etag(request, result, OrganisationPrivateRead, max_age=0, public=False)
    else:
        response = json_with_etag(request, result, OrganisationRead, max_age=PROFILE_MAX_AGE)
    response.headers["Vary"] = VARY_BY_CALLER
    return response


@router.patch(
    "/{organisation_ref}",
    response_model=OrganisationPrivateRead,
    responses={
        **_responses(404, 409, 422, precondition=True),
        **links(
            200,
            GetOrganisation=Link("get_organisation", from_path("organisation_ref")),
            **_EDITS_OF_THIS_REVISION,
        ),
    },
)
async def update_organisation(
    organisation_ref: OrganisationRef,
    data: OrganisationUpdate,
    principal: ClustersWrite,
    service: OrganisationWriteServiceDep,
    if_match: IfMatch = None,
) -> Response:
    """Change the fields sent (owner, manager or administrator); the revision goes up by
    one."""
    result = await service.update(principal, organisation_ref, data, if_match)
    return Response(
        serialise(result, OrganisationPrivateRead),
        media_type="application/json",
        headers={"ETag": private_etag(result), "Cache-Control": "private, max-age=0"},
    )


@router.delete(
    "/{organisation_ref}",
    status_code=204,
    response_class=Response,
    responses=_responses(404, 409, precondition=True),
)
async def delete_organisation(
    organisation_ref: OrganisationRef,
    principal: ClustersWrite,
    service: OrganisationWriteServiceDep,
    if_match: IfMatch = None,
) -> Response:
    """Delete a profile (owner or administrator; a manager gets 403 ``owner-only``)."""
    await service.delete(principal, organisation_ref, if_match)
    return Response(status_code=204)
