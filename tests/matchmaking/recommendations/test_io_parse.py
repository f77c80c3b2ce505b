"""Input-output tables in both layouts, restated between NACE divisions (pure)."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from eco_core.input_output import parse_table, to_divisions
from eco_core.io_tables.parse import TableRefused, parse_any, parse_long

TABLE = (
    Path(__file__).resolve().parents[3] / "reference_data/io/eurostat_naio_10_cp1700_HU_2020.csv"
)
SECTIONS = {"A": ["01", "02", "03"], "B": ["05", "06", "07", "08", "09"], "L": ["68"]}


def wide_lines() -> list[str]:
    return TABLE.read_text(encoding="utf-8").splitlines()


def as_eurostat_tsv(geos: dict[str, float]) -> str:
    """The shipped table in Eurostat's bulk TSV layout, for each geo scaled by a factor."""
    rows = list(csv.reader(wide_lines()))
    header = rows[0]
    lines = ["freq,unit,stk_flow,induse,prod_na,geo\\TIME_PERIOD\t2020 \t2019 "]
    for geo, factor in geos.items():
        for row in rows[1:]:
            for column, raw in zip(header[1:], row[1:], strict=True):
                if not raw:
                    continue
                value = float(raw) * factor
                lines.append(f"A,MIO_NAC,TOTAL,{column},{row[0]},{geo}\t{value:.1f} \t: ")
                lines.append(f"A,MIO_NAC,DOM,{column},{row[0]},{geo}\t1.0 \t: ")
    return "\n".join(lines) + "\n"


def test_eurostat_tsv_gives_the_same_table_as_the_wide_csv() -> None:
    wide = parse_any(wide_lines())
    parsed = parse_any(as_eurostat_tsv({"HU": 1.0, "SK": 2.0}).splitlines(), geo="HU")
    assert (parsed.geo, parsed.year, parsed.unit) == ("HU", 2020, "MIO_NAC")
    index = {p: i for i, p in enumerate(parsed.table.products)}
    order = [index[p] for p in wide.table.products]
    assert parsed.table.flows[np.ix_(order, order)] == pytest.approx(wide.table.flows, abs=0.06)
    assert parsed.table.output[order] == pytest.approx(wide.table.output, abs=0.06)


def test_divisions_split_shared_products_and_merge_split_ones() -> None:
    table = parse_table(wide_lines())
    flows = to_divisions(table, SECTIONS)
    assert flows.divisions.count("68") == 1
    index = table.index()
    d = {code: i for i, code in enumerate(flows.divisions)}
    # What cars (29) buy from plastics (22), per unit of output, is the table's coefficient.
    assert flows.input_shares[d["22"], d["29"]] == pytest.approx(
        table.flows[index["CPA_C22"], index["CPA_C29"]] / table.output[index["CPA_C29"]]
    )
    # Food (C10-12) is split evenly among 10, 11 and 12 as a supplier.
    food = [d["10"], d["11"], d["12"]]
    assert flows.input_shares[food, d["29"]].sum() == pytest.approx(
        table.coefficients[index["CPA_C10-12"], index["CPA_C29"]]
    )
    # Real estate's two products (68A, 68B) add up.
    assert flows.output[d["68"]] == pytest.approx(
        table.output[index["CPA_L68A"]] + table.output[index["CPA_L68B"]]
    )
    # Output shares: the share of plastics' output that car makers buy.
    assert flows.output_shares[d["22"], d["29"]] == pytest.approx(
        table.flows[index["CPA_C22"], index["CPA_C29"]] / table.output[index["CPA_C22"]]
    )


@pytest.mark.parametrize(
    ("edit", "message", "line"),
    [
        (lambda rows: rows.__setitem__(1, rows[1].replace("503679.0", "-5.0", 1)), "negative", 2),
        (lambda rows: rows.__setitem__(2, rows[2].replace("1986.0", "lots", 1)), "not a number", 3),
        (lambda rows: rows.__setitem__(0, "geo,value"), "not an input-output table", 1),
        (
            lambda rows: rows.__delitem__(
                next(i for i, r in enumerate(rows) if r.startswith("P1,"))
            ),
            "P1",
            1,
        ),
    ],
)
def test_broken_tables_are_refused_with_their_line(edit, message, line) -> None:  # type: ignore[no-untyped-def]
    rows = wide_lines()
    edit(rows)
    with pytest.raises(TableRefused, match=message) as refused:
        parse_any(rows)
    assert refused.value.line == line


def test_a_tsv_with_several_countries_needs_a_geo() -> None:
    with pytest.raises(TableRefused, match="several countries"):
        parse_any(as_eurostat_tsv({"HU": 1.0, "SK": 2.0}).splitlines())
    with pytest.raises(TableRefused, match="no values for HU in 2019"):
        parse_any(as_eurostat_tsv({"HU": 1.0}).splitlines(), year=2019)


def _long(geo: str, factor: float = 1.0, l68: bool = False, negative: float = 0.0) -> list[str]:
    """The shipped wide table in naio_cp17_r2's long layout: CPA_C10-C12 style codes, no
    P1 row but P2PP and B1G whose sum is the output."""
    rows = list(csv.reader(wide_lines()))
    header = rows[0]
    values = {row[0]: row for row in rows[1:]}
    products = [c for c in header[1:] if c.startswith("CPA_")]
    lines = []
    for p in products:
        for u in products:
            raw = values[p][header.index(u)]
            if negative and (p, u) == ("CPA_C29", "CPA_C20"):
                raw = str(negative)
            if raw:
                lines.append(f"{geo},2010,{_cp17(p)},{_cp17(u)},{float(raw) * factor}")
    for u in products:
        output = float(values["P1"][header.index(u)] or 0) * factor
        lines.append(f"{geo},2010,P2PP,{_cp17(u)},{output * 0.6}")
        lines.append(f"{geo},2010,B1G,{_cp17(u)},{output * 0.4}")
    if l68:  # the whole of real estate, stated next to its parts
        lines += [f"{geo},2010,CPA_L68,CPA_C29,7.0", f"{geo},2010,CPA_C29,CPA_L68,3.0"]
    return lines


def _cp17(code: str) -> str:
    # CPA_C10-12 -> CPA_C10-C12, CPA_C31_32 -> CPA_C31_C32, as naio_cp17_r2 writes them.
    if code[4:5].isalpha() and len(code) > 8 and code[7] in "-_":
        return f"{code[:8]}{code[4]}{code[8:]}"
    return code


def test_the_long_layout_gives_the_wide_tables_coefficients() -> None:
    wide = parse_any(wide_lines()).table
    header = "geo,year,row,col,value"
    one = parse_any([header, *_long("DE", 2.0)])
    assert (one.geo, one.year, one.unit, one.dataset) == ("DE", 2010, "MIO_EUR", "naio_cp17_r2")
    assert "CPA_C10-C12" in one.table.products
    assert len(one.table.products) == len(wide.products)
    np.testing.assert_allclose(one.table.coefficients, wide.coefficients, atol=1e-12)
    both = parse_long([*_long("DE"), *_long("IT", l68=True, negative=-0.5)])
    assert [(t.geo, t.zeroed) for t in both] == [("DE", 0), ("IT", 1)]
    # CPA_L68 is all of division 68: its parts are left out.
    assert "CPA_L68" in both[1].table.products
    assert not {"CPA_L68A", "CPA_L68B"} & set(both[1].table.products)
    with pytest.raises(TableRefused, match="several tables"):
        parse_any([header, *_long("DE"), *_long("IT")])
    with pytest.raises(TableRefused, match="negative intermediate flow"):
        parse_long(_long("IT", negative=-50.0))
