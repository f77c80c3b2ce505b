"""The parsers and the row validator on plain text: no database."""

from __future__ import annotations

import io

import pytest

from eco_core.imports.report import ProblemLog
from eco_core.statistics.codes import indicator_of, nace_from_eurostat
from eco_core.statistics.parse import (
    MAX_LINE_CHARS,
    BrokenLine,
    Cell,
    FileRefused,
    Layout,
    SourceLine,
    StatisticsFormat,
    read_header,
    read_lines,
)
from eco_core.statistics.validate import CodeLists, RowValidator, StagedRecord

CODES = CodeLists(
    nuts_version=2013,
    nuts_ids=frozenset({"DE", "DE2", "DE21", "DE22", "FR30"}),
    nace_sections={
        "C": "C",
        "10": "C",
        "10.1": "C",
        "10.11": "C",
        "G": "G",
        "45.1": "G",
        "95": "S",
        "05": "B",
    },
)


def parsed(
    text: str, declared: StatisticsFormat | None = None
) -> tuple[Layout, list[SourceLine | BrokenLine]]:
    source = io.BytesIO(text.encode())
    layout = read_header(source, declared)
    return layout, list(read_lines(source, layout))


def validated(text: str) -> tuple[list[StagedRecord], ProblemLog, RowValidator]:
    layout, lines = parsed(text)
    log = ProblemLog()
    validator = RowValidator(layout, CODES, log, default_indicator="employment", last_year=2025)
    records = [r for line in lines for r in validator.records(line)]
    return records, log, validator


@pytest.mark.parametrize(
    ("eurostat", "plain"),
    [
        ("C", "C"),
        ("C10", "10"),
        ("G451", "45.1"),
        ("C1011", "10.11"),
        ("S95", "95"),
        ("B05", "05"),
        ("10.1", "10.1"),
        (" c10 ", "10"),
        ("B-N_S95_X_K", None),
        ("C10-C12", None),
        ("TOTAL", None),
        ("C1", None),
    ],
)
def test_eurostat_nace_notation(eurostat: str, plain: str | None) -> None:
    assert nace_from_eurostat(eurostat) == plain


def test_indicator_codes_of_both_generations() -> None:
    assert indicator_of("V16110") == "employment"
    assert indicator_of("EMP_LOC_NR") == "employment"
    assert indicator_of("V13320") == "wages_salaries"
    assert indicator_of("WAGE_LOC_MEUR") == "wages_salaries"
    assert indicator_of("V11210") == "local_units"
    assert indicator_of("turnover") == "turnover"
    assert indicator_of("V16130") is None  # employees: not an indicator of ours


def test_old_style_tsv_with_flags() -> None:
    text = (
        "nace_r2,indic_sb,geo\\time\t2015 \t2014 \n"
        "C,V16110,DE21\t398403 \t: \n"
        "G451,V16110,DE22\t: c\t1234 p\n"
        "C10,V13320,DE21\t12.5 e\t:c\n"
    )
    layout, lines = parsed(text)
    assert layout.format is StatisticsFormat.EUROSTAT_TSV
    assert layout.years == ("2015", "2014")
    assert layout.indicator_column == "indic_sb"
    first = lines[0]
    assert isinstance(first, SourceLine)
    assert (first.row, first.geo, first.nace, first.indicator) == (2, "DE21", "C", "V16110")
    assert first.cells == (Cell("2015", "398403", ""), Cell("2014", "", ""))

    records, log, validator = validated(text)
    assert not log
    assert validator.rows_read == 6
    assert records == [
        (2, "employment", "DE21", "C", 2015, "398403", "persons", None),
        (2, "employment", "DE21", "C", 2014, None, "persons", "missing"),
        (3, "employment", "DE22", "45.1", 2015, None, "persons", "c"),
        (3, "employment", "DE22", "45.1", 2014, "1234", "persons", "p"),
        (4, "wages_salaries", "DE21", "10", 2015, "12.5", "EUR million", "e"),
        (4, "wages_salaries", "DE21", "10", 2014, None, "EUR million", "c"),
    ]


def test_new_style_tsv() -> None:
    text = (
        "freq,nace_r2,indic_sbs,geo\\TIME_PERIOD\t2021 \t2022 \n"
        "A,C,EMP_LOC_NR,DE21\t400100 \t401200 p\n"
        "A,S95,LOC_NR,FR30\t: c\t812 \n"
    )
    records, log, _ = validated(text)
    assert not log
    assert [r[1:] for r in records] == [
        ("employment", "DE21", "C", 2021, "400100", "persons", None),
        ("employment", "DE21", "C", 2022, "401200", "persons", "p"),
        ("local_units", "FR30", "95", 2021, None, "local units", "c"),
        ("local_units", "FR30", "95", 2022, "812", "local units", None),
    ]


