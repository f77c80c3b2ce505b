"""Charts as Vega-Lite specs and as rendered SVG/PNG: every label inside the 480 px chart
(checked on the rendered drawing, see chart_checks), scales and values written, missing
scores drawn as missing, never as 0."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from PIL import Image

from eco_scoring.charts import render, text
from eco_scoring.charts.spec import PALETTE, Series, bar_spec, radar_spec
from tests.scoring.chart_checks import SVG_NS, assert_every_label_visible

SVG = f"{{{SVG_NS}}}"
DIMENSIONS = [
    "Knowledge basis and skills",
    "Access to finance",
    "Collaboration and internationalisation",
    "Demand conditions",
    "Entrepreneurial conditions",
    "Quality of governance",
]
# The scoreboard of the issue: a region missing one dimension, the EU mean another.
REGION = Series("Nord-Pas de Calais (FRE1)", [55, None, 40, 100, 62, 48], short="FRE1")
PEERS = Series("Peer mean", [50, 52, 45, 60, 55, 50])
EU = Series("EU mean", [50, 50, 50, 50, None, 50])
SCOREBOARD = [REGION, PEERS, EU]
SUBTITLE = "Regional Eco-System Scoreboard 2026.1: dimension scores, 0-100"
BLOCKS = [
    "S3 anchoring",
    "Policy integration",
    "Framework conditions",
    "Cross-sectoral & emerging",
    "Cluster excellence",
    "Internationalisation",
    "SMEs & entrepreneurship",
    "Structural change",
    "Monitoring & evaluation",
]
LONG_NAME = "Provence-Alpes-Côte d'Azur / Région Sud (FRL0)"
STRESS_TEST = [
    Series(LONG_NAME, [30, None, 50, 60, 70, 80, 90, 100, 0], short="FRL0"),
    Series("Mean of all submitted assessments", [40] * 9),
]


def _scores(spec: dict[str, Any]) -> dict[tuple[str, str], float | None]:
    return {(r["series"], r["dimension"]): r["score"] for r in spec["datasets"]["scores"]}


def _edges(svg: str, colour: str) -> int:
    """The outline's edges drawn in ``colour`` (each a <line>)."""
    return sum(1 for e in ET.fromstring(svg).iter(f"{SVG}line") if e.get("stroke") == colour)


# -- the spec: data as data -------------------------------------------------------------------


def test_radar_spec_carries_the_scores_with_missing_ones_null() -> None:
    spec = radar_spec("Nord-Pas de Calais (FRE1)", DIMENSIONS, SCOREBOARD, subtitle=SUBTITLE)
    assert spec["$schema"] == "https://vega.github.io/schema/vega-lite/v6.json"
    assert json.loads(json.dumps(spec)) == spec  # plain JSON, ready to serve
    scores = _scores(spec)
    assert len(scores) == 18
    assert scores[("Nord-Pas de Calais (FRE1)", "Knowledge basis and skills")] == 55
    assert scores[("Nord-Pas de Calais (FRE1)", "Access to finance")] is None
    assert scores[("EU mean", "Entrepreneurial conditions")] is None
    assert scores[("Peer mean", "Access to finance")] == 52
    axes = {a["dimension"]: a["lines"] for a in spec["datasets"]["axes"]}
    assert axes["Access to finance"] == ["Access to finance", "(no data: FRE1)"]
    assert axes["Entrepreneurial conditions"][-1] == "(no data: EU mean)"
    assert axes["Demand conditions"] == ["Demand conditions"]
    # Wrapped at whole words, each line no wider than the wrap width.
    assert " ".join(axes["Collaboration and internationalisation"]) == (
        "Collaboration and internationalisation"
    )
    colour = spec["layer"][3]["layer"][0]["encoding"]["color"]["scale"]
    assert colour == {"domain": [s.name for s in SCOREBOARD], "range": list(PALETTE[:3])}


def test_nan_is_missing_not_a_score() -> None:
    spec = radar_spec("t", ["a", "b", "c"], [Series("s", [float("nan"), 10, 20])])
    assert _scores(spec)[("s", "a")] is None
    assert spec["datasets"]["axes"][0]["lines"] == ["a", "(no data)"]
    json.dumps(spec, allow_nan=False)


def test_bar_spec_sorts_dimensions_as_given_and_notes_missing_scores() -> None:
    spec = bar_spec("Nord-Pas de Calais (FRE1)", DIMENSIONS, SCOREBOARD, subtitle=SUBTITLE)
    assert spec["encoding"]["y"]["sort"] == DIMENSIONS
    assert spec["layer"][0]["encoding"]["x"]["scale"]["domain"] == [0, 100]
    assert _scores(spec) == _scores(radar_spec("t", DIMENSIONS, SCOREBOARD))


