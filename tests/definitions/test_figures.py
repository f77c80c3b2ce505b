"""The ten emerging industries' published figures, exactly as the Observatory published them."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import httpx

from eco_core.definitions.content import DEFAULT_VERSION
from eco_core.reference.parse import slugify


async def test_figures_are_the_published_numbers_with_their_provenance(
    api: httpx.AsyncClient, reference_root: Path
) -> None:
    with (reference_root / "reference/emerging_industries_2011.csv").open(encoding="utf-8") as f:
        published = list(csv.DictReader(f))
    response = await api.get("/v1/emerging-industries/figures")
    assert response.status_code == 200
    # Exact numbers in the JSON text itself, not strings and not rounded floats.
    figures = {f["name"]: f for f in json.loads(response.text, parse_float=Decimal)}
    assert len(figures) == len(published) == 10
    for row in published:
        figure = figures[row["emerging_industry"]]
        assert figure["employees_2011"] == int(row["employees_2011"])
        assert isinstance(figure["annual_growth_2005_2011_pct"], Decimal)
        assert figure["annual_growth_2005_2011_pct"] == Decimal(row["annual_growth_2005_2011_pct"])
        # The Observatory's figures, not a product of any definition set here.
        assert "definition_set" not in figure
        assert figure["source"] == "European Cluster Observatory, Newsletter #1, October 2014"
        assert (figure["year"], figure["unit"], figure["status"]) == (
            2011,
            "employees",
            "published",
        )
        assert figure["growth_unit"] == "percent per year"
        assert "own definitions" in figure["scope"]
        # The same slug names the industry as the project defines it on NACE codes.
        assert figure["slug"] == slugify(row["emerging_industry"])
        same = await api.get(
            f"/v1/definition-sets/{DEFAULT_VERSION}/definitions/emerging_industry/{figure['slug']}"
        )
        assert same.json()["name"] == row["emerging_industry"]
    assert figures["Mobility Technologies"]["annual_growth_2005_2011_pct"] == Decimal("-0.65")
    assert figures["Creative Industries"]["employees_2011"] == 11_880_072
