"""The dataset a statistics import goes into: checked before the file is read, upserted after."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import cast

from sqlalchemy import RowMapping, Table, insert, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncConnection

from eco_core.http.problems import FieldError, Problem
from eco_core.models import StatisticsDataset
from eco_core.types import NutsVersion

DATASET_CODE_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,63}$"

_dataset = cast(Table, StatisticsDataset.__table__)


@dataclass(frozen=True)
class DatasetInfo:
    """What an upload says about its dataset; title and source are needed to create one."""

    code: str
    nuts_version: int
    title: str | None = None
    source: str | None = None
    source_url: str | None = None
    licence: str | None = None


def _invalid(field: str, message: str) -> Problem:
    return Problem(
        422,
        "Unprocessable Content",
        f"{field}: {message}",
        slug="validation-error",
        errors=[FieldError(field=field, message=message, type="value_error")],
    )


async def existing_dataset(conn: AsyncConnection, code: str) -> RowMapping | None:
    stmt = select(_dataset).where(_dataset.c.code == code)
    return (await conn.execute(stmt)).mappings().one_or_none()


async def check_dataset(conn: AsyncConnection, info: DatasetInfo) -> RowMapping | None:
    """Refuse, before any row is read, an upload that cannot go into its dataset."""
    if not re.fullmatch(DATASET_CODE_PATTERN, info.code):
        raise _invalid("dataset", "lower-case letters, digits, '_', '.', '-'; at most 64")
    if info.nuts_version not in {v.value for v in NutsVersion}:
        raise _invalid("nuts_version", "unknown NUTS version: 2013, 2021 or 2024")
    existing = await existing_dataset(conn, info.code)
    if existing is None:
        for field in ("title", "source"):
            if not (getattr(info, field) or "").strip():
                raise _invalid(field, f"a new dataset needs a {field}")
    elif existing["nuts_version"] != info.nuts_version:
        raise Problem(
            409,
            "Conflict",
            f"Dataset {info.code!r} holds NUTS {existing['nuts_version']} regions; this upload "
            f"says NUTS {info.nuts_version}. Use another dataset code for another NUTS version.",
            slug="nuts-version-conflict",
        )
    return existing


async def upsert_dataset(
    conn: AsyncConnection,
    info: DatasetInfo,
    existing: RowMapping | None,
    account_id: uuid.UUID | None,
) -> tuple[int, bool]:
    """The dataset's id, and whether its row was written (created, or described anew)."""
    if existing is None:
        created = await conn.scalar(
            insert(_dataset)
            .values(
                code=info.code,
                title=info.title,
                source=info.source,
                source_url=info.source_url,
                licence=info.licence,
                nuts_version=info.nuts_version,
                created_by=account_id,
            )
            .returning(_dataset.c.id)
        )
        assert created is not None
        return int(created), True
    # Only what the upload names is changed, and an unchanged row is not rewritten.
    given = {
        field: value
        for field in ("title", "source", "source_url", "licence")
        if (value := getattr(info, field)) is not None and value.strip()
    }
    if not given:
        return int(existing["id"]), False
    changed = await conn.execute(
        update(_dataset)
        .where(
            _dataset.c.id == existing["id"],
            tuple_(*(_dataset.c[f] for f in given)).is_distinct_from(tuple_(*given.values())),
        )
        .values(**given)
    )
    return int(existing["id"]), changed.rowcount > 0
