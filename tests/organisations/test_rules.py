"""The pure parts: profile rules, code notations, file reading, import planning."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from eco_core.organisations.codes import ISO_639_1, nace_ancestors, normalise_nace
from eco_core.organisations.context import shipped_slugs
from eco_core.organisations.plan import merge_rows, plan_import, read_rows, references
from eco_core.organisations.profile import Profile
from eco_core.organisations.records import (
    FileFormat,
    FileRefused,
    RawRecord,
    read_csv,
    read_json,
    read_ndjson,
    read_values,
    sniff_format,
)
from eco_core.organisations.rules import (
    ProfileContext,
    RegionFacts,
    slug_from_name,
    validate_profile,
)

CONTEXT = ProfileContext(
    regions={
        (2024, "FRK21"): RegionFacts("FR", 3, "nuts", "Ain"),
        (2024, "FR"): RegionFacts("FR", 0, "nuts", "France"),
        (2024, "FRZZ"): RegionFacts("FR", 2, "extra_regio", "Extra-Regio NUTS 2"),
        (2021, "PT16"): RegionFacts("PT", 2, "nuts", "Centro (PT)"),
    },
    nace_codes=frozenset({"22", "22.2", "22.22", "17.21", "C"}),
    category_slugs=frozenset({"plastics", "paper-and-packaging"}),
    emerging_industry_slugs=frozenset({"advanced-packaging"}),
    today=date(2026, 1, 1),
)
VALID = Profile(slug="tpc", name="TPC", region_id="FRK21")


def _issues(profile: Profile) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for issue in validate_profile(profile, CONTEXT).issues:
        found.setdefault(issue.field, []).append(issue.message)
    return found


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("22.22", "22.22"),
        ("C2222", "22.22"),
        ("c222", "22.2"),
        ("C22", "22"),
        ("C", "C"),
        (" 17.21 ", "17.21"),
        ("2222", None),
        ("X22", None),
        ("22.222", None),
        ("", None),
    ],
)
def test_nace_notations(code: str, expected: str | None) -> None:
    assert normalise_nace(code) == expected


def test_nace_ancestors() -> None:
    assert nace_ancestors("22.22") == ("22", "22.2")
    assert nace_ancestors("22.2") == ("22",)
    assert nace_ancestors("22") == ()


def test_iso_639_1_has_its_183_codes() -> None:
    assert len(ISO_639_1) == 183
    assert {"en", "fr", "de", "ro", "fi", "sv", "pt"} <= ISO_639_1
    assert "xx" not in ISO_639_1


def test_shipped_slugs_are_the_51_categories_and_10_emerging_industries(
    reference_root: Path,
) -> None:
    categories, emerging = shipped_slugs(reference_root)
    assert len(categories) == 51
    assert len(emerging) == 10
    assert {"plastics", "automotive", "paper-and-packaging", "marketing-design-and-publishing"} <= (
        categories
    )
    assert {"blue-growth-industries", "mobility-technologies", "advanced-packaging"} <= emerging


def test_slug_from_name_folds_accents() -> None:
    assert slug_from_name("Pôle Véhicule du Futur") == "pole-vehicule-du-futur"
    assert slug_from_name("  Cluster -- Nord  ") == "cluster-nord"
    assert slug_from_name("Σύμπλεγμα") == ""


def test_a_valid_profile_is_normalised() -> None:
    checked = validate_profile(
        replace(
            VALID,
            slug=" tpc ",
            nace_codes=("C2222", "22.22", "22"),
            languages=("FR", "fr", "en"),
            offers=(" Trays ", "", "Trays"),
            website="https://tpc.example.org/path",
        ),
        CONTEXT,
    )
    assert checked.ok, checked.issues
    profile = checked.profile
    assert (profile.slug, profile.country_code) == ("tpc", "FR")
    assert profile.nace_codes == ("22.22", "22")
    assert profile.languages == ("fr", "en")
    assert profile.offers == ("Trays",)


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"region_id": "FRK99"}, "region_id", "not a NUTS 2024 region"),
        ({"region_id": "PT16"}, "region_id", "not a NUTS 2024 region"),
        ({"region_id": "FR"}, "region_id", "level 1, 2 or 3"),
        ({"region_id": "FRZZ"}, "region_id", "level 1, 2 or 3"),
        ({"country_code": "PT"}, "country_code", "not the country of region FRK21 (FR)"),
        ({"category_slugs": ("plastic",)}, "category_slugs", "'plastic' is not a known"),
        ({"emerging_industry_slugs": ("plastics",)}, "emerging_industry_slugs", "not a known"),
        ({"nace_codes": ("22.99",)}, "nace_codes", "'22.99' is not a NACE Rev. 2 code"),
        ({"offer_nace_codes": ("plastics",)}, "offer_nace_codes", "is not a NACE"),
        ({"members_research": -1}, "members_research", "must not be negative"),
        ({"members_others": 2_000_000}, "members_others", "must not exceed"),
        ({"languages": ("xx",)}, "languages", "not an ISO 639-1 code"),
        ({"excellence_label": "gold"}, "label_date", "required with an excellence label"),
        ({"label_date": date(2020, 1, 1)}, "excellence_label", "required with a label date"),
        (
            {"excellence_label": "gold", "label_date": date(2026, 6, 1)},
            "label_date",
            "future",
        ),
        ({"excellence_label": "platinum", "label_date": date(2020, 1, 1)}, "excellence_label", ""),
        ({"website": "www.example.org"}, "website", "http(s) URL"),
        ({"website": "https://"}, "website", "http(s) URL"),
        ({"contact_email": "a@b"}, "contact_email", "e-mail"),
        ({"contact_phone": "call me"}, "contact_phone", "digits"),
        ({"slug": "TPC"}, "slug", "lower-case"),
        ({"slug": "a--b"}, "slug", "lower-case"),
        ({"slug": "export"}, "slug", "reserved"),
        ({"slug": str(uuid.uuid4())}, "slug", "reserved"),
        ({"slug": "x" * 81}, "slug", "longer than 80"),
        ({"name": "  "}, "name", "is required"),
        ({"description": "x" * 4001}, "description", "longer than 4000"),
        ({"needs": ("x" * 201,)}, "needs", "longer than 200"),
        ({"needs": ("a|b",)}, "needs", "'|'"),
        ({"offers": tuple(f"o{n}" for n in range(21))}, "offers", "more than 20 items"),
        ({"category_slugs": tuple(f"c{n}" for n in range(21))}, "category_slugs", "more than 20"),
    ],
)
def test_each_rule_names_its_field(change: dict[str, object], field: str, fragment: str) -> None:
    issues = _issues(replace(VALID, **change))  # type: ignore[arg-type]
    assert field in issues, issues
    assert any(fragment in message for message in issues[field]), issues[field]


def test_sniffing_the_format() -> None:
    assert sniff_format("slug,name\n") is FileFormat.CSV
    assert sniff_format('\ufeff [{"slug": "a"}]') is FileFormat.JSON
    assert sniff_format('{"items": []}') is FileFormat.JSON
    assert sniff_format('{"slug": "a"}\n{"slug": "b"}\n') is FileFormat.NDJSON


def test_csv_rows_are_numbered_by_their_first_line() -> None:
    text = 'slug,name,region_id,offers\na,A,FRK21,"one\ntwo"\n\nb,B,FRK21,x\n'
    records = list(read_csv(io.StringIO(text)))
    assert [(r.row, r.values["slug"]) for r in records] == [(2, "a"), (5, "b")]
    assert records[0].values["offers"] == "one\ntwo"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("\n", "blank"),
        ("name,region_id\n", "missing column(s) slug"),
        ("slug,colour\n", "unknown column(s) 'colour'"),
        ("slug,slug\n", "appears twice"),
    ],
)
def test_csv_headers_that_are_not_ours(text: str, fragment: str) -> None:
    with pytest.raises(FileRefused, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        list(read_csv(io.StringIO(text)))


def test_export_only_columns_are_accepted_and_ignored() -> None:
    text = "id,slug,name,region_id,region_name,members_total,revision\n1,a,A,FRK21,Ain,7,3\n"
    (record,) = read_csv(io.StringIO(text))
    values, issues = read_values(record)
    assert issues == []
    assert values == {"slug": "a", "name": "A", "region_id": "FRK21"}


def test_values_are_read_from_text_and_from_json_types() -> None:
    from_csv, _ = read_values(
        RawRecord(
            2,
            {
                "slug": "a",
                "members_smes": " 12 ",
                "nace_codes": "22.22| C2221 |",
                "demo": "yes",
                "label_date": "2020-02-29",
                "nuts_version": "",
            },
        )
    )
    assert from_csv == {
        "slug": "a",
        "members_smes": 12,
        "nace_codes": ("22.22", "C2221"),
        "demo": True,
        "label_date": date(2020, 2, 29),
        "nuts_version": 2024,
    }
    from_json, _ = read_values(
        RawRecord(0, {"slug": "a", "members_smes": 12.0, "nace_codes": ["22.22"], "demo": False})
    )
    assert from_json == {"slug": "a", "members_smes": 12, "nace_codes": ("22.22",), "demo": False}


@pytest.mark.parametrize(
    ("field", "raw", "fragment"),
    [
        ("members_smes", "1.5", "whole number"),
        ("members_smes", True, "whole number"),
        ("nace_codes", [1, 2], "list of texts"),
        ("demo", "maybe", "true or false"),
        ("label_date", "2020-02-30", "YYYY-MM-DD"),
        ("name", {"a": 1}, "must be text"),
        ("name", "a\x00b", "NUL"),
    ],
)
def test_unreadable_values_are_issues(field: str, raw: object, fragment: str) -> None:
    values, issues = read_values(RawRecord(2, {"slug": "a", field: raw}))
    assert values is None
    assert [(i.field, fragment in i.message) for i in issues] == [(field, True)]


def test_json_and_ndjson_records() -> None:
    records = list(read_json(io.StringIO('{"items": [{"slug": "a", "x": 1}, 3]}')))
    assert [(r.row, [i.field for i in r.issues]) for r in records] == [(0, ["x"]), (1, [""])]
    lines = list(read_ndjson(io.StringIO('{"slug": "a"}\n\nnot json\n')))
    assert [(r.row, bool(r.issues)) for r in lines] == [(1, False), (3, True)]
    with pytest.raises(FileRefused, match="not valid JSON"):
        list(read_json(io.StringIO("[{")))


def test_planning_an_import() -> None:
    me, someone = uuid.uuid4(), uuid.uuid4()
    text = (
        "slug,name,region_id,members_smes\n"
        "new-one,New,FRK21,1\n"
        "ours,,,\n"  # an existing profile whose name and region the row empties
        "theirs,Theirs,FRK21,2\n"
        "new-one,Again,FRK21,3\n"
        "partial,,FRK21,\n"
    )
    rows = read_rows(read_csv(io.StringIO(text)))
    existing = {
        "ours": replace(VALID, slug="ours", name="Ours", members_smes=9),
        "theirs": replace(VALID, slug="theirs", name="Theirs"),
    }
    merged = merge_rows(rows, existing)
    regions, nace = references(merged)
    assert (regions, nace) == ({(2024, "FRK21")}, set())
    plan = plan_import(
        merged,
        CONTEXT,
        slug_owners={"ours": me, "theirs": someone},
        caller=me,
        may_write_any=False,
    )
    assert [(row, p.slug, p.members_smes) for row, p in plan.valid] == [(2, "new-one", 1)]
    assert [(p.row, p.column, p.problem) for p in plan.log.listed] == [
        (3, "name", "is required"),
        (3, "region_id", "is required"),
        (4, "slug", "belongs to another account's organisation"),
        (5, "slug", "appears again (first on row 2)"),
        (6, "name", "is required"),
    ]
    assert (plan.rows_read, plan.rows_invalid) == (5, 4)
    as_admin = plan_import(
        merged, CONTEXT, slug_owners={"theirs": someone}, caller=me, may_write_any=True
    )
    assert ("theirs", 2) in [(p.slug, p.members_smes) for _, p in as_admin.valid]
