"""Barcode labels as a PDF: on an A4 sheet of sticky labels, or one label a page for a thermal label printer.

Each label holds the item's name (two lines at most), its price and its scannable barcode. The layouts are a small
table of the label sizes sold in Indonesian stationery shops and of the rolls of label printers; on a receipt
printer's 58 or 80 mm roll the labels follow each other (reports/barcode_labels_thermal.py).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ska_pos.domain.money import format_rupiah
from ska_pos.i18n import gettext
from ska_pos.reports.barcode_drawing import barcode_drawing
from ska_pos.reports.barcode_label_model import DEFAULT_LAYOUT, LAYOUT_NAMES, BarcodeLabel, LabelRun
from ska_pos.reports.barcode_labels_thermal import label_blocks
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts
from ska_pos.reports.thermal_pdf import render_blocks_pdf


@dataclass(frozen=True)
class LabelLayout:
    """`columns` by `rows` labels of `width` by `height` mm on a page of `page` mm, the first label's top left
    corner `left`, `top` mm from the page's, labels `gap_x`, `gap_y` mm apart."""

    page: tuple[float, float]
    columns: int
    rows: int
    width: float
    height: float
    left: float = 0.0
    top: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


_A4_MM = (A4[0] / mm, A4[1] / mm)

LAYOUTS: dict[str, LabelLayout] = {
    # A4 sticker sheets without margins: 24 labels of 70 x 37 mm, 40 of 52.5 x 29.7 mm.
    "a4-3x8": LabelLayout(_A4_MM, 3, 8, 70.0, 37.125),
    "a4-4x10": LabelLayout(_A4_MM, 4, 10, 52.5, 29.7),
    # A thermal label printer's roll (a 58 mm printer's usual labels): one label a page.
    "label-40x30": LabelLayout((40.0, 30.0), 1, 1, 40.0, 30.0),
    "label-50x30": LabelLayout((50.0, 30.0), 1, 1, 50.0, 30.0),
}
# The till's receipt printer: labels one under another on its 58 or 80 mm roll (reports/barcode_labels_thermal.py).
ROLLS: dict[str, int] = {"roll-58": 58, "roll-80": 80}
assert (*LAYOUTS, *ROLLS) == LAYOUT_NAMES, "barcode_label_model names every layout drawn here"

_PADDING = 1.8 * mm


def render_labels_pdf(run: LabelRun, layout_name: str = DEFAULT_LAYOUT) -> bytes:
    """`layout_name`: one of `LAYOUTS` (sheets and label printers) or `ROLLS` (a receipt printer's roll)."""
    title = gettext("Barcode labels", run.language)
    if layout_name in ROLLS:
        return render_blocks_pdf(label_blocks(run), ROLLS[layout_name], title)
    layout = LAYOUTS[layout_name]
    register_fonts()
    buffer = io.BytesIO()
    page_width, page_height = layout.page[0] * mm, layout.page[1] * mm
    canvas = Canvas(buffer, pagesize=(page_width, page_height), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("SKA POS")
    for index, label in enumerate(run.labels):
        if index and index % layout.per_page == 0:
            canvas.showPage()
        place = index % layout.per_page
        row, column = divmod(place, layout.columns)
        x = (layout.left + column * (layout.width + layout.gap_x)) * mm
        top = page_height - (layout.top + row * (layout.height + layout.gap_y)) * mm
        _draw_label(canvas, label, run.language, x, top, layout.width * mm, layout.height * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_label(canvas: Canvas, label: BarcodeLabel, language: str, x: float, top: float, width: float,
                height: float) -> None:  # fmt: skip
    inner = width - 2 * _PADDING
    name_size = max(5.5, min(9.0, height / mm * 0.24))
    price_size = name_size * 1.35
    lines = _name_lines(label.name, name_size, inner)
    y = top - _PADDING
    canvas.setFont(SANS, name_size)
    for line in lines:
        y -= name_size * 1.1
        canvas.drawCentredString(x + width / 2, y, line)
    y -= price_size * 1.15
    canvas.setFont(SANS_BOLD, price_size)
    canvas.drawCentredString(x + width / 2, y, format_rupiah(label.price, language))
    room = y - price_size * 0.3 - (top - height + _PADDING)
    _draw_barcode(canvas, label.code, x + _PADDING, top - height + _PADDING, inner, room)


def _name_lines(name: str, size: float, width: float) -> list[str]:
    lines = simpleSplit(name, SANS, size, width) or [""]
    if len(lines) <= 2:
        return lines
    second = " ".join(lines[1:])
    while second and stringWidth(second + "…", SANS, size) > width:
        second = second[:-1]
    return [lines[0], second.rstrip() + "…"]


def _draw_barcode(canvas: Canvas, code: str, left: float, bottom: float, width: float, height: float) -> None:
    """Each code is drawn once, as a PDF form its copies repeat: the bars are most of the work and of the file."""
    name = f"barcode-{code}-{width:.2f}-{height:.2f}"
    if not canvas.hasForm(name):
        drawing = barcode_drawing(code, width, height)
        canvas.beginForm(name, 0, 0, width, height)
        renderPDF.draw(drawing, canvas, (width - drawing.width) / 2, 0)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(left, bottom)
    canvas.doForm(name)
    canvas.restoreState()
