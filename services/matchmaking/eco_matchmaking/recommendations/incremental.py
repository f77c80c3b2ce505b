"""Bring every relevance pool up to date after a few organisations changed, were added or
were deleted, rescoring only their rows and columns (pure).

A pool holds the exact top of its row by canonical score (``compute.ranked``: score, then
the lower index on a tie), deeper than the lists read (``visible``), or every partner
scoring above zero (``complete``). Canonical scores depend on the pair only and are
symmetric, so the changed clusters' rows (``Scorer.exact_row``) also give their columns,
and the result is what a full recompute over the new profiles finds:

- a changed cluster's own pool is ranked from its new row;
- any other row drops its deleted and changed partners: what stays is still the exact top
  of the unchanged partners down to the old last entry L. A changed partner scoring above
  L goes in; one below L goes in only if the pool is complete (otherwise some partner
  outside the pool may rank between them, and the pool just gets shorter). The row is
  rescored whole (``compute.pool_rows``) only when fewer than ``visible`` exact entries
  remain, or a changed partner ties L exactly after L was deleted (its order is unknown);
- the slack between ``visible`` and the stored width absorbs most deletions and lowered
  scores of a popular cluster without rescoring the rows that list it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from eco_matchmaking.recommendations.compute import NONE, Pools, Scorer, pool_rows, ranked

Indices = npt.NDArray[np.intp]
# An old pool entry whose partner no longer exists.
DELETED = -2


@dataclass(frozen=True)
class PoolUpdate:
    pools: Pools  # in the new order
    changed_rows: Indices  # rows whose pool may differ from the old one (new indices)
    rescored_rows: Indices  # rows scored against everyone: the changed and the exhausted


def update_pools(
    scorer: Scorer,
    old: Pools,
    old_to_new: Indices,
    changed: Indices,
    width: int,
    visible: int,
    block: int = 512,
) -> PoolUpdate:
    """``scorer`` holds the new profiles; ``old`` the pools in the old order (DELETED for
    partners gone); ``old_to_new`` each old row's new position (NONE: deleted);
    ``changed`` the new positions of the created and updated clusters."""
    n = scorer.size
    width = min(width, max(n - 1, 1))
    visible = min(visible, width)
    is_changed = np.zeros(n, dtype=bool)
    is_changed[changed] = True

    # The old pools in the new order.
    survivors = np.flatnonzero(old_to_new != NONE)
    rows = old_to_new[survivors]
    old_partners = old.partners[survivors]
    listed = old_partners >= 0
    remapped = np.where(listed, old_to_new[np.where(listed, old_partners, 0)], NONE)
    gone = (old_partners == DELETED) | (listed & (remapped == NONE))
    wide = max(width, old.partners.shape[1])
    partners = np.full((n, wide), NONE, dtype=np.intp)
    scores = np.zeros((n, wide))
    lost = np.zeros(n, dtype=bool)  # some entry deleted or changed
    complete = np.zeros(n, dtype=bool)
    # L, the old last entry: its score, its new index (NONE if deleted).
    last_score = np.full(n, np.inf)
    last_index = np.full(n, NONE, dtype=np.intp)
    old_width = old.partners.shape[1]
    partners[rows, :old_width] = remapped
    scores[rows, :old_width] = old.scores[survivors]
    depth = (old_partners != NONE).sum(axis=1)
    has_last = depth > 0
    at = np.maximum(depth - 1, 0)
    last_score[rows[has_last]] = old.scores[survivors][has_last, at[has_last]]
    last_index[rows[has_last]] = remapped[has_last, at[has_last]]
    complete[rows] = old.complete[survivors]
    listed_changed = (remapped != NONE) & is_changed[np.maximum(remapped, 0)]
    lost[rows] = (gone | listed_changed).any(axis=1)

    redo = np.zeros(n, dtype=bool)
    merge = lost.copy()
    exact = None
    if len(changed):
        exact = np.vstack([scorer.exact_row(int(c)).score for c in changed])
        c_index = changed[:, None]
        positive = exact > 0
        above = (exact > last_score[None, :]) | (
            (exact == last_score[None, :]) & (last_index[None, :] != NONE) & (c_index < last_index)
        )
        tie_unknown = (exact == last_score[None, :]) & (last_index[None, :] == NONE)
        enters = positive & (above | complete[None, :])
        redo |= (positive & tie_unknown & ~complete[None, :]).any(axis=0)
        merge |= enters.any(axis=0)
    merge &= ~is_changed
    redo &= ~is_changed

    result = Pools(partners[:, :width].copy(), scores[:, :width].copy(), complete.copy())
    merged = np.flatnonzero(merge & ~redo)
    if len(merged):
        kept = partners[merged]
        stays = (kept >= 0) & ~is_changed[np.maximum(kept, 0)]
        r_keep, c_keep = np.nonzero(stays)
        triple_rows, triple_cols = [r_keep], [kept[r_keep, c_keep]]
        triple_scores = [scores[merged][r_keep, c_keep]]
        if exact is not None:
            which, r_new = np.nonzero(enters[:, merged])
            triple_rows.append(r_new)
            triple_cols.append(changed[which])
            triple_scores.append(exact[which, merged[r_new]])
        all_rows = np.concatenate(triple_rows)
        counts = np.bincount(all_rows, minlength=len(merged))
        result.partners[merged], result.scores[merged] = ranked(
            all_rows,
            np.concatenate(triple_cols),
            np.concatenate(triple_scores),
            width,
            len(merged),
        )
        # A complete pool cut to the width is complete no more; an incomplete one that
        # fell below what the lists read is rescored.
        result.complete[merged] = complete[merged] & (counts <= width)
        redo[merged[~complete[merged] & (np.minimum(counts, width) < visible)]] = True
    if exact is not None:
        result.partners[changed], result.scores[changed] = ranked(
            np.repeat(np.arange(len(changed)), n),
            np.tile(np.arange(n), len(changed)),
            exact.ravel(),
            width,
            len(changed),
        )
        result.complete[changed] = (exact > 0).sum(axis=1) <= width
    redo_rows = np.flatnonzero(redo)
    for start in range(0, len(redo_rows), block):
        chunk = redo_rows[start : start + block]
        found = pool_rows(scorer, chunk, width)
        result.partners[chunk], result.scores[chunk] = found.partners, found.scores
        result.complete[chunk] = found.complete
    differs = np.zeros(n, dtype=bool)
    differs[changed] = True
    differs[merge | redo] = True
    # Rows new to the run that did not change cannot exist; rows whose old pool was
    # narrower than the new width (a run of fewer clusters than the width) may differ.
    if old_width != width:
        differs[:] = True
    return PoolUpdate(result, np.flatnonzero(differs), np.union1d(changed, redo_rows))
