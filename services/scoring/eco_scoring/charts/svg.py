"""Radar and bar charts of 0-100 scores as standalone SVG documents."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

# Colour-blind-safe (Okabe-Ito) palette: the region, then its peers' mean, then the EU mean.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # 0..100; None where the score is missing


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def _header(width: int, height: int, title: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label={quoteattr(title)} '
        'font-family="sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
    ]


def _legend(series: Sequence[Series], x: float, y: float) -> list[str]:
    out = []
    for i, s in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        top = y + i * 18
        out.append(f'<rect x="{_fmt(x)}" y="{_fmt(top)}" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{_fmt(x + 18)}" y="{_fmt(top + 10)}">{escape(s.name)}</text>')
    return out


def radar_chart(title: str, axes: Sequence[str], series: Sequence[Series], size: int = 480) -> str:
    """One polygon per series on a 0-100 radial scale; a missing value is drawn at the
    centre and its axis label marked with an asterisk, so a gap is visible, not hidden."""
    if len(axes) < 3:
        raise ValueError("a radar chart needs at least three axes")
    legend_height = 18 * len(series) + 10
    cx, cy, radius = size / 2, size / 2, size / 2 - 90
    n = len(axes)
    missing = {i for s in series for i, v in enumerate(s.values) if v is None}

    def point(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        r = radius * max(0.0, min(100.0, value)) / 100
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    out = _header(size, size + legend_height, title)
    for ring in (25, 50, 75, 100):
        ring_points = " ".join(
            f"{_fmt(x)},{_fmt(y)}" for x, y in (point(i, ring) for i in range(n))
        )
        out.append(f'<polygon points="{ring_points}" fill="none" stroke="#ccc"/>')
    for i, label in enumerate(axes):
        x, y = point(i, 100)
        out.append(
            f'<line x1="{_fmt(cx)}" y1="{_fmt(cy)}" x2="{_fmt(x)}" y2="{_fmt(y)}" stroke="#ccc"/>'
        )
        lx, ly = point(i, 118)
        anchor = "middle" if abs(lx - cx) < 1 else ("start" if lx > cx else "end")
        text = label + (" *" if i in missing else "")
        out.append(
            f'<text x="{_fmt(lx)}" y="{_fmt(ly)}" text-anchor="{anchor}">{escape(text)}</text>'
        )
    for k, s in enumerate(series):
        colour = PALETTE[k % len(PALETTE)]
        pts = " ".join(
            f"{_fmt(x)},{_fmt(y)}"
            for x, y in (point(i, 0.0 if v is None else v) for i, v in enumerate(s.values))
        )
        out.append(
            f'<polygon points="{pts}" fill="{colour}" fill-opacity="0.15" stroke="{colour}" '
            'stroke-width="2"/>'
        )
    out += _legend(series, 20, size + 4)
    out.append("</svg>")
    return "\n".join(out)


def bar_chart(title: str, labels: Sequence[str], series: Sequence[Series], width: int = 640) -> str:
    """Horizontal grouped bars on a 0-100 scale, one group per label."""
    bar, gap, label_width = 12, 10, 220
    group = bar * len(series) + gap
    height = 40 + group * len(labels) + 18 * len(series) + 10
    plot = width - label_width - 30
    out = _header(width, height, title)
    for i, label in enumerate(labels):
        top = 30 + i * group
        out.append(
            f'<text x="{label_width - 8}" y="{_fmt(top + group / 2)}" text-anchor="end">'
            f"{escape(label)}</text>"
        )
        for k, s in enumerate(series):
            value = s.values[i]
            y = top + k * bar
            if value is None:
                out.append(f'<text x="{label_width + 4}" y="{_fmt(y + 10)}" fill="#666">n/a</text>')
                continue
            w = plot * max(0.0, min(100.0, value)) / 100
            out.append(
                f'<rect x="{label_width}" y="{_fmt(y)}" width="{_fmt(w)}" height="{bar - 2}" '
                f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(s.name)}: {_fmt(value)}'
                "</title></rect>"
            )
    out += _legend(series, 20, 30 + group * len(labels) + 8)
    out.append("</svg>")
    return "\n".join(out)
