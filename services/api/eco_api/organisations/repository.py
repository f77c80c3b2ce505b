from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Collection, Sequence
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Float,
    RowMapping,
    Select,
    String,
    Table,
    any_,
    delete,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    tuple_,
    type_coerce,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from eco_api.organisations.schemas import OrganisationFilter
from eco_core.db.session import ReadConnection
from eco_core.models import ClusterOrganisation, ImportRun, NaceActivity, NutsRegion
from eco_core.organisations.codes import nace_ancestors
from eco_core.organisations.context import Existing, existing_profiles, load_context
from eco_core.organisations.delegation import acted_for_by, managed_by
from eco_core.organisations.profile import Profile
from eco_core.organisations.rules import ProfileContext
from eco_core.organisations.store import Written, upsert_profiles

_org = cast(Table, ClusterOrganisation.__table__)
_region = cast(Table, NutsRegion.__table__)
_nace = cast(Table, NaceActivity.__table__)

_COLUMNS = [c for c in _org.c if c.name != "search_vector"]


def _pg_array(column: Any) -> Any:
    """The PostgreSQL array operators (@>, &&), which use the GIN indexes."""
    return type_coerce(column, PG_ARRAY(String))


def _base() -> Select[Any]:
    return select(*_COLUMNS, _region.c.name.label("region_name")).select_from(
        _org.outerjoin(
            _region,
            (_region.c.nuts_version == _org.c.nuts_version)
            & (_region.c.nuts_id == _org.c.region_id),
        )
    )


def _by_ref(stmt: Select[Any], ref: uuid.UUID | str) -> Select[Any]:
    return stmt.where(_org.c.id == ref if isinstance(ref, uuid.UUID) else _org.c.slug == ref)


def _search_query(q: str) -> Any:
    # The same folding as the stored search_vector: accents and case do not matter.
    return func.websearch_to_tsquery(literal_column("'simple'::regconfig"), func.eco_search_text(q))


def _rank(q: str) -> Any:
    return sql_cast(func.ts_rank(_org.c.search_vector, _search_query(q)), Float)


def _filtered(stmt: Select[Any], where: OrganisationFilter) -> Select[Any]:
    if where.q is not None:
        stmt = stmt.where(_org.c.search_vector.op("@@")(_search_query(where.q)))
    if where.country_code is not None:
        stmt = stmt.where(_org.c.country_code == where.country_code)
    if where.region_id is not None:
        # NUTS codes nest by prefix: FRK contains FRK2, which contains FRK21.
        stmt = stmt.where(_org.c.region_id.startswith(where.region_id, autoescape=True))
    if where.category is not None:
        stmt = stmt.where(_pg_array(_org.c.category_slugs).contains([where.category]))
    if where.emerging_industry is not None:
        stmt = stmt.where(
            _pg_array(_org.c.emerging_industry_slugs).contains([where.emerging_industry])
        )
    if where.label is not None:
        stmt = stmt.where(_org.c.excellence_label == where.label)
    if where.demo is not None:
        stmt = stmt.where(_org.c.demo.is_(where.demo))
    if where.nace is not None:
        stmt = stmt.where(_nace_match(where.nace))
    if where.acting_account_id is not None:
        stmt = stmt.where(acted_for_by(where.acting_account_id))
    return stmt


def _nace_match(code: str) -> Any:
    """The code itself, anything below it, or a division or group above it."""
    if code.isalpha():
        return exists(
            select(_nace.c.code).where(
                _nace.c.code == any_(_org.c.nace_codes), _nace.c.section == code
            )
        )
    listed = func.unnest(_org.c.nace_codes).table_valued("code").render_derived(name="listed")
    return or_(
        _pg_array(_org.c.nace_codes).overlap([code, *nace_ancestors(code)]),
        exists(select(listed.c.code).where(listed.c.code.startswith(code, autoescape=True))),
    )


