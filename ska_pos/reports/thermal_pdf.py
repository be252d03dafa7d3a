"""Thermal-paper PDFs (58 or 80 mm wide) drawn from blocks: one page exactly as tall as its content."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ska_pos.reports.barcode_drawing import barcode_drawing
from ska_pos.reports.blocks import Align, Block, Gap, Pair, Picture, ProductBarcode, Qr, Rule, Style, Text
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts

PAPER_WIDTHS_MM = (58, 80)
# The printable width of common thermal printers: 48 mm of 58 mm paper, 72 mm of 80 mm paper.
_PRINTABLE_MM = {58: 48.0, 80: 72.0}
_VERTICAL_MARGIN = 4 * mm
_INDENT = 3 * mm
_PAIR_GAP = 2 * mm
_DOT = mm / 8  # a thermal printer's dot: 203 dots an inch
_BARCODE_HEIGHT = 14 * mm


@dataclass(frozen=True)
class _Font:
    name: str
    size: float

    @property
    def leading(self) -> float:
        return self.size * 1.25


def _fonts(paper_mm: int) -> dict[Style, _Font]:
    base = 8.5 if paper_mm >= 80 else 7.5
    return {
        "normal": _Font(SANS, base),
        "small": _Font(SANS, base - 1),
        "bold": _Font(SANS_BOLD, base),
        "title": _Font(SANS_BOLD, base + 4.5),
        "total": _Font(SANS_BOLD, base + 3),
        "banner": _Font(SANS_BOLD, base + 4),
    }


Draw = Callable[[Canvas, float], None]  # draws one block whose top edge is at the given y
Placed = tuple[float, Draw]


@dataclass(frozen=True)
class _Page:
    width: float
    left: float
    usable: float
    fonts: dict[Style, _Font]


def _page(paper_mm: int) -> _Page:
    if paper_mm not in PAPER_WIDTHS_MM:
        raise ValueError(f"paper must be 58 or 80 mm wide, not {paper_mm}")
    width = paper_mm * mm
    usable = _PRINTABLE_MM[paper_mm] * mm
    return _Page(width, (width - usable) / 2, usable, _fonts(paper_mm))


def render_blocks_pdf(blocks: list[Block], paper_mm: int = 80, title: str = "") -> bytes:
    return render_pages_pdf([blocks], paper_mm, title)


def render_pages_pdf(pages: list[list[Block]], paper_mm: int = 80, title: str = "") -> bytes:
    """One page for each list of blocks, each exactly as tall as its content (bag tags: one a page)."""
    register_fonts()
    page = _page(paper_mm)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page.width, 2 * _VERTICAL_MARGIN), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("SKA POS")
    for blocks in pages:
        placed = [_place(block, page) for block in blocks]
        height = sum(block_height for block_height, _ in placed) + 2 * _VERTICAL_MARGIN
        canvas.setPageSize((page.width, height))
        top = height - _VERTICAL_MARGIN
        for block_height, draw in placed:
            draw(canvas, top)
            top -= block_height
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _place(block: Block, page: _Page) -> Placed:
    if isinstance(block, Text):
        return _place_text(block, page)
    if isinstance(block, Pair):
        return _place_pair(block, page)
    normal = page.fonts["normal"]
    if isinstance(block, Rule):
        return normal.leading * 0.7, partial(_draw_rule, page, block.heavy, normal.leading * 0.35)
    if isinstance(block, Qr):
        side = min(24 * mm, page.usable * 0.45)
        return side + normal.leading * 0.3, partial(_draw_qr, page, block.data, side)
    if isinstance(block, Picture):
        width = min(block.width * _DOT, page.usable)
        height = block.height * _DOT * width / (block.width * _DOT)
        return height + normal.leading * 0.3, partial(_draw_picture, page, block.png, width, height)
    if isinstance(block, ProductBarcode):
        height = _BARCODE_HEIGHT
        return height + normal.leading * 0.3, partial(_draw_barcode, page, block.code, height)
    assert isinstance(block, Gap)
    return normal.leading * 0.5, _draw_nothing


def _place_text(block: Text, page: _Page) -> Placed:
    font = page.fonts[block.style]
    indent = _INDENT if block.indent else 0.0
    padding = font.size * 0.4 if block.style == "banner" else 0.0
    width = page.usable - indent - 2 * padding
    lines = _split(block.text, font, width)
    height = len(lines) * font.leading + 2 * padding
    draw = partial(_draw_lines, page, font, lines, block.align, page.left + indent, padding)
    if block.style == "banner":
        return height, partial(_draw_banner, page, height, draw)
    return height, draw


def _place_pair(block: Pair, page: _Page) -> Placed:
    font = page.fonts[block.style]
    indent = _INDENT if block.indent else 0.0
    right_width = stringWidth(block.right, font.name, font.size)
    room = page.usable - indent - right_width - _PAIR_GAP
    if room >= page.usable * 0.35:
        lines = _split(block.left, font, room)
        value_row = 0
    else:
        # The value is too long to share a line: label above, value right-aligned below.
        lines = [*_split(block.left, font, page.usable - indent), ""]
        value_row = len(lines) - 1
    height = len(lines) * font.leading
    return height, partial(_draw_pair, page, font, lines, block.right, page.left + indent, value_row)


def _split(text: str, font: _Font, width: float) -> list[str]:
    """`text` wrapped at spaces to `width`; a word longer than the line (a long code) is cut where it must be."""
    lines: list[str] = []
    for line in simpleSplit(text, font.name, font.size, width) or [""]:
        while stringWidth(line, font.name, font.size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font.name, font.size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def _baseline(top: float, font: _Font, row: int) -> float:
    return top - (row + 0.8) * font.leading


def _draw_lines(
    page: _Page, font: _Font, lines: list[str], align: Align, left: float, padding: float, canvas: Canvas, top: float
) -> None:
    canvas.setFont(font.name, font.size)
    right = page.left + page.usable
    for row, line in enumerate(lines):
        y = _baseline(top - padding, font, row)
        if align == "center":
            canvas.drawCentredString((left + right) / 2, y, line)
        elif align == "right":
            canvas.drawRightString(right, y, line)
        else:
            canvas.drawString(left + padding, y, line)


def _draw_pair(
    page: _Page, font: _Font, lines: list[str], value: str, left: float, value_row: int, canvas: Canvas, top: float
) -> None:
    canvas.setFont(font.name, font.size)
    for row, line in enumerate(lines):
        canvas.drawString(left, _baseline(top, font, row), line)
    canvas.drawRightString(page.left + page.usable, _baseline(top, font, value_row), value)


def _draw_banner(page: _Page, height: float, draw_text: Draw, canvas: Canvas, top: float) -> None:
    canvas.setLineWidth(1.5)
    canvas.rect(page.left, top - height, page.usable, height, stroke=1, fill=0)
    draw_text(canvas, top)


def _draw_rule(page: _Page, heavy: bool, offset: float, canvas: Canvas, top: float) -> None:
    canvas.saveState()
    canvas.setLineWidth(1.0 if heavy else 0.5)
    if not heavy:
        canvas.setDash(2, 2)
    y = top - offset
    canvas.line(page.left, y, page.left + page.usable, y)
    canvas.restoreState()


def _draw_barcode(page: _Page, code: str, height: float, canvas: Canvas, top: float) -> None:
    drawing = barcode_drawing(code, page.usable, height)
    renderPDF.draw(drawing, canvas, page.left + (page.usable - drawing.width) / 2, top - height)


def _draw_qr(page: _Page, data: str, side: float, canvas: Canvas, top: float) -> None:
    # Sizing the widget directly (not by a transform of its bounds) spares encoding the code twice.
    widget = QrCodeWidget(data, barWidth=side, barHeight=side, barBorder=2)
    drawing = Drawing(side, side)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, page.left + (page.usable - side) / 2, top - side)


def _draw_picture(page: _Page, png: bytes, width: float, height: float, canvas: Canvas, top: float) -> None:
    canvas.drawImage(ImageReader(io.BytesIO(png)), page.left + (page.usable - width) / 2, top - height, width, height)


def _draw_nothing(canvas: Canvas, top: float) -> None:
    """A gap draws nothing; its height is the point."""
