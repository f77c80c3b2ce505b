"""Which definition set a request means: the version it names, or the active one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from eco_core.definitions.content import ACTIVE_ALIAS
from eco_core.http.problems import Problem, not_found
from eco_core.models import DefinitionSet


@dataclass(frozen=True)
class DefinitionSetRef:
    id: int
    version: str


async def resolve_definition_set(
    conn: AsyncConnection | AsyncSession, version: str | None
) -> DefinitionSetRef:
    """The named set (404 if unknown) or, without a name, the active set (409 if none).

    ``active`` (which no set may be called) names the active set too, as in every route.
    """
    if version == ACTIVE_ALIAS:
        version = None
    table = DefinitionSet.__table__
    stmt = select(table.c.id, table.c.version)
    if version is not None:
        row = (await conn.execute(stmt.where(table.c.version == version))).one_or_none()
        if row is None:
            raise not_found("definition set", version)
    else:
        row = (await conn.execute(stmt.where(table.c.is_active))).one_or_none()
        if row is None:
            raise Problem(
                409,
                "No Active Definition Set",
                "No definition set is active; name one with definition_set=VERSION.",
                slug="no-active-definition-set",
            )
    return DefinitionSetRef(id=row.id, version=row.version)
