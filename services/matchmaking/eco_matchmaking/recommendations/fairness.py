"""Fair exposure: how evenly clusters appear in others' lists, and a re-ranking that spreads
it (pure).

Relevance alone lets a few well-connected clusters appear in almost every list while
others appear in none. The re-ranking fills every list position by position, round-robin,
giving each list its best remaining partner unless that partner already sits in
``cap x k`` lists; then every cluster that nobody lists, but that someone rates above
zero, takes the last place in the list of the cluster that rates it highest (at most
``max_inserts`` such places per list, and never pushing out a partner listed nowhere else).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from eco_matchmaking.recommendations.compute import NONE, TopLists

__all__ = ["NONE", "FairLists", "exposure", "fair_lists", "gini", "relevance_lists"]


@dataclass(frozen=True)
class FairLists:
    partners: npt.NDArray[np.intp]  # n x k, NONE where a list is shorter
    inserted: npt.NDArray[np.bool_]  # placed there so that the partner is seen at all


def exposure(partners: npt.NDArray[np.intp], n: int) -> npt.NDArray[np.int64]:
    """How many lists each cluster appears in."""
    listed = partners[partners != NONE]
    return np.bincount(listed, minlength=n).astype(np.int64)


def gini(counts: npt.NDArray[np.int64]) -> float:
    """0 when every cluster appears equally often, towards 1 when a few take all."""
    values = np.sort(counts.astype(np.float64))
    n, total = len(values), values.sum()
    if n == 0 or total == 0:
        return 0.0
    ranks = np.arange(1, n + 1)
    return float((2 * (ranks * values).sum()) / (n * total) - (n + 1) / n)


def relevance_lists(top: TopLists, k: int) -> npt.NDArray[np.intp]:
    partners = top.partners[:, :k].copy()
    partners[~(top.scores[:, :k] > 0)] = NONE
    return partners


def fair_lists(top: TopLists, k: int, cap: float, max_inserts: int = 2) -> FairLists:
    n = top.partners.shape[0]
    k = min(k, top.partners.shape[1])
    limit = math.ceil(cap * k)
    # Plain lists in the loop (it runs n x k times, and a numpy scalar access costs
    # several times a list's); arrays again below.
    tally = [0] * n
    chosen = [[NONE] * k for _ in range(n)]
    pointer = [0] * n
    candidates = top.partners.tolist()
    # A row reads its partners up to the first it does not rate above zero.
    positive = top.scores > 0
    ends = np.where(positive.all(axis=1), positive.shape[1], np.argmin(positive, axis=1))
    ends = ends.tolist()
    # Lists with the fewest usable partners choose first in every round.
    order = np.argsort(positive.sum(axis=1), kind="stable").tolist()
    for position in range(k):
        for row in order:
            p, end, own = pointer[row], ends[row], candidates[row]
            while p < end and tally[own[p]] >= limit:
                p += 1
            if p < end:
                chosen[row][position] = own[p]
                tally[own[p]] += 1
                p += 1
            pointer[row] = p
    counts = np.array(tally, dtype=np.int64)
    lists = np.array(chosen, dtype=np.intp).reshape(n, k)
    inserted = np.zeros((n, k), dtype=bool)
    inserts = np.zeros(n, dtype=np.int64)
    for unseen in np.flatnonzero(counts == 0).tolist():
        for fan, rating in zip(
            top.fans[unseen].tolist(), top.fan_scores[unseen].tolist(), strict=True
        ):
            if not rating > 0 or fan == unseen or inserts[fan] >= max_inserts:
                continue
            slot = _free_slot(lists[fan], inserted[fan], counts)
            if slot is None:
                continue
            pushed = int(lists[fan, slot])
            if pushed != NONE:
                counts[pushed] -= 1
            lists[fan, slot] = unseen
            inserted[fan, slot] = True
            inserts[fan] += 1
            counts[unseen] += 1
            break
    return FairLists(lists, inserted)


def _free_slot(
    row: npt.NDArray[np.intp], inserted: npt.NDArray[np.bool_], counts: npt.NDArray[np.int64]
) -> int | None:
    """The first empty place, else the lowest place whose partner is listed elsewhere too."""
    empty = np.flatnonzero(row == NONE)
    if len(empty):
        return int(empty[0])
    for slot in range(len(row) - 1, -1, -1):
        if not inserted[slot] and counts[row[slot]] > 1:
            return slot
    return None
