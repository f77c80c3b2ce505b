"""Partner recommendations: runs that precompute every list, and the queries served from them."""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import AsyncIterator, Collection, Iterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np
from fastapi import Request
from sqlalchemy import RowMapping
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.db.transaction import Database, transaction
from eco_core.http.pagination import Int32, PageParams, encode_cursor
from eco_core.http.problems import FieldError, Problem, not_found
from eco_core.jobs.attempt import Failure, JobAttempt, describe
from eco_core.jobs.defer import cancel_waiting_jobs, defer_in_transaction
from eco_core.logging import get_logger
from eco_core.organisations import delegation
from eco_core.organisations.delegation import Standing
from eco_matchmaking.recommendations.compute import Scorer
from eco_matchmaking.recommendations.engine import (
    CONTEXTS,
    RunContext,
    codes_of,
    load_inputs,
    profile_records,
    recommendation_records,
    served_lists,
)
from eco_matchmaking.recommendations.explain import explain
from eco_matchmaking.recommendations.methodology import (
    LOCK,
    METHODOLOGY_VERSION,
    QUEUE,
    TASK_NAME,
    RecommendationParameters,
    ScoreWeights,
)
from eco_matchmaking.recommendations.repository import RecommendationRepository
from eco_matchmaking.recommendations.schemas import (
    AcceptanceBucket,
    CodeMatchRead,
    Explanation,
    PartnerRef,
    RecommendationFeedbackRead,
    RecommendationFeedbackSummary,
    RecommendationPage,
    RecommendationRead,
    RecommendationRunCreate,
    RecommendationRunPage,
    RecommendationRunRead,
    RecommendationRunUsed,
    SectorFlowRead,
)

log = get_logger(__name__)

LABEL_ORDER = {"bronze": 1, "silver": 2, "gold": 3}
# Live answers read partners' attributes (for the filters) this many at a time.
_LIVE_CHUNK = 200
_BUCKETS = {1: "1-5", 2: "6-10", 3: "11-20", 4: "21+"}


def parse_ref(value: str) -> uuid.UUID | str:
    try:
        return uuid.UUID(value)
    except ValueError:
        return value


@dataclass(frozen=True)
class Filters:
    countries: tuple[str, ...] = ()
    exclude_countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    exclude_own_region: bool = False
    exclude_own_country: bool = False
    categories: tuple[str, ...] = ()
    emerging_industries: tuple[str, ...] = ()
    min_label: str | None = None
    min_score: float | None = None
    cross_sector_only: bool = False
    include_dismissed: bool = False

    def admits(self, you: RowMapping, partner: RowMapping) -> bool:
        country, region = partner["country_code"], partner["region_id"]
        if self.countries and country not in self.countries:
            return False
        if country in self.exclude_countries:
            return False
        if self.regions and not any(region.startswith(r) for r in self.regions):
            return False
        if self.exclude_own_region and region == you["region_id"]:
            return False
        if self.exclude_own_country and country == you["country_code"]:
            return False
        if self.categories and not set(self.categories) & set(partner["category_slugs"] or ()):
            return False
        if self.emerging_industries and not set(self.emerging_industries) & set(
            partner["emerging_industry_slugs"] or ()
        ):
            return False
        if self.min_label is not None:
            label = partner["excellence_label"]
            if label is None or LABEL_ORDER[label] < LABEL_ORDER[self.min_label]:
                return False
        return True


@dataclass(frozen=True)
class Overrides:
    """Methodology changes a caller may try live; profiles are the run's."""

    weights: dict[str, float] = field(default_factory=dict)
    cross_sector_bonus: float | None = None
    reciprocity: str | None = None

    def __bool__(self) -> bool:
        return bool(self.weights) or self.cross_sector_bonus is not None or bool(self.reciprocity)

    def apply(self, parameters: RecommendationParameters) -> RecommendationParameters:
        changes: dict[str, Any] = {}
        if self.weights:
            merged = parameters.weights.model_dump() | self.weights
            try:
                changes["weights"] = ScoreWeights.model_validate(merged)
            except ValueError:
                raise Problem(
                    422,
                    "Unprocessable Content",
                    "At least one of the weights must be positive.",
                    slug="validation-error",
                    errors=[
                        FieldError(
                            field=f"query.w_{name}", message="all weights are 0", type="value_error"
                        )
                        for name in self.weights
                    ],
                ) from None
        if self.cross_sector_bonus is not None:
            changes["cross_sector_bonus"] = self.cross_sector_bonus
        if self.reciprocity:
            changes["reciprocity"] = self.reciprocity
        return parameters.model_copy(update=changes)


