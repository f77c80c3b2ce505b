from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi import Request
from sqlalchemy import RowMapping

from eco_api.organisations.repository import (
    OrganisationReadRepository,
    OrganisationWriteRepository,
    sort_key,
)
from eco_api.organisations.schemas import (
    EXPORT_COLUMNS,
    OrganisationCreate,
    OrganisationFilter,
    OrganisationPrivatePage,
    OrganisationPrivateRead,
    OrganisationRead,
    OrganisationUpdate,
)
from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.http.etag import etag_for, serialise
from eco_core.http.pagination import PageParams, paginate
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.imports.errors import ImportRejected, refuse_file
from eco_core.imports.report import ImportMode, ImportReport
from eco_core.imports.upload import StoredFile, open_text
from eco_core.jobs.refresh import (
    request_recommendations_refresh,
    request_recommendations_update,
)
from eco_core.models import ImportRun
from eco_core.organisations import delegation
from eco_core.organisations import profile as fields
from eco_core.organisations.delegation import Standing
from eco_core.organisations.plan import (
    merge_rows,
    plan_import,
    read_rows,
    references,
    slugs_of,
)
from eco_core.organisations.profile import Profile
from eco_core.organisations.records import FileFormat, FileRefused, read_records, sniff_format
from eco_core.organisations.rules import (
    Checked,
    Issue,
    referenced_nace,
    referenced_regions,
    slug_from_name,
    validate_profile,
)
from eco_core.webhooks.outbox import Event

IMPORT_KIND = "organisations"


def parse_ref(value: str) -> uuid.UUID | str:
    """An organisation is addressed by its id or its slug (slugs never look like ids)."""
    try:
        return uuid.UUID(value)
    except ValueError:
        return value


def _cursor(page: PageParams, where: OrganisationFilter) -> tuple[Any, ...] | None:
    # Ranked by relevance with a query, else by name; ties broken by id.
    return page.key(float, uuid.UUID) if where.q is not None else page.key(str, uuid.UUID)


def _public(row: Mapping[Any, Any]) -> OrganisationRead:
    return OrganisationRead.model_validate(dict(row))


# OrganisationRead's stored fields in its JSON order; pydantic writes computed fields last.
PUBLIC_FIELDS = tuple(OrganisationRead.model_fields)


def public_fields(row: Mapping[Any, Any]) -> dict[str, Any]:
    """A public profile as OrganisationRead writes it, from a row of our own database
    (whose types and checks already hold what the model would validate): for the public
    list, the hottest read, which skips building a model per row."""
    document = {name: row.get(name) for name in PUBLIC_FIELDS}
    document["members_total"] = (
        row["members_smes"]
        + row["members_large_firms"]
        + row["members_research"]
        + row["members_others"]
    )
    return document


def _private(row: Mapping[Any, Any]) -> OrganisationPrivateRead:
    return OrganisationPrivateRead.model_validate(dict(row))


def private_etag(view: OrganisationPrivateRead) -> str:
    return etag_for(serialise(view, OrganisationPrivateRead))


class OrganisationService:
    """Public reads: every caller sees public fields; owners and administrators see more."""

    def __init__(self, repository: OrganisationReadRepository) -> None:
        self.repository = repository

    async def list(self, where: OrganisationFilter, page: PageParams) -> dict[str, Any]:
        """An OrganisationPage as its model writes it."""
        rows = await self.repository.list(where, after=_cursor(page, where), limit=page.limit)
        items, cursor = paginate(rows, page, lambda r: sort_key(r, where))
        return {"items": [public_fields(r) for r in items], "next_cursor": cursor}

    async def mine(self, principal: Principal, page: PageParams) -> OrganisationPrivatePage:
        where = OrganisationFilter(acting_account_id=principal.account_id)
        rows = await self.repository.list(where, after=_cursor(page, where), limit=page.limit)
        items, cursor = paginate(rows, page, lambda r: sort_key(r, where))
        return OrganisationPrivatePage(items=[_private(r) for r in items], next_cursor=cursor)

    async def get(
        self, ref: str, principal: Principal | None
    ) -> OrganisationRead | OrganisationPrivateRead:
        row = await self.repository.get(parse_ref(ref))
        if row is None:
            raise not_found("organisation", ref)
        acting = await delegation.standing(
            self.repository.connection, principal, row["id"], row["owner_account_id"]
        )
        return _public(row) if acting is None else _private(row)

    async def export_rows(self, where: OrganisationFilter) -> AsyncIterator[dict[str, Any]]:
        async for row in self.repository.each(where):
            public = _public(row).model_dump()
            yield {column: public[column] for column in EXPORT_COLUMNS}


def _problem(issues: list[Issue] | tuple[Issue, ...], prefix: str = "body") -> Problem:
    errors = [
        FieldError(field=f"{prefix}.{i.field}", message=i.message, type="profile") for i in issues
    ]
    return Problem(
        422,
        "Unprocessable Content",
        f"The profile breaks {len(errors)} rule(s): " + ", ".join(e.field for e in errors),
        slug="validation-error",
        errors=errors,
    )


