"""Pair scores on whole matrices (pure numpy).

For clusters a and b with sector profiles p_a, p_b (weights over divisions):

- similarity: cosine of p_a and p_b;
- value chain, to a from b: the share of a's inputs that b's sectors supply
  (s_b . A . p_a, A the technical coefficients) plus the share of a's output that b's
  sectors buy (p_a . B . s_b, B the output coefficients), turned into 0..1 by
  1 - exp(-x / scale). The partner enters with its supply weights s (profiles.py): the
  flows of a division count by the share of it the partner covers, so a cluster of one
  small class, or a category holding one, does not bring its whole division's flows.
  A supplier and its customer both gain, but not equally: a plastics cluster sells a fair
  share of its output to car makers, while car makers get a small share of their inputs
  from plastics;
- offers and needs, to a from b: the share of a's stated needs (by division) that b offers.

The score to a from b blends the three with the weights; the pair's score fuses both
directions (harmonic mean by default), so a pair ranks high only if it is good for both.

Each cluster has the input-output table of its country (``Linkages.table_of``; the EU-wide
fallback for countries without one). A pair of one country uses that table. A cross-border
pair blends the two (``cross_border``): ``mean`` uses the mean of both countries'
coefficients, ``(A_a + A_b) / 2``, for every flow; ``supplier`` uses, for a flow from x to
y, the table of x, the side that produces. Both are exact and cost what one table costs:
every term is a dot product of two per-cluster vectors, each computed once per run with
the cluster's own table (``A p``, ``p B``, ``s A``, ``B s``), never a matrix per pair.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from eco_matchmaking.recommendations.methodology import RecommendationParameters
from eco_matchmaking.recommendations.profiles import Profiles

Matrix = npt.NDArray[np.float64]


def ordered_dot(left_t: Matrix, right_t: Matrix) -> Matrix:
    """Column-wise dot products of two [D, m] arrays (either may be [D, 1]), summed over D
    in index order, one rounding per product and per addition. BLAS sums in an order that
    depends on the shape of the whole product, so the same pair could differ in the last
    bit between a block of rows and a single row; this order depends on nothing else."""
    acc: Matrix = left_t[0] * right_t[0]
    for k in range(1, left_t.shape[0]):
        acc = acc + left_t[k] * right_t[k]
    return acc


@dataclass(frozen=True)
class Linkages:
    """Coefficients between the profiles' divisions (same order): one table ([d, e]) for
    every cluster, or a stack of tables ([t, d, e]) with the table of each cluster."""

    input_shares: Matrix  # [d, e]: share of e's inputs bought from d
    output_shares: Matrix  # [d, e]: share of d's output sold to e
    table_of: npt.NDArray[np.intp] | None = None  # cluster -> table (stacked only)
    codes: tuple[str, ...] = ()  # the tables' codes, in stack order

    def stacked(self, clusters: int) -> tuple[Matrix, Matrix, npt.NDArray[np.intp]]:
        if self.input_shares.ndim == 2:
            return (
                self.input_shares[None, :, :],
                self.output_shares[None, :, :],
                np.zeros(clusters, dtype=np.intp),
            )
        assert self.table_of is not None
        return self.input_shares, self.output_shares, self.table_of


@dataclass(frozen=True)
class PairScores:
    """Rows are the clusters asked about, columns every cluster."""

    similarity: Matrix
    value_chain_to_row: Matrix
    value_chain_to_column: Matrix
    offers_needs_to_row: Matrix
    offers_needs_to_column: Matrix
    to_row: Matrix
    to_column: Matrix
    cross_sector: npt.NDArray[np.bool_]
    score: Matrix


class Scorer:
    """Everything that does not depend on the rows asked about, computed once."""

    def __init__(
        self, profiles: Profiles, linkages: Linkages, parameters: RecommendationParameters
    ) -> None:
        self.profiles = profiles
        self.parameters = parameters
        self.codes = linkages.codes
        p, s = profiles.activity, profiles.supply
        a, b, table_of = linkages.stacked(p.shape[0])
        a, b = a.copy(), b.copy()
        if parameters.exclude_own_division_flows:
            for t in range(a.shape[0]):
                np.fill_diagonal(a[t], 0.0)
                np.fill_diagonal(b[t], 0.0)
        self.tables_a, self.tables_b, self.table_of = a, b, table_of
        # One table for all: what explanations read when no pair is given.
        self.a, self.b = a[0], b[0]
        # Everything per cluster is computed row by row in a fixed order (a sparse
        # product sums each row's own terms in index order), so a cluster's vectors do not
        # depend on which clusters are computed with it: an update that rescores one
        # cluster gets the bits a full recompute gets (BLAS would not: its sums depend on
        # the shape of the whole product).
        norms = np.sqrt(ordered_dot((p * p).T.copy(), np.ones((p.shape[1], 1))))
        self.unit = np.divide(p, norms[:, None], out=np.zeros_like(p), where=norms[:, None] > 0)
        # Per cluster, with its own table: what it needs (A p), what it sells (p B), what
        # it supplies (s A) and what it buys of each supplier's output (B s).
        ap, pb, sa, bs = (np.zeros_like(p) for _ in range(4))
        for t in np.unique(table_of):
            rows = table_of == t
            p_rows, s_rows = sparse.csr_array(p[rows]), sparse.csr_array(s[rows])
            ap[rows] = p_rows @ a[t].T
            pb[rows] = p_rows @ b[t]
            sa[rows] = s_rows @ a[t]
            bs[rows] = s_rows @ b[t].T
        if parameters.cross_border == "supplier" or a.shape[0] == 1:
            # to row r from column c: p_r . (s_c A_c) + (p_r B_r) . s_c: each flow read in
            # the table of the side that supplies it (one table: the usual product).
            self.left_to_row = np.hstack([p, pb])
            self.right_to_row = np.hstack([sa, s]).T.copy()
        else:
            # The mean of both tables: half of p_r . (s_c A_c) + (A_r p_r) . s_c, and of
            # (p_r B_r) . s_c + p_r . (B_c s_c).
            self.left_to_row = np.hstack([p, ap + pb]) / 2
            self.right_to_row = np.hstack([sa + bs, s]).T.copy()
        # to column c from row r: the same with the roles swapped.
        self.left_to_column = self.right_to_row.T.copy()
        self.right_to_column = self.left_to_row.T.copy()
        self.has_needs = profiles.needs.sum(axis=1) > 0
        # [d, n] copies for the canonical pair sums (score_pairs, exact_row).
        self.unit_t = self.unit.T.copy()
        self.needs_t = profiles.needs.T.copy()
        self.offers_t = profiles.offers.T.copy()
        self.primary = profiles.primary.astype(np.float64)
        self.size = p.shape[0]

    def flow_tables(self, supplier: int, buyer: int) -> tuple[Matrix, Matrix]:
        """The coefficients (input shares A, output shares B) that flows from ``supplier``'s
        divisions to ``buyer``'s are read in, as the scores read them."""
        ts, tb = self.table_of[supplier], self.table_of[buyer]
        if ts == tb or self.parameters.cross_border == "supplier":
            return self.tables_a[ts], self.tables_b[ts]
        return (
            (self.tables_a[ts] + self.tables_a[tb]) / 2,
            (self.tables_b[ts] + self.tables_b[tb]) / 2,
        )

    def table_codes(self, row: int) -> str | None:
        """The code of the table a cluster's country uses (None with one unnamed table)."""
        return self.codes[self.table_of[row]] if self.codes else None

    def _saturate(self, x: Matrix) -> Matrix:
        result: Matrix = 1.0 - np.exp(-x / self.parameters.value_chain_scale)
        return result

    def _blend(
        self, sim: Matrix, vc: Matrix, on: Matrix, has_needs: npt.NDArray[np.bool_]
    ) -> Matrix:
        w = self.parameters.weights
        # A side with no stated needs is judged on similarity and value chain only.
        on_weight = np.where(has_needs, w.offers_needs, 0.0)
        total = w.similarity + w.value_chain + on_weight
        total = np.where(total > 0, total, 1.0)
        result: Matrix = (w.similarity * sim + w.value_chain * vc + on_weight * on) / total
        return result

    def score_rows(self, rows: npt.NDArray[np.intp]) -> PairScores:
        """Rows against every cluster (matrices)."""
        profiles = self.profiles
        score = self._fuse(
            sim=self.unit[rows] @ self.unit.T,
            vc_row=self._saturate(self.left_to_row[rows] @ self.right_to_row),
            vc_col=self._saturate(self.left_to_column[rows] @ self.right_to_column),
            on_row=profiles.needs[rows] @ profiles.offers.T,
            on_col=profiles.offers[rows] @ profiles.needs.T,
            needs_row=self.has_needs[rows][:, None],
            needs_col=self.has_needs[None, :],
            cross=(self.primary[rows] @ self.primary.T) == 0,
        )
        # Nobody is their own partner.
        score.score[np.arange(len(rows)), rows] = -np.inf
        return score

    def score_pairs(self, rows: npt.NDArray[np.intp], columns: npt.NDArray[np.intp]) -> PairScores:
        """Row i against column i only (vectors): the parts of chosen pairs, without
        scoring every pair again. These are the canonical scores: every sum runs over the
        divisions in one fixed order, so a pair's score depends on its two clusters only,
        never on the other pairs computed with it, and is the same both ways round."""

        def dot(left_t: Matrix, right_t: Matrix) -> Matrix:
            # Both [D, n]: gathering columns keeps each step of the sum one row of each.
            return ordered_dot(np.take(left_t, rows, axis=1), np.take(right_t, columns, axis=1))

        score = self._fuse(
            sim=dot(self.unit_t, self.unit_t),
            # left_to_row.T is right_to_column and left_to_column.T is right_to_row.
            vc_row=self._saturate(dot(self.right_to_column, self.right_to_row)),
            vc_col=self._saturate(dot(self.right_to_row, self.right_to_column)),
            on_row=dot(self.needs_t, self.offers_t),
            on_col=dot(self.offers_t, self.needs_t),
            needs_row=self.has_needs[rows],
            needs_col=self.has_needs[columns],
            # 0/1 marks: any order of summing them is exact.
            cross=(self.primary[rows] * self.primary[columns]).sum(axis=1) == 0,
        )
        score.score[rows == columns] = -np.inf
        return score

    def exact_row(self, row: int) -> PairScores:
        """One cluster against every cluster with the canonical arithmetic of
        ``score_pairs`` (the same operations in the same order for every pair, so equal
        bit for bit), at the cost of one row: what an incremental update rescores."""
        one = slice(row, row + 1)
        score = self._fuse(
            sim=ordered_dot(self.unit_t[:, one], self.unit_t),
            vc_row=self._saturate(ordered_dot(self.right_to_column[:, one], self.right_to_row)),
            vc_col=self._saturate(ordered_dot(self.right_to_row[:, one], self.right_to_column)),
            on_row=ordered_dot(self.needs_t[:, one], self.offers_t),
            on_col=ordered_dot(self.offers_t[:, one], self.needs_t),
            needs_row=np.full(self.size, self.has_needs[row]),
            needs_col=self.has_needs,
            cross=(self.primary @ self.primary[row]) == 0,
        )
        score.score[row] = -np.inf
        return score

    def _fuse(
        self,
        *,
        sim: Matrix,
        vc_row: Matrix,
        vc_col: Matrix,
        on_row: Matrix,
        on_col: Matrix,
        needs_row: npt.NDArray[np.bool_],
        needs_col: npt.NDArray[np.bool_],
        cross: npt.NDArray[np.bool_],
    ) -> PairScores:
        to_row = self._blend(sim, vc_row, on_row, needs_row)
        to_col = self._blend(sim, vc_col, on_col, needs_col)
        if self.parameters.reciprocity == "harmonic":
            total = to_row + to_col
            score = np.divide(2 * to_row * to_col, total, out=np.zeros_like(total), where=total > 0)
        else:
            score = (to_row + to_col) / 2
        score = score * np.where(cross, 1.0 + self.parameters.cross_sector_bonus, 1.0)
        return PairScores(sim, vc_row, vc_col, on_row, on_col, to_row, to_col, cross, score)


