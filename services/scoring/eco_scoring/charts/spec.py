"""Radar and bar charts of 0-100 scores as Vega-Lite specifications.

A spec is the chart as data: a frontend renders it with vega-embed (and restyles it), the
server renders the same spec to SVG and PNG (``render``). Each spec carries its data in
``datasets.scores``, one row per series and dimension with the score or null, and draws
geometry from it with Vega-Lite transforms. What Vega-Lite cannot do is done here and
stored in the spec: labels are wrapped to lines of whole words, and the radar's size and
scale domains are chosen so that every label lies inside the chart at the given width.

A missing score stays missing: no point, no value, no bar, the radar outline broken on
either side of it, and the dimension's label says "no data" and for which series.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eco_scoring.charts import text

VEGA_LITE_VERSION = "6.4"
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
# Colour-blind-safe (Okabe-Ito) palette: the region, then its peers' mean, then the EU mean.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
WIDTH = 480  # the chart's full width in px, title and legend included
MIN_WIDTH, MAX_WIDTH = 320, 1200

_PAD = 5  # Vega's padding around the chart, on each side
_TITLE, _SUBTITLE, _VALUE, _SCALE = 14, 11.5, 10, 9  # font sizes, px
_GAP = 22  # px from the outer ring to an axis label: room for a value label at 100
_VALUE_OFFSET = 8  # px from a point to its value label, outwards
_MAX_RADIUS = 170
_MIN_RADIUS = 40
_SAFETY = 3  # px kept free at each side: rounding, and fonts a little wider than measured


@dataclass(frozen=True)
class _Labels:
    """Axis label type: size and line height (px), and the width (px) they wrap at;
    smaller on a narrow chart, which has less room beside the radar."""

    size: float
    line: float
    wrap: float

    @classmethod
    def for_width(cls, width: int) -> _Labels:
        return cls(11, 13, 118) if width >= 400 else cls(10, 12, 84)


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # 0..100; None where the score is missing
    short: str | None = None  # the name in "no data" notes, if the name is long

    @property
    def note_name(self) -> str:
        return self.short or self.name


Spec = dict[str, Any]


def _check(axes: Sequence[str], series: Sequence[Series], width: int) -> None:
    if not series:
        raise ValueError("a chart needs at least one series")
    if len(series) > len(PALETTE):
        raise ValueError(f"a chart has at most {len(PALETTE)} series")
    if any(len(s.values) != len(axes) for s in series):
        raise ValueError("every series needs one value per axis")
    if len({s.name for s in series}) != len(series):
        raise ValueError("series names must differ")
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise ValueError(f"the width must be between {MIN_WIDTH} and {MAX_WIDTH} px")


def _rows(axes: Sequence[str], series: Sequence[Series]) -> list[dict[str, Any]]:
    return [
        {
            "series": s.name,
            "dimension": axis,
            "i": i,
            # NaN is no JSON and no score: missing, like None.
            "score": None if v is None or not math.isfinite(v) else round(float(v), 2),
        }
        for s in series
        for i, (axis, v) in enumerate(zip(axes, s.values, strict=True))
    ]


def _missing(value: float | None) -> bool:
    return value is None or not math.isfinite(value)


def _missing_note(i: int, series: Sequence[Series]) -> str | None:
    missing = [s.note_name for s in series if _missing(s.values[i])]
    if not missing:
        return None
    if len(missing) == len(series):
        return "(no data)"
    return f"(no data: {', '.join(missing)})"


def _axis_lines(axes: Sequence[str], series: Sequence[Series], style: _Labels) -> list[list[str]]:
    out = []
    for i, axis in enumerate(axes):
        lines = text.wrap(axis, style.size, style.wrap)
        note = _missing_note(i, series)
        if note is not None:
            lines += text.wrap(note, style.size, style.wrap)
        out.append(lines)
    return out


def _title(title: str, subtitle: str | None, width: int) -> dict[str, Any]:
    room = width - 2 * _PAD
    out: dict[str, Any] = {
        "text": text.wrap(title, _TITLE, room, bold=True),
        "anchor": "start",
        "fontSize": _TITLE,
        "subtitleFontSize": _SUBTITLE,
        "subtitleColor": "#444",
        "offset": 10,
    }
    if subtitle:
        out["subtitle"] = text.wrap(subtitle, _SUBTITLE, room)
    return out


def _colour(series: Sequence[Series], width: int) -> dict[str, Any]:
    return {
        "field": "series",
        "type": "nominal",
        "title": None,
        "scale": {
            "domain": [s.name for s in series],
            "range": list(PALETTE[: len(series)]),
        },
        "legend": {
            "orient": "bottom",
            "direction": "vertical",
            "labelFontSize": _Labels.for_width(width).size,
            "labelLimit": width - 2 * _PAD - 30,  # the whole name, never "…"
            "symbolType": "circle",
        },
    }


def _base(
    title: str, subtitle: str | None, description: str, width: int, series: Sequence[Series]
) -> Spec:
    return {
        "$schema": SCHEMA,
        "description": description,
        "title": _title(title, subtitle, width),
        "padding": _PAD,
        "autosize": {"type": "pad"},
        "config": {
            "font": text.FONT,
            "view": {"stroke": None},
            "legend": {"labelFont": text.FONT},
        },
        "usermeta": {
            "series": [s.name for s in series],
            "missing": "null scores are drawn as missing, never as 0",
        },
    }


# -- radar -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Label:
    lines: list[str]
    sin: float
    cos: float
    style: _Labels

    @property
    def width(self) -> float:
        return text.block_width(self.lines, self.style.size)

    @property
    def height(self) -> float:
        return len(self.lines) * self.style.line + 2

    @property
    def align(self) -> str:
        if abs(self.sin) < 1e-9:
            return "center"
        return "left" if self.sin > 0 else "right"

    @property
    def baseline(self) -> str:
        if self.cos > 0.3:
            return "bottom"  # above the outline: the block grows upwards
        return "top" if self.cos < -0.3 else "middle"

    def vertical(self, radius: float) -> tuple[float, float]:
        """Its extent below and above the centre, px, upwards positive."""
        y = (radius + _GAP) * self.cos
        if self.baseline == "bottom":
            return y, y + self.height
        if self.baseline == "top":
            return y - self.height, y
        return y - self.height / 2, y + self.height / 2


def _radius(labels: Sequence[_Label], half_width: float) -> float:
    """The largest radius (px) at which every label ends inside the chart's width: a label
    to the side starts at (radius + gap) * |sin| from the centre and is ``width`` wide."""
    radius = float(_MAX_RADIUS)
    for label in labels:
        if label.align == "center":
            continue
        room = half_width - _SAFETY - label.width
        radius = min(radius, room / abs(label.sin) - _GAP)
    return max(radius, float(_MIN_RADIUS))


def radar_spec(
    title: str,
    axes: Sequence[str],
    series: Sequence[Series],
    *,
    subtitle: str | None = None,
    width: int = WIDTH,
) -> Spec:
    """One outline per series on a 0-100 radial scale with rings at 25, 50, 75 and 100 and
    the first series' values written at its points."""
    if len(axes) < 3:
        raise ValueError("a radar chart needs at least three axes")
    _check(axes, series, width)
    n = len(axes)
    angles = [2 * math.pi * i / n for i in range(n)]  # clockwise from the top
    style = _Labels.for_width(width)
    labels = [
        _Label(lines, math.sin(a), math.cos(a), style)
        for lines, a in zip(_axis_lines(axes, series, style), angles, strict=True)
    ]
    plot_width = width - 2 * _PAD
    radius = _radius(labels, plot_width / 2)
    extents = [label.vertical(radius) for label in labels]
    top = max([radius + _GAP, *(hi for _, hi in extents)])
    bottom = max([radius + _GAP, *(-lo for lo, _ in extents)])
    unit = radius / 100  # px per score point
    x = {
        "field": "x",
        "type": "quantitative",
        "axis": None,
        "scale": {"domain": [-plot_width / 2 / unit, plot_width / 2 / unit], "nice": False},
    }
    y = {
        "field": "y",
        "type": "quantitative",
        "axis": None,
        "scale": {"domain": [-bottom / unit, top / unit], "nice": False},
    }
    segment = {"x": x, "y": y, "x2": {"field": "x2"}, "y2": {"field": "y2"}}
    angle = f"2 * PI * datum.i / {n}"
    next_angle = f"2 * PI * (datum.i + 1) / {n}"
    first = series[0].name

    def polar(r: str, a: str, name: str = "") -> list[dict[str, str]]:
        return [
            {"calculate": f"{r} * sin({a})", "as": f"x{name}"},
            {"calculate": f"{r} * cos({a})", "as": f"y{name}"},
        ]

    grid = {
        "data": {"sequence": {"start": 0, "stop": n, "as": "i"}},
        "transform": [
            {"calculate": "[25, 50, 75, 100]", "as": "ring"},
            {"flatten": ["ring"]},
            *polar("datum.ring", angle),
            *polar("datum.ring", next_angle, "2"),
        ],
        "mark": {"type": "rule", "color": "#d0d0d0", "aria": False},
        "encoding": segment,
    }
    spokes = {
        "data": {"sequence": {"start": 0, "stop": n, "as": "i"}},
        "transform": [*polar("0", angle), *polar("100", angle, "2")],
        "mark": {"type": "rule", "color": "#d0d0d0", "aria": False},
        "encoding": segment,
    }
    # The scale, written on each ring halfway between the first two axes.
    half = f"PI / {n}"
    scale = {
        "data": {"values": [{"ring": r} for r in (25, 50, 75, 100)]},
        "transform": polar(f"datum.ring * cos({half})", half),
        "mark": {
            "type": "text",
            "aria": False,
            "fontSize": _SCALE,
            "color": "#777",
            "baseline": "bottom",
            "dy": -1,
        },
        "encoding": {"x": x, "y": y, "text": {"field": "ring", "type": "quantitative"}},
    }
    # Each outline is drawn edge by edge, from a point to the next: an edge with a missing
    # end is not drawn, so a missing score opens the outline instead of pulling it to 0.
    outline = {
        "transform": [
            {
                "window": [
                    {"op": "lead", "field": "score", "as": "next"},
                    {"op": "first_value", "field": "score", "as": "first"},
                ],
                "groupby": ["series"],
                "sort": [{"field": "i"}],
                "frame": [None, None],
            },
            {"calculate": f"datum.i == {n - 1} ? datum.first : datum.next", "as": "to"},
            {"filter": "isValid(datum.score) && isValid(datum.to)"},
            *polar("datum.score", angle),
            *polar("datum.to", next_angle, "2"),
        ],
        "mark": {"type": "rule", "strokeWidth": 2, "strokeCap": "round"},
        "encoding": {**segment, "color": _colour(series, width)},
    }
    points = {
        "transform": [{"filter": "isValid(datum.score)"}, *polar("datum.score", angle)],
        "mark": {"type": "point", "filled": True, "size": 36, "opacity": 1},
        "encoding": {
            "x": x,
            "y": y,
            "color": {"field": "series", "type": "nominal"},
            "tooltip": [
                {"field": "series", "title": "Series"},
                {"field": "dimension", "title": "Dimension"},
                {"field": "score", "title": "Score", "format": ".0f"},
            ],
        },
    }
    value_text = {"type": "text", "fontSize": _VALUE, "fontWeight": "bold", "baseline": "middle"}
    values = {
        "transform": [
            {"filter": {"field": "series", "equal": first}},
            {"filter": "isValid(datum.score)"},
            *polar(f"(datum.score + {_VALUE_OFFSET / unit:.4f})", angle),
        ],
        "encoding": {"x": x, "y": y, "text": {"field": "score", "format": ".0f"}},
        # A white halo first, so that a value stays legible over the other outlines.
        "layer": [
            {
                "mark": {
                    **value_text,
                    "color": "white",
                    "stroke": "white",
                    "strokeWidth": 3,
                    "aria": False,
                }
            },
            {"mark": {**value_text, "color": PALETTE[0]}},
        ],
    }
    axis_labels = {
        "data": {"name": "axes"},
        "transform": polar(f"{100 + _GAP / unit:.4f}", angle),
        "mark": {
            "type": "text",
            "fontSize": style.size,
            "lineHeight": style.line,
            "align": {"expr": "datum.align"},
            "baseline": {"expr": "datum.baseline"},
        },
        "encoding": {"x": x, "y": y, "text": {"field": "lines"}},
    }
    spec = _base(
        title,
        subtitle,
        f"Radar chart of scores from 0 to 100 by dimension: {', '.join(s.name for s in series)}",
        width,
        series,
    )
    spec |= {
        "width": plot_width,
        "height": round(top + bottom, 1),
        "datasets": {
            "scores": _rows(axes, series),
            "axes": [
                {
                    "i": i,
                    "dimension": axis,
                    "lines": label.lines,
                    "align": label.align,
                    "baseline": label.baseline,
                }
                for i, (axis, label) in enumerate(zip(axes, labels, strict=True))
            ],
        },
        "layer": [
            grid,
            spokes,
            scale,
            {"data": {"name": "scores"}, "layer": [outline, points, values]},
            axis_labels,
        ],
    }
    return spec


