"""Incremental updates: bring the latest run's lists up to date with the organisations that
were created, changed or deleted since, rescoring only their rows and columns.

The job reads what changed from the data itself (each profile keeps the organisation's
revision it was built from), so it is idempotent and takes in every change made before it
starts: several changes queue one job (see ``eco_core.jobs.refresh``), a retry finds the
same work or less. It holds the recommendations lock, so it never runs beside a full
recompute; it also locks the run's row and checks its revision before writing, so two
updates of one run never interleave however they were started.

What it cannot do incrementally it hands to the full recompute, in the same job: no run
yet, a run without the state updates need (before 0019) or of another methodology
version, a new active or country table or definition set, an organisation moving to a
country whose table the run did not read (or the last one leaving one), or too many
changes for rescoring rows to beat scoring everything.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import RowMapping

from eco_core.definitions.coarsen import class_counts
from eco_core.io_tables.store import country_tables, section_divisions, table_country
from eco_core.jobs.attempt import JobAttempt
from eco_core.logging import get_logger
from eco_matchmaking.recommendations.compute import NONE, Scorer
from eco_matchmaking.recommendations.engine import (
    ServedLists,
    codes_of,
    load_tables,
    pool_width,
    profile_records,
    recommendation_records,
    serve,
    stored_pool_width,
    with_profile,
)
from eco_matchmaking.recommendations.incremental import DELETED, update_pools
from eco_matchmaking.recommendations.methodology import (
    METHODOLOGY_VERSION,
    RecommendationParameters,
)
from eco_matchmaking.recommendations.profiles import DivisionIndex, build_profiles
from eco_matchmaking.recommendations.repository import RecommendationRepository
from eco_matchmaking.recommendations.service import RunLimits, _unit, execute_run
from eco_matchmaking.recommendations.state import (
    id_bytes,
    served_digests,
    stack_profiles,
    unpack_pools,
    unpack_profiles,
)

log = get_logger(__name__)

# Above this share of the organisations changed at once, a full recompute is cheaper.
MAX_CHANGED_SHARE = 0.02
MAX_CHANGED_MIN = 50


class RunRevisedError(RuntimeError):
    """The run was revised while this update computed; the job's retry starts over."""


@dataclass(frozen=True)
class UpdateOutcome:
    run_id: uuid.UUID | None
    kind: str  # "incremental", "full", "unchanged"
    reason: str = ""
    created: int = 0
    updated: int = 0
    deleted: int = 0
    lists_rewritten: int = 0
    pools_rescored: int = 0
    seconds: float = 0.0


async def execute_update(
    db: Any,
    *,
    attempt: JobAttempt | None = None,
    limits: RunLimits = RunLimits(),
    trigger: str = "organisation",
) -> UpdateOutcome:
    started = time.perf_counter()
    plan = await _plan(db, limits)
    if isinstance(plan, str):
        if plan == "unchanged":
            return UpdateOutcome(None, "unchanged")
        log.info("recommendation_update_full", reason=plan)
        run_id = await execute_run(db, None, trigger=trigger, attempt=attempt, limits=limits)
        return UpdateOutcome(run_id, "full", plan, seconds=time.perf_counter() - started)
    outcome = await _apply(db, plan, limits, attempt, started)
    log.info(
        "recommendation_update_succeeded",
        run_id=str(plan.run["id"]),
        created=outcome.created,
        updated=outcome.updated,
        deleted=outcome.deleted,
        lists_rewritten=outcome.lists_rewritten,
        seconds=round(outcome.seconds, 3),
    )
    return outcome


@dataclass
class _Plan:
    run: RowMapping
    parameters: RecommendationParameters
    fingerprint: str
    old_ids: list[uuid.UUID]
    old_rows: Sequence[RowMapping]
    new_ids: list[uuid.UUID]
    revisions: dict[uuid.UUID, int]
    created: list[uuid.UUID]
    updated: list[uuid.UUID]
    deleted: list[uuid.UUID]
    scorer: Scorer
    table_ids: list[int]


