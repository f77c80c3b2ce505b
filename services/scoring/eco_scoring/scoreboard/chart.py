"""A region's scoreboard as a chart: its dimension scores, its peers' mean and the EU mean."""

from __future__ import annotations

from typing import Literal

from eco_scoring.charts.spec import Series, Spec, bar_spec, radar_spec
from eco_scoring.scoreboard.schemas import RegionScoreboard

ChartKind = Literal["radar", "bar"]


def _dimension(slug: str) -> str:
    return slug.replace("-", " ").capitalize()


def chart_spec(
    board: RegionScoreboard,
    kind: ChartKind,
    *,
    code: str | None = None,
    name: str | None = None,
) -> Spec:
    """``code`` and ``name``: the region as the caller asked for it, when that is another
    code (and name) of the same territory than the one its figures are filed under; the
    subtitle then names that one too."""
    shown = code or board.region.nuts_id
    region = f"{name or board.region.name} ({shown})"
    subtitle = f"Regional Eco-System Scoreboard {board.framework}: dimension scores, 0-100"
    if shown != board.region.nuts_id:
        subtitle += (
            f"; figures filed under {board.region.nuts_id} (NUTS {board.region.nuts_version})"
        )
    series = [
        Series(region, [d.score for d in board.overall], short=shown),
        Series("Peer mean", [d.peer_mean for d in board.overall]),
        Series("EU mean", [d.eu_mean for d in board.overall]),
    ]
    labels = [_dimension(d.dimension) for d in board.overall]
    build = bar_spec if kind == "bar" else radar_spec
    return build(region, labels, series, subtitle=subtitle)
