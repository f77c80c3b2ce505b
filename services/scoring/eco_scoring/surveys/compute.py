"""Survey results from the answers alone (pure: numpy, no database, no HTTP).

Answers are a respondents x items x scales array of 1..5 values with NaN where a respondent
gave no answer. Every figure is computed over the answers that exist, never counting a
missing answer as anything.

- A group (an item, a subcategory or a category) is described by ``n``, the respondents who
  answered any of its items on any scale, and per scale the respondents who answered it
  and the mean of all their answers in the group (pooled over respondents and items).
- ``gap`` = mean importance - mean extent to which needs are met (positive: unmet needs).
- ``weighted_index`` (0-100) = 100 x (sum(I x E) / sum(I) - 1) / 4 over every answer that
  has both an importance I and an extent E: the mean extent weighted by importance, put on
  0-100 so that 100 means every need fully met and the most important needs count most.
- A mean (or index) that rests on fewer respondents than the survey's minimum is withheld,
  so that no respondent's answer can be read off a result; a survey with fewer respondents
  than the minimum shows counts only.
- A bottleneck is an item whose mean importance >= the importance threshold and whose gap
  >= the gap threshold; both thresholds are parameters, returned with the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field

Answers = npt.NDArray[np.float64]  # respondents x items x SCALES

SCALES = ("importance", "extent", "satisfaction")
IMPORTANCE, EXTENT, SATISFACTION = 0, 1, 2
SCALE_LOW, SCALE_HIGH = 1.0, 5.0


class ResultParameters(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    importance_threshold: float = Field(
        default=4.0, ge=1, le=5, description="Bottleneck: mean importance at least this"
    )
    gap_threshold: float = Field(
        default=1.0, ge=0, le=4, description="Bottleneck: importance - extent at least this"
    )


@dataclass(frozen=True)
class ItemMeta:
    code: str
    category: str
    subcategory: str
    scales: tuple[str, ...]


@dataclass(frozen=True)
class ScaleFigure:
    n: int
    mean: float | None  # None: not asked, no answer, or withheld (n below the minimum)


@dataclass(frozen=True)
class GroupFigures:
    n: int
    importance: ScaleFigure
    extent: ScaleFigure
    satisfaction: ScaleFigure | None  # None: no item of the group asks it
    gap: float | None
    weighted_index: float | None


@dataclass(frozen=True)
class ItemFigures:
    code: str
    figures: GroupFigures
    bottleneck: bool


@dataclass(frozen=True)
class Aggregate:
    respondents: int
    suppressed: bool
    items: list[ItemFigures] | None
    subcategories: dict[tuple[str, str], GroupFigures] | None
    categories: dict[str, GroupFigures] | None
    bottlenecks: list[str] | None  # item codes, largest gap first


def empty_answers(respondents: int, items: int) -> Answers:
    return np.full((respondents, items, len(SCALES)), np.nan)


def respondents_with_answers(answers: Answers) -> int:
    return int(np.any(~np.isnan(answers), axis=(1, 2)).sum())


def _scale(block: Answers, scale: int, minimum: int, asked: bool) -> ScaleFigure | None:
    if not asked:
        return None
    values = block[:, :, scale]
    known = ~np.isnan(values)
    n = int(np.any(known, axis=1).sum())
    if n < minimum or not known.any():
        return ScaleFigure(n=n, mean=None)
    return ScaleFigure(n=n, mean=float(values[known].mean()))


def group_figures(block: Answers, asks_satisfaction: bool, minimum: int) -> GroupFigures:
    """Figures of the items in ``block`` (respondents x the group's items x scales)."""
    n = int(np.any(~np.isnan(block), axis=(1, 2)).sum())
    importance = _scale(block, IMPORTANCE, minimum, True)
    extent = _scale(block, EXTENT, minimum, True)
    satisfaction = _scale(block, SATISFACTION, minimum, asks_satisfaction)
    assert importance is not None
    assert extent is not None
    gap = None
    if importance.mean is not None and extent.mean is not None:
        gap = importance.mean - extent.mean
    return GroupFigures(
        n=n,
        importance=importance,
        extent=extent,
        satisfaction=satisfaction,
        gap=gap,
        weighted_index=weighted_index(block, minimum),
    )


def weighted_index(block: Answers, minimum: int) -> float | None:
    """100 x (sum(I x E) / sum(I) - 1) / 4 over the answers with both I and E."""
    importance, extent = block[:, :, IMPORTANCE], block[:, :, EXTENT]
    paired = ~np.isnan(importance) & ~np.isnan(extent)
    if int(np.any(paired, axis=1).sum()) < minimum or not paired.any():
        return None
    weights = importance[paired]
    mean_extent = float((weights * extent[paired]).sum() / weights.sum())
    return 100.0 * (mean_extent - SCALE_LOW) / (SCALE_HIGH - SCALE_LOW)


def aggregate(
    answers: Answers,
    items: Sequence[ItemMeta],
    *,
    min_respondents: int,
    parameters: ResultParameters,
) -> Aggregate:
    if answers.shape[1:] != (len(items), len(SCALES)):
        raise ValueError("answers must be respondents x items x scales")
    respondents = respondents_with_answers(answers)
    if respondents < min_respondents:
        return Aggregate(respondents, True, None, None, None, None)

    item_figures: list[ItemFigures] = []
    for column, item in enumerate(items):
        figures = group_figures(
            answers[:, column : column + 1, :], "satisfaction" in item.scales, min_respondents
        )
        item_figures.append(ItemFigures(item.code, figures, is_bottleneck(figures, parameters)))

    def figures_of(columns: list[int]) -> GroupFigures:
        asks = any("satisfaction" in items[c].scales for c in columns)
        return group_figures(answers[:, columns, :], asks, min_respondents)

    subcategories: dict[tuple[str, str], list[int]] = {}
    categories: dict[str, list[int]] = {}
    for column, item in enumerate(items):
        subcategories.setdefault((item.category, item.subcategory), []).append(column)
        categories.setdefault(item.category, []).append(column)

    ranked = sorted(
        (f for f in item_figures if f.bottleneck),
        key=lambda f: (-(f.figures.gap or 0.0), f.code),
    )
    return Aggregate(
        respondents=respondents,
        suppressed=False,
        items=item_figures,
        subcategories={key: figures_of(cols) for key, cols in subcategories.items()},
        categories={key: figures_of(cols) for key, cols in categories.items()},
        bottlenecks=[f.code for f in ranked],
    )


def is_bottleneck(figures: GroupFigures, parameters: ResultParameters) -> bool:
    importance = figures.importance.mean
    return (
        importance is not None
        and figures.gap is not None
        and importance >= parameters.importance_threshold
        and figures.gap >= parameters.gap_threshold
    )