async def _plan(db: Any, limits: RunLimits) -> _Plan | str:
    """What changed since the latest run, with the new profiles; or why a full recompute
    is needed instead ("unchanged" when nothing is to be done)."""
    async with _unit(db, limits) as conn:
        repo = RecommendationRepository(conn)
        run = await repo.latest_run()
        if run is None:
            return "no run yet"
        if run["methodology_version"] != METHODOLOGY_VERSION:
            return f"run of methodology {run['methodology_version']}"
        fingerprint, io_table_id, definition_set_id = await repo.fingerprint()
        if io_table_id != run["io_table_id"] or definition_set_id != run["definition_set_id"]:
            return "input-output table or definition set changed"
        parameters = RecommendationParameters.model_validate(run["parameters"])
        national = (
            await country_tables(conn) if parameters.input_output_tables == "per_country" else {}
        )
        countries = {geo: row["code"] for geo, row in sorted(national.items())}
        if (run["io_tables"] or {}).get("countries", {}) != countries:
            return "country tables changed"
        revisions = await repo.organisation_revisions()
        old_rows = await repo.update_state(run["id"])
        if any(r["pool_partners"] is None or r["revision"] is None for r in old_rows):
            return "run without update state"
        stored = {r["organisation_id"]: r for r in old_rows}
        created = sorted(set(revisions) - set(stored))
        deleted_rows = sorted(set(stored) - set(revisions))
        updated = sorted(
            i for i in set(revisions) & set(stored) if revisions[i] != stored[i]["revision"]
        )
        # Partners deleted since: their own rows went with them (ON DELETE CASCADE), the
        # pools that list them still name them.
        keys = id_bytes([r["organisation_id"] for r in old_rows])
        listed = np.unique(np.frombuffer(b"".join(r["pool_partners"] for r in old_rows), "V16"))
        found = np.searchsorted(keys, listed) if len(keys) else np.zeros(len(listed), np.intp)
        known = found < len(keys)
        known[known] = keys[found[known]] == listed[known]
        deleted = sorted(set(deleted_rows) | {uuid.UUID(bytes=bytes(b)) for b in listed[~known]})
        # A deleted organisation that no pool listed still leaves the fair re-ranking.
        unlisted_deleted = (run["organisations"] or 0) - len(old_rows)
        if not created and not updated and not deleted and unlisted_deleted <= 0:
            if fingerprint != run["fingerprint"]:
                await repo.update_run(run["id"], fingerprint=fingerprint)
            return "unchanged"
        n = len(revisions)
        # Deletions count too: each one can send many pools through a rescore.
        changes = len(created) + len(updated) + len(deleted)
        if changes > max(MAX_CHANGED_MIN, MAX_CHANGED_SHARE * n):
            return f"{changes} organisations changed"

        changed_ids = [*created, *updated]
        changed_rows = await repo.organisations_by_id(changed_ids)
        table_of: dict[uuid.UUID, int] = {}
        for i in changed_ids:
            o = changed_rows[i]
            geo = table_country(o["region_id"], o["country_code"])
            own = national.get(geo) if geo else None
            table_of[i] = own["id"] if own is not None else run["io_table_id"]
        new_ids = sorted(revisions)
        for r in old_rows:
            if r["organisation_id"] in revisions and r["organisation_id"] not in table_of:
                table_of[r["organisation_id"]] = r["io_table_id"]
        before = {r["io_table_id"] for r in old_rows} | {run["io_table_id"]}
        after = set(table_of.values()) | {run["io_table_id"]}
        if before != after:
            return "the set of input-output tables read changed"
        table_ids = [table_of[i] for i in new_ids]
        tables = await load_tables(conn, table_ids, run["io_table_id"])
        # The stored profiles index the run's divisions: the union of the tables it read.
        # A table only deleted organisations used is gone from both sets above, and the
        # union may have shrunk with it (tables lack some products).
        if any(r["width"] != len(tables.divisions) for r in old_rows):
            return "the divisions of the tables read changed"
        sections = await section_divisions(conn)
        codes = await repo.definition_codes(definition_set_id) if definition_set_id else {}
        nace = await repo.nace_activities()
    classes = class_counts({code: parent for code, (parent, _name) in nace.items()})
    fresh = build_profiles(
        [codes_of(changed_rows[i]) for i in changed_ids],
        DivisionIndex(tables.divisions, sections, classes),
        codes.get("category", {}),
        codes.get("emerging_industry", {}),
        parameters.profile,
    )
    position = {key: k for k, key in enumerate(new_ids)}
    changed_set = set(changed_ids)
    kept = [
        r
        for r in old_rows
        if r["organisation_id"] in position and r["organisation_id"] not in changed_set
    ]
    old_profiles = unpack_profiles([r["exact"] for r in kept], tables.divisions)
    profiles = stack_profiles(
        [
            (old_profiles, np.array([position[r["organisation_id"]] for r in kept], dtype=np.intp)),
            (fresh, np.array([position[i] for i in changed_ids], dtype=np.intp)),
        ],
        len(new_ids),
    )
    return _Plan(
        run=run,
        parameters=parameters,
        fingerprint=fingerprint,
        old_ids=[r["organisation_id"] for r in old_rows],
        old_rows=old_rows,
        new_ids=new_ids,
        revisions=revisions,
        created=created,
        updated=updated,
        deleted=deleted,
        scorer=Scorer(profiles, tables.linkages(), parameters),
        table_ids=table_ids,
    )


