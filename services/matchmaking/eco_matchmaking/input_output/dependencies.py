from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep
from eco_matchmaking.input_output.repository import InputOutputRepository
from eco_matchmaking.input_output.service import InputOutputService


async def get_service(session: SessionDep, request: Request) -> InputOutputService:
    return InputOutputService(InputOutputRepository(session), request)


InputOutput = Annotated[InputOutputService, Depends(get_service)]
# Input-output tables are reference data, like definition sets: admins load them.
ReferenceWrite = Annotated[Principal, Depends(RequireScopes("definitions:write"))]
