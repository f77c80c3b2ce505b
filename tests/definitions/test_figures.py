"""The ten emerging industries' published figures, exactly as the Observatory published them."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import httpx

from eco_core.definitions.content import DEFAULT_VERSION
from eco_core.reference.parse import slugify


async def test_figures_are_the_published_numbers_linked_to_their_definition(
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
        assert figure["definition_set"] == DEFAULT_VERSION
        assert figure["definition_slug"] == figure["slug"] == slugify(row["emerging_industry"])
        linked = await api.get(
            f"/v1/definition-sets/{DEFAULT_VERSION}/definitions/emerging_industry/"
            f"{figure['definition_slug']}"
        )
        assert linked.json()["name"] == row["emerging_industry"]
    assert figures["Mobility Technologies"]["annual_growth_2005_2011_pct"] == Decimal("-0.65")
    assert figures["Creative Industries"]["employees_2011"] == 11_880_072