@pytest.mark.parametrize(
    ("axes", "series", "message"),
    [
        (["a", "b"], [Series("s", [1, 2])], "three axes"),
        (["a", "b", "c"], [Series("s", [1, 2])], "one value per axis"),
        (["a", "b", "c"], [], "at least one series"),
        (["a", "b", "c"], [Series("s", [1, 2, 3]), Series("s", [1, 2, 3])], "must differ"),
    ],
)
def test_radar_spec_refuses_what_it_cannot_draw(
    axes: list[str], series: list[Series], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        radar_spec("x", axes, series)


def test_wrap_keeps_words_whole_and_measures_like_the_renderer() -> None:
    assert text.wrap("Collaboration and internationalisation", 11, 118) == [
        "Collaboration and",
        "internationalisation",
    ]
    # A word wider than the line is not cut: the layout makes room for it.
    assert text.wrap("Internationalisation", 11, 40) == ["Internationalisation"]
    # Helvetica/Arial/Liberation Sans advance widths: 'Access to finance' at 11 px.
    assert text.width("Access to finance", 11) == pytest.approx(86.2, abs=0.1)
    # Beyond Latin-1, a letter measures as its base letter or a wide stand-in, not 0.
    assert text.width("Łódź", 11) == pytest.approx(text.width("Lodz", 11))
    assert text.width("Αθήνα", 11) > text.width("Athina", 11) * 0.8


# -- the rendered drawing --------------------------------------------------------------------


def test_rendered_scoreboard_radar_shows_every_label_scale_and_value() -> None:
    svg = render.svg(
        radar_spec("Nord-Pas de Calais (FRE1)", DIMENSIONS, SCOREBOARD, subtitle=SUBTITLE)
    )
    chart = assert_every_label_visible(svg)
    texts = chart.texts()
    for label in [
        "Knowledge basis and skills",
        "Access to finance (no data: FRE1)",
        "Collaboration and internationalisation",
        "Demand conditions",
        "Entrepreneurial conditions (no data: EU mean)",
        "Quality of governance",
    ]:
        assert label in texts
    assert {"25", "50", "75", "100"} <= set(texts)  # the scale on the rings
    for value in ["55", "40", "100", "62", "48"]:  # the region's values at its points
        assert value in texts
    assert texts.count("Nord-Pas de Calais (FRE1)") == 2  # the title and the legend
    assert {"Peer mean", "EU mean", SUBTITLE} <= set(texts)
    # A missing score opens the outline: the region's two edges to its missing finance
    # score are not drawn (4 of 6), the EU mean's two to its missing one neither.
    assert _edges(svg, PALETTE[0]) == 4
    assert _edges(svg, PALETTE[1]) == 6
    assert _edges(svg, PALETTE[2]) == 4
    root = ET.fromstring(svg)
    title = root.find(f"{SVG}title")
    assert title is not None
    assert title.text == f"Nord-Pas de Calais (FRE1) {SUBTITLE}"
    assert root.get("aria-label") == title.text


def test_rendered_stress_test_radar_fits_nine_axes_and_a_long_name() -> None:
    title = f"{LONG_NAME}: Stress Test for Cluster Policy"
    chart = assert_every_label_visible(render.svg(radar_spec(title, BLOCKS, STRESS_TEST)))
    texts = chart.texts()
    assert "Policy integration (no data: FRL0)" in texts
    assert "0" in texts  # a real zero is a value, at the centre
    assert LONG_NAME in texts  # the legend names the region in full


def test_rendered_bar_chart_shows_every_label_axis_and_value() -> None:
    svg = render.svg(
        bar_spec("Nord-Pas de Calais (FRE1)", DIMENSIONS, SCOREBOARD, subtitle=SUBTITLE)
    )
    chart = assert_every_label_visible(svg)
    texts = chart.texts()
    assert set(DIMENSIONS) <= set(texts)
    assert {"0", "25", "50", "75", "100", "Score (0-100)"} <= set(texts)
    assert {"no data: FRE1", "no data: EU mean"} <= set(texts)
    # Each drawn bar has its value: 5 of the region's, 6 of the peers', 5 of the EU's.
    values = [t for t in texts if t.isdigit()]
    assert len(values) == 5 + 16
    bars = [e for e in ET.fromstring(svg).iter(f"{SVG}path") if e.get("fill") in PALETTE]
    assert len(bars) == 16 + 3  # the bars, then the legend's three symbols


@pytest.mark.parametrize("width", [320, 640])
@pytest.mark.parametrize("kind", ["radar", "bar"])
def test_labels_fit_at_other_widths(width: int, kind: str) -> None:
    build = radar_spec if kind == "radar" else bar_spec
    spec = build("Nord-Pas de Calais (FRE1)", DIMENSIONS, SCOREBOARD, width=width)
    assert_every_label_visible(render.svg(spec), width=width)


def test_png_is_the_same_chart_at_twice_the_size() -> None:
    spec = radar_spec("Nord-Pas de Calais (FRE1)", DIMENSIONS, SCOREBOARD)
    image = Image.open(io.BytesIO(render.png(spec)))
    height = float(ET.fromstring(render.svg(spec)).attrib["height"])
    assert image.width == 960
    assert abs(image.height - 2 * height) <= 1
    # Not blank: the region's colour is drawn.
    colours = {c for _, c in image.convert("RGB").getcolors(maxcolors=1_000_000) or []}
    assert (0x00, 0x72, 0xB2) in colours
