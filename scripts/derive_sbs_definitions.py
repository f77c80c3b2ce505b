"""Derive the SBS-fitted companion of the default definition set.

    uv run python scripts/derive_sbs_definitions.py

Reads reference_data/definitions/eco-2026.1.csv, the NACE tree and the NACE codes the
shipped Eurostat SBS extract publishes, moves every code the extract lacks to its nearest
published ancestor with a class-share weight (eco_core.definitions.coarsen), and writes
reference_data/definitions/eco-2026.1-sbs.csv. Deterministic: running it again writes the
same bytes. A test checks that the committed file is what this script derives.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from eco_core.definitions.coarsen import coarsen
from eco_core.definitions.content import DefinitionDraft, weight_text
from eco_core.definitions.parse import parse_csv
from eco_core.definitions.validate import validate_rows
from eco_core.reference.parse import parse_nace
from eco_core.statistics.codes import nace_from_eurostat

ROOT = Path(__file__).resolve().parents[1] / "reference_data"
SOURCE = ROOT / "definitions" / "eco-2026.1.csv"
TARGET = ROOT / "definitions" / "eco-2026.1-sbs.csv"
SBS = ROOT / "employment" / "sbs_r_nuts06_r2_2015_employment_long.csv"
NOTE = (
    "Fitted to Eurostat SBS detail (divisions; groups in trade): codes the data lacks moved "
    "to their nearest published ancestor, weighted by the share of NACE classes they cover."
)


def published_codes() -> set[str]:
    with SBS.open(newline="") as source:
        codes = {nace_from_eurostat(row["nace_r2"]) for row in csv.DictReader(source)}
    return {c for c in codes if c is not None}


def derive() -> str:
    parents = {
        row.code: row.parent_code for row in parse_nace(ROOT / "nace" / "nace_rev2_tree.csv")
    }
    with SOURCE.open(newline="", encoding="utf-8") as source:
        validation = validate_rows(parse_csv(source).rows, parents)
    if validation.problems:
        raise SystemExit(f"{SOURCE} is not valid: {validation.problems[:5]}")
    fitted = coarsen(validation.definitions, parents, published_codes())
    return render(fitted)


def render(definitions: list[DefinitionDraft]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kind", "slug", "name", "nace_code", "weight", "description"])
    for definition in definitions:
        for i, code in enumerate(definition.codes):
            description = ""
            if i == 0:
                description = f"{definition.description or ''} {NOTE}".strip()
            writer.writerow(
                [
                    definition.kind,
                    definition.slug,
                    definition.name,
                    code.nace_code,
                    weight_text(code.weight),
                    description,
                ]
            )
    return out.getvalue()


if __name__ == "__main__":
    TARGET.write_text(derive(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
