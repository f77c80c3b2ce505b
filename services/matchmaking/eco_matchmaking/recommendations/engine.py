"""From the database to the pure code and back: a run's inputs, its lists as records, and
the in-process scorers that serve live queries (no HTTP here)."""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import RowMapping
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.definitions.coarsen import class_counts
from eco_core.input_output import DivisionFlows, aligned
from eco_core.io_tables.store import (
    country_tables,
    load_many,
    section_divisions,
    table_country,
)
from eco_matchmaking.recommendations.compute import (
    Linkages,
    Pools,
    Scorer,
    TopLists,
    all_pools,
)
from eco_matchmaking.recommendations.explain import Names
from eco_matchmaking.recommendations.fairness import (
    NONE,
    exposure,
    fair_lists,
    gini,
    relevance_lists,
)
from eco_matchmaking.recommendations.methodology import RecommendationParameters
from eco_matchmaking.recommendations.profiles import (
    ClusterCodes,
    DivisionIndex,
    Profiles,
    build_profiles,
)
from eco_matchmaking.recommendations.repository import RecommendationRepository
from eco_matchmaking.recommendations.state import (
    id_bytes,
    pack_pool,
    pack_profile,
    served_digests,
)


def codes_of(row: RowMapping) -> ClusterCodes:
    return ClusterCodes(
        nace_codes=row["nace_codes"] or [],
        category_slugs=row["category_slugs"] or [],
        emerging_industry_slugs=row["emerging_industry_slugs"] or [],
        offer_nace_codes=row["offer_nace_codes"] or [],
        need_nace_codes=row["need_nace_codes"] or [],
    )


@dataclass(frozen=True)
class Tables:
    """The tables a run reads, over one list of divisions, and the table of each cluster."""

    divisions: tuple[str, ...]
    ids: tuple[int, ...]  # stack order
    codes: tuple[str, ...]
    flows: tuple[DivisionFlows, ...]
    table_of: npt.NDArray[np.intp]  # cluster -> position in the stack

    def linkages(self) -> Linkages:
        return Linkages(
            np.stack([f.input_shares for f in self.flows]),
            np.stack([f.output_shares for f in self.flows]),
            self.table_of,
            self.codes,
        )

    def id_of(self, row: int) -> int:
        return int(self.ids[self.table_of[row]])


async def load_tables(
    conn: AsyncConnection | AsyncSession, cluster_tables: Sequence[int], fallback: int
) -> Tables:
    """The tables of the clusters (by id) and the fallback, restated over the divisions of
    any of them (a table without a product has no flows for its divisions)."""
    ids = tuple(sorted({*cluster_tables, fallback}))
    loaded = await load_many(conn, ids)
    codes = await RecommendationRepository(conn).table_codes(ids)
    divisions = tuple(sorted({d for f in loaded.values() for d in f.divisions}))
    position = {table_id: k for k, table_id in enumerate(ids)}
    return Tables(
        divisions=divisions,
        ids=ids,
        codes=tuple(codes[i] for i in ids),
        flows=tuple(aligned(loaded[i], divisions) for i in ids),
        table_of=np.array([position[t] for t in cluster_tables], dtype=np.intp),
    )


@dataclass(frozen=True)
class RunInputs:
    organisations: Sequence[RowMapping]
    profiles: Profiles
    tables: Tables
    # What the run stores: {"countries": {geo: code}, "fallback": code}.
    io_tables: dict[str, Any]


async def load_inputs(
    conn: AsyncConnection,
    io_table_id: int,
    definition_set_id: int | None,
    parameters: RecommendationParameters,
) -> RunInputs:
    """``io_table_id`` is the active table: the fallback for countries without their own
    (or every cluster's, with ``input_output_tables="active"``)."""
    repo = RecommendationRepository(conn)
    organisations = await repo.organisations()
    national = await country_tables(conn) if parameters.input_output_tables == "per_country" else {}
    cluster_tables = []
    for organisation in organisations:
        geo = table_country(organisation["region_id"], organisation["country_code"])
        own = national.get(geo) if geo else None
        cluster_tables.append(own["id"] if own is not None else io_table_id)
    tables = await load_tables(conn, cluster_tables, io_table_id)
    sections = await section_divisions(conn)
    codes = await repo.definition_codes(definition_set_id) if definition_set_id else {}
    nace = await repo.nace_activities()
    classes = class_counts({code: parent for code, (parent, _name) in nace.items()})
    profiles = build_profiles(
        [codes_of(o) for o in organisations],
        DivisionIndex(tables.divisions, sections, classes),
        codes.get("category", {}),
        codes.get("emerging_industry", {}),
        parameters.profile,
    )
    fallback = tables.codes[tables.ids.index(io_table_id)]
    io_tables = {
        "mode": parameters.input_output_tables,
        "cross_border": parameters.cross_border,
        "countries": {geo: row["code"] for geo, row in sorted(national.items())},
        "fallback": fallback,
    }
    return RunInputs(organisations, profiles, tables, io_tables)