def _partner(row: RowMapping) -> PartnerRef:
    return PartnerRef(
        id=row["id"],
        slug=row["slug"],
        name=row["name"],
        country_code=row["country_code"],
        region_id=row["region_id"],
        excellence_label=row["excellence_label"],
    )


def _same_organisation() -> Problem:
    return Problem(
        422,
        "Unprocessable Content",
        "An organisation is not its own partner.",
        slug="validation-error",
        errors=[
            FieldError(
                field="path.partner_ref", message="same as the organisation", type="value_error"
            )
        ],
    )


def _no_run() -> Problem:
    return Problem(
        409,
        "Recommendations Not Computed Yet",
        "No recommendation run has succeeded yet. One is queued whenever organisations or "
        "the input-output table change; an admin can start one with POST "
        "/v1/recommendation-runs.",
        slug="recommendations-not-computed",
    )


def _explanation(
    scorer: Scorer, context: RunContext, you: RowMapping, partner: RowMapping
) -> Explanation | None:
    i, j = context.index.get(you["id"]), context.index.get(partner["id"])
    if i is None or j is None:
        return None
    found = explain(scorer, i, j, codes_of(you), codes_of(partner), context.names)
    return Explanation(
        similarity=found.similarity,
        value_chain_to_you=found.value_chain_to_you,
        value_chain_to_partner=found.value_chain_to_partner,
        offers_needs_to_you=found.offers_needs_to_you,
        offers_needs_to_partner=found.offers_needs_to_partner,
        score_to_you=found.score_to_you,
        score_to_partner=found.score_to_partner,
        you_supply_partner_input_share=found.you_supply_partner_input_share,
        partner_supplies_you_input_share=found.partner_supplies_you_input_share,
        flows=[SectorFlowRead(**vars(f), sentence=f.sentence) for f in found.flows],
        shared_categories=found.shared_categories,
        shared_emerging_industries=found.shared_emerging_industries,
        matched_offers_needs=[CodeMatchRead(**vars(m)) for m in found.matched_offers_needs],
        reasons=found.reasons,
        input_output_tables=found.input_output_tables,
        input_output_blend=found.input_output_blend,
    )


@dataclass
class _Candidate:
    partner: RowMapping
    score: float
    relevance_rank: int | None
    cross_sector: bool
    exposure_insert: bool
    verdict: str | None = None


