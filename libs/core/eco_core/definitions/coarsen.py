"""Fit a definition set to the NACE detail a statistics source publishes (pure).

Regional statistics are often published for divisions only (Eurostat SBS: divisions, and
groups in trade), while definitions name groups and classes. Matched exactly, most codes
would find no figure. Coarsening moves each code that the source lacks to its nearest
ancestor that the source has, with its weight scaled by the share of NACE classes it covers
under that ancestor (plastics, 22.2, is 4 of the 6 classes of division 22: weight 0.6667).
The class-count share is an assumption - employment is not spread evenly over classes -
made explicit and reproducible; codes of one ancestor taken by several definitions share
it without counting any class twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from decimal import ROUND_HALF_EVEN, Decimal

from eco_core.definitions.content import WEIGHT_PLACES, CodeWeight, DefinitionDraft

_QUANTUM = Decimal(1).scaleb(-WEIGHT_PLACES)


def class_counts(parents: Mapping[str, str | None]) -> dict[str, int]:
    """How many leaf codes (NACE classes) lie under each code, itself included if a leaf."""
    children: dict[str, list[str]] = defaultdict(list)
    for code, parent in parents.items():
        if parent is not None:
            children[parent].append(code)
    counts: dict[str, int] = {}

    def count(code: str) -> int:
        if code not in counts:
            kids = children.get(code, [])
            counts[code] = sum(count(k) for k in kids) if kids else 1
        return counts[code]

    for code in parents:
        count(code)
    return counts


def _nearest_published(
    code: str, parents: Mapping[str, str | None], published: Collection[str]
) -> str | None:
    current: str | None = code
    while current is not None:
        if current in published:
            return current
        current = parents.get(current)
    return None


def coarsen(
    definitions: list[DefinitionDraft],
    parents: Mapping[str, str | None],
    published: Collection[str],
) -> list[DefinitionDraft]:
    """The same definitions on the codes ``published`` has; codes with no published
    ancestor are kept as they are (a scoring run reports them as missing)."""
    counts = class_counts(parents)
    out: list[DefinitionDraft] = []
    for definition in definitions:
        weights: dict[str, Decimal] = defaultdict(Decimal)
        for code in definition.codes:
            target = _nearest_published(code.nace_code, parents, published) or code.nace_code
            share = Decimal(counts.get(code.nace_code, 1)) / Decimal(counts.get(target, 1))
            weights[target] += code.weight * share
        codes = tuple(
            CodeWeight(
                nace_code=target,
                weight=min(Decimal(1), weight.quantize(_QUANTUM, rounding=ROUND_HALF_EVEN))
                or _QUANTUM,
            )
            for target, weight in sorted(weights.items())
        )
        out.append(
            DefinitionDraft(
                kind=definition.kind,
                slug=definition.slug,
                name=definition.name,
                description=definition.description,
                codes=codes,
            )
        )
    return out
