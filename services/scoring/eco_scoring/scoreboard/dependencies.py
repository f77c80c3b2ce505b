from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import ReadConnectionDep, SessionDep
from eco_scoring.scoreboard.repository import ScoreboardRepository
from eco_scoring.scoreboard.service import ScoreboardService


async def get_reader(connection: ReadConnectionDep) -> ScoreboardService:
    return ScoreboardService(ScoreboardRepository(connection))


async def get_writer(session: SessionDep, request: Request) -> ScoreboardService:
    return ScoreboardService(ScoreboardRepository(session), request)


ScoreboardReader = Annotated[ScoreboardService, Depends(get_reader)]
ScoreboardWriter = Annotated[ScoreboardService, Depends(get_writer)]
ScoresWrite = Annotated[Principal, Depends(RequireScopes("scores:write"))]