class RecommendationService:
    def __init__(
        self, repository: RecommendationRepository, request: Request | None = None
    ) -> None:
        self.repository = repository
        self.request = request

    async def _organisation(self, ref: str) -> RowMapping:
        row = await self.repository.organisation(parse_ref(ref))
        if row is None:
            raise not_found("organisation", ref)
        return row

    async def _standing(self, principal: Principal | None, you: RowMapping) -> Standing | None:
        """The caller's standing at the organisation: its owner, a manager or an
        administrator sees and gives its verdicts."""
        return await delegation.standing(
            self.repository.conn, principal, you["id"], you["owner_account_id"]
        )

    async def _run_and_context(self) -> tuple[RowMapping, RunContext]:
        run = await self.repository.latest_run()
        if run is None:
            raise _no_run()
        conn = self.repository.conn
        assert isinstance(conn, AsyncSession | AsyncConnection)
        return run, await CONTEXTS.get(conn, run)

    @staticmethod
    def _run_used(run: RowMapping) -> RecommendationRunUsed:
        return RecommendationRunUsed(
            id=run["id"],
            finished_at=run["finished_at"],
            methodology_version=run["methodology_version"],
            parameters=run["parameters"],
            input_output_table=run["io_table_code"],
            input_output_tables=run["io_tables"],
            definition_set=run["definition_set_version"],
            revision=run["revision"],
            revised_at=run["revised_at"],
        )

    async def recommendations(
        self,
        ref: str,
        filters: Filters,
        overrides: Overrides,
        page: PageParams,
        *,
        live: bool,
        with_explanations: bool,
        viewer: Principal | None,
    ) -> RecommendationPage:
        # The cursor is the position of the page in the list; a negative one is the start.
        (offset,) = page.key(Int32) or (0,)
        offset = max(0, offset)
        you = await self._organisation(ref)
        run, context = await self._run_and_context()
        parameters = overrides.apply(RecommendationParameters.model_validate(run["parameters"]))
        live = live or bool(overrides)
        # Verdicts are the owner's (and managers') private view: others see the list as computed.
        owner = await self._standing(viewer, you) is not None
        own = await self.repository.verdicts_by(you["id"]) if owner else {}
        theirs = await self.repository.verdicts_about(you["id"]) if owner else {}
        scorer = context.scorer(parameters)
        if live:
            interested = [p for p, verdict in own.items() if verdict == "interested"]
            dismissed = sum(verdict == "not_interested" for verdict in own.values())
            candidates = await self._live(
                you,
                context,
                scorer,
                filters,
                # Enough for this page and to know whether another follows, after the
                # partners the owner dismissed leave the list.
                enough=offset + page.limit + 1 + dismissed,
                boosted=interested,
            )
        else:
            candidates = await self._stored(you, run, filters)
        candidates = _with_feedback(candidates, own, theirs, parameters, filters, live=live)
        chosen = candidates[offset : offset + page.limit]
        items = [
            RecommendationRead(
                position=offset + k + 1,
                partner=_partner(c.partner),
                score=round(c.score, 6),
                relevance_rank=c.relevance_rank,
                cross_sector=c.cross_sector,
                exposure_insert=c.exposure_insert,
                your_verdict=c.verdict,
                explanation=_explanation(scorer, context, you, c.partner)
                if with_explanations
                else None,
            )
            for k, c in enumerate(chosen)
        ]
        more = offset + page.limit < len(candidates)
        fingerprint, _io, _defs = await self.repository.fingerprint()
        return RecommendationPage(
            organisation=_partner(you),
            source="live" if live else "precomputed",
            stale=fingerprint != run["fingerprint"],
            run=self._run_used(run),
            parameters=parameters.model_dump(mode="json"),
            items=items,
            next_cursor=encode_cursor([offset + page.limit]) if more else None,
        )

    async def _stored(self, you: RowMapping, run: RowMapping, filters: Filters) -> list[_Candidate]:
        stored = await self.repository.stored_list(run["id"], you["id"])
        partners = await self.repository.organisations_by_id(r["partner_id"] for r in stored)
        found = []
        for r in stored:
            partner = partners.get(r["partner_id"])
            if partner is None or not filters.admits(you, partner):
                continue
            if filters.min_score is not None and r["score"] < filters.min_score:
                continue
            if filters.cross_sector_only and not r["cross_sector"]:
                continue
            found.append(
                _Candidate(
                    partner,
                    float(r["score"]),
                    r["relevance_rank"],
                    r["cross_sector"],
                    r["exposure_insert"],
                )
            )
        return found

    async def _live(
        self,
        you: RowMapping,
        context: RunContext,
        scorer: Scorer,
        filters: Filters,
        *,
        enough: int,
        boosted: Collection[uuid.UUID],
    ) -> list[_Candidate]:
        """Every cluster scored against ``you``, best first, filtered; attributes are read
        in chunks until ``enough`` pass the filters (plus the ``boosted`` ones, which
        feedback may lift from further down)."""
        row = context.index.get(you["id"])
        if row is None:
            raise Problem(
                409,
                "Not In The Latest Run",
                "This organisation was added after the latest recommendation run; a recompute "
                "is queued and takes seconds.",
                slug="organisation-not-in-run",
            )
        pair = scorer.score_rows(np.array([row]))
        scores = pair.score[0]
        keep = scores > 0
        if filters.min_score is not None:
            keep &= scores >= filters.min_score
        if filters.cross_sector_only:
            keep &= pair.cross_sector[0]
        ranked = [int(j) for j in np.argsort(-scores, kind="stable") if keep[j]]
        rank = {j: r for r, j in enumerate(ranked, start=1)}
        boosted_rows = [context.index[b] for b in boosted if b in context.index]
        found: list[_Candidate] = []
        seen: set[int] = set()
        for start in range(0, len(ranked), _LIVE_CHUNK):
            chunk = ranked[start : start + _LIVE_CHUNK]
            if len(found) >= enough:
                chunk = [j for j in boosted_rows if keep[j] and j not in seen]
            attributes = await self.repository.organisations_by_id(context.ids[j] for j in chunk)
            for j in chunk:
                seen.add(j)
                partner = attributes.get(context.ids[j])
                if partner is None or not filters.admits(you, partner):
                    continue
                cross = bool(pair.cross_sector[0, j])
                found.append(_Candidate(partner, float(scores[j]), rank[j], cross, False))
            if len(found) >= enough and all(j in seen for j in boosted_rows):
                break
        return found

    async def explain_pair(
        self, ref: str, partner_ref: str, viewer: Principal | None
    ) -> RecommendationRead:
        you = await self._organisation(ref)
        partner = await self._organisation(partner_ref)
        if partner["id"] == you["id"]:
            raise _same_organisation()
        run, context = await self._run_and_context()
        scorer = context.scorer(RecommendationParameters.model_validate(run["parameters"]))
        explanation = _explanation(scorer, context, you, partner)
        if explanation is None:
            raise Problem(
                409,
                "Not In The Latest Run",
                "One of the two organisations was added after the latest recommendation run.",
                slug="organisation-not-in-run",
            )
        stored = {
            r["partner_id"]: r for r in await self.repository.stored_list(run["id"], you["id"])
        }
        placed = stored.get(partner["id"])
        owner = await self._standing(viewer, you) is not None
        verdict = (
            (await self.repository.verdicts_by(you["id"])).get(partner["id"]) if owner else None
        )
        i, j = context.index[you["id"]], context.index[partner["id"]]
        pair = scorer.score_rows(np.array([i]))
        return RecommendationRead(
            position=placed["position"] if placed else 0,
            partner=_partner(partner),
            score=round(float(pair.score[0, j]), 6),
            relevance_rank=placed["relevance_rank"] if placed else None,
            cross_sector=bool(pair.cross_sector[0, j]),
            exposure_insert=bool(placed["exposure_insert"]) if placed else False,
            your_verdict=verdict,
            explanation=explanation,
        )

    # Feedback --------------------------------------------------------------------------

    async def _owned_pair(
        self, principal: Principal, ref: str, partner_ref: str
    ) -> tuple[RowMapping, RowMapping, Standing]:
        you = await self._organisation(ref)
        acting = await self._standing(principal, you)
        if acting is None:
            # An organisation the caller does not act for is answered as if it did not exist.
            raise not_found("organisation", ref)
        partner = await self._organisation(partner_ref)
        if partner["id"] == you["id"]:
            raise _same_organisation()
        return you, partner, acting

    async def give_feedback(
        self, principal: Principal, ref: str, partner_ref: str, verdict: str
    ) -> RecommendationFeedbackRead:
        you, partner, acting = await self._owned_pair(principal, ref, partner_ref)
        run = await self.repository.latest_run()
        position = None
        if run is not None:
            stored = await self.repository.stored_list(run["id"], you["id"])
            position = next(
                (r["position"] for r in stored if r["partner_id"] == partner["id"]), None
            )
        row = await self.repository.save_verdict(
            {
                "organisation_id": you["id"],
                "partner_id": partner["id"],
                "verdict": verdict,
                "run_id": run["id"] if run else None,
                "position": position,
                "account_id": principal.account_id,
            }
        )
        if self.request is not None:
            audit.record(
                self.repository.conn,  # type: ignore[arg-type]
                self.request,
                principal,
                action="feedback",
                resource_type="cluster_organisation",
                resource_id=you["id"],
                details={"partner_id": str(partner["id"]), "verdict": verdict},
                organisation_id=you["id"],
                acting_as=acting.value,
            )
        return RecommendationFeedbackRead.model_validate(dict(row))

    async def withdraw_feedback(self, principal: Principal, ref: str, partner_ref: str) -> None:
        you, partner, acting = await self._owned_pair(principal, ref, partner_ref)
        if not await self.repository.delete_verdict(you["id"], partner["id"]):
            raise not_found("feedback", f"{ref} -> {partner_ref}")
        if self.request is not None:
            audit.record(
                self.repository.conn,  # type: ignore[arg-type]
                self.request,
                principal,
                action="withdraw_feedback",
                resource_type="cluster_organisation",
                resource_id=you["id"],
                details={"partner_id": str(partner["id"])},
                organisation_id=you["id"],
                acting_as=acting.value,
            )

    async def feedback_summary(self) -> RecommendationFeedbackSummary:
        counts: dict[int, dict[str, int]] = {}
        for row in await self.repository.feedback_by_position():
            counts.setdefault(int(row["bucket"] or 0), {})[row["verdict"]] = int(row["n"])
        buckets = []
        for bucket, label in ((0, "not listed"), *_BUCKETS.items()):
            seen = counts.get(bucket, {})
            yes, no = seen.get("interested", 0), seen.get("not_interested", 0)
            buckets.append(
                AcceptanceBucket(
                    positions=label,
                    interested=yes,
                    not_interested=no,
                    acceptance_rate=round(yes / (yes + no), 4) if yes + no else None,
                )
            )
        yes = sum(b.interested for b in buckets)
        no = sum(b.not_interested for b in buckets)
        return RecommendationFeedbackSummary(
            interested=yes,
            not_interested=no,
            acceptance_rate=round(yes / (yes + no), 4) if yes + no else None,
            by_position=buckets,
        )


