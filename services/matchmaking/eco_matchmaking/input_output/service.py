"""Import and activate input-output tables; read their flows between NACE divisions."""

from __future__ import annotations

import contextlib
from typing import Any

from fastapi import Request
from sqlalchemy import RowMapping
from sqlalchemy.exc import IntegrityError

from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.imports.errors import refuse_file
from eco_core.imports.upload import open_text, store_stream
from eco_core.io_tables.parse import ParsedTable, TableRefused, parse_any
from eco_core.io_tables.store import TableMeta, insert_table
from eco_core.jobs.refresh import request_recommendations_refresh
from eco_matchmaking.input_output.repository import InputOutputRepository
from eco_matchmaking.input_output.schemas import (
    InputOutputFlowPage,
    InputOutputFlowRead,
    InputOutputTableRead,
)

IMPORT_KIND = "input_output_table"


def _read(row: RowMapping) -> InputOutputTableRead:
    return InputOutputTableRead.model_validate({k: v for k, v in row.items() if k != "id"})


class InputOutputService:
    def __init__(self, repository: InputOutputRepository, request: Request | None = None) -> None:
        self.repository = repository
        self.request = request

    async def list(self) -> list[InputOutputTableRead]:
        return [_read(r) for r in await self.repository.list()]

    async def _table(self, code: str) -> RowMapping:
        row = await self.repository.get(code)
        if row is None:
            raise not_found("input-output table", code)
        return row

    async def get(self, code: str) -> InputOutputTableRead:
        return _read(await self._table(code))

    async def import_table(
        self,
        principal: Principal,
        *,
        code: str,
        geo: str | None,
        year: int | None,
        source: str,
        activate: bool,
    ) -> tuple[InputOutputTableRead, bool]:
        """The table and whether it is new (the same file again is answered with the table
        it made, so a retried upload writes nothing)."""
        assert self.request is not None
        stored = await store_stream(self.request.stream())
        try:
            same = await self.repository.by_checksum(stored.sha256)
            if same is not None:
                return _read(same), False
            try:
                with open_text(stored.path) as handle:
                    parsed = parse_any(handle, geo=geo, year=year)
            except TableRefused as refused:
                raise refuse_file(
                    IMPORT_KIND, code, stored.sha256, str(refused), refused.line
                ) from None
            except UnicodeDecodeError:
                raise refuse_file(
                    IMPORT_KIND, code, stored.sha256, "not a UTF-8 text file"
                ) from None
        finally:
            with contextlib.suppress(OSError):
                stored.path.unlink()
        meta = _meta(parsed, code=code, geo=geo, year=year, source=source, sha256=stored.sha256)
        conn = await self.repository.session.connection()
        try:
            async with self.repository.session.begin_nested():
                await insert_table(conn, parsed, meta, activate=activate)
        except IntegrityError:
            raise Problem(
                409,
                "Conflict",
                f"An input-output table {code!r} exists already; tables are immutable, so "
                "import a new one under another code.",
                slug="table-exists",
                errors=[FieldError(field="query.code", message="already taken", type="conflict")],
            ) from None
        if activate:
            await request_recommendations_refresh(self.repository.session, "input_output_table")
        audit.record(
            self.repository.session,
            self.request,
            principal,
            action="import",
            resource_type="input_output_table",
            resource_id=code,
            details={"activate": activate},
        )
        return await self.get(code), True

    async def activate(self, principal: Principal, code: str) -> InputOutputTableRead:
        row = await self._table(code)
        if not row["is_active"]:
            await self.repository.activate(row["id"])
            await request_recommendations_refresh(self.repository.session, "input_output_table")
            if self.request is not None:
                audit.record(
                    self.repository.session,
                    self.request,
                    principal,
                    action="activate",
                    resource_type="input_output_table",
                    resource_id=code,
                )
        return await self.get(code)

    async def flows(
        self, code: str, supplier: str | None, buyer: str | None, limit: int
    ) -> InputOutputFlowPage:
        row = await self._table(code)
        outputs = await self.repository.outputs(row["id"])
        items = []
        for flow in await self.repository.flows(row["id"], supplier, buyer):
            bought, sold = outputs.get(flow["buyer"], 0.0), outputs.get(flow["supplier"], 0.0)
            items.append(
                InputOutputFlowRead(
                    supplier=flow["supplier"],
                    buyer=flow["buyer"],
                    flow=flow["flow"],
                    input_share=flow["flow"] / bought if bought > 0 else 0.0,
                    output_share=flow["flow"] / sold if sold > 0 else 0.0,
                )
            )
        items.sort(key=lambda f: (-f.input_share, f.supplier, f.buyer))
        return InputOutputFlowPage(table=code, items=items[:limit])


def _meta(parsed: ParsedTable, **given: Any) -> TableMeta:
    geo = parsed.geo or given["geo"]
    year = parsed.year or given["year"]
    missing = [name for name, value in (("geo", geo), ("year", year)) if not value]
    if missing:
        raise Problem(
            422,
            "Unprocessable Content",
            "A wide CSV does not say which country and year it is: give geo and year.",
            slug="validation-error",
            errors=[
                FieldError(field=f"query.{m}", message="required for a wide CSV", type="missing")
                for m in missing
            ],
        )
    return TableMeta(
        code=given["code"],
        dataset=parsed.dataset,
        geo=str(geo),
        year=int(year),
        unit=parsed.unit or "as in the file (not stated)",
        source=given["source"],
        sha256=given["sha256"],
    )
