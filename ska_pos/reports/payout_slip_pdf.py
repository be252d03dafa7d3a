"""The payout slip as a PDF: A4 for the office file, or 80 mm (or 58 mm) thermal paper from the till printer."""

from __future__ import annotations

import io
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ska_pos.i18n import gettext
from ska_pos.reports.blocks import Block, Gap, Pair, Rule, Style, Text
from ska_pos.reports.earnings_model import PayoutSlip
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts
from ska_pos.reports.payout_slip_rows import (
    SlipRow,
    earnings_rows,
    heading_rows,
    payment_rows,
    remarks,
    slip_title,
)
from ska_pos.reports.signature_lines import signature_block
from ska_pos.reports.thermal_pdf import render_blocks_pdf

Paper = Literal["a4", "thermal80", "thermal58"]
PAPERS: tuple[Paper, ...] = ("a4", "thermal80", "thermal58")

_MARGIN = 18 * mm
_BODY = ParagraphStyle("slip-body", fontName=SANS, fontSize=11, leading=14)
_BOLD = ParagraphStyle("slip-bold", parent=_BODY, fontName=SANS_BOLD)
_TOTAL = ParagraphStyle("slip-total", parent=_BODY, fontName=SANS_BOLD, fontSize=15, leading=19)
_TOTAL_RIGHT = ParagraphStyle("slip-total-right", parent=_TOTAL, alignment=TA_RIGHT)
_RIGHT = ParagraphStyle("slip-right", parent=_BODY, alignment=TA_RIGHT)
_BOLD_RIGHT = ParagraphStyle("slip-bold-right", parent=_BOLD, alignment=TA_RIGHT)
_TITLE = ParagraphStyle("slip-title", fontName=SANS_BOLD, fontSize=18, leading=23)
_SUBTITLE = ParagraphStyle("slip-subtitle", parent=_BODY, fontSize=12, leading=16)
# A blank line that simpleSplit keeps, so the thumbprint box on thermal paper has room.
_EMPTY_LINE = "\u200b"


def render_payout_slip_pdf(slip: PayoutSlip, paper: Paper = "a4") -> bytes:
    if paper == "a4":
        return _render_a4(slip)
    if paper in ("thermal80", "thermal58"):
        return render_blocks_pdf(payout_slip_blocks(slip), 80 if paper == "thermal80" else 58, title=_title(slip))
    raise ValueError(f"unknown paper {paper!r}; choose a4, thermal80 or thermal58")


def _title(slip: PayoutSlip) -> str:
    return f"{slip_title(slip)} {slip.slip_no}"


def _render_a4(slip: PayoutSlip) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_MARGIN,
                            bottomMargin=_MARGIN, title=_title(slip), creator="SKA POS")  # fmt: skip
    width = doc.width - 12
    story: list[Any] = [
        Paragraph(escape(slip_title(slip)), _TITLE),
        Paragraph(escape(slip.sentra_name), _SUBTITLE),
        Spacer(1, 4 * mm),
        _rows_table(heading_rows(slip), width, ruled=False),
        Spacer(1, 5 * mm),
        _rows_table(earnings_rows(slip), width),
        Spacer(1, 5 * mm),
        _rows_table(payment_rows(slip), width),
    ]
    story += [Spacer(1, 3 * mm), *[Paragraph(escape(text), _BODY) for text in remarks(slip)]]
    lang = slip.language
    story.append(signature_block(gettext("Received by (worker)", lang), slip.worker_name,
                                 gettext("Paid by (manager)", lang), slip.manager_name, language=lang, width=width,
                                 style=_BODY))  # fmt: skip
    doc.build(story)
    return buffer.getvalue()


def _rows_table(rows: list[SlipRow], width: float, *, ruled: bool = True) -> Table:
    styles = {"normal": (_BODY, _RIGHT), "bold": (_BOLD, _BOLD_RIGHT), "total": (_TOTAL, _TOTAL_RIGHT)}
    cells = [[Paragraph(escape(row.label), styles[row.style][0]), Paragraph(escape(row.value), styles[row.style][1])]
             for row in rows]  # fmt: skip
    table = Table(cells, colWidths=[width * 0.6, width * 0.4])
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if ruled:
        commands += [("BOX", (0, 0), (-1, -1), 0.75, colors.black),
                     ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#999999"))]  # fmt: skip
    for index, row in enumerate(rows):
        if row.style == "total":
            commands.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor("#E8E8E8")))
    table.setStyle(TableStyle(commands))
    return table


def payout_slip_blocks(slip: PayoutSlip) -> list[Block]:
    lang = slip.language
    return [
        Text(slip_title(slip).upper(), "title", "center"),
        Text(slip.sentra_name, "bold", "center"),
        Rule(heavy=True),
        *_pairs(heading_rows(slip)),
        Rule(),
        *_pairs(earnings_rows(slip)),
        Rule(heavy=True),
        *_pairs(payment_rows(slip)),
        Rule(heavy=True),
        *[Text(text, "small") for text in remarks(slip)],
        *_signature(gettext("Received by (worker)", lang), slip.worker_name, lang, thumbprint=True),
        *_signature(gettext("Paid by (manager)", lang), slip.manager_name, lang, thumbprint=False),
    ]


def _signature(role: str, name: str, language: str, *, thumbprint: bool) -> list[Block]:
    blocks: list[Block] = [Gap(), Text(role, "bold")]
    if thumbprint:
        blocks.append(Text("\n".join([gettext("Thumbprint", language), *[_EMPTY_LINE] * 3]), "banner"))
    return [
        *blocks,
        *[Gap()] * 4,
        Rule(heavy=True),
        Text(gettext("Name: {name}", language).format(name=name)),
        Text(gettext("Date: {date}", language).format(date=""), "small"),
    ]


def _pairs(rows: list[SlipRow]) -> list[Block]:
    styles: dict[str, Style] = {"normal": "normal", "bold": "bold", "total": "total"}
    return [Pair(row.label, row.value, styles[row.style]) for row in rows]
