"""The recommendations section of a region report, from its parts (pure)."""

from __future__ import annotations

from collections.abc import Sequence

from eco_scoring.region_reports.schemas import (
    PanoramaPart,
    RecommendationsPart,
    ReportRecommendation,
    ScoreboardPart,
    StressTestPart,
)

# Hints stand in for a Stress Test; a handful of each says where to look, more would not.
MAX_HINTS_PER_SOURCE = 5


def pretty(slug: str) -> str:
    return slug.replace("-", " ").replace("_", " ").capitalize()


def _from_stress_test(stress: StressTestPart) -> list[ReportRecommendation]:
    assert stress.result is not None
    return [
        ReportRecommendation(
            rank=0,
            source="stress_test",
            kind="recommendation",
            title=r.title,
            detail=f"{r.summary} {r.guidance}",
        )
        for r in stress.result.recommendations
    ]


def _scoreboard_hints(scoreboard: ScoreboardPart) -> list[ReportRecommendation]:
    if scoreboard.scoreboard is None:
        return []
    hints = []
    for focus in scoreboard.scoreboard.scorecard[:MAX_HINTS_PER_SOURCE]:
        name = pretty(focus.subdimension or focus.dimension)
        hints.append(
            ReportRecommendation(
                rank=0,
                source="scoreboard_weakness",
                kind="hint",
                title=f"Weakness against peers: {name}",
                detail=f"Regional Eco-System Scoreboard {focus.level} score {focus.score:.0f} "
                f"against a peer mean of {focus.peer_mean:.0f} ({focus.gap:.0f} points "
                "below): a policy-focus area to examine.",
            )
        )
    return hints


def _panorama_hints(panorama: PanoramaPart) -> list[ReportRecommendation]:
    if panorama.profile is None:
        return []
    names = {c.slug: c.name or c.slug for c in panorama.profile.clusters}
    hints = []
    for o in panorama.opportunities[:MAX_HINTS_PER_SOURCE]:
        link = "supplies" if o.direction == "supplies" else "buys from"
        lq = "" if o.location_quotient is None else f", location quotient {o.location_quotient:.2f}"
        hints.append(
            ReportRecommendation(
                rank=0,
                source="panorama_opportunity",
                kind="hint",
                title=f"Adjacent opportunity: {o.name or o.slug}",
                detail=f"No star yet{lq}; it {link} the starred cluster "
                f"{names.get(o.linked_to, o.linked_to)} ({o.strength:.1%} of the buyer's "
                "inputs): a related diversification to consider.",
            )
        )
    return hints


def _ranked(items: Sequence[ReportRecommendation]) -> list[ReportRecommendation]:
    return [item.model_copy(update={"rank": i}) for i, item in enumerate(items, start=1)]


def recommendations(
    stress: StressTestPart, scoreboard: ScoreboardPart, panorama: PanoramaPart
) -> RecommendationsPart:
    """The Stress Test's recommendations, most urgent first; where no Stress Test can be
    shown, hints from the scoreboard's weaknesses and the Panorama's adjacent opportunities
    (the Stress Test already weighs both against the region's own policy)."""
    if stress.result is not None:
        return RecommendationsPart(
            basis="stress_test",
            note=f"From the region's Stress Test for Cluster Policy scored "
            f"{stress.result.created_at:%Y-%m-%d} (questionnaire "
            f"{stress.result.questionnaire}), most urgent first: each crosses the region's "
            "policy with its framework conditions.",
            items=_ranked(_from_stress_test(stress)),
        )
    hints = _scoreboard_hints(scoreboard) + _panorama_hints(panorama)
    why = f"No Stress Test to show ({stress.reason})"
    if not hints:
        return RecommendationsPart(
            basis="none",
            note=f"{why}, no weakness against peers in the scoreboard and no adjacent "
            "opportunity in the Panorama: nothing to recommend yet.",
            items=[],
        )
    return RecommendationsPart(
        basis="hints",
        note=f"{why}: hints from public data instead - the scoreboard's weaknesses "
        "against peers (largest gap first), then the Panorama's adjacent opportunities "
        "(strongest link first). A submitted Stress Test turns them into prioritised "
        "recommendations.",
        items=_ranked(hints),
    )
