"""Whom a participant might ask for a meeting: by the partner recommendation scores, or a
plain overlap of categories and NACE divisions before there are any (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eco_matchmaking.events.statistics import nace_divisions

OVERLAP_METHOD = (
    "overlap: shared cluster categories (weight 2) plus shared NACE divisions (weight 1), "
    "divided by the size of the two profiles' union; ties by organisation name"
)


RECOMMENDATION_METHOD = (
    "partner recommendations: similarity, value-chain complementarity and offers matched "
    "to needs, fused for both sides (see /v1/organisations/{id}/recommendations)"
)


@dataclass(frozen=True)
class Profile:
    participant_id: str
    name: str
    categories: frozenset[str]
    divisions: frozenset[str]

    @classmethod
    def of(
        cls, participant_id: str, name: str, categories: Sequence[str], nace: Sequence[str]
    ) -> Profile:
        return cls(participant_id, name, frozenset(categories), nace_divisions(nace))


@dataclass(frozen=True)
class Ranked:
    participant_id: str
    score: float
    shared_categories: tuple[str, ...]
    shared_divisions: tuple[str, ...]


def rank_by_overlap(me: Profile, others: Sequence[Profile], limit: int) -> list[Ranked]:
    """Others with anything in common with ``me``, best first; a weighted Jaccard index, so
    a broad profile does not outrank a focused one by listing everything."""
    ranked = []
    for other in others:
        categories = me.categories & other.categories
        divisions = me.divisions & other.divisions
        if not categories and not divisions:
            continue
        union = 2 * len(me.categories | other.categories) + len(me.divisions | other.divisions)
        score = (2 * len(categories) + len(divisions)) / union
        ranked.append(
            (
                other.name,
                Ranked(
                    other.participant_id,
                    round(score, 4),
                    tuple(sorted(categories)),
                    tuple(sorted(divisions)),
                ),
            )
        )
    ranked.sort(key=lambda pair: (-pair[1].score, pair[0], pair[1].participant_id))
    return [r for _, r in ranked[:limit]]


def rank_by_scores(
    me: Profile, others: Sequence[Profile], scores: dict[str, float], limit: int
) -> list[Ranked]:
    """Others with a positive recommendation score, best first; what they share with
    ``me`` is shown beside it."""
    ranked = [
        Ranked(
            other.participant_id,
            round(scores[other.participant_id], 4),
            tuple(sorted(me.categories & other.categories)),
            tuple(sorted(me.divisions & other.divisions)),
        )
        for other in others
        if scores.get(other.participant_id, 0.0) > 0
    ]
    ranked.sort(key=lambda r: (-r.score, r.participant_id))
    return ranked[:limit]
