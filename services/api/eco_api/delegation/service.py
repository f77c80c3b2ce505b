"""Owners grant and revoke managers and hand their organisations over; the rules of who
may are in eco_core.organisations.delegation."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import Request
from sqlalchemy import RowMapping

from eco_api.delegation.repository import DelegationRepository
from eco_api.delegation.schemas import Delegation, ManagerRead, OwnerChange
from eco_api.organisations.service import parse_ref
from eco_core import audit
from eco_core.auth.principal import Principal
from eco_core.http.problems import FieldError, Problem
from eco_core.organisations import delegation
from eco_core.organisations.delegation import MAX_MANAGERS, PARTNER_PORTAL, Standing
from eco_core.webhooks.outbox import Event

#: Accounts that may own an organisation: those whose kind may hold clusters:write
#: (administrators act on every organisation without owning one).
OWNER_KINDS = ("cluster_organisation", PARTNER_PORTAL)


def _invalid(field: str, message: str) -> Problem:
    return Problem(
        422,
        "Unprocessable Content",
        f"The request is not valid: {field}: {message}",
        slug="validation-error",
        errors=[FieldError(field=field, message=message, type="value_error")],
    )


class DelegationService:
    def __init__(self, repository: DelegationRepository, request: Request) -> None:
        self.repository = repository
        self.request = request

    async def _acted_for(
        self, principal: Principal, ref: str, *, governing: str | None = None, lock: bool = True
    ) -> tuple[RowMapping, Standing]:
        row = await self.repository.organisation(parse_ref(ref), lock=lock)
        return await delegation.required_standing(
            self.repository.session, principal, row, ref, governing=governing
        )

    async def _delegation(self, row: RowMapping, owner: uuid.UUID) -> Delegation:
        managers = await self.repository.managers(row["id"])
        return Delegation(
            organisation_id=row["id"],
            slug=row["slug"],
            owner_account_id=owner,
            managers=[ManagerRead.model_validate(m) for m in managers],
        )

    def _audit(
        self, principal: Principal, action: str, row: RowMapping, acting: Standing, **details: Any
    ) -> None:
        audit.record(
            self.repository.session,
            self.request,
            principal,
            action=action,
            resource_type="organisation",
            resource_id=row["id"],
            details={"slug": row["slug"], **details},
            organisation_id=row["id"],
            acting_as=acting.value,
        )

    async def _tell(
        self,
        row: RowMapping,
        owner: uuid.UUID,
        event: str,
        also: tuple[uuid.UUID, ...] = (),
        **payload: Any,
    ) -> None:
        body = {"organisation_id": str(row["id"]), "slug": row["slug"], **payload}
        await delegation.notify(
            self.repository.session,
            [(row["id"], owner, Event(owner, f"organisation.{event}", body))],
            also=also,
        )

    # -- reading ----------------------------------------------------------------------------

    async def read(self, principal: Principal, ref: str) -> Delegation:
        """For the owner, the managers and administrators; others get 404."""
        row, _ = await self._acted_for(principal, ref, lock=False)
        return await self._delegation(row, row["owner_account_id"])

    # -- managers ---------------------------------------------------------------------------

    async def _check_portal(self, row: RowMapping, account_id: uuid.UUID) -> None:
        field = "path.account_id"
        if account_id == row["owner_account_id"]:
            raise _invalid(field, "the owner acts for its organisation already")
        account = await self.repository.account(account_id)
        if account is None or account["disabled_at"] is not None:
            raise _invalid(field, "no such account")
        if account["kind"] != PARTNER_PORTAL:
            raise _invalid(field, "not a partner portal account: only portals manage")

    async def grant(self, principal: Principal, ref: str, account_id: uuid.UUID) -> ManagerRead:
        """Idempotent: granting a manager again keeps the first grant."""
        row, acting = await self._acted_for(principal, ref, governing="grant management")
        await self._check_portal(row, account_id)
        managers = await self.repository.managers(row["id"])
        if all(m["account_id"] != account_id for m in managers):
            if len(managers) >= MAX_MANAGERS:
                raise Problem(
                    409,
                    "Conflict",
                    f"The organisation has {MAX_MANAGERS} managers, the most it may have; "
                    "revoke one first.",
                    slug="manager-limit-reached",
                )
            await self.repository.add_manager(row["id"], account_id, principal.account_id)
            self._audit(principal, "grant_manager", row, acting, account_id=str(account_id))
            await self._tell(
                row, row["owner_account_id"], "manager_granted", account_id=str(account_id)
            )
            managers = await self.repository.managers(row["id"])
        granted = next(m for m in managers if m["account_id"] == account_id)
        return ManagerRead.model_validate(granted)

    async def revoke(self, principal: Principal, ref: str, account_id: uuid.UUID) -> None:
        """Idempotent. A manager may give up its own management, never revoke another's."""
        row, acting = await self._acted_for(principal, ref)
        if not acting.governs and account_id != principal.account_id:
            raise delegation.owner_only("revoke another manager")
        if await self.repository.remove_manager(row["id"], account_id):
            self._audit(principal, "revoke_manager", row, acting, account_id=str(account_id))
            await self._tell(
                row,
                row["owner_account_id"],
                "manager_revoked",
                also=(account_id,),
                account_id=str(account_id),
            )

    # -- ownership ---------------------------------------------------------------------------

    async def transfer(self, principal: Principal, ref: str, data: OwnerChange) -> Delegation:
        """Hand the organisation to another account. A partner portal that hands over an
        organisation stays on as its manager (the new owner may revoke it); the new owner
        stops being a manager, being more. Naming the current owner changes nothing."""
        row, acting = await self._acted_for(principal, ref, governing="hand it over")
        previous, new = row["owner_account_id"], data.account_id
        if new == previous:
            return await self._delegation(row, previous)
        account = await self.repository.account(new)
        if account is None or account["disabled_at"] is not None:
            raise _invalid("body.account_id", "no such account")
        if account["kind"] not in OWNER_KINDS:
            raise _invalid(
                "body.account_id", "only cluster organisation and partner portal accounts own"
            )
        await self.repository.set_owner(row["id"], new)
        await self.repository.remove_manager(row["id"], new)
        previous_account = await self.repository.account(previous)
        if previous_account is not None and previous_account["kind"] == PARTNER_PORTAL:
            await self.repository.add_manager(row["id"], previous, principal.account_id)
        self._audit(
            principal, "transfer", row, acting, previous_owner=str(previous), owner=str(new)
        )
        await self._tell(
            row,
            new,
            "transferred",
            also=(previous,),
            owner_account_id=str(new),
            previous_owner_account_id=str(previous),
        )
        return await self._delegation(row, new)
