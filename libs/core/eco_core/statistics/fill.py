"""A region's figures with blank NACE aggregates filled from their published parts (pure).

Eurostat withholds an aggregate in some regions while it publishes the aggregate's parts:
section C is blank in Hamburg (DE60) and five other German regions although most of their
manufacturing divisions are published, section N in PT20 and PT30. Left blank, such a
section drops out of the region's total while the category figures still count its
divisions, which overstates their location quotients (DEC0 by up to 1.45x). The rule here:

- an aggregate that the source lists for the region without a value, and whose parts
  (child codes in the NACE tree) have values, takes the sum of those values, marked
  ``filled``; deepest codes first, so a blank section is filled from divisions that were
  themselves filled from their groups;
- a part without a value counts as nothing: the filled value is what the published parts
  hold, a lower bound where some parts are withheld too, and exactly what the category
  figures of the same region can count;
- codes the source does not list for the region are never created (SBS lists S95 without
  section S: S is not filled from it), and a published aggregate is never changed.

Region totals and category figures are then both taken from the filled values, so every
numerator and its denominator count the same employees.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

Weighted = Sequence[tuple[str, float]]


@dataclass(frozen=True)
class SourceCell:
    """One statistic as stored: the value, or None with the reason (confidential or not)."""

    nuts_id: str
    nace_code: str
    value: float | None
    confidential: bool = False


@dataclass
class RegionValues:
    """A region's values by NACE code after filling, with what was filled and withheld."""

    values: dict[str, float] = field(default_factory=dict)
    filled: set[str] = field(default_factory=set)  # blank in the source, filled from parts
    confidential: set[str] = field(default_factory=set)  # withheld (flag c), not filled


@dataclass(frozen=True)
class RegionTotal:
    value: float
    filled: tuple[str, ...]  # filled aggregates the total counts


@dataclass(frozen=True)
class Figure:
    """A definition's value in one region from the filled values."""

    value: float | None  # weighted sum over ``counted``; None when no code has a value
    counted: tuple[str, ...]
    filled: tuple[str, ...]  # counted codes whose value was filled from parts
    confidential: tuple[str, ...]
    missing: tuple[str, ...]
    partial_weights: bool  # a counted code counts only a share (weight below 1)
    measured_share: float  # share of the definition's NACE classes that ``counted`` covers


def _depth(code: str, parents: Mapping[str, str | None]) -> int:
    depth = 0
    current = parents.get(code)
    while current is not None:
        depth += 1
        current = parents.get(current)
    return depth


def fill_region(cells: Iterable[SourceCell], parents: Mapping[str, str | None]) -> RegionValues:
    """One region's values with its blank aggregates filled from their parts."""
    out = RegionValues()
    blank: list[str] = []
    children: dict[str, list[str]] = defaultdict(list)
    for cell in cells:
        parent = parents.get(cell.nace_code)
        if parent is not None:
            children[parent].append(cell.nace_code)
        if cell.value is not None:
            out.values[cell.nace_code] = cell.value
        else:
            blank.append(cell.nace_code)
            if cell.confidential:
                out.confidential.add(cell.nace_code)
    for code in sorted(blank, key=lambda c: -_depth(c, parents)):
        parts = [out.values[c] for c in children.get(code, ()) if c in out.values]
        if parts:
            out.values[code] = sum(parts)
            out.filled.add(code)
            out.confidential.discard(code)
    return out


def fill_regions(
    cells: Iterable[SourceCell], parents: Mapping[str, str | None]
) -> dict[str, RegionValues]:
    by_region: dict[str, list[SourceCell]] = defaultdict(list)
    for cell in cells:
        by_region[cell.nuts_id].append(cell)
    return {nuts_id: fill_region(group, parents) for nuts_id, group in by_region.items()}


def region_total(region: RegionValues, parents: Mapping[str, str | None]) -> RegionTotal | None:
    """The sum of the region's highest-level values: codes with a value none of whose
    ancestors has one (the sections, and divisions like S95 whose section the source does
    not list), so no employee is counted twice. None when the region has no value."""

    def has_valued_ancestor(code: str) -> bool:
        current = parents.get(code)
        while current is not None:
            if current in region.values:
                return True
            current = parents.get(current)
        return False

    top = [c for c in region.values if not has_valued_ancestor(c)]
    if not top:
        return None
    return RegionTotal(
        value=sum(region.values[c] for c in top),
        filled=tuple(sorted(c for c in top if c in region.filled)),
    )


def figure(region: RegionValues, codes: Weighted, classes: Mapping[str, int]) -> Figure:
    """A definition's weighted sum in one region, saying which codes it counted.

    ``measured_share`` weighs each code by the NACE classes it covers times its weight
    (division 20 x 0.0438 is 0.7 of a class): the share of the definition the region's
    figures measure, whatever the codes' sizes in employment, which the data cannot say
    for the codes it lacks."""
    counted = [(c, w) for c, w in codes if c in region.values]
    size = sum(w * classes.get(c, 1) for c, w in codes)
    measured = sum(w * classes.get(c, 1) for c, w in counted)
    names = [c for c, _ in counted]
    return Figure(
        value=sum(w * region.values[c] for c, w in counted) if counted else None,
        counted=tuple(sorted(names)),
        filled=tuple(sorted(c for c in names if c in region.filled)),
        confidential=tuple(sorted(c for c, _ in codes if c in region.confidential)),
        missing=tuple(
            sorted(c for c, _ in codes if c not in region.values and c not in region.confidential)
        ),
        partial_weights=any(w < 1 for _, w in counted),
        measured_share=measured / size if size > 0 else 0.0,
    )
