from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

from fastapi import Request
from sqlalchemy import RowMapping
from starlette.responses import StreamingResponse

from eco_api.definitions.repository import DefinitionRepository, DefinitionWriteRepository
from eco_api.definitions.schemas import (
    DefinitionCodeRead,
    DefinitionFilter,
    DefinitionKind,
    DefinitionPage,
    DefinitionRead,
    DefinitionSetPage,
    DefinitionSetRead,
    ImportRequest,
)
from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.definitions import store
from eco_core.definitions.content import ACTIVE_ALIAS, SetMetadata, weight_text
from eco_core.definitions.importer import ImportOutcome, detect_format, import_definitions
from eco_core.definitions.parse import CSV_COLUMNS
from eco_core.http.export import ExportFormat, export_response
from eco_core.http.pagination import Int32, PageParams, paginate
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.imports.report import ImportMode
from eco_core.imports.upload import StoredFile
from eco_core.jobs.refresh import request_recommendations_refresh

_EXPORT_CHUNK = 1_000
_NO_ACTIVE_SET = Problem(
    409,
    "No Active Definition Set",
    "No definition set is active; name a version, or activate one.",
    slug="no-active-definition-set",
)


def _named(version: str) -> str | None:
    """``active`` stands for whichever set is active now."""
    return None if version == ACTIVE_ALIAS else version


def _set_read(row: RowMapping) -> DefinitionSetRead:
    return DefinitionSetRead.model_validate(dict(row))


class DefinitionService:
    def __init__(self, repository: DefinitionRepository) -> None:
        self.repository = repository

    async def _set(self, version: str) -> RowMapping:
        row = await self.repository.get_set(_named(version))
        if row is None:
            if version == ACTIVE_ALIAS:
                raise _NO_ACTIVE_SET
            raise not_found("definition set", version)
        return row

    async def get_set(self, version: str) -> DefinitionSetRead:
        return _set_read(await self._set(version))

    async def list_sets(self, page: PageParams) -> DefinitionSetPage:
        rows = await self.repository.list_sets(after=page.key(Int32), limit=page.limit)
        items, cursor = paginate(rows, page, lambda r: (r["id"],))
        return DefinitionSetPage(items=[_set_read(r) for r in items], next_cursor=cursor)

    async def list_definitions(
        self, version: str, kind: DefinitionKind | None, page: PageParams
    ) -> DefinitionPage:
        found = await self._set(version)
        where = DefinitionFilter(set_id=found["id"], kind=kind)
        rows = await self.repository.list_definitions(
            where, after=page.key(str, str), limit=page.limit
        )
        items, cursor = paginate(rows, page, lambda r: (r["kind"], r["slug"]))
        return DefinitionPage(
            items=await self._with_codes(found, items),
            next_cursor=cursor,
            definition_set=found["version"],
        )

    async def get_definition(self, version: str, kind: DefinitionKind, slug: str) -> DefinitionRead:
        found = await self._set(version)
        row = await self.repository.get_definition(found["id"], kind.value, slug)
        if row is None:
            raise not_found(f"{kind.value} in definition set {found['version']}", slug)
        return (await self._with_codes(found, [row]))[0]

    async def _with_codes(
        self, found: RowMapping, rows: Sequence[RowMapping]
    ) -> list[DefinitionRead]:
        keys = [(r["kind"], r["slug"]) for r in rows]
        codes: dict[tuple[str, str], list[DefinitionCodeRead]] = {key: [] for key in keys}
        for code in await self.repository.codes_of(found["id"], keys):
            codes[(code["kind"], code["slug"])].append(DefinitionCodeRead.model_validate(code))
        return [
            DefinitionRead(
                definition_set=found["version"],
                kind=DefinitionKind(r["kind"]),
                slug=r["slug"],
                name=r["name"],
                description=r["description"],
                codes=codes[(r["kind"], r["slug"])],
            )
            for r in rows
        ]

    async def export(
        self, version: str, kind: DefinitionKind | None, fmt: ExportFormat
    ) -> StreamingResponse:
        """CSV as the upload takes it (so a download can be edited and uploaded again);
        JSON and NDJSON as definitions with their codes, which the upload takes too."""
        found = await self._set(version)
        where = DefinitionFilter(set_id=found["id"], kind=kind)
        rows = self._flat_rows(where) if fmt is ExportFormat.CSV else self._nested_rows(where)
        return export_response(rows, CSV_COLUMNS, fmt, f"definitions-{found['version']}")

    async def _flat_rows(self, where: DefinitionFilter) -> AsyncIterator[Mapping[str, Any]]:
        # The body streams after the request's dependencies have ended; the read connection
        # then opens again on first use, and is closed here when the stream ends.
        try:
            after: list[Any] | None = None
            while True:
                chunk = await self.repository.export_rows(where, after=after, limit=_EXPORT_CHUNK)
                for row in chunk:
                    yield {
                        "kind": row["kind"],
                        "slug": row["slug"],
                        "name": row["name"],
                        "nace_code": row["nace_code"],
                        "weight": weight_text(row["weight"]),
                        "description": row["description"],
                    }
                if len(chunk) < _EXPORT_CHUNK:
                    return
                last = chunk[-1]
                after = [last["kind"], last["slug"], last["nace_code"]]
        finally:
            await self.repository.close()

    async def _nested_rows(self, where: DefinitionFilter) -> AsyncIterator[Mapping[str, Any]]:
        try:
            after: list[Any] | None = None
            while True:
                chunk = await self.repository.list_definitions(
                    where, after=after, limit=_EXPORT_CHUNK
                )
                page = chunk[:_EXPORT_CHUNK]
                keys = [(r["kind"], r["slug"]) for r in page]
                codes: dict[tuple[str, str], list[dict[str, Any]]] = {key: [] for key in keys}
                for code in await self.repository.codes_of(where.set_id, keys):
                    codes[(code["kind"], code["slug"])].append(
                        {"nace": code["nace_code"], "weight": code["weight"]}
                    )
                for row in page:
                    yield {
                        "kind": row["kind"],
                        "slug": row["slug"],
                        "name": row["name"],
                        "description": row["description"],
                        "codes": codes[(row["kind"], row["slug"])],
                    }
                if len(chunk) <= _EXPORT_CHUNK:
                    return
                after = [page[-1]["kind"], page[-1]["slug"]]
        finally:
            await self.repository.close()


