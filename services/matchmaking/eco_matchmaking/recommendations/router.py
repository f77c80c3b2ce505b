from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query
from starlette.responses import Response

from eco_core.auth.principal import OptionalPrincipal
from eco_core.http.etag import no_store
from eco_core.http.idempotency import IdempotencyDep
from eco_core.http.pagination import PageDep
from eco_core.http.problems import PROBLEM_RESPONSES
from eco_matchmaking.recommendations.dependencies import (
    AdminKey,
    ClustersRead,
    ClustersWrite,
    Recommendations,
    Runs,
)
from eco_matchmaking.recommendations.schemas import (
    Label,
    RecommendationFeedbackRead,
    RecommendationFeedbackSummary,
    RecommendationFeedbackWrite,
    RecommendationPage,
    RecommendationRead,
    RecommendationRunCreate,
    RecommendationRunPage,
    RecommendationRunRead,
)
from eco_matchmaking.recommendations.service import Filters, Overrides

router = APIRouter(
    tags=["recommendations"],
    responses={status: PROBLEM_RESPONSES[status] for status in (404, 409, 422)},
)

OrganisationRef = Annotated[
    str,
    Path(
        min_length=1,
        max_length=80,
        description="An organisation's id or slug",
        examples=["plastipolis"],
    ),
]
Codes = Annotated[list[str], Query(max_length=50)]
Weight = Annotated[float | None, Query(ge=0, le=1)]


@router.get("/v1/organisations/{ref}/recommendations", response_model=RecommendationPage)
async def get_recommendations(
    ref: OrganisationRef,
    service: Recommendations,
    page: PageDep,
    principal: OptionalPrincipal,
    country: Annotated[list[str], Query(max_length=40, description="Only these countries")] = [],  # noqa: B006
    exclude_country: Codes = [],  # noqa: B006
    region: Annotated[
        list[str], Query(max_length=40, description="Only regions whose NUTS code starts so")
    ] = [],  # noqa: B006
    exclude_own_region: bool = False,
    exclude_own_country: Annotated[
        bool, Query(description="International partners only (strategic partnerships)")
    ] = False,
    category: Codes = [],  # noqa: B006
    emerging_industry: Codes = [],  # noqa: B006
    min_label: Annotated[Label | None, Query(description="Excellence label at least")] = None,
    min_score: Annotated[float | None, Query(ge=0, le=2)] = None,
    cross_sector_only: bool = False,
    include_dismissed: Annotated[
        bool, Query(description="Keep partners you marked not interested (owner, managers)")
    ] = False,
    mode: Annotated[
        Literal["precomputed", "live"],
        Query(
            description="precomputed: the run's stored, fairly re-ranked list, filtered; "
            "live: every cluster scored now, filters applied before ranking (implied by "
            "weight changes)"
        ),
    ] = "precomputed",
    w_similarity: Weight = None,
    w_value_chain: Weight = None,
    w_offers_needs: Weight = None,
    cross_sector_bonus: Annotated[float | None, Query(ge=0, le=1)] = None,
    reciprocity: Literal["harmonic", "arithmetic"] | None = None,
    explain: Annotated[bool, Query(description="Explain every recommendation")] = True,
) -> RecommendationPage:
    """Partners for one cluster organisation, best first, each with why: the sector flows
    between the two (who supplies whom), shared categories, matched offers and needs."""
    weights = {
        name: value
        for name, value in (
            ("similarity", w_similarity),
            ("value_chain", w_value_chain),
            ("offers_needs", w_offers_needs),
        )
        if value is not None
    }
    filters = Filters(
        countries=tuple(c.upper() for c in country),
        exclude_countries=tuple(c.upper() for c in exclude_country),
        regions=tuple(r.upper() for r in region),
        exclude_own_region=exclude_own_region,
        exclude_own_country=exclude_own_country,
        categories=tuple(category),
        emerging_industries=tuple(emerging_industry),
        min_label=min_label,
        min_score=min_score,
        cross_sector_only=cross_sector_only,
        include_dismissed=include_dismissed,
    )
    return await service.recommendations(
        ref,
        filters,
        Overrides(weights=weights, cross_sector_bonus=cross_sector_bonus, reciprocity=reciprocity),
        page,
        live=mode == "live",
        with_explanations=explain,
        viewer=principal,
    )


