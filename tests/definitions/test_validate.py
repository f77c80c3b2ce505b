"""Validation of every row: each problem named with its row and column."""

from __future__ import annotations

import io
from decimal import Decimal

from eco_core.definitions.content import CodeWeight, DefinitionDraft, content_sha256
from eco_core.definitions.parse import parse_csv, parse_json
from eco_core.definitions.validate import validate_rows

HEADER = "kind,slug,name,nace_code,weight,description\n"


def _validate(body: str, nace_parents: dict[str, str | None]):  # type: ignore[no-untyped-def]
    return validate_rows(parse_csv(io.StringIO(HEADER + body, newline="")).rows, nace_parents)


def _problems(body: str, nace_parents: dict[str, str | None]) -> list[tuple[int, str | None, str]]:
    return [(p.row, p.column, p.problem) for p in _validate(body, nace_parents).problems]


def test_a_valid_set_becomes_definitions(nace_parents: dict[str, str | None]) -> None:
    result = _validate(
        "category,plastics,Plastics,22.2,,Plastic products\n"
        "category,plastics,Plastics,20.16,0.50,\n"
        "emerging_industry,medical-devices,Medical Devices,32.5,1,\n"
        "category,automotive,Automotive, c ,0.25,\n",
        nace_parents,
    )
    assert result.problems == []
    assert (result.rows_read, result.rows_invalid) == (4, 0)
    assert result.definitions == [
        DefinitionDraft(
            "category", "automotive", "Automotive", None, (CodeWeight("C", Decimal("0.25")),)
        ),
        DefinitionDraft(
            "category",
            "plastics",
            "Plastics",
            "Plastic products",
            (CodeWeight("20.16", Decimal("0.50")), CodeWeight("22.2", Decimal(1))),
        ),
        DefinitionDraft(
            "emerging_industry",
            "medical-devices",
            "Medical Devices",
            None,
            (CodeWeight("32.5", Decimal(1)),),
        ),
    ]


def test_each_row_problem_names_row_and_column(nace_parents: dict[str, str | None]) -> None:
    assert _problems(
        "cluster,plastics,Plastics,22.2,,\n"
        "category,Plastics Two,Plastics,22.2,,\n"
        "category,plastics,Plastics,22.9,,\n"
        "category,plastics,Plastics,22.1,0,\n"
        "category,plastics,Plastics,20.1,1.5,\n"
        "category,plastics,Plastics,20.2,abc,\n"
        "category,plastics,Plastics,20.3,0.12345,\n"
        "category,plastics,,20.4,,\n"
        "category,plastics,Plastics,,,\n",
        nace_parents,
    ) == [
        (2, "kind", "unknown kind: expected category or emerging_industry"),
        (
            3,
            "slug",
            "bad slug: lower-case letters and digits joined by single hyphens, at most 80 "
            "characters (e.g. biopharmaceuticals, blue-growth-industries)",
        ),
        (
            4,
            "nace_code",
            "unknown NACE Rev. 2 code (a section C, division 10, group 10.1 or class 10.11)",
        ),
        (5, "weight", "weight outside (0, 1]: the share of the code counted in the definition"),
        (6, "weight", "weight outside (0, 1]: the share of the code counted in the definition"),
        (7, "weight", "weight is not a number"),
        (8, "weight", "weight has more than 4 decimal places"),
        (9, "name", "missing name"),
        (10, "nace_code", "missing NACE code"),
    ]


def test_cross_row_problems(nace_parents: dict[str, str | None]) -> None:
    assert _problems(
        "category,plastics,Plastics,22.2,,first\n"
        "category,plastics,Plastic goods,20.16,,\n"
        "category,plastics,Plastics,22.2,0.5,\n"
        "category,plastics,Plastics,22.22,,\n"
        "category,plastics,Plastics,28.96,,second\n",
        nace_parents,
    ) == [
        (3, "name", "conflicting names for category/plastics: row 2 names it 'Plastics'"),
        (4, "nace_code", "duplicate: 22.2 is already in category/plastics on row 2"),
        (
            5,
            "nace_code",
            "22.22 lies within 22.2 (row 2), also in category/plastics: it would be counted twice",
        ),
        (6, "description", "conflicting descriptions for category/plastics: see row 2"),
    ]