@dataclass(frozen=True)
class TopLists:
    """Each cluster's best partners by relevance, and for each cluster the clusters that
    rate it highest (its 'fans'), which the fair re-ranking uses to place the unseen."""

    partners: npt.NDArray[np.intp]  # n x k, best first
    scores: Matrix  # n x k
    fans: npt.NDArray[np.intp]  # n x f: rows that score this column highest
    fan_scores: Matrix


def _top(scores: Matrix, k: int) -> tuple[npt.NDArray[np.intp], Matrix]:
    k = min(k, scores.shape[1])
    part = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    picked = np.take_along_axis(scores, part, axis=1)
    order = np.argsort(-picked, axis=1, kind="stable")
    return np.take_along_axis(part, order, axis=1), np.take_along_axis(picked, order, axis=1)


def blocks(size: int, block: int) -> Iterator[npt.NDArray[np.intp]]:
    for start in range(0, size, block):
        yield np.arange(start, min(start + block, size))


# BLAS and the canonical sums differ by a few units in the last place (~1e-16 on scores of
# order 1); any pair within this of a row's k-th BLAS score is rescored canonically.
_MARGIN = 1e-9
NONE = -1


def ranked(
    rows: npt.NDArray[np.intp], columns: npt.NDArray[np.intp], scores: Matrix, k: int, n_rows: int
) -> tuple[npt.NDArray[np.intp], Matrix]:
    """Per row (0..n_rows-1), the ``k`` best of the given (row, column, score) triples with
    a positive score, by score then by column (the lower index first on a tie), padded with
    NONE and 0. The order every pool is kept in, whoever computes it."""
    partners = np.full((n_rows, k), NONE, dtype=np.intp)
    values = np.zeros((n_rows, k))
    keep = scores > 0
    rows, columns, scores = rows[keep], columns[keep], scores[keep]
    order = np.lexsort((columns, -scores, rows))
    rows, columns, scores = rows[order], columns[order], scores[order]
    starts = np.searchsorted(rows, np.arange(n_rows))
    place = np.arange(len(rows)) - starts[rows]
    within = place < k
    partners[rows[within], place[within]] = columns[within]
    values[rows[within], place[within]] = scores[within]
    return partners, values


