"""Input-output tables (Eurostat ``naio_10_cp1700`` layout) as NACE-division linkages (pure).

A symmetric product x product table gives, for each product j, what it buys from every
product i (``Z[i, j]``) and its output (row ``P1``). The technical coefficient
``A[i, j] = Z[i, j] / P1[j]`` is the share of j's output value spent on inputs from i: how
much j's producers need i's. CPA products map to NACE divisions (``CPA_C10-12`` is divisions
10-12, ``CPA_B`` all of section B); a division inherits its product's coefficients.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_PRODUCT = re.compile(r"^CPA_([A-U])(\d{2})?(?:([-_])(\d{2}))?([AB])?$")
OUTPUT_ROW = "P1"


@dataclass(frozen=True)
class InputOutputTable:
    products: tuple[str, ...]
    coefficients: npt.NDArray[np.float64]  # A[i, j]: input from i per unit of j's output

    def index(self) -> dict[str, int]:
        return {p: i for i, p in enumerate(self.products)}


def parse_table(lines: Iterable[str]) -> InputOutputTable:
    rows = list(csv.reader(lines))
    header = rows[0]
    products = [c for c in header[1:] if _PRODUCT.match(c)]
    columns = [header.index(p) for p in products]
    values = {row[0]: row for row in rows[1:] if row}
    if OUTPUT_ROW not in values:
        raise ValueError(f"the table has no {OUTPUT_ROW} (output) row")
    z = np.array([[float(values[p][c] or 0) for c in columns] for p in products])
    output = np.array([float(values[OUTPUT_ROW][c] or 0) for c in columns])
    with np.errstate(divide="ignore", invalid="ignore"):
        a = np.where(output > 0, z / output, 0.0)
    return InputOutputTable(tuple(products), a)


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


def division_coefficients(
    table: InputOutputTable, section_divisions: Mapping[str, Sequence[str]]
) -> tuple[list[str], npt.NDArray[np.float64]]:
    """Coefficients between NACE divisions. A product covering several divisions gives each
    the product's coefficients as a buyer, and an equal share of them as a supplier, so a
    buyer's inputs still add up to what the table says."""
    divisions: list[str] = []
    owner: list[int] = []
    for p, product in enumerate(table.products):
        covered = product_divisions(product, section_divisions)
        divisions += covered
        owner += [p] * len(covered)
    sizes = np.bincount(owner, minlength=len(table.products)).astype(np.float64)
    owners = np.array(owner)
    supplier_share = 1.0 / sizes[owners]
    coefficients = table.coefficients[np.ix_(owners, owners)] * supplier_share[:, None]
    return divisions, coefficients


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