def test_the_same_code_in_two_definitions_is_fine(nace_parents: dict[str, str | None]) -> None:
    # Many-to-many: a code can belong to a category and an emerging industry, in shares.
    result = _validate(
        "category,medical-devices,Medical Devices,32.5,,\n"
        "emerging_industry,medical-devices,Medical Devices,32.5,,\n"
        "category,plastics,Plastics,22,0.3,\n"
        "category,rubber,Rubber,22.1,0.7,\n",
        nace_parents,
    )
    assert result.problems == []
    assert len(result.definitions) == 4


def test_a_nul_character_is_a_problem_not_a_database_error(
    nace_parents: dict[str, str | None],
) -> None:
    assert _problems("category,plastics,Plas\x00tics,22.2,,\n", nace_parents) == [
        (2, "name", "contains a NUL character, which cannot be stored")
    ]


def test_definitions_with_an_invalid_row_are_dropped_whole(
    nace_parents: dict[str, str | None],
) -> None:
    result = _validate(
        "category,plastics,Plastics,22.2,,\n"
        "category,plastics,Plastics,99.99,,\n"
        "category,tobacco,Tobacco,12,,\n",
        nace_parents,
    )
    assert [d.slug for d in result.definitions] == ["tobacco"]
    assert (result.rows_read, result.rows_invalid, result.rows_valid) == (3, 1, 2)
    assert [(d.slug, d.first_row, d.rows, d.invalid_rows) for d in result.dropped] == [
        ("plastics", 2, 2, 1)
    ]


def test_json_problems_point_into_the_item(nace_parents: dict[str, str | None]) -> None:
    rows = parse_json(
        '[{"kind": "category", "slug": "plastics", "name": "Plastics",'
        ' "codes": [{"nace": "22.2"}, {"nace": "22.9", "weight": 2}]}]'
    ).rows
    problems = [(p.row, p.column, p.problem) for p in validate_rows(rows, nace_parents).problems]
    assert problems == [
        (
            1,
            "codes[1].nace",
            "unknown NACE Rev. 2 code (a section C, division 10, group 10.1 or class 10.11)",
        ),
        (
            1,
            "codes[1].weight",
            "weight outside (0, 1]: the share of the code counted in the definition",
        ),
    ]


def test_content_checksum_ignores_format_order_and_weight_spelling(
    nace_parents: dict[str, str | None],
) -> None:
    csv_rows = _validate(
        "category,plastics,Plastics,22.2,1.0,P\ncategory,plastics,Plastics,20.16,0.50,\n",
        nace_parents,
    )
    json_rows = validate_rows(
        parse_json(
            '{"definitions": [{"kind": "category", "slug": "plastics", "name": "Plastics",'
            ' "description": "P", "codes": [{"nace": "20.16", "weight": 0.5}, "22.2"]}]}'
        ).rows,
        nace_parents,
    )
    assert content_sha256(csv_rows.definitions) == content_sha256(json_rows.definitions)
    changed = _validate(
        "category,plastics,Plastics,22.2,1,P\ncategory,plastics,Plastics,20.16,0.6,\n", nace_parents
    )
    assert content_sha256(changed.definitions) != content_sha256(csv_rows.definitions)


def test_a_lone_surrogate_from_json_is_a_problem(nace_parents: dict[str, str | None]) -> None:
    rows = parse_json(
        '[{"kind": "category", "slug": "x", "name": "X\\ud800", "codes": ["10"]}]'
    ).rows
    problems = [(p.row, p.column, p.problem) for p in validate_rows(rows, nace_parents).problems]
    assert problems == [
        (1, "name", "contains a lone surrogate (not valid Unicode), which cannot be stored")
    ]
