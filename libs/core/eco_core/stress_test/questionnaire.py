"""The Stress Test questionnaire as data: blocks, questions on ordinal scales, guidance.

One document per version, shipped as JSON or uploaded by an administrator; the reference
loader and the upload endpoint validate it here, so both accept exactly the same files.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from eco_core.models.scoreboard import DIMENSIONS

GUIDANCE_LEVELS = ("low", "medium", "high")
PORTFOLIO_KINDS = ("categories", "emerging_industries", "none")

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]
Version = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScaleLevel(_Strict):
    value: int = Field(ge=0, le=10)
    label: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
    description: Text | None = None


class Scale(_Strict):
    code: Code
    title: Text
    levels: list[ScaleLevel] = Field(min_length=2, max_length=11)

    @property
    def minimum(self) -> int:
        return self.levels[0].value

    @property
    def maximum(self) -> int:
        return self.levels[-1].value

    def label(self, value: int) -> str:
        return next(level.label for level in self.levels if level.value == value)


class ConditionRef(_Strict):
    """A part of the Regional Eco-System Scoreboard that measures what a block acts on:
    exactly one of a dimension, a sub-dimension or an indicator."""

    dimension: Slug | None = None
    subdimension: Slug | None = None
    indicator: Code | None = None

    @property
    def kind(self) -> Literal["dimension", "subdimension", "indicator"]:
        if self.dimension is not None:
            return "dimension"
        return "subdimension" if self.subdimension is not None else "indicator"

    @property
    def code(self) -> str:
        return self.dimension or self.subdimension or self.indicator or ""


class Guidance(_Strict):
    low: Text
    medium: Text
    high: Text


class Question(_Strict):
    code: Code
    scale: Code
    text: Text
    help: Text | None = None


class Block(_Strict):
    code: Slug
    title: Text
    short_title: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)
    ]
    description: Text | None = None
    conditions: list[ConditionRef] = Field(default_factory=list, max_length=20)
    portfolio: Literal["categories", "emerging_industries", "none"] = "none"
    guidance: Guidance
    questions: list[Question] = Field(min_length=1, max_length=30)


class Questionnaire(_Strict):
    version: Version
    title: Text
    description: Text | None = None
    scoreboard_framework: Version | None = None
    scales: list[Scale] = Field(min_length=1, max_length=20)
    blocks: list[Block] = Field(min_length=3, max_length=30)

    def scale(self, code: str) -> Scale:
        return next(s for s in self.scales if s.code == code)

    def questions(self) -> list[tuple[Block, Question]]:
        return [(b, q) for b in self.blocks for q in b.questions]


class QuestionnaireError(ValueError):
    """A questionnaire document that cannot be used; ``problems`` are (path, message)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{p}: {m}" for p, m in problems))
        self.problems = problems


def _consistency(doc: Questionnaire) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    scales = {s.code for s in doc.scales}
    if len(scales) != len(doc.scales):
        problems.append(("scales", "scale codes must be unique"))
    for i, scale in enumerate(doc.scales):
        values = [level.value for level in scale.levels]
        if values != list(range(values[0], values[0] + len(values))):
            problems.append(
                (f"scales[{i}].levels", "values must be consecutive integers, lowest first")
            )
    if len({b.code for b in doc.blocks}) != len(doc.blocks):
        problems.append(("blocks", "block codes must be unique"))
    seen: set[str] = set()
    for i, block in enumerate(doc.blocks):
        for j, question in enumerate(block.questions):
            path = f"blocks[{i}].questions[{j}]"
            if question.code in seen:
                problems.append((f"{path}.code", f"question code {question.code!r} repeats"))
            seen.add(question.code)
            if question.scale not in scales:
                problems.append((f"{path}.scale", f"no scale {question.scale!r}"))
        for k, ref in enumerate(block.conditions):
            path = f"blocks[{i}].conditions[{k}]"
            given = [x for x in (ref.dimension, ref.subdimension, ref.indicator) if x is not None]
            if len(given) != 1:
                problems.append((path, "name exactly one of dimension, subdimension, indicator"))
            elif ref.dimension is not None and ref.dimension not in DIMENSIONS:
                problems.append(
                    (f"{path}.dimension", f"not a scoreboard dimension: {ref.dimension}")
                )
    return problems


def parse_questionnaire(raw: bytes) -> Questionnaire:
    """Parse and check a questionnaire document; raise QuestionnaireError naming each fault."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise QuestionnaireError([("body", f"not JSON: {exc}")]) from None
    try:
        doc = Questionnaire.model_validate(data)
    except ValidationError as exc:
        raise QuestionnaireError(
            [
                (".".join(str(part) for part in error["loc"]) or "body", error["msg"])
                for error in exc.errors()
            ]
        ) from None
    problems = _consistency(doc)
    if problems:
        raise QuestionnaireError(problems)
    return doc


def content_sha256(doc: Questionnaire) -> str:
    """The checksum of the content, not of the bytes: re-indented JSON is the same version."""
    canonical = orjson.dumps(doc.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(canonical).hexdigest()
