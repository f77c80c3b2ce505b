"""Small PDF documents built with fpdf2: reports, score sheets, table tents.

``PdfDocument`` flows content down the page (title, headings, paragraphs, bullet lists,
key-value lists, tables, SVG drawings, PNG images such as charts) and places text anywhere
(``text_box``, with rotation, for cut-and-fold layouts). Text is set in DejaVu Sans, shipped
in ``fonts/`` with its licence, so any European name prints the same on every machine. The
underlying ``FPDF`` object is ``.pdf`` for anything else.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos
from fpdf.fonts import FontFace

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FAMILY = "DejaVu"
_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}

Alignment = Literal["left", "center", "right", "justify"]
_ALIGN = {"left": Align.L, "center": Align.C, "right": Align.R, "justify": Align.J}
Colour = tuple[int, int, int]

_INK: Colour = (33, 37, 41)
_MUTED: Colour = (100, 104, 110)
_RULE: Colour = (200, 204, 208)
_HEADING_SIZES = {1: 15.0, 2: 12.5, 3: 11.0}

# fpdf2 draws SVG <text> with its own core fonts when the family is generic (sans-serif),
# which cannot print e.g. Greek; pointing every SVG font at the registered family can.
_SVG_FONT = re.compile(r'font-family\s*=\s*("[^"]*"|\'[^\']*\')')
# <title> is an accessibility label of a web chart; a PDF has nowhere to show it.
_SVG_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)


class _Canvas(FPDF):
    """FPDF with an optional running footer: a text on the left, the page number right."""

    footer_text: str | None = None
    page_numbers: bool = True

    def footer(self) -> None:
        if not self.footer_text and not self.page_numbers:
            return
        self.set_y(-12)
        self.set_font(FONT_FAMILY, "", 8)
        self.set_text_color(*_MUTED)
        width = self.w - self.l_margin - self.r_margin
        if self.footer_text:
            self.cell(width, 5, self.footer_text, align=Align.L)
            self.set_x(self.l_margin)
        if self.page_numbers:
            self.cell(width, 5, f"{self.page_no()} / {{nb}}", align=Align.R)


class PdfDocument:
    def __init__(
        self,
        *,
        title: str,
        author: str | None = None,
        page_format: str | tuple[float, float] = "A4",
        orientation: Literal["portrait", "landscape"] = "portrait",
        margin_mm: float = 16,
        footer: str | None = None,
        page_numbers: bool = True,
        created_at: datetime | None = None,
    ) -> None:
        pdf = _Canvas(orientation=orientation, unit="mm", format=page_format)
        pdf.footer_text = footer
        pdf.page_numbers = page_numbers
        for style, filename in _FONT_FILES.items():
            pdf.add_font(FONT_FAMILY, style, str(FONT_DIR / filename))
        pdf.set_margins(margin_mm, margin_mm, margin_mm)
        pdf.set_auto_page_break(True, margin=margin_mm + (6 if footer or page_numbers else 0))
        pdf.set_title(title)
        pdf.set_creator("European Cluster Observatory")
        if author:
            pdf.set_author(author)
        # A fixed date makes the same content give the same bytes (tests, caches, ETags).
        pdf.set_creation_date(created_at or datetime.now(UTC))
        self.pdf = pdf
        self._font(10)

    # -- layout ---------------------------------------------------------------------------

    @property
    def width(self) -> float:
        """Width of the text area in mm."""
        return float(self.pdf.w - self.pdf.l_margin - self.pdf.r_margin)

    def add_page(self) -> None:
        self.pdf.add_page()

    def _ensure_page(self) -> None:
        if self.pdf.page == 0:
            self.pdf.add_page()

    def _font(self, size: float, *, bold: bool = False, colour: Colour = _INK) -> None:
        self.pdf.set_font(FONT_FAMILY, "B" if bold else "", size)
        self.pdf.set_text_color(*colour)

    def spacer(self, mm: float = 4) -> None:
        self._ensure_page()
        self.pdf.ln(mm)

    def rule(self) -> None:
        self._ensure_page()
        y = self.pdf.get_y() + 1
        self.pdf.set_draw_color(*_RULE)
        self.pdf.line(self.pdf.l_margin, y, self.pdf.w - self.pdf.r_margin, y)
        self.pdf.ln(3)

    # -- flowing content ---------------------------------------------------------------

    def title(self, text: str, subtitle: str | None = None) -> None:
        self._ensure_page()
        self._font(20, bold=True)
        self.pdf.multi_cell(self.width, 9, text, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if subtitle:
            self._font(11, colour=_MUTED)
            self.pdf.multi_cell(
                self.width, 6, subtitle, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        self.pdf.ln(2)
        self.rule()

    def heading(self, text: str, level: Literal[1, 2, 3] = 1) -> None:
        self._ensure_page()
        size = _HEADING_SIZES[level]
        # Keep a heading with the first lines that follow it.
        if self.pdf.get_y() + size * 1.6 > self.pdf.page_break_trigger:
            self.pdf.add_page()
        self.pdf.ln(3 if level == 1 else 2)
        self._font(size, bold=True)
        self.pdf.multi_cell(
            self.width, size * 0.5, text, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.pdf.ln(1.5)

    def paragraph(
        self,
        text: str,
        *,
        size: float = 10,
        bold: bool = False,
        align: Alignment = "left",
        colour: Colour = _INK,
    ) -> None:
        self._ensure_page()
        self._font(size, bold=bold, colour=colour)
        self.pdf.multi_cell(
            self.width,
            size * 0.5,
            text,
            align=_ALIGN[align],
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.pdf.ln(size * 0.25)

    def bullets(self, items: Sequence[str], *, size: float = 10) -> None:
        self._ensure_page()
        indent = 5.0
        for item in items:
            self._font(size)
            self.pdf.set_x(self.pdf.l_margin)
            self.pdf.cell(indent, size * 0.5, "•")
            self.pdf.multi_cell(
                self.width - indent,
                size * 0.5,
                item,
                align=Align.L,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
        self.pdf.ln(size * 0.25)

    def key_values(self, rows: Sequence[tuple[str, str]], *, key_width_mm: float = 45) -> None:
        self._ensure_page()
        for key, value in rows:
            y = self.pdf.get_y()
            self._font(9.5, bold=True, colour=_MUTED)
            self.pdf.multi_cell(key_width_mm, 5, key, align=Align.L)
            after_key = self.pdf.get_y()
            self.pdf.set_xy(self.pdf.l_margin + key_width_mm, y)
            self._font(9.5)
            self.pdf.multi_cell(
                self.width - key_width_mm,
                5,
                value,
                align=Align.L,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.pdf.set_y(max(after_key, self.pdf.get_y()))
        self.pdf.ln(2)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        col_widths: Sequence[float] | None = None,
        align: Sequence[Alignment] | None = None,
        size: float = 9,
    ) -> None:
        """A table that wraps long cells and repeats its header on each new page;
        ``col_widths`` are relative (e.g. 3, 1, 1)."""
        self._ensure_page()
        self._font(size)
        self.pdf.set_draw_color(*_RULE)
        alignments = [_ALIGN[a] for a in align] if align else None
        with self.pdf.table(
            col_widths=tuple(col_widths) if col_widths else None,
            width=self.width,
            text_align=tuple(alignments) if alignments else Align.L,
            headings_style=FontFace(emphasis="BOLD", fill_color=(236, 239, 242)),
            line_height=size * 0.55,
            padding=1.2,
        ) as table:
            table.row(list(header))
            for row in rows:
                table.row([str(cell) for cell in row])
        self.pdf.ln(3)

    def svg(self, svg: str, *, width_mm: float | None = None, center: bool = True) -> None:
        """An SVG drawing (e.g. a chart) at the current position, scaled to ``width_mm``."""
        self._ensure_page()
        cleaned = _SVG_TITLE.sub("", _SVG_FONT.sub(f'font-family="{FONT_FAMILY}"', svg))
        width = min(width_mm or self.width, self.width)
        x = (self.pdf.w - width) / 2 if center else self.pdf.l_margin
        self.pdf.image(io.BytesIO(cleaned.encode("utf-8")), x=x, w=width)
        self.pdf.ln(2)

    def image(self, png: bytes, *, width_mm: float | None = None, center: bool = True) -> None:
        """A raster image (e.g. a chart rendered to PNG at twice its size, so that it stays
        sharp in print) at the current position, scaled to ``width_mm``."""
        self._ensure_page()
        width = min(width_mm or self.width, self.width)
        x = (self.pdf.w - width) / 2 if center else self.pdf.l_margin
        self.pdf.image(io.BytesIO(png), x=x, w=width)
        self.pdf.ln(2)

    # -- placed content ------------------------------------------------------------------

    def text_box(
        self,
        text: str,
        *,
        x_mm: float,
        y_mm: float,
        width_mm: float,
        height_mm: float,
        size: float = 12,
        bold: bool = False,
        align: Alignment = "center",
        rotation: float = 0,
        colour: Colour = _INK,
    ) -> None:
        """Text wrapped in a box anywhere on the current page, centred vertically; rotated
        (degrees, counter-clockwise) about the box's centre, e.g. 180 for the far side of a
        folded table tent. The flow position is left unchanged."""
        self._ensure_page()
        x0, y0 = self.pdf.get_x(), self.pdf.get_y()
        self._font(size, bold=bold, colour=colour)
        line_height = size * 0.45
        lines = self.pdf.multi_cell(width_mm, line_height, text, dry_run=True, output="LINES")
        assert isinstance(lines, list)
        top = y_mm + max(0.0, (height_mm - line_height * len(lines)) / 2)
        auto_break = self.pdf.auto_page_break
        self.pdf.set_auto_page_break(False)
        with self.pdf.rotation(rotation, x=x_mm + width_mm / 2, y=y_mm + height_mm / 2):
            self.pdf.set_xy(x_mm, top)
            self.pdf.multi_cell(width_mm, line_height, text, align=_ALIGN[align])
        self.pdf.set_auto_page_break(auto_break, margin=self.pdf.b_margin)
        self.pdf.set_xy(x0, y0)

    # -- result ----------------------------------------------------------------------------

    def output(self) -> bytes:
        self._ensure_page()
        return bytes(self.pdf.output())
