"""Stress Test scoring on plain data: how answers combine, the priority matrix, the order."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eco_core.stress_test.questionnaire import (
    Questionnaire,
    QuestionnaireError,
    parse_questionnaire,
)
from eco_scoring.stress_test.compute import (
    CATEGORIES,
    AnswerInput,
    category_of,
    conditions_level,
    recommend,
    score_answers,
)
from eco_scoring.stress_test.schemas import ConditionEvidence, StressTestParameters

SHIPPED = (
    Path(__file__).resolve().parents[2] / "reference_data/stress_test/questionnaire-2026.1.json"
)


@pytest.fixture(scope="module")
def doc() -> Questionnaire:
    return parse_questionnaire(SHIPPED.read_bytes())


def _all(doc: Questionnaire, value: int, respondent: str = "a") -> list[AnswerInput]:
    return [AnswerInput(respondent, q.code, value) for _, q in doc.questions()]


def _evidence(
    code: str, score: float, peer: float, assessment: Literal["strength", "weakness"] | None
) -> ConditionEvidence:
    return ConditionEvidence(
        kind="dimension",
        code=code,
        name=code,
        score=score,
        peer_mean=peer,
        eu_mean=None,
        assessment=assessment,
    )


def test_median_of_respondents_on_zero_to_hundred(doc: Questionnaire) -> None:
    answers = [
        AnswerInput("a", "SA1", 0),
        AnswerInput("b", "SA1", 1),
        AnswerInput("c", "SA1", 4),
        AnswerInput("a", "SA2", 1),
        AnswerInput("b", "SA2", 2),  # even count: the mean of the two middle answers
    ]
    scored = score_answers(doc, answers)
    by_code = {q.code: q for q in scored.questions}
    assert (by_code["SA1"].median, by_code["SA1"].score, by_code["SA1"].spread) == (1, 25, 4)
    assert by_code["SA1"].disagreement is True
    assert (by_code["SA2"].median, by_code["SA2"].score, by_code["SA2"].label) == (
        1.5,
        37.5,
        "To a small extent",
    )
    assert scored.blocks["strategic-anchoring"] == (31.25, 0.4)
    assert scored.blocks["policy-integration"] == (None, 0.0)
    assert scored.overall == 31.25


@given(st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=9))
def test_a_block_score_stays_within_its_answers(values: list[int]) -> None:
    doc = parse_questionnaire(SHIPPED.read_bytes())
    answers = [AnswerInput(str(i), "ME1", v) for i, v in enumerate(values)]
    score, coverage = score_answers(doc, answers).blocks["monitoring-evaluation"]
    assert score is not None
    assert 25 * min(values) <= score <= 25 * max(values)
    assert coverage == pytest.approx(1 / 5)


def test_conditions_level() -> None:
    weak = _evidence("a", 10, 50, "weakness")
    strong = _evidence("b", 90, 50, "strength")
    level = _evidence("c", 50, 50, None)
    assert conditions_level([]) == ("unknown", None)
    assert conditions_level([weak, level]) == ("weak", -20.0)
    assert conditions_level([weak, strong])[0] == "weak"  # a tie calls for attention
    assert conditions_level([strong, level])[0] == "strong"
    assert conditions_level([level]) == ("average", 0.0)


@pytest.mark.parametrize(
    ("conditions", "policy", "category"),
    [
        ("weak", "low", "critical_gap"),
        ("weak", "high", "check_effectiveness"),
        ("strong", "low", "leverage_opportunity"),
        ("average", "high", "sustain"),
        ("unknown", None, "strengthen_policy"),
    ],
)
def test_priority_matrix(conditions: str, policy: str | None, category: str) -> None:
    assert category_of(conditions, policy) == category  # type: ignore[arg-type]


def test_recommendations_follow_weaknesses_and_thresholds(doc: Questionnaire) -> None:
    answers = _all(doc, 1)  # 25/100 everywhere: weak policy
    governance = {("dimension", "quality-of-governance"): _evidence("q", 5, 60, "weakness")}
    _, blocks, _, recommendations = recommend(doc, answers, governance, {}, StressTestParameters())
    assert recommendations[0].title == "Critical gap: Integration across policy silos"
    assert recommendations[0].priority == 1
    assert {b.category for b in blocks if b.code != "policy-integration"} == {"strengthen_policy"}
    assert "q 5 vs peer mean 60" in recommendations[0].summary

    strong = {("dimension", "quality-of-governance"): _evidence("q", 95, 60, "strength")}
    _, _, _, flipped = recommend(doc, answers, strong, {}, StressTestParameters())
    assert flipped[0].title == "Opportunity to leverage: Integration across policy silos"

    # The same answers are medium policy when the thresholds move: another cell.
    lenient = StressTestParameters(policy_weak_below=20, policy_strong_from=60)
    _, blocks, _, _ = recommend(doc, answers, governance, {}, lenient)
    assert next(b for b in blocks if b.code == "policy-integration").category == "reinforce_policy"


def test_order_within_a_category_is_weakest_policy_first(doc: Questionnaire) -> None:
    answers = _all(doc, 2)
    answers = [a for a in answers if not a.question.startswith("ME")] + [
        AnswerInput("a", q.code, 0) for q in doc.blocks[-1].questions
    ]
    _, _, _, recommendations = recommend(doc, answers, {}, {}, StressTestParameters())
    assert recommendations[0].block == "monitoring-evaluation"
    assert [r.category for r in recommendations[1:]] == ["consolidate"] * 8
    # Ties keep the questionnaire's order.
    assert [r.block for r in recommendations[1:]] == [b.code for b in doc.blocks[:-1]]
    assert list(CATEGORIES).index("critical_gap") == 0


def test_thresholds_must_be_ordered() -> None:
    with pytest.raises(ValueError, match="policy_weak_below"):
        StressTestParameters(policy_weak_below=70, policy_strong_from=40)


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (
            lambda d: d["blocks"][0]["questions"][0].update(scale="nope"),
            "blocks[0].questions[0].scale",
        ),
        (
            lambda d: d["blocks"][1]["questions"][0].update(code="SA1"),
            "blocks[1].questions[0].code",
        ),
        (
            lambda d: d["blocks"][0]["conditions"].append({"dimension": "weather"}),
            "blocks[0].conditions[2].dimension",
        ),
        (lambda d: d["blocks"][0]["conditions"].append({}), "blocks[0].conditions[2]"),
        (lambda d: d["scales"][0]["levels"].pop(2), "scales[0].levels"),
        (lambda d: d["blocks"][0]["guidance"].pop("high"), "blocks.0.guidance.high"),
    ],
)
def test_questionnaire_validation_names_the_fault(change: object, path: str) -> None:
    import orjson

    data = orjson.loads(SHIPPED.read_bytes())
    change(data)  # type: ignore[operator]
    with pytest.raises(QuestionnaireError) as raised:
        parse_questionnaire(orjson.dumps(data))
    assert path in [p for p, _ in raised.value.problems]