def _with_feedback(
    candidates: list[_Candidate],
    own: dict[uuid.UUID, str],
    theirs: dict[uuid.UUID, str],
    parameters: RecommendationParameters,
    filters: Filters,
    *,
    live: bool,
) -> list[_Candidate]:
    """What clusters said re-ranks their lists at once: a partner you dismissed leaves your
    list; one you marked interesting comes first (live: its score is boosted); one that
    dismissed you moves down, without saying so."""
    kept = []
    for c in candidates:
        c.verdict = own.get(c.partner["id"])
        if c.verdict == "not_interested" and not filters.include_dismissed:
            continue
        kept.append(c)
    if live:

        def adjusted(c: _Candidate) -> float:
            factor = parameters.interested_boost if c.verdict == "interested" else 1.0
            if theirs.get(c.partner["id"]) == "not_interested":
                factor *= parameters.declined_by_partner_factor
            return c.score * factor

        return sorted(kept, key=lambda c: -adjusted(c))

    def place(c: _Candidate) -> int:
        if c.verdict == "interested":
            return 0
        return 2 if theirs.get(c.partner["id"]) == "not_interested" else 1

    return sorted(kept, key=place)


# Runs ----------------------------------------------------------------------------------


class RunService:
    def __init__(
        self, repository: RecommendationRepository, request: Request | None = None
    ) -> None:
        self.repository = repository
        self.request = request

    @staticmethod
    def _read(run: RowMapping) -> RecommendationRunRead:
        return RecommendationRunRead(
            id=run["id"],
            status=run["status"],
            trigger=run["trigger"],
            methodology_version=run["methodology_version"],
            parameters=run["parameters"],
            input_output_table=run["io_table_code"],
            input_output_tables=run["io_tables"],
            definition_set=run["definition_set_version"],
            organisations=run["organisations"],
            exposure=run["exposure"],
            seconds=run["seconds"],
            error=run["error"],
            created_at=run["created_at"],
            started_at=run["started_at"],
            finished_at=run["finished_at"],
            revision=run["revision"],
            revised_at=run["revised_at"],
        )

    async def create(
        self, principal: Principal, body: RecommendationRunCreate
    ) -> RecommendationRunRead:
        """Queue a run; it supersedes any recompute still waiting to start (the newest
        request wins: it reads the data when it starts, as they would have)."""
        session = self.repository.conn
        run_id = uuid.uuid4()
        await self.repository.create_run(
            {
                "id": run_id,
                "status": "queued",
                "trigger": "request",
                "methodology_version": METHODOLOGY_VERSION,
                "parameters": body.parameters.model_dump(mode="json"),
                "created_by": principal.account_id,
            }
        )
        job_id = await defer_in_transaction(
            session, TASK_NAME, {"run_id": str(run_id)}, queue=QUEUE, lock=LOCK
        )
        await self.repository.update_run(run_id, job_id=job_id)
        superseded = await cancel_waiting_jobs(session, TASK_NAME, keep=(job_id,))
        await self.repository.cancel_queued_runs(
            [uuid.UUID(r) for _, r in superseded if r], f"superseded by run {run_id}"
        )
        if self.request is not None:
            audit.record(
                session,  # type: ignore[arg-type]
                self.request,
                principal,
                action="create",
                resource_type="recommendation_run",
                resource_id=run_id,
            )
        run = await self.repository.get_run(run_id)
        assert run is not None
        return self._read(run)

    async def get(self, run_id: uuid.UUID) -> RecommendationRunRead:
        run = await self.repository.get_run(run_id)
        if run is None:
            raise not_found("recommendation run", run_id)
        return self._read(run)

    async def latest(self) -> RecommendationRunRead:
        run = await self.repository.latest_run()
        if run is None:
            raise _no_run()
        return self._read(run)

    async def list(self, page: PageParams) -> RecommendationRunPage:
        key = page.key(datetime)
        before = key[0] if key else None
        rows = await self.repository.list_runs(page.limit + 1, before)
        items = [self._read(r) for r in rows[: page.limit]]
        more = len(rows) > page.limit
        return RecommendationRunPage(
            items=items,
            next_cursor=encode_cursor([items[-1].created_at.isoformat()])
            if more and items
            else None,
        )


