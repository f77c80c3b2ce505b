"""Input-output tables and their flows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import RowMapping, Table, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import InputOutputFlow, InputOutputTable

_table = cast(Table, InputOutputTable.__table__)
_flow = cast(Table, InputOutputFlow.__table__)

_COLUMNS = (
    _table.c.id,
    _table.c.code,
    _table.c.dataset,
    _table.c.geo,
    _table.c.year,
    _table.c.unit,
    _table.c.source,
    _table.c.sha256,
    _table.c.products,
    func.cardinality(_table.c.divisions).label("divisions"),
    _table.c.is_active,
    _table.c.serves_country,
    _table.c.created_at,
)


class InputOutputRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list(self) -> Sequence[RowMapping]:
        stmt = select(*_COLUMNS).order_by(_table.c.created_at.desc(), _table.c.id.desc())
        return (await self.session.execute(stmt)).mappings().all()

    async def get(self, code: str) -> RowMapping | None:
        stmt = select(*_COLUMNS).where(_table.c.code == code)
        return (await self.session.execute(stmt)).mappings().one_or_none()

    async def by_checksum(self, sha256: str) -> RowMapping | None:
        stmt = select(*_COLUMNS).where(_table.c.sha256 == sha256).limit(1)
        return (await self.session.execute(stmt)).mappings().first()

    async def activate(self, table_id: int) -> None:
        await self.session.execute(
            update(_table)
            .where(_table.c.is_active, _table.c.id != table_id)
            .values(is_active=False)
        )
        await self.session.execute(
            update(_table).where(_table.c.id == table_id).values(is_active=True)
        )

    async def outputs(self, table_id: int) -> dict[str, float]:
        row = (
            await self.session.execute(
                select(_table.c.divisions, _table.c.output).where(_table.c.id == table_id)
            )
        ).one()
        return dict(zip(row.divisions, row.output, strict=True))

    async def flows(
        self, table_id: int, supplier: str | None, buyer: str | None
    ) -> Sequence[RowMapping]:
        stmt = select(_flow.c.supplier, _flow.c.buyer, _flow.c.flow).where(
            _flow.c.table_id == table_id
        )
        if supplier:
            stmt = stmt.where(_flow.c.supplier == supplier)
        if buyer:
            stmt = stmt.where(_flow.c.buyer == buyer)
        return (await self.session.execute(stmt)).mappings().all()
