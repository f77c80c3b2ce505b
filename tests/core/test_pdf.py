"""The PDF helper: any European text, tables across pages, SVG charts, PNG images, placed and
rotated text."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image
from pypdf import PdfReader

from eco_core.reports.pdf import FONT_DIR, PdfDocument

CHART = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" '
    'font-family="sans-serif"><title>Not printed</title>'
    '<rect x="10" y="10" width="80" height="40" fill="#0072B2"/>'
    '<text x="10" y="80">Κεντρική Μακεδονία</text></svg>'
)


def _text(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_fonts_and_their_licence_are_shipped() -> None:
    names = {p.name for p in FONT_DIR.iterdir()}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= names


def test_flowing_content_with_any_european_text() -> None:
    doc = PdfDocument(title="Île-de-France", footer="Observatory report")
    doc.title("Île-de-France (FR10) — Αττική, Łódzkie, Östra Mellansverige", "Subtitle")
    doc.heading("Profile")
    doc.paragraph("Ünïcödé paragraph. " * 40)
    doc.bullets(["first", "second ✓"])
    doc.key_values([("Region", "Severozápad"), ("Status", "submitted")])
    doc.table(["Block", "Score"], [[f"Row {i}", str(i)] for i in range(80)], col_widths=(3, 1))
    doc.svg(CHART, width_mm=80)
    pages = _text(doc.output())
    assert len(pages) >= 3  # the table runs over pages
    assert "Île-de-France (FR10) — Αττική, Łódzkie, Östra Mellansverige" in pages[0]
    assert "second ✓" in pages[0]
    assert "Row 79" in " ".join(pages)
    assert sum(p.count("Block Score") for p in pages) >= 2  # the header repeats
    assert "Κεντρική Μακεδονία" in pages[-1]  # SVG text in the shipped font
    assert "Not printed" not in " ".join(pages)
    assert pages[0].endswith(f"1 / {len(pages)}")


def test_placed_rotated_text_on_a_custom_page() -> None:
    # A table tent: A4 landscape folded in half, the far side upside down.
    doc = PdfDocument(title="Tent", page_format="A4", orientation="landscape", page_numbers=False)
    doc.add_page()
    doc.text_box("Table 12", x_mm=10, y_mm=10, width_mm=277, height_mm=90, size=40, rotation=180)
    doc.text_box("Table 12", x_mm=10, y_mm=110, width_mm=277, height_mm=90, size=40, bold=True)
    pdf = doc.output()
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)
    assert _text(pdf)[0].count("Table 12") == 2


def test_same_content_same_bytes() -> None:
    when = datetime(2026, 1, 1, tzinfo=UTC)

    def build() -> bytes:
        doc = PdfDocument(title="x", created_at=when)
        doc.paragraph("same")
        return doc.output()

    assert build() == build()


def test_a_png_image_is_placed_at_the_width_asked() -> None:
    image = Image.new("RGB", (300, 150), (0, 114, 178))
    png = io.BytesIO()
    image.save(png, format="PNG")
    doc = PdfDocument(title="Chart")
    doc.image(png.getvalue(), width_mm=90)
    page = PdfReader(io.BytesIO(doc.output())).pages[0]
    (placed,) = page.images
    assert placed.image is not None
    assert placed.image.size == (300, 150)
    # Drawn 90 mm wide: the page's content scales it to 90 mm in points.
    content = page.get_contents()
    assert content is not None
    assert f"{90 / 25.4 * 72:.2f} 0 0" in content.get_data().decode("latin-1")
