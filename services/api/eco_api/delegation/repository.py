from __future__ import annotations

import uuid
from typing import Any, cast

from sqlalchemy import RowMapping, Table, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from eco_core.models import Account, ClusterOrganisation, OrganisationManager

_org = cast(Table, ClusterOrganisation.__table__)
_manager = cast(Table, OrganisationManager.__table__)
_account = cast(Table, Account.__table__)


class DelegationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def organisation(self, ref: uuid.UUID | str, *, lock: bool) -> RowMapping | None:
        """``lock``: grants, revocations and hand-overs of one organisation queue up."""
        stmt = select(_org.c.id, _org.c.slug, _org.c.owner_account_id).where(
            _org.c.id == ref if isinstance(ref, uuid.UUID) else _org.c.slug == ref
        )
        if lock:
            stmt = stmt.with_for_update()
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def account(self, account_id: uuid.UUID) -> RowMapping | None:
        stmt = select(_account.c.id, _account.c.kind, _account.c.disabled_at).where(
            _account.c.id == account_id
        )
        row: RowMapping | None = (await self.session.execute(stmt)).mappings().one_or_none()
        return row

    async def managers(self, organisation_id: uuid.UUID) -> list[dict[str, Any]]:
        stmt = (
            select(_manager, _account.c.name.label("account_name"))
            .join(_account, _account.c.id == _manager.c.account_id)
            .where(_manager.c.organisation_id == organisation_id)
            .order_by(_manager.c.granted_at, _manager.c.account_id)
        )
        return [dict(r) for r in (await self.session.execute(stmt)).mappings()]

    async def add_manager(
        self, organisation_id: uuid.UUID, account_id: uuid.UUID, granted_by: uuid.UUID
    ) -> bool:
        """False when the account manages it already (the grant stands as it was)."""
        result = await self.session.execute(
            insert(_manager)
            .values(organisation_id=organisation_id, account_id=account_id, granted_by=granted_by)
            .on_conflict_do_nothing()
            .returning(_manager.c.account_id)
        )
        return result.first() is not None

    async def remove_manager(self, organisation_id: uuid.UUID, account_id: uuid.UUID) -> bool:
        result = await self.session.execute(
            delete(_manager)
            .where(_manager.c.organisation_id == organisation_id)
            .where(_manager.c.account_id == account_id)
            .returning(_manager.c.account_id)
        )
        return result.first() is not None

    async def set_owner(self, organisation_id: uuid.UUID, account_id: uuid.UUID) -> None:
        # The owner is part of the owner's view (its ETag): a new owner is a new revision.
        await self.session.execute(
            update(_org)
            .where(_org.c.id == organisation_id)
            .values(
                owner_account_id=account_id, revision=_org.c.revision + 1, updated_at=func.now()
            )
        )
