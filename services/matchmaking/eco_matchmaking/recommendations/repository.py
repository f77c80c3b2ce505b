"""Recommendation runs, stored lists and feedback in the database."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import RowMapping, Table, delete, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.imports.staging import copy_records
from eco_core.models import (
    ClusterOrganisation,
    Definition,
    DefinitionCode,
    DefinitionSet,
    InputOutputTable,
    NaceActivity,
    Recommendation,
    RecommendationFeedback,
    RecommendationProfile,
    RecommendationRun,
    RecommendationUpdate,
)

_run = cast(Table, RecommendationRun.__table__)
_profile = cast(Table, RecommendationProfile.__table__)
_rec = cast(Table, Recommendation.__table__)
_feedback = cast(Table, RecommendationFeedback.__table__)
_org = cast(Table, ClusterOrganisation.__table__)
_code = cast(Table, DefinitionCode.__table__)
_definition = cast(Table, Definition.__table__)
_nace = cast(Table, NaceActivity.__table__)
_set = cast(Table, DefinitionSet.__table__)
_io = cast(Table, InputOutputTable.__table__)
_update = cast(Table, RecommendationUpdate.__table__)

ORGANISATION_COLUMNS = (
    _org.c.id,
    _org.c.slug,
    _org.c.name,
    _org.c.country_code,
    _org.c.region_id,
    _org.c.nace_codes,
    _org.c.category_slugs,
    _org.c.emerging_industry_slugs,
    _org.c.offer_nace_codes,
    _org.c.need_nace_codes,
    _org.c.excellence_label,
    _org.c.owner_account_id,
    _org.c.revision,
)
RECOMMENDATION_COLUMNS = (
    "run_id",
    "organisation_id",
    "position",
    "partner_id",
    "relevance_rank",
    "score",
    "score_to_you",
    "score_to_partner",
    "similarity",
    "value_chain_to_you",
    "value_chain_to_partner",
    "offers_needs_to_you",
    "offers_needs_to_partner",
    "cross_sector",
    "exposure_insert",
)
PROFILE_COLUMNS = (
    "run_id",
    "organisation_id",
    "activity",
    "offers",
    "needs",
    "primary_sectors",
    "supply",
    "coverage",
    "io_table_id",
    "revision",
    "exact",
    "pool_partners",
    "pool_scores",
    "pool_complete",
    "served_digest",
)
# Older runs' lists are dropped once a newer run succeeded; their run rows stay.
KEEP_RUNS_WITH_LISTS = 2

_FINGERPRINT = text(
    """
    SELECT count(*) AS n, max(updated_at) AS changed, coalesce(sum(revision), 0) AS revisions,
           (SELECT id FROM input_output_table WHERE is_active) AS io_table,
           (SELECT string_agg(id::text, ',' ORDER BY id) FROM input_output_table
            WHERE serves_country) AS country_tables,
           (SELECT id FROM definition_set WHERE is_active) AS definition_set
    FROM cluster_organisation
    """
)


_SHOW_TIMEOUT = text("SELECT current_setting('statement_timeout')")
_SET_TIMEOUT = text("SELECT set_config('statement_timeout', :value, true)")

# A chunk at a time, so that no statement holds locks for long on a large run.
_DELETE_CHUNK = (
    text(
        "DELETE FROM recommendation WHERE ctid = ANY(ARRAY("
        "SELECT ctid FROM recommendation WHERE run_id = :run_id LIMIT :chunk))"
    ),
    text(
        "DELETE FROM recommendation_profile WHERE ctid = ANY(ARRAY("
        "SELECT ctid FROM recommendation_profile WHERE run_id = :run_id LIMIT :chunk))"
    ),
)

# A run with the names of the table and definition set it used.
_RUNS = select(
    _run,
    _io.c.code.label("io_table_code"),
    _set.c.version.label("definition_set_version"),
).select_from(
    _run.outerjoin(_io, _io.c.id == _run.c.io_table_id).outerjoin(
        _set, _set.c.id == _run.c.definition_set_id
    )
)


class RecommendationRepository:
    def __init__(self, conn: AsyncConnection | AsyncSession) -> None:
        self.conn = conn

    # Inputs --------------------------------------------------------------------------

    async def fingerprint(self) -> tuple[str, int | None, int | None]:
        """A digest of what the lists rest on, and the active table and definition set."""
        row = (await self.conn.execute(_FINGERPRINT)).one()
        digest = hashlib.sha256(
            f"{row.n}|{row.changed}|{row.revisions}|{row.io_table}|{row.definition_set}|"
            f"{row.country_tables}".encode()
        ).hexdigest()[:32]
        return digest, row.io_table, row.definition_set

    async def table_codes(self, ids: Iterable[int]) -> dict[int, str]:
        stmt = select(_io.c.id, _io.c.code).where(_io.c.id.in_(list(ids)))
        return {r.id: r.code for r in await self.conn.execute(stmt)}

    async def organisations(self) -> Sequence[RowMapping]:
        stmt = select(*ORGANISATION_COLUMNS).order_by(_org.c.id)
        return (await self.conn.execute(stmt)).mappings().all()

    async def organisations_by_id(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, RowMapping]:
        stmt = select(*ORGANISATION_COLUMNS).where(_org.c.id.in_(list(ids)))
        return {row["id"]: row for row in (await self.conn.execute(stmt)).mappings()}

    async def organisation(self, ref: uuid.UUID | str) -> RowMapping | None:
        column = _org.c.id if isinstance(ref, uuid.UUID) else _org.c.slug
        stmt = select(*ORGANISATION_COLUMNS).where(column == ref)
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def definition_codes(self, set_id: int) -> dict[str, dict[str, list[tuple[str, float]]]]:
        """kind -> slug -> (NACE code, weight)."""
        stmt = select(_code.c.kind, _code.c.slug, _code.c.nace_code, _code.c.weight).where(
            _code.c.set_id == set_id
        )
        codes: dict[str, dict[str, list[tuple[str, float]]]] = {}
        for kind, slug, code, weight in await self.conn.execute(stmt):
            codes.setdefault(kind, {}).setdefault(slug, []).append((code, float(weight)))
        return codes

    async def definition_names(self, set_id: int, kind: str) -> dict[str, str]:
        stmt = select(_definition.c.slug, _definition.c.name).where(
            _definition.c.set_id == set_id, _definition.c.kind == kind
        )
        return {row.slug: row.name for row in await self.conn.execute(stmt)}

    async def nace_activities(self) -> dict[str, tuple[str | None, str]]:
        """Every NACE code: its parent and its title."""
        stmt = select(_nace.c.code, _nace.c.parent_code, _nace.c.name)
        return {code: (parent, name) for code, parent, name in await self.conn.execute(stmt)}

    async def limit_statements(self, limit: int | str) -> str:
        """Set this transaction's statement timeout (ms, or a setting as PostgreSQL shows
        it); returns the one it replaces."""
        before = await self.conn.scalar(_SHOW_TIMEOUT)
        await self.conn.execute(_SET_TIMEOUT, {"value": str(limit)})
        return str(before)

    # Runs ------------------------------------------------------------------------------

    async def create_run(self, values: dict[str, Any]) -> None:
        await self.conn.execute(insert(_run).values(**values))

    async def get_run(self, run_id: uuid.UUID) -> RowMapping | None:
        stmt = _RUNS.where(_run.c.id == run_id)
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def update_run(self, run_id: uuid.UUID, **values: Any) -> None:
        await self.conn.execute(update(_run).where(_run.c.id == run_id).values(**values))

    async def latest_run(self) -> RowMapping | None:
        stmt = (
            _RUNS.where(_run.c.status == "succeeded")
            .order_by(_run.c.finished_at.desc(), _run.c.id)
            .limit(1)
        )
        return (await self.conn.execute(stmt)).mappings().one_or_none()

    async def list_runs(self, limit: int, before: Any | None) -> Sequence[RowMapping]:
        stmt = _RUNS.order_by(_run.c.created_at.desc(), _run.c.id.desc()).limit(limit)
        if before is not None:
            stmt = stmt.where(_run.c.created_at < before)
        return (await self.conn.execute(stmt)).mappings().all()

    async def run_of_job(self, job_id: int) -> RowMapping | None:
        """The run a job started before (a retried job resumes its own run)."""
        stmt = _RUNS.where(_run.c.job_id == job_id).order_by(_run.c.created_at.desc()).limit(1)
        return (await self.conn.execute(stmt)).mappings().first()

    async def cancel_queued_runs(
        self, run_ids: Sequence[uuid.UUID], reason: str
    ) -> list[uuid.UUID]:
        stmt = (
            update(_run)
            .where(_run.c.id.in_(list(run_ids)), _run.c.status == "queued")
            .values(status="cancelled", error=reason, finished_at=func.now())
            .returning(_run.c.id)
        )
        return list((await self.conn.execute(stmt)).scalars())

    async def store_profiles(
        self, conn: AsyncConnection, records: Iterable[tuple[Any, ...]]
    ) -> None:
        await copy_records(conn, "recommendation_profile", PROFILE_COLUMNS, records)

    async def store_recommendations(
        self, conn: AsyncConnection, records: Iterable[tuple[Any, ...]]
    ) -> None:
        await copy_records(conn, "recommendation", RECOMMENDATION_COLUMNS, records)

    async def runs_with_lists_to_drop(self) -> list[uuid.UUID]:
        """Runs whose lists are no longer served: all but the newest succeeded ones (their
        lists stay for readers still on them), including failed runs' partial lists."""
        kept = (
            select(_run.c.id)
            .where(_run.c.status == "succeeded")
            .order_by(_run.c.finished_at.desc())
            .limit(KEEP_RUNS_WITH_LISTS)
        )
        has_rows = select(_rec.c.run_id).where(_rec.c.run_id == _run.c.id).exists()
        has_profiles = select(_profile.c.run_id).where(_profile.c.run_id == _run.c.id).exists()
        stmt = select(_run.c.id).where(
            _run.c.id.not_in(kept), _run.c.status != "running", has_rows | has_profiles
        )
        return list((await self.conn.execute(stmt)).scalars())

    async def delete_lists_chunk(self, run_id: uuid.UUID, chunk: int) -> int:
        """Delete up to ``chunk`` stored rows of a run from each table; returns how many."""
        deleted = 0
        for statement in _DELETE_CHUNK:
            result = await self.conn.execute(statement, {"run_id": run_id, "chunk": chunk})
            deleted += int(result.rowcount)  # type: ignore[attr-defined]
        return deleted

    async def profiles(self, run_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = (
            select(_profile).where(_profile.c.run_id == run_id).order_by(_profile.c.organisation_id)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    async def stored_list(
        self, run_id: uuid.UUID, organisation_id: uuid.UUID
    ) -> Sequence[RowMapping]:
        stmt = (
            select(_rec)
            .where(_rec.c.run_id == run_id, _rec.c.organisation_id == organisation_id)
            .order_by(_rec.c.position)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    # Incremental updates ---------------------------------------------------------------

    async def organisation_revisions(self) -> dict[uuid.UUID, int]:
        stmt = select(_org.c.id, _org.c.revision)
        return {row.id: row.revision for row in await self.conn.execute(stmt)}

    async def update_state(self, run_id: uuid.UUID) -> Sequence[RowMapping]:
        """What an update reads of each organisation in a run, by id."""
        stmt = (
            select(
                _profile.c.organisation_id,
                _profile.c.revision,
                _profile.c.io_table_id,
                _profile.c.exact,
                _profile.c.pool_partners,
                _profile.c.pool_scores,
                _profile.c.pool_complete,
                _profile.c.served_digest,
                func.cardinality(_profile.c.activity).label("width"),
            )
            .where(_profile.c.run_id == run_id)
            .order_by(_profile.c.organisation_id)
        )
        return (await self.conn.execute(stmt)).mappings().all()

    async def lock_run_revision(self, run_id: uuid.UUID) -> int | None:
        """The run's revision, its row locked until the transaction ends (an update and
        anything else that revises the run take turns)."""
        stmt = select(_run.c.revision).where(_run.c.id == run_id).with_for_update()
        return cast(int | None, await self.conn.scalar(stmt))

    async def delete_profiles_of(
        self, run_id: uuid.UUID, organisation_ids: Sequence[uuid.UUID]
    ) -> None:
        """Profiles of these organisations in the run (rewritten next)."""
        await self.conn.execute(
            delete(_profile).where(
                _profile.c.run_id == run_id, _profile.c.organisation_id.in_(list(organisation_ids))
            )
        )

    async def delete_lists_of(
        self, run_id: uuid.UUID, organisation_ids: Sequence[uuid.UUID]
    ) -> None:
        """Lists of these organisations in the run (rewritten next)."""
        await self.conn.execute(
            delete(_rec).where(
                _rec.c.run_id == run_id, _rec.c.organisation_id.in_(list(organisation_ids))
            )
        )

    async def record_update(self, values: dict[str, Any]) -> None:
        await self.conn.execute(insert(_update).values(**values))

    async def updates_of(self, run_id: uuid.UUID) -> Sequence[RowMapping]:
        stmt = select(_update).where(_update.c.run_id == run_id).order_by(_update.c.revision)
        return (await self.conn.execute(stmt)).mappings().all()

    # Feedback --------------------------------------------------------------------------

    async def verdicts_by(self, organisation_id: uuid.UUID) -> dict[uuid.UUID, str]:
        stmt = select(_feedback.c.partner_id, _feedback.c.verdict).where(
            _feedback.c.organisation_id == organisation_id
        )
        return {row.partner_id: row.verdict for row in await self.conn.execute(stmt)}

    async def verdicts_about(self, organisation_id: uuid.UUID) -> dict[uuid.UUID, str]:
        stmt = select(_feedback.c.organisation_id, _feedback.c.verdict).where(
            _feedback.c.partner_id == organisation_id
        )
        return {row.organisation_id: row.verdict for row in await self.conn.execute(stmt)}

    async def save_verdict(self, values: dict[str, Any]) -> RowMapping:
        insert_row = pg_insert(_feedback).values(**values)
        stmt = insert_row.on_conflict_do_update(
            index_elements=["organisation_id", "partner_id"],
            set_={
                "verdict": insert_row.excluded.verdict,
                "run_id": insert_row.excluded.run_id,
                "position": insert_row.excluded.position,
                "account_id": insert_row.excluded.account_id,
                "updated_at": func.now(),
            },
        ).returning(_feedback)
        row: RowMapping = (await self.conn.execute(stmt)).mappings().one()
        return row

    async def delete_verdict(self, organisation_id: uuid.UUID, partner_id: uuid.UUID) -> bool:
        result = await self.conn.execute(
            delete(_feedback).where(
                _feedback.c.organisation_id == organisation_id,
                _feedback.c.partner_id == partner_id,
            )
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def feedback_by_position(self) -> Sequence[RowMapping]:
        bucket = func.width_bucket(_feedback.c.position, [1, 6, 11, 21])
        stmt = (
            select(
                bucket.label("bucket"),
                _feedback.c.verdict,
                func.count().label("n"),
            )
            .group_by(bucket, _feedback.c.verdict)
            .order_by(bucket)
        )
        return (await self.conn.execute(stmt)).mappings().all()