# -- bar ---------------------------------------------------------------------------------------

_BAR = 13  # px per bar
_GROUP_GAP = 14  # px between dimensions


def bar_spec(
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    subtitle: str | None = None,
    width: int = WIDTH,
) -> Spec:
    """Horizontal grouped bars on a 0-100 axis, one group per label, each bar with its value;
    a missing score is a "no data" note where its bar would be."""
    if not labels:
        raise ValueError("a bar chart needs at least one label")
    _check(labels, series, width)
    style = _Labels.for_width(width)
    wrapped = {label: text.wrap(label, style.size, style.wrap) for label in labels}
    label_width = max(text.block_width(lines, style.size) for lines in wrapped.values())
    most_lines = max(len(v) for v in wrapped.values())
    group = max(len(series) * _BAR, most_lines * style.line) + _GROUP_GAP
    x = {
        "field": "score",
        "type": "quantitative",
        "title": "Score (0-100)",
        "scale": {"domain": [0, 100], "nice": False},
        "axis": {"values": [0, 25, 50, 75, 100], "grid": True, "labelFontSize": style.size},
    }
    y = {
        "field": "dimension",
        "type": "nominal",
        "title": None,
        "sort": list(labels),
        "scale": {"paddingInner": _GROUP_GAP / group, "paddingOuter": _GROUP_GAP / group / 2},
        "axis": {
            # Vega-Lite cannot wrap: each label's lines are looked up by its value.
            "labelExpr": f"{_js_object(wrapped)}[datum.value]",
            "labelFontSize": style.size,
            "labelLineHeight": style.line,
            "labelLimit": round(label_width) + 2,
            "labelPadding": 6,
            "ticks": False,
            "domain": False,
        },
    }
    short = {s.name: s.note_name for s in series}
    offset = {"field": "series", "type": "nominal", "sort": [s.name for s in series]}
    spec = _base(
        title,
        subtitle,
        f"Bar chart of scores from 0 to 100 by dimension: {', '.join(s.name for s in series)}",
        width,
        series,
    )
    spec |= {
        "autosize": {"type": "fit-x", "contains": "padding"},
        "width": width,
        "height": group * len(labels),
        "data": {"name": "scores"},
        "datasets": {"scores": _rows(labels, series)},
        "encoding": {"y": y, "yOffset": offset},
        "layer": [
            {
                "transform": [{"filter": "isValid(datum.score)"}],
                "mark": {"type": "bar", "height": _BAR - 2},
                "encoding": {
                    "x": x,
                    "color": _colour(series, width),
                    "tooltip": [
                        {"field": "series", "title": "Series"},
                        {"field": "dimension", "title": "Dimension"},
                        {"field": "score", "title": "Score", "format": ".0f"},
                    ],
                },
            },
            {
                "transform": [{"filter": "isValid(datum.score)"}],
                "mark": {"type": "text", "align": "left", "dx": 3, "fontSize": _VALUE},
                "encoding": {"x": x, "text": {"field": "score", "format": ".0f"}},
            },
            {
                "transform": [
                    {"filter": "!isValid(datum.score)"},
                    {
                        "calculate": f"'no data: ' + {_js_object(short)}[datum.series]",
                        "as": "note",
                    },
                ],
                "mark": {
                    "type": "text",
                    "align": "left",
                    "dx": 2,
                    "fontSize": _VALUE,
                    "fontStyle": "italic",
                    "color": "#666",
                },
                "encoding": {"x": {"datum": 0, "type": "quantitative"}, "text": {"field": "note"}},
            },
        ],
    }
    return spec


def _js_object(mapping: dict[str, Any]) -> str:
    """A Vega expression object literal (JSON is one), to look values up in."""
    return json.dumps(mapping, ensure_ascii=False)