@dataclass(frozen=True)
class ServedLists:
    partners: npt.NDArray[np.intp]  # n x stored_length, NONE where shorter
    relevance_rank: npt.NDArray[np.intp]  # 1-based rank by relevance, 0 when not in the top
    inserted: npt.NDArray[np.bool_]
    exposure: dict[str, Any]
    pools: Pools | None = None  # what they were served from, kept for updates


def pool_width(parameters: RecommendationParameters) -> int:
    """Partners kept per row by relevance: the stored lists, and the room the fair
    re-ranking chooses from."""
    k, stored = parameters.list_length, parameters.stored_length
    return max(stored, 3 * k) if parameters.fairness_cap else stored


def stored_pool_width(parameters: RecommendationParameters) -> int:
    """Pools are kept half as deep again as the lists read: an update drops a pool's
    deleted or lowered partners without rescoring its row while enough remain."""
    width = pool_width(parameters)
    return width + width // 2


def served_lists(scorer: Scorer, parameters: RecommendationParameters) -> ServedLists:
    """Relevance top lists, re-ranked for fair exposure in their first ``list_length``
    places; the rest of each list follows by relevance."""
    pools = all_pools(scorer, stored_pool_width(parameters))
    served = serve(
        pools.top_lists(pool_width(parameters)),
        with_profile(scorer.profiles),
        parameters,
    )
    return ServedLists(
        served.partners, served.relevance_rank, served.inserted, served.exposure, pools
    )


def with_profile(profiles: Profiles) -> int:
    return int((profiles.activity.sum(axis=1) > 0).sum())


def serve(top: TopLists, with_profile: int, parameters: RecommendationParameters) -> ServedLists:
    """The served lists from every row's pool (all of it: the fair re-ranking is global,
    so one changed pool can move partners in other lists)."""
    k, stored = parameters.list_length, parameters.stored_length
    n = top.partners.shape[0]
    relevance = relevance_lists(top, top.partners.shape[1])
    before = exposure(relevance[:, :k], n)
    if parameters.fairness_cap is None:
        head = relevance[:, :k]
        inserted = np.zeros_like(head, dtype=bool)
    else:
        fair = fair_lists(top, k, parameters.fairness_cap)
        head, inserted = fair.partners, fair.inserted
    after = exposure(head, n)
    partners, rank, flags = _assemble(head, inserted, relevance, min(stored, relevance.shape[1]))
    stats = {
        "list_length": k,
        "organisations": n,
        "with_profile": with_profile,
        "gini_relevance": round(gini(before), 4),
        "gini_served": round(gini(after), 4),
        "never_listed_relevance": int((before == 0).sum()),
        "never_listed_served": int((after == 0).sum()),
        "max_appearances_relevance": int(before.max(initial=0)),
        "max_appearances_served": int(after.max(initial=0)),
    }
    return ServedLists(partners, rank, flags, stats)


