"""Text width and wrapping for chart layout.

The charts name Liberation Sans first, which has the advance widths of Arial and Helvetica:
the Helvetica metrics that fpdf2 ships as a core font measure a label as the renderer
(vl-convert bundles Liberation Sans) and a browser with any of those fonts will draw it,
without a font file on the server.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fpdf import FPDF

FONT = "Liberation Sans, Arial, Helvetica, sans-serif"
# Stands in for a character outside Latin-1 (Greek, Cyrillic, ...): a wide one, so that a
# label is wrapped too early rather than drawn past the edge.
_WIDE = "N"


@lru_cache(maxsize=2)
def _measurer(bold: bool) -> FPDF:
    from fpdf import FPDF  # here: fpdf costs seconds at service start-up

    pdf = FPDF(unit="pt")  # 1 pt per unit at font size 1: widths come out in CSS pixels
    pdf.set_font("helvetica", style="B" if bold else "", size=1)
    return pdf


def _latin1(text: str) -> str:
    # Letters with accents measure as their base letter, as they are drawn (Ł -> L).
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    plain = plain.replace("Ł", "L").replace("ł", "l").replace("\u2013", "-").replace("\u2014", "-")
    return "".join(c if ord(c) < 256 else _WIDE for c in plain)


@lru_cache(maxsize=4096)
def width(text: str, size: float, *, bold: bool = False) -> float:
    """The advance width of ``text`` in pixels at ``size`` px."""
    from fpdf.errors import FPDFUnicodeEncodingException

    measurer = _measurer(bold)
    try:
        return float(measurer.get_string_width(text)) * size
    except FPDFUnicodeEncodingException:
        return float(measurer.get_string_width(_latin1(text))) * size


def wrap(text: str, size: float, max_width: float, *, bold: bool = False) -> list[str]:
    """Lines of whole words each at most ``max_width`` px wide; a single word wider than
    that stays whole on its own line (the layout then makes room for it, never cuts it)."""
    lines: list[str] = []
    for word in text.split():
        if lines and width(f"{lines[-1]} {word}", size, bold=bold) <= max_width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def block_width(lines: list[str], size: float, *, bold: bool = False) -> float:
    return max(width(line, size, bold=bold) for line in lines)
