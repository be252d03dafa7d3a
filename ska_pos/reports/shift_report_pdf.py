"""The shift report as a PDF: on 80 or 58 mm thermal paper, or on A4 for the office file.

Both are drawn from the same blocks (`shift_report_layout`), so the paper copy and the printed slip always agree;
on A4 the blocks become a readable column in the middle of the page.
"""

from __future__ import annotations

import io
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from ska_pos.reports.blocks import Align, Block, Gap, Pair, Rule, Style, Text
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts
from ska_pos.reports.shift_report_layout import shift_report_blocks, shift_report_title
from ska_pos.reports.shift_report_model import ShiftReport
from ska_pos.reports.thermal_pdf import render_blocks_pdf

Paper = Literal["a4", "thermal80", "thermal58"]

_COLUMN_WIDTH = 130 * mm
_FRAME_PADDING = 6  # SimpleDocTemplate's frame keeps 6 pt inside the margins
_SIZES: dict[Style, tuple[str, float]] = {
    "normal": (SANS, 10),
    "small": (SANS, 8.5),
    "bold": (SANS_BOLD, 10),
    "title": (SANS_BOLD, 16),
    "total": (SANS_BOLD, 13),
    "banner": (SANS_BOLD, 14),
}
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def render_shift_report_pdf(report: ShiftReport, paper: Paper = "thermal80") -> bytes:
    blocks = shift_report_blocks(report)
    title = shift_report_title(report)
    if paper in ("thermal80", "thermal58"):
        return render_blocks_pdf(blocks, 80 if paper == "thermal80" else 58, title=title)
    if paper == "a4":
        return _render_a4(blocks, title)
    raise ValueError(f"unknown paper {paper!r}; choose a4, thermal80 or thermal58")


def _render_a4(blocks: list[Block], title: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    side = (A4[0] - _COLUMN_WIDTH) / 2
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=side,
        rightMargin=side,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=title,
        creator="SKA POS",
    )
    doc.build([_flowable(block, doc.width - 2 * _FRAME_PADDING) for block in blocks])
    return buffer.getvalue()


def _style(style: Style, align: Align = "left", indent: bool = False) -> ParagraphStyle:
    font, size = _SIZES[style]
    return ParagraphStyle(
        f"{style}-{align}-{indent}",
        fontName=font,
        fontSize=size,
        leading=size * 1.3,
        alignment=_ALIGN[align],
        leftIndent=6 * mm if indent else 0,
    )


def _flowable(block: Block, width: float) -> Flowable:
    if isinstance(block, Text):
        return Paragraph(escape(block.text), _style(block.style, block.align, block.indent))
    if isinstance(block, Pair):
        return _pair(block, width)
    if isinstance(block, Rule):
        return HRFlowable(
            width="100%",
            thickness=1.0 if block.heavy else 0.5,
            color=colors.black,
            dash=None if block.heavy else [2, 2],
            spaceBefore=3,
            spaceAfter=3,
        )
    assert isinstance(block, Gap)
    return Spacer(1, 3 * mm)


def _pair(block: Pair, width: float) -> Table:
    left = Paragraph(escape(block.left), _style(block.style, "left", block.indent))
    right = Paragraph(escape(block.right), _style(block.style, "right"))
    table = Table([[left, right]], colWidths=[width * 0.62, width * 0.38], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    table.setStyle(TableStyle(commands))
    return table
