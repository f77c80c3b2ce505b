"""Reading uploaded files into rows: CSV and JSON, and files refused whole."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest

from eco_core.definitions.parse import FileRefused, parse_csv, parse_json


def _csv(text: str) -> list[tuple[int, str, str, str, str, str, str]]:
    return [
        (r.row, r.kind, r.slug, r.name, r.nace_code, r.weight, r.description)
        for r in parse_csv(io.StringIO(text, newline="")).rows
    ]


def test_csv_rows_keep_their_line_numbers_and_skip_blank_lines() -> None:
    text = (
        "kind,slug,name,nace_code,weight,description\n"
        "category,plastics,Plastics,22.2,1,Plastic products\n"
        "\n"
        'category,plastics,Plastics,20.16,0.5,"a share, with a comma"\n'
        ",,,,,\n"
    )
    assert _csv(text) == [
        (2, "category", "plastics", "Plastics", "22.2", "1", "Plastic products"),
        (4, "category", "plastics", "Plastics", "20.16", "0.5", "a share, with a comma"),
    ]


def test_csv_columns_in_any_order_weight_and_description_optional() -> None:
    text = "NACE_code,name,slug,kind\n21,Biopharmaceuticals,biopharmaceuticals,category\n"
    assert _csv(text) == [(2, "category", "biopharmaceuticals", "Biopharmaceuticals", "21", "", "")]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("kind,slug,name,weight", "missing nace_code"),
        ("kind,slug,name,nace_code,wieght", "unknown 'wieght'"),
        ("kind,slug,name,nace_code,kind", "repeated kind"),
    ],
)
def test_a_wrong_header_refuses_the_file(header: str, expected: str) -> None:
    with pytest.raises(FileRefused) as refused:
        parse_csv(io.StringIO(header + "\ncategory,a,A,10\n", newline=""))
    assert refused.value.row == 1
    assert expected in refused.value.problem
    assert "expected kind,slug,name,nace_code[,weight][,description]" in refused.value.problem


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(FileRefused, match="empty"):
        parse_csv(io.StringIO("", newline=""))


def test_a_row_with_too_many_cells_is_a_row_defect() -> None:
    rows = parse_csv(io.StringIO("kind,slug,name,nace_code\ncategory,a,A,10,1,x\n")).rows
    assert [(d.column, d.problem) for d in rows[0].defects] == [
        (None, "6 cells where the header has 4 columns")
    ]


def test_json_document_and_bare_list_give_the_same_rows() -> None:
    item = (
        '{"kind": "category", "slug": "plastics", "name": "Plastics", "description": "P",'
        ' "codes": [{"nace": "22.2", "weight": 0.5}, "20.16", {"nace": "28.96"}]}'
    )
    wrapped = parse_json('{"definitions": [' + item + "]}").rows
    bare = parse_json("[" + item + "]").rows
    assert wrapped == bare
    assert [(r.row, r.nace_code, r.weight, r.code_column) for r in wrapped] == [
        (1, "22.2", "0.5", "codes[0].nace"),
        (1, "20.16", "", "codes[1].nace"),
        (1, "28.96", "", "codes[2].nace"),
    ]
    # Weights are read as exact decimals, never through a float.
    assert Decimal(wrapped[0].weight) == Decimal("0.5")


def test_json_structure_problems_stay_on_their_item() -> None:
    rows = parse_json(
        '{"definitions": ['
        '"not an object",'
        '{"kind": "category", "slug": 7, "name": "X", "codes": []},'
        '{"kind": "category", "slug": "y", "name": "Y", "codes": [{"nace": "10", "weight": true,'
        ' "share": 1}], "colour": "red"}'
        "]}"
    ).rows
    defects = [(r.row, d.column, d.problem) for r in rows for d in r.defects]
    assert defects == [
        (1, None, "not a JSON object"),
        (2, "slug", "must be a string"),
        (2, "codes", "empty definition: no NACE codes"),
        (3, "colour", "unknown field"),
        (3, "codes[0].share", "unknown field"),
        (3, "codes[0].weight", "must be a number"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kind,slug\n", "not JSON"),
        ('{"definitions": [}', "not JSON"),
        ('{"definitions": {"a": 1}}', "expected {"),
        ("42", "expected {"),
        ('[{"kind": "category", "codes": [{"nace": "10", "weight": NaN}]}]', "not JSON"),
    ],
)
def test_what_is_not_a_json_definition_set_is_refused(text: str, expected: str) -> None:
    with pytest.raises(FileRefused) as refused:
        parse_json(text)
    assert expected in refused.value.problem
