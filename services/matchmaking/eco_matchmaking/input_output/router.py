from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from starlette.responses import Response

from eco_core.http.problems import PROBLEM_RESPONSES
from eco_matchmaking.input_output.dependencies import InputOutput, ReferenceWrite
from eco_matchmaking.input_output.schemas import InputOutputFlowPage, InputOutputTableRead

router = APIRouter(
    prefix="/v1/input-output-tables",
    tags=["input-output"],
    responses={status: PROBLEM_RESPONSES[status] for status in (404,)},
)

TableCode = Annotated[str, Path(min_length=1, max_length=80, examples=["naio_10_cp1700-HU-2020"])]
Division = Annotated[str | None, Query(pattern=r"^\d{2}$", description="A NACE division")]

_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "text/csv": {"schema": {"type": "string", "format": "binary"}},
            "text/tab-separated-values": {"schema": {"type": "string", "format": "binary"}},
        },
    }
}


@router.get("", response_model=list[InputOutputTableRead])
async def list_input_output_tables(service: InputOutput) -> list[InputOutputTableRead]:
    return await service.list()


@router.post(
    "/imports",
    response_model=InputOutputTableRead,
    status_code=201,
    openapi_extra=_UPLOAD_BODY,
    responses={
        200: {
            "model": InputOutputTableRead,
            "description": "The same file again: the table it made",
        },
        **{s: PROBLEM_RESPONSES[s] for s in (401, 403, 409, 413, 422)},
    },
)
async def import_input_output_table(
    principal: ReferenceWrite,
    service: InputOutput,
    code: Annotated[str, Query(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9_.-]+$")],
    geo: Annotated[str | None, Query(pattern=r"^[A-Z]{2}[A-Z0-9]{0,6}$")] = None,
    year: Annotated[int | None, Query(ge=1990, le=2100)] = None,
    source: Annotated[str, Query(max_length=500)] = "Eurostat naio_10_cp1700",
    activate: bool = False,
) -> Response:
    """Import a symmetric input-output table, product by product, in Eurostat's
    ``naio_10_cp1700`` layout: the bulk TSV (give ``geo``, and ``year`` unless the latest
    is meant) or a wide CSV with ``prod_na`` rows and a ``P1`` output row (give ``geo`` and
    ``year``). It is restated between NACE divisions and stored; activating it makes
    recommendations use it (they are recomputed). A broken file gets 422 with the line and
    column, and nothing is written."""
    table, created = await service.import_table(
        principal, code=code, geo=geo, year=year, source=source, activate=activate
    )
    return Response(
        table.model_dump_json(),
        status_code=201 if created else 200,
        media_type="application/json",
        headers={"Location": f"/v1/input-output-tables/{table.code}"},
    )


@router.get("/{code}", response_model=InputOutputTableRead)
async def get_input_output_table(code: TableCode, service: InputOutput) -> InputOutputTableRead:
    return await service.get(code)


@router.post(
    "/{code}/activate",
    response_model=InputOutputTableRead,
    responses={s: PROBLEM_RESPONSES[s] for s in (401, 403)},
)
async def activate_input_output_table(
    code: TableCode, principal: ReferenceWrite, service: InputOutput
) -> InputOutputTableRead:
    """Make this the table recommendations use; a recompute is queued."""
    return await service.activate(principal, code)


@router.get("/{code}/flows", response_model=InputOutputFlowPage)
async def list_input_output_flows(
    code: TableCode,
    service: InputOutput,
    supplier: Division = None,
    buyer: Division = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> InputOutputFlowPage:
    """The strongest links between divisions, by the share of the buyer's inputs."""
    return await service.flows(code, supplier, buyer, limit)
