"""Bring every relevance pool up to date after a few organisations changed, were added or
were deleted, rescoring only their rows and columns (pure).

A pool is a row's ``k`` best partners by canonical score (``compute.ranked``: score, then
the lower index on a tie). Canonical scores depend on the pair only and are symmetric, so
the changed clusters' rows (``Scorer.exact_row``) also give their columns, and the result
is the pool a full recompute over the new profiles would find:

- a changed cluster's own pool is ranked from its new row;
- any other row keeps its pool, less the deleted and changed partners, plus every changed
  partner now scoring above zero, cut to ``k`` again, unless its pool was full (``k``
  partners above zero) and lost a partner or saw one score lower: the best partner outside
  the pool might now belong in it, and only its whole row tells, so that row is rescored
  (``compute.pool_rows``). A pool that was not full held every partner above zero.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from eco_matchmaking.recommendations.compute import NONE, Matrix, Scorer, pool_rows, ranked

Indices = npt.NDArray[np.intp]


@dataclass(frozen=True)
class PoolUpdate:
    partners: Indices  # n x k in the new order, NONE where shorter
    scores: Matrix
    changed_rows: Indices  # the rows whose pool differs from the old one (new indices)
    rescored_rows: Indices  # rows scored against everyone: the changed ones and the degraded


def index_map(old_ids: list[object], new_ids: list[object]) -> Indices:
    """Old position -> new position, NONE for the deleted (both lists in the run's order)."""
    where = {key: i for i, key in enumerate(new_ids)}
    return np.array([where.get(key, NONE) for key in old_ids], dtype=np.intp)


def update_pools(
    scorer: Scorer,
    old_partners: Indices,
    old_scores: Matrix,
    old_to_new: Indices,
    changed: Indices,
    k: int,
    block: int = 512,
) -> PoolUpdate:
    """``scorer`` holds the new profiles; ``changed`` the new positions of the created and
    updated clusters; ``k`` the pool width asked for (the run's parameters)."""
    n = scorer.size
    width = min(k, max(n - 1, 1))
    old_width = old_partners.shape[1]
    wide = max(width, old_width)
    is_changed = np.zeros(n, dtype=bool)
    is_changed[changed] = True

    # The old pools in the new order; entries of deleted partners become NONE.
    survivors = np.flatnonzero(old_to_new != NONE)
    rows = old_to_new[survivors]
    listed = old_partners[survivors] != NONE
    remapped = np.where(listed, old_to_new[np.where(listed, old_partners[survivors], 0)], NONE)
    was_deleted = listed & (remapped == NONE)
    old_values = old_scores[survivors]
    full = (old_values > 0).sum(axis=1) == old_width
    partners = np.full((n, wide), NONE, dtype=np.intp)
    scores = np.zeros((n, wide))
    partners[rows, :old_width] = remapped
    scores[rows, :old_width] = old_values

    # The changed clusters' rows, and through symmetry their columns.
    exact = np.vstack([scorer.exact_row(int(c)).score for c in changed]) if len(changed) else None
    position = np.full(n, NONE, dtype=np.intp)
    position[changed] = np.arange(len(changed))

    # Which surviving rows lost a partner or saw one score lower.
    listed_changed = (remapped != NONE) & is_changed[np.maximum(remapped, 0)]
    lowered = np.zeros_like(listed_changed)
    if exact is not None and listed_changed.any():
        r, p = np.nonzero(listed_changed)
        worse = exact[position[remapped[r, p]], rows[r]] < old_values[r, p]
        lowered[r[worse], p[worse]] = True
    degraded = np.zeros(n, dtype=bool)
    degraded[rows[full & (was_deleted.any(axis=1) | lowered.any(axis=1))]] = True
    degraded[changed] = False
    degraded_rows = np.flatnonzero(degraded)

    touched = np.zeros(n, dtype=bool)
    touched[rows[(was_deleted | listed_changed).any(axis=1)]] = True
    if exact is not None:
        # A changed partner enters a pool with room, or one whose k-th it may beat.
        last = scores[:, width - 1]
        room = partners[:, width - 1] == NONE
        touched |= ((exact > 0) & ((exact >= last[None, :]) | room[None, :])).any(axis=0)
    touched[changed] = False
    touched[degraded_rows] = False
    merge = np.flatnonzero(touched)

    result_partners = partners[:, :width].copy()
    result_scores = scores[:, :width].copy()
    if len(merge):
        # Kept entries (neither deleted nor changed) plus the changed partners' new scores.
        kept = partners[merge]
        stays = (kept != NONE) & ~is_changed[np.maximum(kept, 0)]
        r_keep, c_keep = np.nonzero(stays)
        triple_rows, triple_cols = [r_keep], [kept[r_keep, c_keep]]
        triple_scores = [scores[merge][r_keep, c_keep]]
        if exact is not None:
            column = exact[:, merge]  # changed x merged rows
            which, r_new = np.nonzero(column > 0)
            triple_rows.append(r_new)
            triple_cols.append(changed[which])
            triple_scores.append(column[which, r_new])
        result_partners[merge], result_scores[merge] = ranked(
            np.concatenate(triple_rows),
            np.concatenate(triple_cols),
            np.concatenate(triple_scores),
            width,
            len(merge),
        )
    if exact is not None:
        result_partners[changed], result_scores[changed] = ranked(
            np.repeat(np.arange(len(changed)), n),
            np.tile(np.arange(n), len(changed)),
            exact.ravel(),
            width,
            len(changed),
        )
    for start in range(0, len(degraded_rows), block):
        chunk = degraded_rows[start : start + block]
        result_partners[chunk], result_scores[chunk] = pool_rows(scorer, chunk, width)
    partners, scores = result_partners, result_scores

    differs = np.zeros(n, dtype=bool)
    differs[changed] = True
    differs[degraded_rows] = True
    differs[merge] = True
    return PoolUpdate(
        partners,
        scores,
        np.flatnonzero(differs),
        np.union1d(changed, degraded_rows).astype(np.intp),
    )