@router.get(
    "/v1/organisations/{ref}/recommendations/{partner_ref}", response_model=RecommendationRead
)
async def explain_recommendation(
    ref: OrganisationRef,
    partner_ref: OrganisationRef,
    service: Recommendations,
    principal: OptionalPrincipal,
) -> RecommendationRead:
    """How one partner scores for this organisation, listed or not, and why."""
    return await service.explain_pair(ref, partner_ref, viewer=principal)


@router.put(
    "/v1/organisations/{ref}/recommendations/{partner_ref}/feedback",
    response_model=RecommendationFeedbackRead,
    responses={401: PROBLEM_RESPONSES[401], 403: PROBLEM_RESPONSES[403]},
)
async def give_recommendation_feedback(
    ref: OrganisationRef,
    partner_ref: OrganisationRef,
    data: RecommendationFeedbackWrite,
    principal: ClustersWrite,
    service: Recommendations,
) -> RecommendationFeedbackRead:
    """Mark a partner interesting or not (the organisation's owner or managers). Re-ranks
    their list at once and is kept for measuring acceptance; sending it again changes nothing."""
    return await service.give_feedback(principal, ref, partner_ref, data.verdict)


@router.delete(
    "/v1/organisations/{ref}/recommendations/{partner_ref}/feedback",
    status_code=204,
    responses={401: PROBLEM_RESPONSES[401], 403: PROBLEM_RESPONSES[403]},
)
async def withdraw_recommendation_feedback(
    ref: OrganisationRef,
    partner_ref: OrganisationRef,
    principal: ClustersWrite,
    service: Recommendations,
) -> Response:
    await service.withdraw_feedback(principal, ref, partner_ref)
    return Response(status_code=204)


@router.get(
    "/v1/recommendation-feedback/summary",
    response_model=RecommendationFeedbackSummary,
    responses={401: PROBLEM_RESPONSES[401], 403: PROBLEM_RESPONSES[403]},
)
async def get_recommendation_feedback_summary(
    _principal: ClustersRead, service: Recommendations
) -> RecommendationFeedbackSummary:
    """Acceptance of recommendations: verdicts overall and by the place the partner had."""
    return await service.feedback_summary()


@router.post(
    "/v1/recommendation-runs",
    response_model=RecommendationRunRead,
    status_code=202,
    responses={401: PROBLEM_RESPONSES[401], 403: PROBLEM_RESPONSES[403]},
)
async def create_recommendation_run(
    data: RecommendationRunCreate, principal: AdminKey, service: Runs, idempotency: IdempotencyDep
) -> Response:
    """Queue a recomputation of every organisation's list (admin). Runs are also queued by
    themselves when organisations or the active input-output table change."""
    return await idempotency.run(
        lambda: service.create(principal, data),
        location=lambda run: f"/v1/recommendation-runs/{run.id}",
        status_code=202,
    )


@router.get(
    "/v1/recommendation-runs",
    response_model=RecommendationRunPage,
    dependencies=[Depends(no_store)],
)
async def list_recommendation_runs(service: Runs, page: PageDep) -> RecommendationRunPage:
    return await service.list(page)


@router.get(
    "/v1/recommendation-runs/latest",
    response_model=RecommendationRunRead,
    dependencies=[Depends(no_store)],
)
async def get_latest_recommendation_run(service: Runs) -> RecommendationRunRead:
    """The run queries are served from, with its exposure figures."""
    return await service.latest()


@router.get(
    "/v1/recommendation-runs/{run_id}",
    response_model=RecommendationRunRead,
    dependencies=[Depends(no_store)],
)
async def get_recommendation_run(run_id: uuid.UUID, service: Runs) -> RecommendationRunRead:
    return await service.get(run_id)