@dataclass(frozen=True)
class RunLimits:
    """How a recompute treats the database: its own statement timeout (None: the
    connection's), and the rows written per transaction."""

    statement_timeout_ms: int | None = None
    batch_rows: int = 50_000


@asynccontextmanager
async def _unit(db: Database, limits: RunLimits) -> AsyncIterator[AsyncConnection]:
    """A transaction with the recompute's statement timeout."""
    async with transaction(db) as conn:
        if limits.statement_timeout_ms is None:
            yield conn
            return
        repo = RecommendationRepository(conn)
        before = await repo.limit_statements(limits.statement_timeout_ms)
        yield conn
        if isinstance(db, AsyncConnection):
            # A savepoint in the caller's transaction (tests): the setting would outlive it.
            await repo.limit_statements(before)


async def execute_run(
    db: Database,
    run_id: uuid.UUID | None,
    trigger: str = "request",
    *,
    attempt: JobAttempt | None = None,
    limits: RunLimits = RunLimits(),
) -> uuid.UUID:
    """Compute and store every organisation's list. A run asked for by a change (no run id)
    creates its run row here, named by its job, so a retry of that job resumes it. Safe to
    run again: a run is served only once it succeeded, a retry first clears what an earlier
    attempt wrote, and a succeeded or cancelled run is left as it is."""
    async with _unit(db, limits) as conn:
        repo = RecommendationRepository(conn)
        if run_id is None:
            mine = await repo.run_of_job(attempt.job_id) if attempt is not None else None
            if mine is not None:
                run_id = mine["id"]
            else:
                run_id = uuid.uuid4()
                await repo.create_run(
                    {
                        "id": run_id,
                        "status": "queued",
                        "trigger": trigger,
                        "methodology_version": METHODOLOGY_VERSION,
                        "parameters": _latest_parameters(await repo.latest_run()),
                        "job_id": attempt.job_id if attempt is not None else None,
                    }
                )
        run = await repo.get_run(run_id)
        if run is None:
            raise LookupError(f"no recommendation run {run_id}")
        if run["status"] in ("succeeded", "cancelled"):
            return run_id
        claim: dict[str, Any] = {"status": "running", "started_at": datetime.now(UTC)}
        if attempt is not None:
            claim["job_id"] = attempt.job_id
        await repo.update_run(run_id, **claim)
    try:
        await _compute_and_store(
            db, run_id, RecommendationParameters.model_validate(run["parameters"]), limits
        )
    except Exception as exc:
        async with transaction(db) as conn:
            failure = (
                await attempt.failure(conn, exc)
                if attempt is not None
                else Failure(False, describe(exc))
            )
            await RecommendationRepository(conn).update_run(
                run_id,
                status="queued" if failure.retrying else "failed",
                error=failure.reason,
                finished_at=None if failure.retrying else datetime.now(UTC),
            )
        log.warning("recommendation_run_failed", run_id=str(run_id), error=failure.reason)
        raise
    return run_id


