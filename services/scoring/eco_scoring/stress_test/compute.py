"""Stress Test scoring, without I/O: answers -> block scores -> priority matrix -> recommendations.

Several respondents: each answers for themselves; a question's value is the median of its
respondents' answers (robust to one outlying respondent, and on the scale's own terms), put
on 0-100 over the question's scale; a block's score is the mean over its answered questions.

Crossing: a block's policy level (low, medium, high: the block score against two
thresholds) meets the region's framework conditions on the scoreboard items the block
names (weak when its weaknesses against the peers are at least as many as its strengths,
strong when strengths outnumber them, unknown without scores). Each cell of that matrix is
a category with a fixed priority; recommendations are ordered by category, then the weakest
policy, then the widest gap to the peers.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from eco_core.stress_test.questionnaire import Block, Questionnaire
from eco_scoring.stress_test.schemas import (
    BlockResult,
    Category,
    CitedAnswer,
    ClusterRef,
    ConditionEvidence,
    ConditionsLevel,
    PolicyLevel,
    Profile,
    QuestionScore,
    Recommendation,
    StressTestParameters,
)

METHODOLOGY = "stress-test-2026.1"
COMBINATION = (
    "One answer per respondent and question; a question's value is the median of its "
    "respondents' answers (the mean of the two middle answers for an even count), put on "
    "0-100 over the question's scale; a block's score is the mean of its answered questions, "
    "the overall score the mean of the blocks."
)

# (conditions, policy) -> category; the order of CATEGORIES is the order of priority.
CATEGORIES: dict[Category, tuple[str, str]] = {
    "critical_gap": (
        "Critical gap",
        "The framework conditions are weak and the policy does little about them.",
    ),
    "reinforce_policy": (
        "Reinforce the policy",
        "The framework conditions are weak and the policy addresses them only in part.",
    ),
    "check_effectiveness": (
        "Check effectiveness",
        "The policy is well developed, yet the framework conditions stay weak: check whether "
        "its measures reach their target.",
    ),
    "leverage_opportunity": (
        "Opportunity to leverage",
        "The framework conditions are strong, but the policy does not yet build on them.",
    ),
    "strengthen_policy": (
        "Strengthen the policy",
        "The policy is weak here; the framework conditions are average or not measured.",
    ),
    "build_on_strength": (
        "Build on strength",
        "Strong framework conditions and a policy on its way: take the next step.",
    ),
    "consolidate": (
        "Consolidate",
        "A policy on its way, with average or unmeasured framework conditions.",
    ),
    "sustain": (
        "Sustain",
        "The policy is well developed and the framework conditions are not weak.",
    ),
}
_PRIORITY = {category: rank for rank, category in enumerate(CATEGORIES)}
_MATRIX: dict[tuple[ConditionsLevel, PolicyLevel], Category] = {
    ("weak", "low"): "critical_gap",
    ("weak", "medium"): "reinforce_policy",
    ("weak", "high"): "check_effectiveness",
    ("strong", "low"): "leverage_opportunity",
    ("strong", "medium"): "build_on_strength",
    ("strong", "high"): "sustain",
    ("average", "low"): "strengthen_policy",
    ("average", "medium"): "consolidate",
    ("average", "high"): "sustain",
    ("unknown", "low"): "strengthen_policy",
    ("unknown", "medium"): "consolidate",
    ("unknown", "high"): "sustain",
}


@dataclass(frozen=True)
class AnswerInput:
    respondent_id: str
    question: str
    value: int
    comment: str | None = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scored:
    questions: list[QuestionScore]
    blocks: dict[str, tuple[float | None, float]]  # block -> (score, coverage)
    overall: float | None


def category_of(conditions: ConditionsLevel, policy: PolicyLevel | None) -> Category:
    # A block nobody answered cannot be strong policy: treat it as weak.
    return _MATRIX[(conditions, policy or "low")]


def _rounded(x: float) -> float:
    return round(x, 2)


def score_answers(doc: Questionnaire, answers: Sequence[AnswerInput], spread: int = 2) -> Scored:
    """Question and block scores from every respondent's answers."""
    by_question: dict[str, list[int]] = {}
    for answer in answers:
        by_question.setdefault(answer.question, []).append(answer.value)
    questions: list[QuestionScore] = []
    blocks: dict[str, tuple[float | None, float]] = {}
    for block in doc.blocks:
        scores = []
        for question in block.questions:
            values = sorted(by_question.get(question.code, []))
            if not values:
                continue
            scale = doc.scale(question.scale)
            median = float(statistics.median(values))
            score = 100 * (median - scale.minimum) / (scale.maximum - scale.minimum)
            scores.append(score)
            questions.append(
                QuestionScore(
                    code=question.code,
                    block=block.code,
                    text=question.text,
                    respondents=len(values),
                    values=values,
                    median=median,
                    score=_rounded(score),
                    label=scale.label(int(median)),
                    spread=values[-1] - values[0],
                    disagreement=values[-1] - values[0] >= spread,
                )
            )
        block_score = _rounded(statistics.fmean(scores)) if scores else None
        blocks[block.code] = (block_score, len(scores) / len(block.questions))
    present = [s for s, _ in blocks.values() if s is not None]
    overall = _rounded(statistics.fmean(present)) if present else None
    return Scored(questions=questions, blocks=blocks, overall=overall)


def policy_level(score: float | None, params: StressTestParameters) -> PolicyLevel | None:
    if score is None:
        return None
    if score < params.policy_weak_below:
        return "low"
    return "high" if score >= params.policy_strong_from else "medium"


