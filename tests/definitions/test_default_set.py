"""The shipped default set: complete, valid, non-overlapping, loaded once and active."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.definitions import store
from eco_core.definitions.content import DEFAULT_VERSION, content_sha256
from eco_core.definitions.importer import FileFormat, read_file
from eco_core.definitions.seed import SBS_VERSION, load_default_definitions
from eco_core.definitions.validate import validate_rows
from eco_core.imports.upload import store_path
from eco_core.models import DefinitionSet
from eco_core.reference.parse import slugify
from tests.definitions.conftest import DEFAULT_FILE


def _rows() -> list[dict[str, str]]:
    with DEFAULT_FILE.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _names(kind: str) -> set[str]:
    return {r["name"] for r in _rows() if r["kind"] == kind}


def test_the_51_categories_are_the_benchmark_names(reference_root: Path) -> None:
    lines = (reference_root / "reference/traded_cluster_category_names.txt").read_text("utf-8")
    published = {line.strip() for line in lines.splitlines() if line.strip() and line[0] != "#"}
    assert len(published) == 51
    assert _names("category") == published


def test_the_ten_emerging_industries_are_the_published_ones(reference_root: Path) -> None:
    with (reference_root / "reference/emerging_industries_2011.csv").open(encoding="utf-8") as f:
        published = {row["emerging_industry"] for row in csv.DictReader(f)}
    assert len(published) == 10
    assert _names("emerging_industry") == published


def test_slugs_are_the_names_in_kebab_case() -> None:
    for row in _rows():
        assert row["slug"] == slugify(row["name"]), row
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", row["slug"])


def test_every_code_exists_in_the_nace_tree(reference_root: Path) -> None:
    with (reference_root / "nace/nace_rev2_tree.csv").open(encoding="utf-8") as f:
        tree = {row["code"] for row in csv.DictReader(f)}
    used = {row["nace_code"] for row in _rows()}
    assert used <= tree, used - tree
    # NACE codes only, never the input-output aggregates (10-12, 68A) the tree also holds.
    assert all(re.fullmatch(r"[A-U]|\d\d(\.\d{1,2})?", code) for code in used)


def test_the_file_passes_the_upload_validation(nace_parents: dict[str, str | None]) -> None:
    result = validate_rows(read_file(store_path(DEFAULT_FILE), FileFormat.CSV).rows, nace_parents)
    assert result.problems == []
    assert len([d for d in result.definitions if d.kind == "category"]) == 51
    assert len([d for d in result.definitions if d.kind == "emerging_industry"]) == 10
    assert all(d.description for d in result.definitions)


def test_categories_count_no_nace_class_more_than_once(
    nace_parents: dict[str, str | None],
) -> None:
    """Like the benchmark, categories do not overlap: over the 51 of them, the weights of each
    NACE class (reached through any ancestor code) add up to at most 1."""
    children: dict[str | None, list[str]] = defaultdict(list)
    for code, parent in nace_parents.items():
        children[parent].append(code)

    def classes(code: str) -> list[str]:
        below = children.get(code, [])
        return [code] if not below else [c for child in below for c in classes(child)]

    total: dict[str, Decimal] = defaultdict(Decimal)
    holders: dict[str, list[str]] = defaultdict(list)
    for row in _rows():
        if row["kind"] != "category":
            continue
        for leaf in classes(row["nace_code"]):
            total[leaf] += Decimal(row["weight"] or "1")
            holders[leaf].append(row["slug"])
    over = {leaf: holders[leaf] for leaf, weight in total.items() if weight > 1}
    assert over == {}
    # Shared codes are split exactly: e.g. mining support services among three categories.
    assert total["09.90"] == 1
    assert sorted(holders["09.90"]) == ["coal-mining", "metal-mining", "nonmetal-mining"]


async def test_the_default_set_is_loaded_and_its_sbs_fit_active(
    connection: AsyncConnection,
) -> None:
    # The shipped statistics publish divisions: the set fitted to them is what scoring uses.
    active = await store.active_set(connection)
    assert active is not None
    assert active.version == SBS_VERSION
    default = await store.find_set(connection, DEFAULT_VERSION)
    assert default is not None
    stored = (
        await connection.execute(
            text(
                "SELECT d.kind, count(DISTINCT d.slug), count(c.nace_code) FROM definition d"
                " JOIN definition_code c USING (set_id, kind, slug)"
                " WHERE d.set_id = :id GROUP BY d.kind ORDER BY d.kind"
            ),
            {"id": default.id},
        )
    ).all()
    per_kind: dict[str, int] = defaultdict(int)
    for row in _rows():
        per_kind[row["kind"]] += 1
    assert [tuple(r) for r in stored] == [
        ("category", 51, per_kind["category"]),
        ("emerging_industry", 10, per_kind["emerging_industry"]),
    ]


async def test_a_forced_reload_rewrites_nothing(
    connection: AsyncConnection, reference_root: Path, nace_parents: dict[str, str | None]
) -> None:
    async def hashes() -> list[str]:
        # xmin changes whenever a row is rewritten, even with the same values.
        return [
            str(
                await connection.scalar(
                    text(
                        "SELECT md5(string_agg(t::text || t.xmin::text, ',' ORDER BY t::text))"
                        f" FROM {table} t"
                    )
                )
            )
            for table in ("definition_set", "definition", "definition_code")
        ]

    before = await hashes()
    unforced = await load_default_definitions(connection, reference_root, force=False)
    assert (unforced.dataset, unforced.loaded) == ("definitions", False)
    forced = await load_default_definitions(connection, reference_root, force=True)
    assert forced.loaded
    sbs_rows = len(SBS_FILE.read_text(encoding="utf-8").splitlines()) - 1
    assert forced.rows == len(_rows()) + sbs_rows
    assert await hashes() == before
    # The stored checksum is the content's, the same that an upload of the file computes.
    checksum = await connection.scalar(
        select(DefinitionSet.sha256).where(DefinitionSet.version == DEFAULT_VERSION)
    )
    parsed = read_file(store_path(DEFAULT_FILE), FileFormat.CSV)
    assert checksum == content_sha256(validate_rows(parsed.rows, nace_parents).definitions)


SBS_FILE = Path(__file__).resolve().parents[2] / "reference_data/definitions/eco-2026.1-sbs.csv"


def test_the_sbs_fit_is_what_the_script_derives() -> None:
    from scripts.derive_sbs_definitions import derive

    assert SBS_FILE.read_text(encoding="utf-8") == derive()


async def test_the_sbs_fit_has_every_definition_on_published_codes(
    connection: AsyncConnection,
) -> None:
    rows = (
        await connection.execute(
            text(
                "SELECT d.kind, count(DISTINCT d.slug) FROM definition d"
                " JOIN definition_set s ON s.id = d.set_id WHERE s.version = :v"
                " GROUP BY d.kind ORDER BY d.kind"
            ),
            {"v": SBS_VERSION},
        )
    ).all()
    assert [tuple(r) for r in rows] == [("category", 51), ("emerging_industry", 10)]
    # Plastics (22.2 and others) lands on division 22 with the 4-of-6 class share.
    weight = await connection.scalar(
        text(
            "SELECT c.weight FROM definition_code c JOIN definition_set s ON s.id = c.set_id"
            " WHERE s.version = :v AND c.slug = 'plastics' AND c.nace_code = '22'"
        ),
        {"v": SBS_VERSION},
    )
    assert str(weight) == "0.6667"