def _ordered(
    stmt: Select[Any], where: OrganisationFilter, after: Sequence[Any] | None
) -> Select[Any]:
    """Best match first when searching, else by name; the id breaks ties, so the order is
    total and a cursor resumes exactly where the page ended."""
    if where.q is not None:
        rank = _rank(where.q)
        stmt = stmt.add_columns(rank.label("rank"))
        if after is not None:
            stmt = stmt.where(
                or_(
                    rank < after[0],
                    (rank == after[0]) & (_org.c.id > after[1]),
                )
            )
        return stmt.order_by(rank.desc(), _org.c.id)
    if after is not None:
        stmt = stmt.where(tuple_(_org.c.name, _org.c.id) > tuple_(after[0], after[1]))
    return stmt.order_by(_org.c.name, _org.c.id)


class OrganisationReadRepository:
    """Public reads with Core queries on an autocommit connection."""

    def __init__(self, connection: ReadConnection) -> None:
        self.connection = connection

    async def get(self, ref: uuid.UUID | str) -> RowMapping | None:
        result = await self.connection.execute(_by_ref(_base(), ref))
        row: RowMapping | None = result.mappings().one_or_none()
        return row

    async def list(
        self, where: OrganisationFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        stmt = _ordered(_filtered(_base(), where), where, after).limit(limit + 1)
        return (await self.connection.execute(stmt)).mappings().all()

    async def each(self, where: OrganisationFilter, batch: int = 500) -> AsyncIterator[RowMapping]:
        """Every matching row in list order, fetched a page at a time (for exports)."""
        after: list[Any] | None = None
        while True:
            rows = await self.list(where, after=after, limit=batch)
            for row in rows[:batch]:
                yield row
            if len(rows) <= batch:
                return
            after = sort_key(rows[batch - 1], where)


def sort_key(row: RowMapping, where: OrganisationFilter) -> list[Any]:
    """The cursor of a row in the order ``_ordered`` gives the list."""
    first = row["rank"] if where.q is not None else row["name"]
    return [first, row["id"]]


class OrganisationWriteRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def context_for(
        self,
        regions: Collection[tuple[int, str]],
        nace_codes: Collection[str],
        reference_root: Path,
    ) -> ProfileContext:
        return await load_context(
            await self.session.connection(),
            regions=regions,
            nace_codes=nace_codes,
            reference_root=reference_root,
        )

    async def existing(self, slugs: Collection[str]) -> dict[str, Existing]:
        return await existing_profiles(await self.session.connection(), slugs)

    async def managed_slugs(self, account_id: uuid.UUID, slugs: Collection[str]) -> set[str]:
        """Of these slugs, those of organisations the account manages."""
        if not slugs:
            return set()
        rows = await self.session.scalars(
            select(_org.c.slug).where(
                _org.c.slug.in_(list(slugs)), _org.c.id.in_(managed_by(account_id))
            )
        )
        return set(rows)

    async def slug_taken(self, slug: str) -> bool:
        found = await self.session.scalar(select(_org.c.id).where(_org.c.slug == slug))
        return found is not None

    async def read(self, ref: uuid.UUID | str, *, lock: bool = False) -> RowMapping | None:
        stmt = _by_ref(_base(), ref)
        if lock:
            stmt = stmt.with_for_update(of=_org)
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def insert(self, values: dict[str, Any]) -> uuid.UUID | None:
        """The new id, or None when the slug was taken meanwhile (unique violation)."""
        try:
            new_id: uuid.UUID | None = await self.session.scalar(
                insert(_org).values(**values).returning(_org.c.id)
            )
        except IntegrityError:
            return None
        return new_id

    async def update(self, organisation_id: uuid.UUID, values: dict[str, Any]) -> bool:
        try:
            await self.session.execute(
                update(_org)
                .where(_org.c.id == organisation_id)
                .values(**values, revision=_org.c.revision + 1, updated_at=func.now())
            )
        except IntegrityError:
            return False
        return True

    async def delete(self, organisation_id: uuid.UUID) -> bool:
        """False when another table still refers to the organisation."""
        try:
            await self.session.execute(delete(_org).where(_org.c.id == organisation_id))
        except IntegrityError:
            return False
        return True

    async def upsert(
        self, profiles: Sequence[Profile], *, owner_id: uuid.UUID, may_write_any: bool
    ) -> list[Written]:
        return await upsert_profiles(
            await self.session.connection(),
            profiles,
            owner_id=owner_id,
            may_write_any=may_write_any,
        )

    async def record_import(self, run: ImportRun) -> None:
        self.session.add(run)
        await self.session.flush()