def _latest_parameters(run: RowMapping | None) -> dict[str, Any]:
    """A recompute keeps the methodology of the run it replaces."""
    if run is None:
        return RecommendationParameters().model_dump(mode="json")
    return dict(run["parameters"])


async def _delete_lists(db: Database, run_id: uuid.UUID, limits: RunLimits) -> None:
    while True:
        async with _unit(db, limits) as conn:
            deleted = await RecommendationRepository(conn).delete_lists_chunk(
                run_id, limits.batch_rows
            )
        if deleted == 0:
            return


async def _store_in_batches(
    db: Database,
    run_id: uuid.UUID,
    profiles: Iterator[tuple[Any, ...]],
    recommendations: Iterator[tuple[Any, ...]],
    limits: RunLimits,
) -> None:
    """Bounded transactions, none long enough to meet the statement timeout or to hold a
    large snapshot; the rows are not served before the run is marked succeeded."""
    for records, store in (
        (profiles, RecommendationRepository.store_profiles),
        (recommendations, RecommendationRepository.store_recommendations),
    ):
        while batch := list(itertools.islice(records, limits.batch_rows)):
            async with _unit(db, limits) as conn:
                await store(RecommendationRepository(conn), conn, batch)


async def _compute_and_store(
    db: Database, run_id: uuid.UUID, parameters: RecommendationParameters, limits: RunLimits
) -> None:
    started = time.perf_counter()
    async with _unit(db, limits) as conn:
        repo = RecommendationRepository(conn)
        fingerprint, io_table_id, definition_set_id = await repo.fingerprint()
        if io_table_id is None:
            raise LookupError("no input-output table is active")
        inputs = await load_inputs(conn, io_table_id, definition_set_id, parameters)
    ids: Sequence[uuid.UUID] = [o["id"] for o in inputs.organisations]
    scorer = Scorer(inputs.profiles, inputs.tables.linkages(), parameters)
    lists = served_lists(scorer, parameters) if ids else None
    # What an earlier attempt of this run wrote before it failed.
    await _delete_lists(db, run_id, limits)
    if lists is not None:
        await _store_in_batches(
            db,
            run_id,
            profile_records(
                run_id,
                ids,
                inputs.profiles,
                [inputs.tables.id_of(row) for row in range(len(ids))],
                [o["revision"] for o in inputs.organisations],
                lists,
            ),
            recommendation_records(run_id, ids, scorer, lists),
            limits,
        )
    async with _unit(db, limits) as conn:
        await RecommendationRepository(conn).update_run(
            run_id,
            status="succeeded",
            io_table_id=io_table_id,
            io_tables=inputs.io_tables,
            definition_set_id=definition_set_id,
            fingerprint=fingerprint,
            organisations=len(ids),
            exposure=lists.exposure if lists else None,
            seconds=round(time.perf_counter() - started, 3),
            error=None,
            finished_at=datetime.now(UTC),
        )
    log.info("recommendation_run_succeeded", run_id=str(run_id), organisations=len(ids))
    try:
        await _drop_old_lists(db, limits)
    except Exception:
        # Housekeeping: the run stands; the next one drops them.
        log.warning("recommendation_lists_not_dropped", run_id=str(run_id), exc_info=True)