def test_shipped_long_csv_layout() -> None:
    text = (
        "geo,nuts_level,nace_r2,year,value,flag\n"
        "DE21,2,C,2015,398403,\n"
        "DE22,2,B05,2015,,missing\n"
        "FR30,2,C10,2015,219,d\n"
    )
    records, log, _ = validated(text)
    assert not log
    assert records == [
        (2, "employment", "DE21", "C", 2015, "398403", "persons", None),
        (3, "employment", "DE22", "05", 2015, None, "persons", "missing"),
        (4, "employment", "FR30", "10", 2015, "219", "persons", "d"),
    ]


def test_long_csv_with_indicator_and_unit_columns() -> None:
    text = (
        "geo,nace_r2,year,value,indicator,unit\n"
        "DE21,C,2015,12.5,V13320,EUR million\n"
        '"DE21","G451",2015,"30",enterprises,\n'
    )
    records, log, _ = validated(text)
    assert not log
    assert [r[1:] for r in records] == [
        ("wages_salaries", "DE21", "C", 2015, "12.5", "EUR million", None),
        ("enterprises", "DE21", "45.1", 2015, "30", "enterprises", None),
    ]


def test_row_problems_name_row_column_and_value() -> None:
    text = (
        "geo,nuts_level,nace_r2,year,value,flag\n"
        "XX99,2,C,2015,1,\n"  # unknown region
        "DE21,2,B-N_S95_X_K,2015,1,\n"  # aggregate
        "DE21,2,G10,2015,1,\n"  # division 10 is not in section G
        "DE21,2,C,2015,-5,\n"  # negative
        "DE21,2,C,1850,5,\n"  # year out of range
        "DE21,2,C,2015,1 234,\n"  # not a number
        "DE21,1,C,2015,5,\n"  # level does not match the code
        "DE21,2,C,2015,5,not a flag\n"
        "DE21,2,C\n"  # too few fields
        "DE22,2,C,2015,7,\n"  # valid
    )
    records, log, validator = validated(text)
    assert [r[0] for r in records] == [11]
    assert validator.rows_read == 10
    assert validator.rows_invalid == 9
    found = [(p.row, p.column, p.value) for p in log.listed]
    assert found == [
        (2, "geo", "XX99"),
        (3, "nace_r2", "B-N_S95_X_K"),
        (4, "nace_r2", "G10"),
        (5, "value", "-5"),
        (6, "year", "1850"),
        (7, "value", "1 234"),
        (8, "nuts_level", "1"),
        (9, "flag", "not a flag"),
        (10, None, None),
    ]
    assert "NUTS 2013" in log.listed[0].problem
    assert "negative" in log.listed[3].problem


def test_a_bad_key_in_a_tsv_line_invalidates_its_cells_once() -> None:
    text = (
        "nace_r2,indic_sb,geo\\time\t2015 \t2014 \nC,V99999,DE21\t1 \t2 \nC,V16110,DE21\t-1 \t2 \n"
    )
    records, log, validator = validated(text)
    assert [(p.row, p.column) for p in log.listed] == [(2, "indic_sb"), (3, "2015")]
    assert (validator.rows_read, validator.rows_invalid, len(records)) == (4, 3, 1)


@pytest.mark.parametrize(
    ("text", "declared", "words"),
    [
        ("", None, "empty"),
        ("nuts,nace,year,value\nDE21,C,2015,1\n", None, "unknown column"),
        ("geo,nace_r2,year\n", None, "missing value"),
        ("geo,nace_r2,year,value,value\n", None, "twice"),
        ("nace_r2,indic_sb,geo\\time\t2015Q1\n", None, "only annual"),
        ("nace_r2,size_emp,geo\\time\t2015\n", None, "size_emp"),
        ("nace_r2,indic_sb,geo\\when\t2015\n", None, "\\time"),
        ("geo,nace_r2,year,value\n", StatisticsFormat.EUROSTAT_TSV, "not a eurostat_tsv"),
        ("a\x00b\n", None, "NUL"),
        ("x" * (MAX_LINE_CHARS + 10), None, "longer than"),
    ],
)
def test_wrong_headers_are_refused_at_once(
    text: str, declared: StatisticsFormat | None, words: str
) -> None:
    with pytest.raises(FileRefused) as refused:
        read_header(io.BytesIO(text.encode()), declared)
    assert words in refused.value.problem
    assert refused.value.row == 1


def test_an_over_long_data_line_is_one_problem_not_a_memory_hog() -> None:
    text = "geo,nace_r2,year,value\n" + "9" * (3 * MAX_LINE_CHARS) + "\nDE21,C,2015,1\n"
    _, lines = parsed(text)
    assert isinstance(lines[0], BrokenLine)
    assert (lines[0].row, lines[0].records) == (2, 1)
    assert isinstance(lines[1], SourceLine)
    assert lines[1].row == 3
