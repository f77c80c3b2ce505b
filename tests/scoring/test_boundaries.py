"""Region boundaries: the GeoJSON loader (all or nothing, idempotent), the GeoJSON map of a
run, and ``eco load-boundaries``."""

from __future__ import annotations

import asyncio
import gzip
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine
from typer.testing import CliRunner

from eco_cli.main import app as cli_app
from eco_core.boundaries import geometry_problem, load_boundaries
from eco_core.imports.errors import ImportRejected
from eco_core.imports.upload import store_path
from eco_core.settings import get_settings

KNOWN = ("DE11", "DE21", "FR10")


def _square(x: float, y: float) -> dict[str, Any]:
    ring = [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]
    return {"type": "Polygon", "coordinates": [ring]}


def _feature(nuts_id: str, geometry: dict[str, Any]) -> dict[str, Any]:
    # GISCO's shape: the code in properties.NUTS_ID and in the feature id.
    return {
        "type": "Feature",
        "id": nuts_id,
        "properties": {"NUTS_ID": nuts_id, "LEVL_CODE": 2, "CNTR_CODE": nuts_id[:2]},
        "geometry": geometry,
    }


def _write(path: Path, features: list[dict[str, Any]], *, gzipped: bool = False) -> Path:
    body = json.dumps({"type": "FeatureCollection", "features": features}).encode()
    path.write_bytes(gzip.compress(body) if gzipped else body)
    return path


def _features(*, unknown: bool = True) -> list[dict[str, Any]]:
    features = [_feature(n, _square(float(i), 48.0)) for i, n in enumerate(KNOWN)]
    features[1]["geometry"] = {
        "type": "MultiPolygon",
        "coordinates": [_square(9, 49)["coordinates"]],
    }
    if unknown:
        features.append(_feature("ZZ99", _square(20, 40)))
    return features


async def _rows(connection: AsyncConnection) -> list[tuple[Any, ...]]:
    result = await connection.execute(
        text("SELECT nuts_id, xmin::text, source FROM region_boundary ORDER BY nuts_id")
    )
    return [tuple(r) for r in result]


def test_geometry_problems_are_named() -> None:
    assert geometry_problem(_square(0, 0)) is None
    assert "Point" in (geometry_problem({"type": "Point", "coordinates": [1, 2]}) or "")
    open_ring = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}
    assert geometry_problem(open_ring) is not None
    assert geometry_problem({"type": "Polygon", "coordinates": [[["a", 0]] * 4]}) is not None
    assert geometry_problem({"type": "MultiPolygon", "coordinates": []}) is not None


async def test_unknown_id_refuses_the_file(connection: AsyncConnection, tmp_path: Path) -> None:
    before = await _rows(connection)
    path = _write(tmp_path / "NUTS_RG_01M_2013_4326_LEVL_2.geojson", _features())
    with pytest.raises(ImportRejected) as refused:
        await load_boundaries(connection, store_path(path), 2013)
    problems = refused.value.report.problems
    assert [(p.row, p.value) for p in problems] == [(3, "ZZ99")]
    assert await _rows(connection) == before == []


async def test_bad_geometry_refuses_the_file(connection: AsyncConnection, tmp_path: Path) -> None:
    features = _features(unknown=False)
    features[2]["geometry"] = {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}
    path = _write(tmp_path / "bad.geojson", features)
    with pytest.raises(ImportRejected) as refused:
        await load_boundaries(connection, store_path(path), 2013, skip_unknown=True)
    assert [(p.row, p.column) for p in refused.value.report.problems] == [(2, "geometry")]
    assert await _rows(connection) == []


async def test_skip_unknown_loads_the_rest_once(
    connection: AsyncConnection, tmp_path: Path
) -> None:
    path = _write(tmp_path / "nuts2013.geojson.gz", _features(), gzipped=True)
    stored = store_path(path)
    load = await load_boundaries(connection, stored, 2013, source="GISCO test", skip_unknown=True)
    assert (load.report.inserted, load.report.updated, load.report.unchanged) == (3, 0, 0)
    assert load.unknown == ["ZZ99"]
    first = await _rows(connection)
    assert [r[0] for r in first] == list(KNOWN)
    assert first[0][2] == f"GISCO test; nuts2013.geojson.gz (sha256 {stored.sha256})"

    again = await load_boundaries(connection, stored, 2013, source="GISCO test", skip_unknown=True)
    assert (again.report.inserted, again.report.updated, again.report.unchanged) == (0, 0, 3)
    assert not again.report.written
    assert await _rows(connection) == first  # same xmin: no row rewritten


