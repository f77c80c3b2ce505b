from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import Executable, Result, RowMapping, and_, func, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_api.definitions.schemas import DefinitionFilter
from eco_core.db.session import ReadConnection
from eco_core.models import Definition, DefinitionCode, DefinitionSet, NaceActivity

_set = DefinitionSet.__table__
_definition = Definition.__table__
_code = DefinitionCode.__table__
_nace = NaceActivity.__table__


class _Executor(Protocol):
    async def execute(self, statement: Executable) -> Result[Any]: ...


def _count(*where: Any) -> Any:
    return select(func.count()).where(*where).scalar_subquery()


# A set with the size of its content, counted where it is read (a handful of sets).
_SET_COLUMNS = (
    _set.c.id,
    _set.c.version,
    _set.c.title,
    _set.c.description,
    _set.c.source,
    _set.c.sha256,
    _set.c.is_active,
    _set.c.created_at,
    _count(_definition.c.set_id == _set.c.id, _definition.c.kind == "category").label("categories"),
    _count(_definition.c.set_id == _set.c.id, _definition.c.kind == "emerging_industry").label(
        "emerging_industries"
    ),
    _count(_code.c.set_id == _set.c.id).label("codes"),
)


class DefinitionRepository:
    """Reads definition sets; on an autocommit connection for public reads, or a session."""

    def __init__(self, executor: _Executor) -> None:
        self.executor = executor

    async def get_set(self, version: str | None) -> RowMapping | None:
        """The set with this version, or the active set when ``version`` is None."""
        stmt = select(*_SET_COLUMNS)
        stmt = stmt.where(_set.c.is_active if version is None else _set.c.version == version)
        return (await self.executor.execute(stmt)).mappings().one_or_none()

    async def list_sets(self, *, after: Sequence[Any] | None, limit: int) -> Sequence[RowMapping]:
        stmt = select(*_SET_COLUMNS)
        if after is not None:
            stmt = stmt.where(_set.c.id < after[0])
        # Newest first; ids only grow, so the order is stable.
        stmt = stmt.order_by(_set.c.id.desc()).limit(limit + 1)
        return (await self.executor.execute(stmt)).mappings().all()

    async def list_definitions(
        self, where: DefinitionFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        stmt = select(_definition).where(_definition.c.set_id == where.set_id)
        if where.kind is not None:
            stmt = stmt.where(_definition.c.kind == where.kind.value)
        if after is not None:
            stmt = stmt.where(
                tuple_(_definition.c.kind, _definition.c.slug)
                > tuple_(str(after[0]), str(after[1]))
            )
        stmt = stmt.order_by(_definition.c.kind, _definition.c.slug).limit(limit + 1)
        return (await self.executor.execute(stmt)).mappings().all()

    async def get_definition(self, set_id: int, kind: str, slug: str) -> RowMapping | None:
        stmt = select(_definition).where(
            _definition.c.set_id == set_id, _definition.c.kind == kind, _definition.c.slug == slug
        )
        return (await self.executor.execute(stmt)).mappings().one_or_none()

    async def codes_of(self, set_id: int, keys: Sequence[tuple[str, str]]) -> Sequence[RowMapping]:
        """The codes of the given definitions, with the NACE names, by definition and code."""
        if not keys:
            return []
        stmt = (
            select(
                _code.c.kind,
                _code.c.slug,
                _code.c.nace_code,
                _code.c.weight,
                _nace.c.name.label("nace_name"),
                _nace.c.level.label("nace_level"),
            )
            .join(_nace, _nace.c.code == _code.c.nace_code)
            .where(
                _code.c.set_id == set_id,
                or_(*(and_(_code.c.kind == kind, _code.c.slug == slug) for kind, slug in keys)),
            )
            .order_by(_code.c.kind, _code.c.slug, _code.c.nace_code)
        )
        return (await self.executor.execute(stmt)).mappings().all()

    async def export_rows(
        self, where: DefinitionFilter, *, after: Sequence[Any] | None, limit: int
    ) -> Sequence[RowMapping]:
        """One row per (definition, code), as the CSV upload has them, in a stable order."""
        stmt = (
            select(
                _code.c.kind,
                _code.c.slug,
                _definition.c.name,
                _code.c.nace_code,
                _code.c.weight,
                _definition.c.description,
            )
            .join(
                _definition,
                and_(
                    _definition.c.set_id == _code.c.set_id,
                    _definition.c.kind == _code.c.kind,
                    _definition.c.slug == _code.c.slug,
                ),
            )
            .where(_code.c.set_id == where.set_id)
        )
        if where.kind is not None:
            stmt = stmt.where(_code.c.kind == where.kind.value)
        if after is not None:
            stmt = stmt.where(
                tuple_(_code.c.kind, _code.c.slug, _code.c.nace_code)
                > tuple_(*(str(part) for part in after))
            )
        stmt = stmt.order_by(_code.c.kind, _code.c.slug, _code.c.nace_code).limit(limit)
        return (await self.executor.execute(stmt)).mappings().all()

    async def close(self) -> None:
        if isinstance(self.executor, ReadConnection):
            await self.executor.close()


class DefinitionWriteRepository(DefinitionRepository):
    """The request's session: imports and activation commit with the response."""

    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session)
        self.session = session

    async def connection(self) -> AsyncConnection:
        return await self.session.connection()
