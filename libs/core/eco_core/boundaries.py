"""Region boundaries for maps: a GeoJSON FeatureCollection (Eurostat GISCO NUTS files, plain
or gzip) into ``region_boundary``, validated as a whole and written in one transaction.

The files are not shipped: users obtain them from GISCO under its terms and load them with
``eco load-boundaries FILE --nuts-version YEAR``. Loading the same file again rewrites no row.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, literal_column, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.imports.errors import ImportRejected, refuse_file
from eco_core.imports.report import ImportMode, ImportReport, ProblemLog
from eco_core.imports.upload import StoredFile, open_text
from eco_core.models import NutsRegion, RegionBoundary

KIND = "region_boundaries"
NUTS_VERSIONS = (2013, 2021, 2024)
_NUTS_ID = re.compile(r"^[A-Z]{2}[0-9A-Z]{0,3}$")
_GEOMETRY_TYPES = ("Polygon", "MultiPolygon")
# One INSERT per batch: a whole-Europe file has ~2,000 regions with large geometries.
_BATCH = 200

_boundary = cast(Table, RegionBoundary.__table__)
_region = cast(Table, NutsRegion.__table__)


@dataclass(frozen=True)
class Boundary:
    nuts_id: str
    geometry: dict[str, Any]
    index: int = 0


@dataclass
class BoundaryLoad:
    """What a load did: counts in ``report``; ids the NUTS version does not know in
    ``unknown`` (skipped with ``skip_unknown``, otherwise the reason of a refusal)."""

    report: ImportReport
    unknown: list[str] = field(default_factory=list)

    @property
    def loaded(self) -> int:
        return self.report.inserted + self.report.updated


# -- pure parsing and validation --------------------------------------------------------


def _position_problem(position: Any) -> str | None:
    if not isinstance(position, list) or not 2 <= len(position) <= 3:
        return "a position must be an array of 2 or 3 numbers"
    for number in position:
        if isinstance(number, bool) or not isinstance(number, int | float):
            return "a position must hold numbers"
        if not math.isfinite(number):
            return "a position must hold finite numbers"
    return None


def _polygon_problem(rings: Any) -> str | None:
    if not isinstance(rings, list) or not rings:
        return "a polygon must be a non-empty array of linear rings"
    for ring in rings:
        if not isinstance(ring, list) or len(ring) < 4:
            return "a linear ring must be an array of at least 4 positions"
        for position in ring:
            if (problem := _position_problem(position)) is not None:
                return problem
        if ring[0] != ring[-1]:
            return "a linear ring must end where it starts"
    return None


def geometry_problem(geometry: Any) -> str | None:
    """Why a GeoJSON geometry cannot outline a region, or None when it can."""
    if not isinstance(geometry, dict):
        return "geometry must be an object"
    kind = geometry.get("type")
    if kind not in _GEOMETRY_TYPES:
        return f"geometry type must be Polygon or MultiPolygon, not {kind!r}"
    coordinates = geometry.get("coordinates")
    if kind == "Polygon":
        return _polygon_problem(coordinates)
    if not isinstance(coordinates, list) or not coordinates:
        return "a MultiPolygon must be a non-empty array of polygons"
    for polygon in coordinates:
        if (problem := _polygon_problem(polygon)) is not None:
            return problem
    return None


def feature_nuts_id(feature: dict[str, Any]) -> Any:
    """GISCO puts the code in ``properties.NUTS_ID`` (and in the feature ``id``)."""
    properties = feature.get("properties")
    if isinstance(properties, dict) and properties.get("NUTS_ID") is not None:
        return properties["NUTS_ID"]
    if isinstance(properties, dict) and properties.get("id") is not None:
        return properties["id"]
    return feature.get("id")


def parse_features(document: Any, log: ProblemLog) -> list[Boundary]:
    """The valid boundaries of a FeatureCollection; a problem per invalid feature in ``log``
    (``row`` is the feature's index in ``features``)."""
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        log.add(0, "type", "the file must be a GeoJSON FeatureCollection")
        return []
    features = document.get("features")
    if not isinstance(features, list):
        log.add(0, "features", "a FeatureCollection must have a features array")
        return []
    boundaries: list[Boundary] = []
    seen: set[str] = set()
    for index, feature in enumerate(features):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            log.add(index, "type", "not a GeoJSON Feature")
            continue
        nuts_id = feature_nuts_id(feature)
        if not isinstance(nuts_id, str) or not _NUTS_ID.match(nuts_id):
            log.add(index, "properties.NUTS_ID", "missing or not a NUTS id", nuts_id)
            continue
        if nuts_id in seen:
            log.add(index, "properties.NUTS_ID", "appears in more than one feature", nuts_id)
            continue
        seen.add(nuts_id)
        if (problem := geometry_problem(feature.get("geometry"))) is not None:
            log.add(index, "geometry", problem, nuts_id)
            continue
        boundaries.append(Boundary(nuts_id, feature["geometry"], index))
    return boundaries


def source_text(file: StoredFile, note: str | None) -> str:
    described = f"{file.filename or file.path.name} (sha256 {file.sha256})"
    return f"{note.strip()}; {described}" if note and note.strip() else described


# -- database ---------------------------------------------------------------------------


async def _known_ids(conn: AsyncConnection, nuts_version: int, ids: Sequence[str]) -> set[str]:
    stmt = select(_region.c.nuts_id).where(
        _region.c.nuts_version == nuts_version, _region.c.nuts_id.in_(list(ids))
    )
    return set((await conn.execute(stmt)).scalars())


async def _upsert(
    conn: AsyncConnection, nuts_version: int, boundaries: Sequence[Boundary], source: str
) -> tuple[int, int]:
    """(inserted, updated); a row whose geometry and source are unchanged is not touched."""
    inserted = updated = 0
    for start in range(0, len(boundaries), _BATCH):
        batch = boundaries[start : start + _BATCH]
        stmt = insert(_boundary).values(
            [
                {
                    "nuts_version": nuts_version,
                    "nuts_id": b.nuts_id,
                    "geometry": b.geometry,
                    "source": source,
                }
                for b in batch
            ]
        )
        upsert = stmt.on_conflict_do_update(
            index_elements=[_boundary.c.nuts_version, _boundary.c.nuts_id],
            set_={
                "geometry": stmt.excluded.geometry,
                "source": stmt.excluded.source,
                "loaded_at": text("now()"),
            },
            where=text(
                "(region_boundary.geometry, region_boundary.source)"
                " IS DISTINCT FROM (excluded.geometry, excluded.source)"
            ),
        )
        returning: Any = upsert.returning(literal_column("xmax = 0").label("inserted"))
        for (was_inserted,) in await conn.execute(returning):
            if was_inserted:
                inserted += 1
            else:
                updated += 1
    return inserted, updated


async def load_boundaries(
    conn: AsyncConnection,
    file: StoredFile,
    nuts_version: int,
    *,
    source: str | None = None,
    skip_unknown: bool = False,
) -> BoundaryLoad:
    """Validate the whole file, then write it in the caller's transaction; raise
    ImportRejected (nothing written) on any invalid feature, or on ids the NUTS version does
    not know unless ``skip_unknown``."""
    target = f"NUTS {nuts_version}"
    if nuts_version not in NUTS_VERSIONS:
        raise refuse_file(KIND, target, file.sha256, f"unknown NUTS version {nuts_version}")
    try:
        with open_text(file.path) as stream:
            document = json.load(stream)
    except (UnicodeDecodeError, json.JSONDecodeError, EOFError, OSError) as exc:
        raise refuse_file(KIND, target, file.sha256, f"not a JSON file: {exc}") from None

    log = ProblemLog()
    boundaries = parse_features(document, log)
    features = document.get("features") if isinstance(document, dict) else None
    mode = ImportMode.SKIP_INVALID if skip_unknown else ImportMode.ALL_OR_NOTHING
    report = ImportReport(
        kind=KIND,
        target=target,
        mode=mode,
        sha256=file.sha256,
        rows_read=len(features) if isinstance(features, list) else 0,
    )
    known = await _known_ids(conn, nuts_version, [b.nuts_id for b in boundaries])
    unknown = sorted(b.nuts_id for b in boundaries if b.nuts_id not in known)
    if unknown and not skip_unknown:
        for b in boundaries:
            if b.nuts_id not in known:
                problem = f"not a region of NUTS {nuts_version} (use --skip-unknown to skip)"
                log.add(b.index, "properties.NUTS_ID", problem, b.nuts_id)
    if log:
        report.rows_invalid = log.total
        raise ImportRejected(log.fill(report))

    valid = [b for b in boundaries if b.nuts_id in known]
    if not valid:
        raise refuse_file(KIND, target, file.sha256, f"no region of NUTS {nuts_version} in file")
    inserted, updated = await _upsert(conn, nuts_version, valid, source_text(file, source))
    report.rows_valid = len(valid)
    report.inserted, report.updated = inserted, updated
    report.unchanged = len(valid) - inserted - updated
    report.written = inserted + updated > 0
    return BoundaryLoad(report=report, unknown=unknown)