async def test_geojson_map(
    scoring: httpx.AsyncClient,
    connection: AsyncConnection,
    succeeded_run: dict[str, Any],
    tmp_path: Path,
) -> None:
    url = f"/v1/panorama/runs/{succeeded_run['id']}/map/category/automotive"
    missing = await scoring.get(url, params={"format": "geojson"})
    assert missing.status_code == 409
    assert missing.headers["content-type"].startswith("application/problem+json")
    assert missing.json()["type"].endswith("boundaries-missing")
    assert "eco load-boundaries" in missing.json()["detail"]

    path = _write(tmp_path / "b.geojson", _features(unknown=False))
    await load_boundaries(connection, store_path(path), succeeded_run["nuts_version"])

    plain = (await scoring.get(url)).json()
    answer = await scoring.get(url, params={"format": "geojson"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/geo+json"
    assert answer.headers["cache-control"].startswith("public")
    body = answer.json()
    assert body["type"] == "FeatureCollection"
    assert body["eco:run"] == plain["run"]
    drawn = [f["id"] for f in body["features"]]
    assert drawn == [n for n in KNOWN if n in plain["regions"]]
    assert drawn
    assert sorted(body["eco:regions_without_boundary"]) == sorted(
        set(plain["regions"]) - set(drawn)
    )
    for feature in body["features"]:
        expected = dict(plain["regions"][feature["id"]])
        for star, awarded in expected.pop("stars").items():
            expected[f"{star}_star"] = awarded
        # Provenance flattened too: source, dataset, year, unit, nuts_version, status ...
        expected.update(expected.pop("provenance"))
        assert feature["properties"] == expected
    assert body["features"][0]["properties"]["unit"] == "persons employed"
    assert body["features"][0]["geometry"] == _square(0.0, 48.0)

    cached = await scoring.get(
        url, params={"format": "geojson"}, headers={"If-None-Match": answer.headers["etag"]}
    )
    assert cached.status_code == 304


def test_cli_loads_a_file(
    migrated_database_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migrated database of its own (the CLI commits); the three regions inserted by hand."""
    url = migrated_database_url
    plain = url.render_as_string(hide_password=False)

    async def prepare() -> None:
        engine = create_async_engine(url)
        async with engine.begin() as conn:
            for nuts_id in KNOWN:
                await conn.execute(
                    text(
                        "INSERT INTO nuts_region (nuts_version, nuts_id, level, country_code,"
                        " name, name_latin, kind) VALUES (2013, :id, 2, :cc, :name, :name, 'nuts')"
                    ),
                    {"id": nuts_id, "cc": nuts_id[:2], "name": f"Region {nuts_id}"},
                )
        await engine.dispose()

    path = _write(tmp_path / "NUTS_RG_60M_2013_4326_LEVL_2.geojson", _features())
    command = ["load-boundaries", str(path), "--nuts-version", "2013"]
    # In process: a subprocess would spend most of the test importing the services.
    monkeypatch.setenv("ECO_DATABASE_URL", plain)
    monkeypatch.setenv("ECO_LOG_LEVEL", "WARNING")
    get_settings.cache_clear()
    runner = CliRunner()
    try:
        asyncio.run(prepare())
        refused = runner.invoke(cli_app, command)
        assert refused.exit_code == 1
        assert "ZZ99" in refused.stderr
        options = ["--skip-unknown", "--source", "GISCO, test copy"]
        done = runner.invoke(cli_app, [*command, *options])
        assert done.exit_code == 0, done.output
        assert "loaded 3 (new 3, changed 0), unchanged 0, skipped 1" in done.stdout
        assert "ZZ99" in done.stdout
        again = runner.invoke(cli_app, [*command, *options])
        assert again.exit_code == 0, again.output
        assert "loaded 0 (new 0, changed 0), unchanged 3, skipped 1" in again.stdout
    finally:
        get_settings.cache_clear()
