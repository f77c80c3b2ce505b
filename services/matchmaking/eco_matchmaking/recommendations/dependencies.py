from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from eco_core.auth.principal import Principal, RequireScopes
from eco_core.db.session import SessionDep
from eco_core.http.problems import Problem
from eco_matchmaking.recommendations.repository import RecommendationRepository
from eco_matchmaking.recommendations.service import RecommendationService, RunService


async def get_recommendations(session: SessionDep, request: Request) -> RecommendationService:
    return RecommendationService(RecommendationRepository(session), request)


async def get_runs(session: SessionDep, request: Request) -> RunService:
    return RunService(RecommendationRepository(session), request)


async def require_admin(
    principal: Annotated[Principal, Depends(RequireScopes("scores:write"))],
) -> Principal:
    # Runs recompute every organisation's list: the observatory's operators start them.
    if not principal.is_admin:
        raise Problem(
            403,
            "Forbidden",
            "Only an admin key can start a recommendation run.",
            slug="insufficient-scope",
        )
    return principal


Recommendations = Annotated[RecommendationService, Depends(get_recommendations)]
Runs = Annotated[RunService, Depends(get_runs)]
AdminKey = Annotated[Principal, Depends(require_admin)]
ClustersWrite = Annotated[Principal, Depends(RequireScopes("clusters:write"))]
ClustersRead = Annotated[Principal, Depends(RequireScopes("clusters:read"))]
