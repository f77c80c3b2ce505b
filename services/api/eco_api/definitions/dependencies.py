from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_api.definitions.repository import DefinitionRepository, DefinitionWriteRepository
from eco_api.definitions.service import DefinitionService, DefinitionWriteService
from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import ReadConnectionDep, SessionDep


async def get_definition_service(connection: ReadConnectionDep) -> DefinitionService:
    return DefinitionService(DefinitionRepository(connection))


async def get_definition_write_service(
    session: SessionDep, request: Request
) -> DefinitionWriteService:
    return DefinitionWriteService(DefinitionWriteRepository(session), request)


DefinitionServiceDep = Annotated[DefinitionService, Depends(get_definition_service)]
DefinitionWriteServiceDep = Annotated[DefinitionWriteService, Depends(get_definition_write_service)]
DefinitionsWrite = Annotated[Principal, Depends(RequireScopes("definitions:write"))]