class DefinitionWriteService(DefinitionService):
    repository: DefinitionWriteRepository

    def __init__(self, repository: DefinitionWriteRepository, request: Request) -> None:
        super().__init__(repository)
        self.repository = repository
        self.request = request

    @staticmethod
    def check_new_version(version: str) -> None:
        if version == ACTIVE_ALIAS:
            raise Problem(
                422,
                "Unprocessable Content",
                f"'{ACTIVE_ALIAS}' names whichever set is active and cannot be a version.",
                slug="validation-error",
                errors=[FieldError(field="query.version", message="reserved", type="value_error")],
            )

    async def import_file(
        self, principal: Principal, stored: StoredFile, wanted: ImportRequest
    ) -> ImportOutcome:
        self.check_new_version(wanted.version)
        meta = SetMetadata(
            version=wanted.version,
            title=wanted.title or wanted.version,
            description=wanted.description,
            source=wanted.source or "Uploaded definition set",
        )
        outcome = await import_definitions(
            await self.repository.connection(),
            stored,
            meta,
            fmt=detect_format(stored, wanted.content_type),
            mode=ImportMode(wanted.mode),
            account_id=principal.account_id,
        )
        if outcome.created:
            report = outcome.report
            audit.record(
                self.repository.session,
                self.request,
                principal,
                action="import",
                resource_type="definition_set",
                resource_id=wanted.version,
                details={
                    "import_id": str(report.import_id),
                    "mode": report.mode.value,
                    "sha256": report.sha256,
                    "rows_read": report.rows_read,
                    "rows_invalid": report.rows_invalid,
                    "inserted": report.inserted,
                },
            )
        return outcome

    async def activate(self, principal: Principal, version: str) -> DefinitionSetRead:
        found = await self._set(version)
        activation = await store.activate(await self.repository.connection(), found["id"])
        if activation.changed:
            audit.record(
                self.repository.session,
                self.request,
                principal,
                action="activate",
                resource_type="definition_set",
                resource_id=found["version"],
                details={"previous_version": activation.previous_version},
            )
            # Cluster profiles for matchmaking are built from the active set's codes.
            await request_recommendations_refresh(self.repository.session, "definition_set")
        return await self.get_set(found["version"])