def _slug_taken(slug: str) -> Problem:
    return Problem(
        409,
        "Conflict",
        f"An organisation with slug {slug!r} already exists; choose another slug.",
        slug="conflict",
        errors=[FieldError(field="body.slug", message="already taken", type="unique")],
    )


def _as_profile_values(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


def _profile_of(row: Mapping[Any, Any]) -> Profile:
    return Profile(**_as_profile_values({f: row[f] for f in fields.PROFILE_FIELDS}))


def _if_match_holds(header: str | None, revision: int, etag: str) -> bool:
    """If-Match takes the ETag of the owner's view or the bare revision number."""
    if header is None or header.strip() == "*":
        return True
    wanted = {etag.removeprefix("W/").strip('"'), str(revision)}
    offered = {tag.strip().removeprefix("W/").strip('"') for tag in header.split(",")}
    return bool(wanted & offered)


def _precondition_failed() -> Problem:
    return Problem(
        412,
        "Precondition Failed",
        "The organisation changed since you read it (If-Match); read it again and retry.",
        slug="precondition-failed",
    )


class OrganisationWriteService:
    def __init__(self, repository: OrganisationWriteRepository, request: Request) -> None:
        self.repository = repository
        self.request = request

    @property
    def _reference_root(self) -> Path:
        # Where the shipped category names are, for when no definition set is active yet.
        root: Path = self.request.app.state.settings.reference_data_dir
        return root

    async def _check(self, profile: Profile) -> Checked:
        context = await self.repository.context_for(
            referenced_regions([profile]), referenced_nace([profile]), self._reference_root
        )
        checked = validate_profile(profile, context)
        if not checked.ok:
            raise _problem(checked.issues)
        return checked

    async def _acted_for(
        self, principal: Principal, ref: str, *, governing: str | None = None
    ) -> tuple[RowMapping, Standing]:
        """The row, locked, and the caller's standing: 404 for those who do not act for it,
        403 for a manager when ``governing`` names what only the owner does."""
        row = await self.repository.read(parse_ref(ref), lock=True)
        return await delegation.required_standing(
            self.repository.session, principal, row, ref, governing=governing
        )

    async def _read_back(self, organisation_id: uuid.UUID) -> OrganisationPrivateRead:
        row = await self.repository.read(organisation_id)
        assert row is not None
        return _private(row)

    def _audit(
        self,
        principal: Principal,
        action: str,
        organisation_id: uuid.UUID,
        acting: Standing,
        **details: Any,
    ) -> None:
        audit.record(
            self.repository.session,
            self.request,
            principal,
            action=action,
            resource_type="organisation",
            resource_id=organisation_id,
            details=details,
            organisation_id=organisation_id,
            acting_as=acting.value,
        )

    async def _emit(
        self, event: str, organisation_id: uuid.UUID, owner: uuid.UUID, payload: dict[str, Any]
    ) -> None:
        """To the owner's webhooks and its managers'."""
        await delegation.notify(
            self.repository.session,
            [(organisation_id, owner, Event(owner, f"organisation.{event}", payload))],
        )
        # One organisation: its rows and columns are rescored (imports recompute in full).
        await request_recommendations_update(self.repository.session, f"organisation.{event}")

    async def create(
        self, principal: Principal, data: OrganisationCreate
    ) -> OrganisationPrivateRead:
        values = _as_profile_values(data.model_dump())
        values["slug"] = data.slug or slug_from_name(data.name)
        values["nuts_version"] = int(data.nuts_version)
        checked = await self._check(Profile(**values))
        profile = checked.profile
        if await self.repository.slug_taken(profile.slug):
            raise _slug_taken(profile.slug)
        new_id = await self.repository.insert(
            {**profile.as_row(), "id": uuid.uuid4(), "owner_account_id": principal.account_id}
        )
        if new_id is None:  # lost a race for the slug
            raise _slug_taken(profile.slug)
        created = await self._read_back(new_id)
        self._audit(principal, "create", new_id, Standing.OWNER, slug=profile.slug)
        await self._emit(
            "created",
            new_id,
            principal.account_id,
            {"organisation_id": str(new_id), "slug": profile.slug, "revision": created.revision},
        )
        return created

    async def update(
        self, principal: Principal, ref: str, data: OrganisationUpdate, if_match: str | None
    ) -> OrganisationPrivateRead:
        row, acting = await self._acted_for(principal, ref)
        current = _private(row)
        if not _if_match_holds(if_match, current.revision, private_etag(current)):
            raise _precondition_failed()
        changes = _as_profile_values(data.model_dump(exclude_unset=True))
        if "nuts_version" in changes:
            changes["nuts_version"] = int(changes["nuts_version"])
        cleared = [f for f in fields.REQUIRED_FIELDS if f in changes and changes[f] is None]
        if cleared:
            raise _problem([Issue(f, "cannot be removed") for f in cleared])
        if ("region_id" in changes or "nuts_version" in changes) and "country_code" not in changes:
            changes["country_code"] = None  # follows the new region
        checked = await self._check(replace(_profile_of(row), **changes))
        new_values = checked.profile.as_row()
        changed = {k: v for k, v in new_values.items() if v != row[k]}
        if not changed:
            return current
        if changed.keys() & {"excellence_label", "label_date"} and row["label_valid_until"]:
            # A label the owner states is not the one an assessment awarded with a validity.
            changed["label_valid_until"] = None
        if "slug" in changed and await self.repository.slug_taken(changed["slug"]):
            raise _slug_taken(changed["slug"])
        if not await self.repository.update(row["id"], changed):
            raise _slug_taken(str(changed.get("slug")))
        updated = await self._read_back(row["id"])
        names = sorted(changed)
        self._audit(principal, "update", row["id"], acting, slug=updated.slug, changed=names)
        await self._emit(
            "updated",
            row["id"],
            row["owner_account_id"],
            {
                "organisation_id": str(row["id"]),
                "slug": updated.slug,
                "revision": updated.revision,
                "changed": names,
            },
        )
        return updated

    async def delete(self, principal: Principal, ref: str, if_match: str | None) -> None:
        row, acting = await self._acted_for(principal, ref, governing="delete it")
        current = _private(row)
        if not _if_match_holds(if_match, current.revision, private_etag(current)):
            raise _precondition_failed()
        # Told before the delete: the organisation's managers go with it.
        await self._emit(
            "deleted",
            row["id"],
            row["owner_account_id"],
            {"organisation_id": str(row["id"]), "slug": row["slug"]},
        )
        if not await self.repository.delete(row["id"]):
            raise Problem(
                409,
                "Conflict",
                "The organisation is still referenced (e.g. registered at an event).",
                slug="conflict",
            )
        self._audit(principal, "delete", row["id"], acting, slug=row["slug"])

    async def import_file(
        self, principal: Principal, stored: StoredFile, fmt: FileFormat | None, mode: ImportMode
    ) -> ImportReport:
        try:
            if fmt is None:
                with open_text(stored.path) as text:
                    fmt = sniff_format(text.read(4096))
            with open_text(stored.path) as text:
                rows = read_rows(read_records(text, fmt))
        except UnicodeDecodeError:
            raise refuse_file(
                IMPORT_KIND, IMPORT_KIND, stored.sha256, "the file is not UTF-8 text"
            ) from None
        except FileRefused as refused:
            raise refuse_file(
                IMPORT_KIND, IMPORT_KIND, stored.sha256, refused.problem, refused.row
            ) from None

        existing = await self.repository.existing(slugs_of(rows))
        merged = merge_rows(rows, {slug: found.profile for slug, found in existing.items()})
        regions, nace = references(merged)
        context = await self.repository.context_for(regions, nace, self._reference_root)
        # A manager's rows update the profiles it manages as the owner's would.
        managed = await self.repository.managed_slugs(principal.account_id, list(existing))
        plan = plan_import(
            merged,
            context,
            slug_owners={
                slug: principal.account_id if slug in managed else found.owner_account_id
                for slug, found in existing.items()
            },
            caller=principal.account_id,
            may_write_any=principal.is_admin,
        )
        report = ImportReport(
            kind=IMPORT_KIND,
            target=IMPORT_KIND,
            mode=mode,
            sha256=stored.sha256,
            rows_read=plan.rows_read,
            rows_valid=len(plan.valid),
            rows_invalid=plan.rows_invalid,
        )
        plan.log.fill(report)
        if plan.log and mode is ImportMode.ALL_OR_NOTHING:
            raise ImportRejected(report)

        written = await self.repository.upsert(
            [profile for _, profile in plan.valid],
            owner_id=principal.account_id,
            may_write_any=principal.is_admin,
        )
        report.inserted = sum(w.inserted for w in written)
        report.updated = len(written) - report.inserted
        report.unchanged = len(plan.valid) - len(written)
        report.written = bool(written)
        if not written:
            return report  # nothing changed: no run to record, no event to send

        report.import_id = uuid.uuid4()
        await self.repository.record_import(
            ImportRun(
                id=report.import_id,
                kind=IMPORT_KIND,
                account_id=principal.account_id,
                target=IMPORT_KIND,
                filename=stored.filename,
                sha256=stored.sha256,
                mode=mode.value,
                rows_read=report.rows_read,
                rows_invalid=report.rows_invalid,
                inserted=report.inserted,
                updated=report.updated,
                unchanged=report.unchanged,
                report=report.model_dump(mode="json"),
            )
        )
        audit.record(
            self.repository.session,
            self.request,
            principal,
            action="import",
            resource_type="organisation_import",
            resource_id=report.import_id,
            details={
                "sha256": stored.sha256,
                "inserted": report.inserted,
                "updated": report.updated,
                "rows_invalid": report.rows_invalid,
            },
        )
        if written:
            await request_recommendations_refresh(self.repository.session, "organisation.import")
        await delegation.notify(
            self.repository.session,
            [
                (
                    w.id,
                    w.owner_account_id,
                    Event(
                        w.owner_account_id,
                        "organisation.created" if w.inserted else "organisation.updated",
                        {
                            "organisation_id": str(w.id),
                            "slug": w.slug,
                            "revision": w.revision,
                            "import_id": str(report.import_id),
                        },
                    ),
                )
                for w in written
            ],
        )
        return report