async def _apply(
    db: Any, plan: _Plan, limits: RunLimits, attempt: JobAttempt | None, started: float
) -> UpdateOutcome:
    parameters, scorer = plan.parameters, plan.scorer
    width, visible = stored_pool_width(parameters), pool_width(parameters)
    old_keys = id_bytes(plan.old_ids)
    old = unpack_pools(
        [r["pool_partners"] for r in plan.old_rows],
        [r["pool_scores"] for r in plan.old_rows],
        [bool(r["pool_complete"]) for r in plan.old_rows],
        old_keys,
        max(width, max((len(r["pool_scores"]) // 8 for r in plan.old_rows), default=0)),
        DELETED,
    )
    position = {key: k for k, key in enumerate(plan.new_ids)}
    old_to_new = np.array([position.get(i, NONE) for i in plan.old_ids], dtype=np.intp)
    changed = np.array(sorted(position[i] for i in [*plan.created, *plan.updated]), dtype=np.intp)
    update = update_pools(scorer, old, old_to_new, changed, width, visible)
    served = serve(update.pools.top_lists(visible), with_profile(scorer.profiles), parameters)
    lists = ServedLists(
        served.partners, served.relevance_rank, served.inserted, served.exposure, update.pools
    )
    new_keys = id_bytes(plan.new_ids)
    digests = served_digests(new_keys, served.partners, served.relevance_rank, served.inserted)
    old_digest = {r["organisation_id"]: bytes(r["served_digest"] or b"") for r in plan.old_rows}
    is_changed = np.zeros(scorer.size, dtype=bool)
    is_changed[changed] = True
    lists_partner_changed = (
        (served.partners != NONE) & is_changed[np.maximum(served.partners, 0)]
    ).any(axis=1)
    rewrite = np.flatnonzero(
        is_changed
        | lists_partner_changed
        | np.array(
            [old_digest.get(key) != digests[k] for k, key in enumerate(plan.new_ids)], dtype=bool
        )
    )
    rows = np.union1d(rewrite, update.changed_rows).astype(np.intp)
    run_id: uuid.UUID = plan.run["id"]
    async with _unit(db, limits) as conn:
        repo = RecommendationRepository(conn)
        revision = await repo.lock_run_revision(run_id)
        if revision is None or revision != plan.run["revision"]:
            raise RunRevisedError(f"run {run_id} was revised to {revision} meanwhile")
        # A row whose pool changed below what its list shows keeps its list: only the
        # rows rewritten below lose theirs, every changed row its profile.
        await repo.delete_profiles_of(run_id, [plan.new_ids[r] for r in rows])
        await repo.delete_lists_of(run_id, [plan.new_ids[r] for r in rewrite])
        await repo.store_profiles(
            conn,
            profile_records(
                run_id,
                plan.new_ids,
                scorer.profiles,
                plan.table_ids,
                [plan.revisions[i] for i in plan.new_ids],
                lists,
                only=rows,
            ),
        )
        await repo.store_recommendations(
            conn, recommendation_records(run_id, plan.new_ids, scorer, lists, only=rewrite)
        )
        seconds = time.perf_counter() - started
        await repo.update_run(
            run_id,
            revision=revision + 1,
            revised_at=datetime.now(UTC),
            organisations=len(plan.new_ids),
            exposure=lists.exposure,
            fingerprint=plan.fingerprint,
        )
        await repo.record_update(
            {
                "id": uuid.uuid4(),
                "run_id": run_id,
                "revision": revision + 1,
                "job_id": attempt.job_id if attempt is not None else None,
                "created": plan.created,
                "updated": plan.updated,
                "deleted": plan.deleted,
                "pools_rescored": len(update.rescored_rows),
                "lists_rewritten": len(rewrite),
                "fingerprint": plan.fingerprint,
                "seconds": round(seconds, 3),
            }
        )
    return UpdateOutcome(
        run_id,
        "incremental",
        created=len(plan.created),
        updated=len(plan.updated),
        deleted=len(plan.deleted),
        lists_rewritten=len(rewrite),
        pools_rescored=len(update.rescored_rows),
        seconds=seconds,
    )
