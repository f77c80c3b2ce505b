"""Load the shipped default definition set, through the same reading and validation as uploads.

A second run changes nothing: an unchanged file is skipped by its checksum, and even a
forced run finds the version already stored with the same content and writes no row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.definitions import store
from eco_core.definitions.content import DEFAULT_VERSION, SetMetadata, content_sha256
from eco_core.definitions.importer import FileFormat, read_file
from eco_core.definitions.parse import FileRefused
from eco_core.definitions.validate import validate_rows
from eco_core.imports.upload import store_path
from eco_core.reference.record import record_dataset, recorded_unchanged
from eco_core.reference.result import LoadResult

DATASET_NAME = "default_definitions"
RELATIVE_PATH = f"definitions/{DEFAULT_VERSION}.csv"
SBS_VERSION = f"{DEFAULT_VERSION}-sbs"
# What the shipped statistics can measure, so scoring uses it unless told otherwise.
ACTIVE_BY_DEFAULT = SBS_VERSION
DEFAULT_SET = SetMetadata(
    version=DEFAULT_VERSION,
    title="Cluster categories and emerging industries on NACE Rev. 2 (project approximation)",
    description=(
        "The 51 traded cluster categories of the US benchmark (Delgado, Porter and Stern 2016) "
        "and the ten emerging industries of the European Cluster Observatory (2014), defined "
        "by this project on NACE Rev. 2 divisions, groups and classes. Not an official "
        "definition: see reference_data/definitions/README.md for the method and its limits."
    ),
    source=(
        "European Cluster Observatory backend, project approximation from the benchmark "
        "cluster definitions (NAICS 2012, Delgado-Porter-Stern 2016) and the Observatory's "
        "emerging-industry descriptions (2014)"
    ),
)


SBS_SET = SetMetadata(
    version=SBS_VERSION,
    title=f"{DEFAULT_VERSION} fitted to Eurostat SBS regional detail",
    description=(
        f"{DEFAULT_VERSION} with every code that the Eurostat SBS regional data does not "
        "publish (it has divisions, and groups in trade) moved to its nearest published "
        "ancestor, weighted by the share of the ancestor's NACE classes it covers. Derived by "
        "scripts/derive_sbs_definitions.py; the class-share weights are an assumption."
    ),
    source=f"Derived from {DEFAULT_VERSION} (project approximation)",
)


@dataclass(frozen=True)
class ShippedSet:
    dataset_name: str
    relative_path: str
    metadata: SetMetadata


SHIPPED_SETS = (
    ShippedSet(DATASET_NAME, RELATIVE_PATH, DEFAULT_SET),
    ShippedSet("sbs_definitions", f"definitions/{SBS_VERSION}.csv", SBS_SET),
)


class ShippedDefinitionsError(RuntimeError):
    """The shipped file breaks a rule an upload would be refused for: fix the file."""


async def load_default_definitions(conn: AsyncConnection, root: Path, *, force: bool) -> LoadResult:
    """Both shipped sets; the SBS-fitted one becomes active when no set is."""
    results = [await _load_set(conn, root, shipped, force=force) for shipped in SHIPPED_SETS]
    if await store.active_set(conn) is None:
        active = await store.find_set(conn, ACTIVE_BY_DEFAULT)
        assert active is not None
        await store.activate(conn, active.id)
    return LoadResult(
        "definitions", sum(r.rows for r in results), loaded=any(r.loaded for r in results)
    )


async def _load_set(
    conn: AsyncConnection, root: Path, shipped: ShippedSet, *, force: bool
) -> LoadResult:
    path = root / shipped.relative_path
    stored = store_path(path)
    unchanged = await recorded_unchanged(conn, shipped.dataset_name, stored.sha256, force=force)
    if unchanged is not None:
        return unchanged

    try:
        parsed = read_file(stored, FileFormat.CSV)
    except FileRefused as refused:
        raise ShippedDefinitionsError(f"{path}: {refused.problem}") from refused
    validation = validate_rows(parsed.rows, await store.nace_parents(conn))
    if validation.problems:
        listed = "; ".join(
            f"line {p.row} {p.column}: {p.problem}" for p in validation.problems[:10]
        )
        raise ShippedDefinitionsError(f"{path}: {listed}")

    checksum = content_sha256(validation.definitions)
    metadata = shipped.metadata
    existing = await store.find_set(conn, metadata.version)
    if existing is None:
        await store.insert_set(conn, metadata, checksum, validation.definitions, created_by=None)
    elif existing.sha256 != checksum:
        raise ShippedDefinitionsError(
            f"{path} no longer matches the stored set {metadata.version}: a changed "
            "definition set needs a new version (sets are immutable)"
        )

    rows = validation.rows_read
    return await record_dataset(
        conn, shipped.dataset_name, sha256=stored.sha256, rows=rows, source=metadata.source
    )
