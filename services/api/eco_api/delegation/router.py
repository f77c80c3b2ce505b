"""Managers and owners of cluster organisations: who acts for a profile besides its owner."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path
from starlette.responses import Response

from eco_api.delegation.dependencies import ClustersRead, ClustersWrite, DelegationServiceDep
from eco_api.delegation.schemas import Delegation, ManagerRead, OwnerChange
from eco_core.http.problems import PROBLEM_RESPONSES

router = APIRouter(
    prefix="/v1/organisations",
    tags=["organisations"],
    responses={status: PROBLEM_RESPONSES[status] for status in (401, 403, 404)},
)

OrganisationRef = Annotated[
    str,
    Path(
        pattern=r"^[A-Za-z0-9-]{1,80}$",
        description="The organisation's id or slug",
        examples=["plastipolis"],
    ),
]
AccountId = Annotated[uuid.UUID, Path(description="A partner portal's account id")]


@router.get("/{organisation_ref}/managers", response_model=Delegation)
async def list_managers(
    organisation_ref: OrganisationRef, principal: ClustersRead, service: DelegationServiceDep
) -> Delegation:
    """The owner and the partner portals that manage the organisation, oldest grant first:
    for the owner, the managers and administrators (others get 404)."""
    return await service.read(principal, organisation_ref)


@router.put(
    "/{organisation_ref}/managers/{account_id}",
    response_model=ManagerRead,
    responses={status: PROBLEM_RESPONSES[status] for status in (409, 422)},
)
async def grant_management(
    organisation_ref: OrganisationRef,
    account_id: AccountId,
    principal: ClustersWrite,
    service: DelegationServiceDep,
) -> ManagerRead:
    """Let a partner portal act for the organisation (owner or administrator): edit the
    profile and act for it at the events that allow the portal. Granting it again keeps the
    first grant. 422 naming ``path.account_id`` for an unknown account, one that is not a
    partner portal, or the owner itself; 403 ``owner-only`` for a manager; 409 past 25."""
    return await service.grant(principal, organisation_ref, account_id)


@router.delete(
    "/{organisation_ref}/managers/{account_id}", status_code=204, response_class=Response
)
async def revoke_management(
    organisation_ref: OrganisationRef,
    account_id: AccountId,
    principal: ClustersWrite,
    service: DelegationServiceDep,
) -> Response:
    """Stop a partner portal acting for the organisation, at once and at every event (the
    owner or an administrator; a manager only for itself). Revoking again changes nothing."""
    await service.revoke(principal, organisation_ref, account_id)
    return Response(status_code=204)


@router.put(
    "/{organisation_ref}/owner",
    response_model=Delegation,
    responses={422: PROBLEM_RESPONSES[422]},
)
async def transfer_ownership(
    organisation_ref: OrganisationRef,
    data: OwnerChange,
    principal: ClustersWrite,
    service: DelegationServiceDep,
) -> Delegation:
    """Hand the organisation to another account (owner or administrator; a manager gets
    403 ``owner-only``). A partner portal that hands over an organisation it created stays
    on as its manager until the new owner revokes it; naming the owner changes nothing."""
    return await service.transfer(principal, organisation_ref, data)
