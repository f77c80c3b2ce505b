"""Vega-Lite specs rendered on the server with vl-convert (Vega-Lite and Vega in an
embedded JavaScript runtime, resvg for PNG, Liberation Sans bundled): no browser, no
network, the same drawing a frontend gets from the same spec.

The first render in a process starts the runtime (one to a few seconds); later ones take tens
of milliseconds. Both are CPU work: call them off the event loop.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from eco_scoring.charts.spec import VEGA_LITE_VERSION

# Specs carry their data inline: a renderer that fetched URLs would be a way out.
_NO_URLS: list[str] = []
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")


def _label(spec: dict[str, Any]) -> str:
    title = spec.get("title", {})
    lines = [*_lines(title.get("text")), *_lines(title.get("subtitle"))]
    return " ".join(lines) or str(spec.get("description", "Chart"))


def _lines(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def svg(spec: dict[str, Any]) -> str:
    """A standalone SVG document, with the chart's title as its accessible name."""
    import vl_convert  # here: it costs a second at service start-up, charts are rare

    drawn = vl_convert.vegalite_to_svg(
        spec, vl_version=VEGA_LITE_VERSION, allowed_base_urls=_NO_URLS
    )
    label = _label(spec)
    opening = _SVG_OPEN.search(drawn)
    assert opening is not None, "vl-convert returned no <svg> element"
    head = opening.group(0)[:-1] + f' role="img" aria-label="{escape(label, {chr(34): "&quot;"})}">'
    return (
        drawn[: opening.start()] + head + f"<title>{escape(label)}</title>" + drawn[opening.end() :]
    )


def png(spec: dict[str, Any], *, scale: float = 2) -> bytes:
    """A PNG image; ``scale`` 2 draws it at twice the spec's pixel size (sharp on print)."""
    import vl_convert

    return bytes(
        vl_convert.vegalite_to_png(
            spec, vl_version=VEGA_LITE_VERSION, scale=scale, allowed_base_urls=_NO_URLS
        )
    )
