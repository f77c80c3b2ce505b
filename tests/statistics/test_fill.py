"""Blank NACE aggregates filled from their published parts, region totals and definition
figures on the filled values (pure)."""

from __future__ import annotations

import pytest

from eco_core.definitions.coarsen import class_counts
from eco_core.statistics.fill import SourceCell, figure, fill_region, fill_regions, region_total

# A corner of the NACE tree: B with two divisions, C with three, G with a division of groups,
# S with division 95 (SBS lists S95 without S).
PARENTS: dict[str, str | None] = {
    "B": None,
    "05": "B",
    "06": "B",
    "C": None,
    "10": "C",
    "11": "C",
    "12": "C",
    "10.1": "10",
    "10.2": "10",
    "G": None,
    "45": "G",
    "46": "G",
    "45.1": "45",
    "45.2": "45",
    "S": None,
    "95": "S",
}


def cells(
    values: dict[str, float | None], confidential: set[str] | None = None
) -> list[SourceCell]:
    withheld = confidential or set()
    return [SourceCell("XX00", c, v, c in withheld) for c, v in values.items()]


def test_a_blank_section_takes_the_sum_of_its_published_divisions() -> None:
    region = fill_region(cells({"C": None, "10": 5.0, "11": None, "12": 7.0}), PARENTS)
    # 11 is withheld too: C counts what is published, a lower bound, marked filled.
    assert region.values["C"] == 12.0
    assert region.filled == {"C"}
    assert "11" not in region.values


def test_filling_works_upwards_from_the_deepest_codes() -> None:
    region = fill_region(
        cells({"G": None, "45": None, "45.1": 3.0, "45.2": 4.0, "46": 10.0}), PARENTS
    )
    assert (region.values["45"], region.values["G"]) == (7.0, 17.0)
    assert region.filled == {"45", "G"}


def test_published_codes_are_never_changed_and_unlisted_ones_never_created() -> None:
    region = fill_region(cells({"C": 100.0, "10": 5.0, "12": 7.0, "95": 4.0}), PARENTS)
    assert region.values["C"] == 100.0  # not 12: the section is published
    assert "S" not in region.values  # S95 is listed, S is not
    assert region.filled == set()


def test_a_blank_code_without_published_parts_stays_blank_and_confidential() -> None:
    region = fill_region(cells({"B": None, "05": None, "06": None}, {"B", "05"}), PARENTS)
    assert region.values == {}
    assert region.confidential == {"B", "05"}
    filled_instead = fill_region(cells({"B": None, "05": 0.0}, {"B"}), PARENTS)
    assert filled_instead.values["B"] == 0.0
    assert filled_instead.confidential == set()


def test_the_total_counts_each_employee_once_with_filled_sections() -> None:
    region = fill_region(
        cells({"B": 20.0, "05": 8.0, "C": None, "10": 5.0, "12": 7.0, "95": 4.0}), PARENTS
    )
    total = region_total(region, PARENTS)
    assert total is not None
    assert total.value == 20.0 + 12.0 + 4.0  # B (not 05 again), C filled, S95
    assert total.filled == ("C",)
    assert region_total(fill_region(cells({"C": None}), PARENTS), PARENTS) is None


def test_a_part_whose_parent_is_missing_but_grandparent_published_is_not_counted_twice() -> None:
    region = fill_region(cells({"G": 30.0, "45.1": 3.0}), PARENTS)
    total = region_total(region, PARENTS)
    assert total is not None
    assert total.value == 30.0


def test_figures_count_filled_codes_and_say_how_much_they_measure() -> None:
    classes = class_counts(PARENTS)
    region = fill_region(cells({"C": None, "10": 5.0, "11": None, "12": 7.0}), PARENTS)
    # A definition on section C (4 classes: 10.1, 10.2, 11, 12) and on 11 x 0.5.
    whole = figure(region, [("C", 1.0)], classes)
    assert (whole.value, whole.counted, whole.filled) == (12.0, ("C",), ("C",))
    assert (whole.partial_weights, whole.measured_share) == (False, 1.0)
    mixed = figure(region, [("10", 0.5), ("11", 1.0)], classes)
    assert mixed.value == 2.5
    assert mixed.missing == ("11",)
    assert mixed.partial_weights is True
    # 10 x 0.5 is one class of the two in 10 and 11 is one more: 1 of 2 measured.
    assert mixed.measured_share == pytest.approx(0.5)
    none = figure(region, [("11", 1.0)], classes)
    assert (none.value, none.measured_share) == (None, 0.0)


def test_regions_are_filled_each_on_their_own() -> None:
    rows = [
        SourceCell("AA11", "C", None),
        SourceCell("AA11", "10", 5.0),
        SourceCell("AA12", "C", 9.0),
        SourceCell("AA12", "10", 5.0),
    ]
    regions = fill_regions(rows, PARENTS)
    assert (regions["AA11"].values["C"], regions["AA12"].values["C"]) == (5.0, 9.0)
    assert (regions["AA11"].filled, regions["AA12"].filled) == ({"C"}, set())
