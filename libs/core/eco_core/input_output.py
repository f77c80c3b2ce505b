"""Input-output tables (Eurostat ``naio_10_cp1700`` layout) as NACE-division linkages (pure).

A symmetric product x product table gives, for each product j, what it buys from every
product i (``Z[i, j]``) and its output (row ``P1``). The technical coefficient
``A[i, j] = Z[i, j] / P1[j]`` is the share of j's output value spent on inputs from i: how
much j's producers need i's. CPA products map to NACE divisions (``CPA_C10-12`` is divisions
10-12, as does ``CPA_C10-C12``; ``CPA_B`` all of section B); a division inherits its
product's coefficients.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

# CPA_C29, CPA_C10-12 and CPA_C10-C12 (naio_cp17_r2 repeats the section letter), CPA_D,
# CPA_L68A.
_PRODUCT = re.compile(r"^CPA_([A-U])(\d{2})?(?:([-_])[A-U]?(\d{2}))?([AB])?$")
OUTPUT_ROW = "P1"


def _shares(flows: npt.NDArray[np.float64], totals: npt.NDArray[np.float64]) -> Any:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(totals > 0, flows / totals, 0.0)


@dataclass(frozen=True)
class InputOutputTable:
    products: tuple[str, ...]
    flows: npt.NDArray[np.float64]  # Z[i, j]: what j's producers buy from i
    output: npt.NDArray[np.float64]  # P1[j]

    @property
    def coefficients(self) -> npt.NDArray[np.float64]:
        """A[i, j]: input from i per unit of j's output."""
        result: npt.NDArray[np.float64] = _shares(self.flows, self.output[None, :])
        return result

    def index(self) -> dict[str, int]:
        return {p: i for i, p in enumerate(self.products)}


def is_product(code: str) -> bool:
    return _PRODUCT.match(code) is not None


def parse_table(lines: Iterable[str]) -> InputOutputTable:
    """The wide layout (``prod_na`` rows, one column per product, a ``P1`` row), as the
    R package iotables and Eurostat's table viewer export it."""
    rows = list(csv.reader(lines))
    header = rows[0]
    products = [c for c in header[1:] if _PRODUCT.match(c)]
    columns = [header.index(p) for p in products]
    values = {row[0]: row for row in rows[1:] if row}
    if OUTPUT_ROW not in values:
        raise ValueError(f"the table has no {OUTPUT_ROW} (output) row")
    z = np.array([[float(values[p][c] or 0) for c in columns] for p in products])
    output = np.array([float(values[OUTPUT_ROW][c] or 0) for c in columns])
    return InputOutputTable(tuple(products), z, output)


def product_divisions(product: str, section_divisions: Mapping[str, Sequence[str]]) -> list[str]:
    """The NACE divisions a CPA product covers: CPA_C10-12 -> 10, 11, 12; CPA_B -> 05-09."""
    match = _PRODUCT.match(product)
    if match is None:
        return []
    section, first, _sep, last, _suffix = match.groups()
    if first is None:
        return list(section_divisions.get(section, ()))
    end = int(last) if last else int(first)
    return [f"{d:02d}" for d in range(int(first), end + 1)]


def linkage(
    coefficients: npt.NDArray[np.float64],
    supplier: npt.NDArray[np.float64],
    buyer: npt.NDArray[np.float64],
) -> float:
    """How much a buyer profile (weights over divisions) needs a supplier profile: the
    buyer-weighted share of its inputs that come from the supplier's divisions."""
    total = buyer.sum()
    if total <= 0:
        return 0.0
    return float(supplier @ coefficients @ buyer / total)


@dataclass(frozen=True)
class DivisionFlows:
    """A table restated between NACE divisions. A product covering several divisions is
    split evenly among them, as a supplier and as a buyer; products of one division (real
    estate's 68A and 68B) are added up."""

    divisions: tuple[str, ...]
    flows: npt.NDArray[np.float64]
    output: npt.NDArray[np.float64]

    @property
    def input_shares(self) -> npt.NDArray[np.float64]:
        """[d, e]: share of e's output value spent on inputs from d (technical coefficients:
        how much e needs d)."""
        result: npt.NDArray[np.float64] = _shares(self.flows, self.output[None, :])
        return result

    @property
    def output_shares(self) -> npt.NDArray[np.float64]:
        """[d, e]: share of d's output that e buys (how much d lives on selling to e)."""
        result: npt.NDArray[np.float64] = _shares(self.flows, self.output[:, None])
        return result


def aligned(flows: DivisionFlows, divisions: Sequence[str]) -> DivisionFlows:
    """The table over ``divisions`` (in that order): a division it lacks has no flows."""
    if tuple(divisions) == flows.divisions:
        return flows
    take = [flows.divisions.index(d) if d in flows.divisions else -1 for d in divisions]
    n = len(divisions)
    matrix, output = np.zeros((n, n)), np.zeros(n)
    for i, a in enumerate(take):
        if a < 0:
            continue
        output[i] = flows.output[a]
        for j, b in enumerate(take):
            if b >= 0:
                matrix[i, j] = flows.flows[a, b]
    return DivisionFlows(tuple(divisions), matrix, output)


