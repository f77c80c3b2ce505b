"""SVG charts are well-formed XML, escape their text and show missing values as gaps."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from eco_scoring.charts.svg import Series, bar_chart, radar_chart

SVG = "{http://www.w3.org/2000/svg}"


def test_radar_chart_draws_one_polygon_per_series_and_marks_gaps() -> None:
    svg = radar_chart(
        "Scores <DE21> & peers",
        ["Knowledge", "Finance", "Collaboration", "Demand"],
        [Series("DE21", [80, None, 40, 100]), Series("Peers", [50, 50, 50, 50])],
    )
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text == "Scores <DE21> & peers"  # type: ignore[union-attr]
    polygons = root.findall(f"{SVG}polygon")
    # four rings of the scale, then the two series
    assert len(polygons) == 6
    labels = [t.text for t in root.findall(f"{SVG}text")]
    assert "Finance *" in labels
    assert "Knowledge" in labels


def test_radar_chart_needs_three_axes() -> None:
    with pytest.raises(ValueError, match="three axes"):
        radar_chart("x", ["a", "b"], [Series("s", [1, 2])])


def test_bar_chart_scales_bars_to_the_plot_width() -> None:
    root = ET.fromstring(bar_chart("t", ["a", "b"], [Series("s", [100, 25])], width=640))
    widths = [
        float(r.get("width", "0"))
        for r in root.findall(f"{SVG}rect")
        if r.find(f"{SVG}title") is not None
    ]
    assert widths == [390.0, 97.5]
