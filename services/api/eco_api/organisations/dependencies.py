from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_api.organisations.repository import (
    OrganisationReadRepository,
    OrganisationWriteRepository,
)
from eco_api.organisations.service import OrganisationService, OrganisationWriteService
from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import (
    ReadConnection,
    ReadConnectionDep,
    SessionDep,
    get_read_connection,
)


async def get_organisation_service(connection: ReadConnectionDep) -> OrganisationService:
    return OrganisationService(OrganisationReadRepository(connection))


# An export streams after the endpoint returns: its connection must live until the body
# has been sent ("request" scope), not end with the endpoint like ReadConnectionDep.
StreamingConnection = Annotated[ReadConnection, Depends(get_read_connection, scope="request")]


async def get_export_service(connection: StreamingConnection) -> OrganisationService:
    return OrganisationService(OrganisationReadRepository(connection))


async def get_organisation_write_service(
    session: SessionDep, request: Request
) -> OrganisationWriteService:
    return OrganisationWriteService(OrganisationWriteRepository(session), request)


OrganisationServiceDep = Annotated[OrganisationService, Depends(get_organisation_service)]
OrganisationExportDep = Annotated[OrganisationService, Depends(get_export_service)]
OrganisationWriteServiceDep = Annotated[
    OrganisationWriteService, Depends(get_organisation_write_service)
]
ClustersRead = Annotated[Principal, Depends(RequireScopes("clusters:read"))]
ClustersWrite = Annotated[Principal, Depends(RequireScopes("clusters:write"))]