async def _drop_old_lists(db: Database, limits: RunLimits) -> None:
    async with _unit(db, limits) as conn:
        stale = await RecommendationRepository(conn).runs_with_lists_to_drop()
    for run_id in stale:
        await _delete_lists(db, run_id, limits)


@dataclass(frozen=True)
class PartnerScore:
    score: float
    cross_sector: bool
    reasons: list[str]


@dataclass(frozen=True)
class PartnerScores:
    run_id: uuid.UUID
    scores: dict[uuid.UUID, PartnerScore]


async def partner_scores(
    conn: AsyncSession,
    organisation_id: uuid.UUID,
    candidates: Sequence[uuid.UUID],
    explain_best: int = 20,
) -> PartnerScores | None:
    """How ``candidates`` score as partners of one organisation by the latest run (for
    in-event suggestions); None when there is no run or the organisation is not in it.
    The ``explain_best`` highest get their reasons."""
    repository = RecommendationRepository(conn)
    run = await repository.latest_run()
    if run is None:
        return None
    context = await CONTEXTS.get(conn, run)
    row = context.index.get(organisation_id)
    if row is None:
        return None
    scorer = context.scorer(RecommendationParameters.model_validate(run["parameters"]))
    pair = scorer.score_rows(np.array([row]))
    scored = {
        c: (float(pair.score[0, context.index[c]]), bool(pair.cross_sector[0, context.index[c]]))
        for c in candidates
        if c in context.index and c != organisation_id
    }
    best = sorted(scored, key=lambda c: -scored[c][0])[:explain_best]
    rows = await repository.organisations_by_id([organisation_id, *best])
    you = rows[organisation_id]
    reasons = {
        c: explain(
            scorer, row, context.index[c], codes_of(you), codes_of(rows[c]), context.names
        ).reasons
        for c in best
        if c in rows
    }
    return PartnerScores(
        run["id"],
        {c: PartnerScore(s, cross, reasons.get(c, [])) for c, (s, cross) in scored.items()},
    )