def _assemble(
    head: npt.NDArray[np.intp],
    inserted: npt.NDArray[np.bool_],
    relevance: npt.NDArray[np.intp],
    width: int,
    chunk: int = 4096,
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
    """Each stored list: its head's partners in order, then its relevance list's others in
    order, ``width`` in all; each place's 1-based rank by relevance (0: not in it) and
    whether the head inserted it. Whole arrays, a chunk of rows at a time."""
    n, k = head.shape
    partners = np.full((n, width), NONE, dtype=np.intp)
    rank = np.zeros((n, width), dtype=np.intp)
    flags = np.zeros((n, width), dtype=bool)
    big = k + relevance.shape[1] + 1
    for start in range(0, n, chunk):
        h, r = head[start : start + chunk], relevance[start : start + chunk]
        ins = inserted[start : start + chunk]
        # Where each head partner sits in the relevance list (and so its rank).
        match = (h[:, :, None] == r[:, None, :]) & (h[:, :, None] != NONE)
        head_rank = np.where(match.any(axis=2), match.argmax(axis=2) + 1, 0)
        in_head = match.any(axis=1)
        keys = np.concatenate(
            [
                np.where(h != NONE, np.arange(k)[None, :], big),
                np.where((r != NONE) & ~in_head, k + np.arange(r.shape[1])[None, :], big),
            ],
            axis=1,
        )
        order = np.argsort(keys, axis=1, kind="stable")[:, :width]
        valid = np.take_along_axis(keys, order, axis=1) < big
        candidates = np.concatenate([h, r], axis=1)
        ranks = np.concatenate(
            [head_rank, np.arange(1, r.shape[1] + 1)[None, :].repeat(len(r), 0)], axis=1
        )
        marks = np.concatenate([ins, np.zeros_like(r, dtype=bool)], axis=1)
        rows = slice(start, start + len(h))
        partners[rows] = np.where(valid, np.take_along_axis(candidates, order, axis=1), NONE)
        rank[rows] = np.where(valid, np.take_along_axis(ranks, order, axis=1), 0)
        flags[rows] = valid & np.take_along_axis(marks, order, axis=1)
    return partners, rank, flags


def recommendation_records(
    run_id: uuid.UUID,
    ids: Sequence[uuid.UUID],
    scorer: Scorer,
    lists: ServedLists,
    only: npt.NDArray[np.intp] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """The lists' places (of the rows ``only``, or all) with the parts of each score."""
    chosen = np.arange(scorer.size) if only is None else only
    for start in range(0, len(chosen), 512):
        rows = chosen[start : start + 512]
        partners = lists.partners[rows]
        local, position = np.nonzero(partners != NONE)
        row_ids, partner_ids = rows[local], partners[local, position]
        pair = scorer.score_pairs(row_ids, partner_ids)
        for k, (row, partner, place) in enumerate(
            zip(row_ids.tolist(), partner_ids.tolist(), position.tolist(), strict=True)
        ):
            yield (
                run_id,
                ids[row],
                place + 1,
                ids[partner],
                int(lists.relevance_rank[row, place]) or None,
                float(pair.score[k]),
                float(pair.to_row[k]),
                float(pair.to_column[k]),
                float(pair.similarity[k]),
                float(pair.value_chain_to_row[k]),
                float(pair.value_chain_to_column[k]),
                float(pair.offers_needs_to_row[k]),
                float(pair.offers_needs_to_column[k]),
                bool(pair.cross_sector[k]),
                bool(lists.inserted[row, place]),
            )


def profile_records(
    run_id: uuid.UUID,
    ids: Sequence[uuid.UUID],
    profiles: Profiles,
    table_ids: Sequence[int],
    revisions: Sequence[int],
    lists: ServedLists,
    only: npt.NDArray[np.intp] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """Each organisation's profile (REAL, for explanations; float64, for updates), the
    table its country uses, its pool and the digest of its served list."""
    keys = id_bytes(ids)
    assert lists.pools is not None
    digests = served_digests(
        keys,
        lists.partners if only is None else lists.partners[only],
        lists.relevance_rank if only is None else lists.relevance_rank[only],
        lists.inserted if only is None else lists.inserted[only],
    )
    chosen = range(len(ids)) if only is None else only.tolist()
    for k, row in enumerate(chosen):
        partners, scores = pack_pool(keys, lists.pools, row)
        yield (
            run_id,
            ids[row],
            profiles.activity[row].tolist(),
            profiles.offers[row].tolist(),
            profiles.needs[row].tolist(),
            profiles.primary[row].tolist(),
            profiles.supply[row].tolist(),
            profiles.coverage[row].tolist(),
            table_ids[row],
            revisions[row],
            pack_profile(profiles, row),
            partners,
            scores,
            bool(lists.pools.complete[row]),
            digests[k],
        )


@dataclass
class RunContext:
    """A succeeded run, ready to score: its profiles and table, and who is who."""

    run_id: uuid.UUID
    ids: list[uuid.UUID]
    index: dict[uuid.UUID, int]
    profiles: Profiles
    linkages: Linkages
    names: Names
    built: float

    def scorer(self, parameters: RecommendationParameters) -> Scorer:
        return Scorer(self.profiles, self.linkages, parameters)


class RunContexts:
    """A small per-process cache: building a context reads every profile of the run. An
    incremental update revises a run in place, so a context is kept per revision."""

    def __init__(self, size: int = 4) -> None:
        self._items: OrderedDict[tuple[uuid.UUID, int], RunContext] = OrderedDict()
        self._size = size

    async def get(self, conn: AsyncConnection | AsyncSession, run: RowMapping) -> RunContext:
        key = (run["id"], int(run.get("revision") or 0))
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
            return found
        context = await _build_context(conn, run)
        self._items[key] = context
        while len(self._items) > self._size:
            self._items.popitem(last=False)
        return context


async def _build_context(conn: AsyncConnection | AsyncSession, run: RowMapping) -> RunContext:
    repo = RecommendationRepository(conn)
    rows = await repo.profiles(run["id"])
    # Runs before mm-2026.3 read every pair in the run's one table.
    tables = await load_tables(
        conn, [r["io_table_id"] or run["io_table_id"] for r in rows], run["io_table_id"]
    )
    ids = [r["organisation_id"] for r in rows]
    width = len(tables.divisions)

    def matrix(column: str) -> npt.NDArray[np.float64]:
        return np.array([r[column] for r in rows], dtype=np.float64).reshape(len(rows), width)

    activity = matrix("activity")
    # Runs before methodology mm-2026.2 stored neither: they counted every division whole.
    whole = any(r["supply"] is None or r["coverage"] is None for r in rows)
    profiles = Profiles(
        divisions=tables.divisions,
        activity=activity,
        offers=matrix("offers"),
        needs=matrix("needs"),
        primary=matrix("primary_sectors") > 0,
        supply=activity.copy() if whole else matrix("supply"),
        coverage=(activity > 0).astype(np.float64) if whole else matrix("coverage"),
    )
    nace = await repo.nace_activities()
    set_id = run["definition_set_id"]
    return RunContext(
        run_id=run["id"],
        ids=ids,
        index={organisation_id: i for i, organisation_id in enumerate(ids)},
        profiles=profiles,
        linkages=tables.linkages(),
        names=Names(
            nace={code: name for code, (_parent, name) in nace.items()},
            categories=await repo.definition_names(set_id, "category") if set_id else {},
        ),
        built=time.monotonic(),
    )


CONTEXTS = RunContexts()