@dataclass(frozen=True)
class Pools:
    """Each row's best partners by canonical score (``ranked``'s order), NONE-padded.
    Whatever a row holds is its exact top; ``complete`` rows hold every partner scoring
    above zero."""

    partners: npt.NDArray[np.intp]
    scores: Matrix
    complete: npt.NDArray[np.bool_]

    def top_lists(self, k: int, fans: int = 10) -> TopLists:
        """The first ``k`` of each pool. Canonical scores are symmetric, so the rows that
        rate a column highest (its fans) are the first partners of its own pool."""
        partners, scores = self.partners[:, :k], self.scores[:, :k]
        fans = min(fans, partners.shape[1])
        return TopLists(partners, scores, partners[:, :fans].copy(), scores[:, :fans].copy())


def pool_rows(scorer: Scorer, rows: npt.NDArray[np.intp], k: int) -> Pools:
    """The ``k`` best partners of each row by canonical score (``ranked``'s order). BLAS
    finds the candidates over every column fast; only those within ``_MARGIN`` of the k-th
    are rescored pair by pair, so the result is what ranking every canonical score gives.
    (A pair scores above zero in both or in neither: its sums add terms of one sign.)"""
    blas = scorer.score_rows(rows).score
    n = blas.shape[1]
    kk = min(k, n)
    kth = -np.partition(-blas, kk - 1, axis=1)[:, kk - 1]
    threshold = np.maximum(kth - _MARGIN, 0.0)
    local, columns = np.nonzero((blas >= threshold[:, None]) & (blas > 0))
    exact = scorer.score_pairs(rows[local], columns).score
    partners, scores = ranked(local, columns, exact, k, len(rows))
    return Pools(partners, scores, (blas > 0).sum(axis=1) <= k)


def all_pools(scorer: Scorer, k: int, block: int | None = None) -> Pools:
    """Every row's pool, a block of rows at a time. Canonical scores do not depend on the
    block, so it is sized to hold a block's score matrices (about a dozen of rows x n)
    near 40 MB each whatever the number of clusters."""
    n = scorer.size
    block = block or max(16, min(512, 5_000_000 // max(n, 1)))
    k = min(k, max(n - 1, 1))
    partners = np.full((n, k), NONE, dtype=np.intp)
    scores = np.zeros((n, k))
    complete = np.zeros(n, dtype=bool)
    for rows in blocks(n, block):
        found = pool_rows(scorer, rows, k)
        partners[rows], scores[rows], complete[rows] = found.partners, found.scores, found.complete
    return Pools(partners, scores, complete)


def all_top_lists(scorer: Scorer, k: int, fans: int = 10, block: int | None = None) -> TopLists:
    return all_pools(scorer, k, block).top_lists(k, fans)
