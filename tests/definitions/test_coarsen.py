"""Coarsening a definition to the codes a statistics source publishes."""

from __future__ import annotations

from decimal import Decimal

from eco_core.definitions.coarsen import class_counts, coarsen
from eco_core.definitions.content import CodeWeight, DefinitionDraft

# A slice of NACE: division 22 with its groups and six classes, and trade group 45.2.
PARENTS: dict[str, str | None] = {
    "C": None,
    "22": "C",
    "22.1": "22",
    "22.11": "22.1",
    "22.19": "22.1",
    "22.2": "22",
    "22.21": "22.2",
    "22.22": "22.2",
    "22.23": "22.2",
    "22.29": "22.2",
    "G": None,
    "45": "G",
    "45.2": "45",
    "45.20": "45.2",
}


def _draft(slug: str, *codes: tuple[str, str]) -> DefinitionDraft:
    return DefinitionDraft(
        kind="category",
        slug=slug,
        name=slug,
        description=None,
        codes=tuple(CodeWeight(code, Decimal(w)) for code, w in codes),
    )


def test_class_counts() -> None:
    counts = class_counts(PARENTS)
    assert counts["22"] == 6
    assert counts["22.2"] == 4
    assert counts["22.22"] == 1
    assert counts["C"] == 6


def test_codes_move_to_the_published_ancestor_with_their_class_share() -> None:
    plastics = _draft("plastics", ("22.2", "1"))
    packaging = _draft("packaging", ("22.22", "1"), ("45.2", "0.5"))
    coarse = coarsen([plastics, packaging], PARENTS, published={"C", "22", "45.2"})
    assert coarse[0].codes == (CodeWeight("22", Decimal("0.6667")),)
    # 22.22 is one class of six; 45.2 is published as it is, weight kept.
    assert coarse[1].codes == (
        CodeWeight("22", Decimal("0.1667")),
        CodeWeight("45.2", Decimal("0.5")),
    )


def test_codes_of_one_ancestor_add_up_and_unpublished_codes_stay() -> None:
    rubber_and_plastics = _draft("rp", ("22.1", "1"), ("22.2", "1"), ("99.99", "1"))
    (coarse,) = coarsen([rubber_and_plastics], PARENTS, published={"22"})
    assert coarse.codes == (
        CodeWeight("22", Decimal("1")),
        CodeWeight("99.99", Decimal("1")),
    )