def output_weighted_mean(tables: Sequence[DivisionFlows]) -> DivisionFlows:
    """An EU-wide table from national ones in one unit: each country's technical
    coefficients weighted by its total output (the sum of its products' output), so
    ``A = sum_c w_c A_c`` with ``w_c = X_c / sum X``. Stated as flows over the summed
    output (``Z[d, e] = A[d, e] x sum_c X_c[e]``), so that its input shares are exactly that
    mean; its output shares are those flows over the summed output of the supplier."""
    divisions = tuple(sorted({d for t in tables for d in t.divisions}))
    restated = [aligned(t, divisions) for t in tables]
    totals = np.array([t.output.sum() for t in restated])
    weights = totals / totals.sum()
    mean = sum(
        (w * t.input_shares for w, t in zip(weights, restated, strict=True)),
        np.zeros((len(divisions), len(divisions))),
    )
    output = sum((t.output for t in restated), np.zeros(len(divisions)))
    return DivisionFlows(divisions, mean * output[None, :], output)


def to_divisions(
    table: InputOutputTable, section_divisions: Mapping[str, Sequence[str]]
) -> DivisionFlows:
    covered = [product_divisions(p, section_divisions) for p in table.products]
    divisions = tuple(sorted({d for c in covered for d in c}))
    column = {d: k for k, d in enumerate(divisions)}
    split = np.zeros((len(table.products), len(divisions)))
    for p, codes in enumerate(covered):
        for d in codes:
            split[p, column[d]] += 1.0 / len(codes)
    return DivisionFlows(divisions, split.T @ table.flows @ split, split.T @ table.output)


class DivisionIndex:
    """The table's divisions, and where a NACE code falls among them.

    ``class_counts`` (NACE classes under each code, ``eco_core.definitions.coarsen``) lets
    a code say how much of its division it is: without them every code counts as its
    whole division."""

    def __init__(
        self,
        divisions: Sequence[str],
        section_divisions: Mapping[str, Sequence[str]],
        class_counts: Mapping[str, int] | None = None,
    ) -> None:
        self.divisions = tuple(divisions)
        self._column = {d: i for i, d in enumerate(divisions)}
        self._sections = section_divisions
        self._classes = class_counts or {}

    def spread(self, code: str) -> list[int]:
        """The columns a NACE code falls in: a section spreads over its divisions; a
        division, group or class falls in its division (when the table has it)."""
        code = code.strip().upper()
        covered = self._sections.get(code, ()) if code.isalpha() else (code[:2],)
        return [self._column[d] for d in covered if d in self._column]

    def coverage(self, code: str) -> float:
        """The share of its division a code covers, by NACE classes (plastics, 22.2, is 4
        of the 6 classes of division 22: 0.667). A section or division covers its
        divisions whole; so does a code whose classes are not known. Employment is not
        spread evenly over classes: this is the same explicit assumption the definition
        sets make when they fit codes to coarser statistics."""
        code = code.strip().upper()
        if code.isalpha() or len(code) <= 2:
            return 1.0
        own, division = self._classes.get(code), self._classes.get(code[:2])
        if not own or not division:
            return 1.0
        return min(1.0, own / division)

    def weights(self, codes: Sequence[tuple[str, float]]) -> npt.NDArray[np.float64]:
        """Each code's weight over the divisions it falls in, shared evenly."""
        vector = np.zeros(len(self.divisions))
        for code, weight in codes:
            columns = self.spread(code)
            for column in columns:
                vector[column] += weight / len(columns)
        return vector

    def covered(self, codes: Sequence[tuple[str, float]]) -> npt.NDArray[np.float64]:
        """The share of each division the codes cover: weight x coverage, added up over
        the codes (a section covers each of its divisions), at most 1. A code whose
        ancestor is also listed is already counted by it."""
        listed = {c.strip().upper() for c, _w in codes}
        vector = np.zeros(len(self.divisions))
        for code, weight in codes:
            clean = code.strip().upper()
            if any(clean != other and _contains(other, clean) for other in listed):
                continue
            for column in self.spread(clean):
                vector[column] += weight * self.coverage(clean)
        result: npt.NDArray[np.float64] = np.minimum(vector, 1.0)
        return result

    def vector(self, codes: Sequence[tuple[str, float]]) -> npt.NDArray[np.float64]:
        """The weights, summing to 1 (zero when no code falls in the table)."""
        vector = self.weights(codes)
        total = vector.sum()
        return vector / total if total > 0 else vector


def _contains(ancestor: str, code: str) -> bool:
    """22 contains 22.2 and 22.29; 22.2 contains 22.29 (sections are not compared)."""
    return not ancestor.isalpha() and code.startswith(ancestor)