def conditions_level(items: Sequence[ConditionEvidence]) -> tuple[ConditionsLevel, float | None]:
    """Weak, average, strong or unknown, and the mean gap to the peers in score points."""
    scored = [i for i in items if i.score is not None]
    if not scored:
        return "unknown", None
    gaps = [
        i.score - i.peer_mean for i in scored if i.score is not None and i.peer_mean is not None
    ]
    gap = _rounded(statistics.fmean(gaps)) if gaps else None
    weak = sum(i.assessment == "weakness" for i in scored)
    strong = sum(i.assessment == "strength" for i in scored)
    if weak and weak >= strong:
        return "weak", gap
    if strong > weak:
        return "strong", gap
    return "average", gap


def _block_conditions(
    block: Block, conditions: Mapping[tuple[str, str], ConditionEvidence]
) -> list[ConditionEvidence]:
    return [c for ref in block.conditions if (c := conditions.get((ref.kind, ref.code)))]


def _cited(
    block: Block,
    questions: Mapping[str, QuestionScore],
    answers: Sequence[AnswerInput],
    policy: PolicyLevel | None,
    limit: int,
) -> list[CitedAnswer]:
    """The answers that explain the block's level: its lowest questions, or for strong
    policy its highest (what the policy claims to do)."""
    mine = [questions[q.code] for q in block.questions if q.code in questions]
    mine.sort(key=lambda q: q.score, reverse=policy == "high")
    cited = []
    for q in mine[:limit]:
        own = [a for a in answers if a.question == q.code]
        cited.append(
            CitedAnswer(
                question=q.code,
                text=q.text,
                median=q.median,
                label=q.label,
                score=q.score,
                respondents=q.respondents,
                spread=q.spread,
                comments=[a.comment for a in own if a.comment],
                evidence=sorted({link for a in own for link in a.evidence}),
            )
        )
    return cited


def _summary(
    block: BlockResult, items: Sequence[ConditionEvidence], clusters: Sequence[ClusterRef]
) -> str:
    policy = "not answered" if block.score is None else f"{block.score:.0f}/100 ({block.policy})"
    parts = [f"Policy score {policy}."]
    weak = [i for i in items if i.assessment == "weakness"]
    strong = [i for i in items if i.assessment == "strength"]

    def listed(found: Sequence[ConditionEvidence]) -> str:
        return "; ".join(
            f"{i.name} {i.score:.0f} vs peer mean {i.peer_mean:.0f}"
            for i in found
            if i.score is not None and i.peer_mean is not None
        )

    if weak:
        parts.append(f"Behind its peers on the scoreboard: {listed(weak)}.")
    if strong:
        parts.append(f"Ahead of its peers: {listed(strong)}.")
    if block.conditions == "unknown":
        parts.append("The scoreboard has no scores for the framework conditions of this block.")
    elif not weak and not strong:
        parts.append("The framework conditions are close to the peers'.")
    if clusters:
        names = ", ".join(c.name or c.slug for c in clusters)
        parts.append(f"Clusters concerned: {names}.")
    return " ".join(parts)


def recommend(
    doc: Questionnaire,
    answers: Sequence[AnswerInput],
    conditions: Mapping[tuple[str, str], ConditionEvidence],
    portfolio: Mapping[str, Sequence[ClusterRef]],
    params: StressTestParameters,
) -> tuple[Profile, list[BlockResult], list[QuestionScore], list[Recommendation]]:
    """Block results and every block's recommendation, most urgent first.

    ``conditions`` maps (kind, code) of scoreboard items to the region's scores;
    ``portfolio`` maps a block's portfolio kind to the region's strongest clusters."""
    scored = score_answers(doc, answers, params.disagreement_spread)
    by_code = {q.code: q for q in scored.questions}
    blocks: list[BlockResult] = []
    recommendations: list[tuple[tuple[float, ...], Recommendation]] = []
    for position, block in enumerate(doc.blocks):
        score, coverage = scored.blocks[block.code]
        items = _block_conditions(block, conditions)
        level, gap = conditions_level(items)
        policy = policy_level(score, params)
        category = category_of(level, policy)
        result = BlockResult(
            code=block.code,
            title=block.title,
            short_title=block.short_title,
            score=score,
            coverage=_rounded(coverage),
            policy=policy,
            conditions=level,
            conditions_gap=gap,
            category=category,
        )
        blocks.append(result)
        clusters = list(portfolio.get(block.portfolio, []))[: params.max_clusters]
        title, _ = CATEGORIES[category]
        relevant = sorted(items, key=lambda i: (i.assessment != "weakness", i.assessment is None))
        recommendation = Recommendation(
            priority=0,
            category=category,
            category_title=title,
            block=block.code,
            block_title=block.title,
            title=f"{title}: {block.title}",
            summary=_summary(result, items, clusters),
            guidance=getattr(block.guidance, policy or "low"),
            answers=_cited(block, by_code, answers, policy, params.max_cited_answers),
            indicators=relevant,
            clusters=clusters,
            disagreements=[
                q.code
                for q in block.questions
                if q.code in by_code and by_code[q.code].disagreement
            ],
        )
        key = (
            float(_PRIORITY[category]),
            score if score is not None else -1.0,
            gap if gap is not None else 0.0,
            float(position),
        )
        recommendations.append((key, recommendation))
    ordered = [r for _, r in sorted(recommendations, key=lambda pair: pair[0])]
    for rank, recommendation in enumerate(ordered, start=1):
        recommendation.priority = rank
    present = sorted((b for b in blocks if b.score is not None), key=lambda b: b.score or 0.0)
    profile = Profile(
        overall_score=scored.overall,
        strongest_blocks=[b.code for b in reversed(present[-3:])],
        weakest_blocks=[b.code for b in present[:3]],
    )
    return profile, blocks, scored.questions, ordered
