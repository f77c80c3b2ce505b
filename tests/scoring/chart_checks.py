"""Checks on rendered charts: where each text element's ink actually falls.

An SVG says where a text starts, not how far it reaches: that depends on the font. So each
<text> is drawn alone (every other text and shape taken out) by resvg, the renderer
vl-convert ships, on a canvas with a wide margin around the chart's view box; its ink's
bounding box (to the pixel) is then compared with the view box. Ink in the margin is ink
that a viewer of the SVG would not see: a clipped label.
"""

from __future__ import annotations

import copy
import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import vl_convert
from PIL import Image

SVG_NS = "http://www.w3.org/2000/svg"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
_SHAPES = {f"{{{SVG_NS}}}{t}" for t in ("path", "line", "rect", "circle", "ellipse", "image")}
_TEXT = f"{{{SVG_NS}}}text"
_MARGIN = 60  # px of canvas around the view box: any ink there is outside it


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    def inside(self, width: float, height: float) -> bool:
        return self.left >= 0 and self.top >= 0 and self.right <= width and self.bottom <= height

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


@dataclass(frozen=True)
class Label:
    text: str
    box: Box | None  # None: nothing drawn


@dataclass(frozen=True)
class Rendered:
    width: float
    height: float
    labels: list[Label]

    def texts(self) -> list[str]:
        return [label.text for label in self.labels]


def view_box(root: ET.Element) -> tuple[float, float]:
    x, y, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert (x, y) == (0, 0)
    assert float(root.attrib["width"]) == width
    return width, height


def _without(root: ET.Element, keep: int) -> ET.Element:
    """A copy of the drawing with only its ``keep``-th text element left to draw."""
    clone = copy.deepcopy(root)
    texts = 0
    for parent in list(clone.iter()):
        for child in list(parent):
            if child.tag in _SHAPES:
                parent.remove(child)
            elif child.tag == _TEXT:
                if texts != keep:
                    parent.remove(child)
                texts += 1
    return clone


def _ink(root: ET.Element, width: float, height: float) -> Box | None:
    root.attrib["viewBox"] = f"{-_MARGIN} {-_MARGIN} {width + 2 * _MARGIN} {height + 2 * _MARGIN}"
    root.attrib["width"] = str(width + 2 * _MARGIN)
    root.attrib["height"] = str(height + 2 * _MARGIN)
    png = vl_convert.svg_to_png(ET.tostring(root, encoding="unicode"))
    box = Image.open(io.BytesIO(png)).getchannel("A").getbbox()
    if box is None:
        return None
    left, top, right, bottom = (v - _MARGIN for v in box)
    return Box(left, top, right, bottom)


def rendered(svg: str) -> Rendered:
    """Every text element of ``svg`` with the box of the ink it draws, in view-box px."""
    root = ET.fromstring(svg)
    width, height = view_box(root)
    elements = list(root.iter(_TEXT))
    labels = [
        Label(" ".join(" ".join(e.itertext()).split()), _ink(_without(root, k), width, height))
        for k, e in enumerate(elements)
    ]
    return Rendered(width, height, labels)


def assert_every_label_visible(svg: str, *, width: float = 480) -> Rendered:
    """The chart is ``width`` px wide; every text draws something, all of it inside the
    view box; no two different texts overlap (a halo under its own text is the same text)."""
    chart = rendered(svg)
    assert chart.width == width
    assert chart.labels, "no text at all"
    for label in chart.labels:
        assert label.box is not None, f"{label.text!r} draws nothing"
        assert label.box.inside(chart.width, chart.height), (
            f"{label.text!r} reaches outside the {chart.width} x {chart.height} view box: "
            f"{label.box}"
        )
    boxes = [(label.text, label.box) for label in chart.labels if label.box is not None]
    for i, (text, box) in enumerate(boxes):
        for other_text, other in boxes[i + 1 :]:
            if other_text != text:
                assert not box.overlaps(other), f"{text!r} {box} overlaps {other_text!r} {other}"
    return chart
