"""The daily summary as a PDF: A4 for the office, or condensed on 80 or 58 mm thermal paper."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ska_pos.i18n import gettext
from ska_pos.reports import daily_sections as sections
from ska_pos.reports import formatting as fmt
from ska_pos.reports.daily_model import DailySummary
from ska_pos.reports.daily_thermal import daily_blocks
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts
from ska_pos.reports.page_numbers import numbered_canvas
from ska_pos.reports.thermal_pdf import render_blocks_pdf

Paper = Literal["a4", "thermal80", "thermal58"]

_MARGIN = 14 * mm
_FRAME_PADDING = 6  # SimpleDocTemplate's frame keeps 6 pt inside the margins
_MIN_SPACE_FOR_SECTION = 35 * mm  # a section heading with less room than this starts a new page
_ROWS_PER_TABLE = 200  # one huge Table is slow to split across pages; many small ones are not
_BODY = ParagraphStyle("body", fontName=SANS, fontSize=8, leading=10)
_BODY_BOLD = ParagraphStyle("body-bold", parent=_BODY, fontName=SANS_BOLD)
_HEADER = ParagraphStyle("header", parent=_BODY, fontName=SANS_BOLD, fontSize=7.5, leading=9)
_HEADER_RIGHT = ParagraphStyle("header-right", parent=_HEADER, alignment=TA_RIGHT)
_TITLE = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=16, leading=20)
_SUBTITLE = ParagraphStyle("subtitle", fontName=SANS_BOLD, fontSize=12, leading=15)
_HEADING = ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3)


def render_daily_summary_pdf(summary: DailySummary, paper: Paper = "a4") -> bytes:
    if paper == "a4":
        return _render_a4(summary)
    if paper in ("thermal80", "thermal58"):
        width = 80 if paper == "thermal80" else 58
        return render_blocks_pdf(daily_blocks(summary), width, title=_document_title(summary))
    raise ValueError(f"unknown paper {paper!r}; choose a4, thermal80 or thermal58")


def _document_title(summary: DailySummary) -> str:
    day = fmt.short_date(summary.business_date, summary.language)
    return f"{gettext('Daily summary', summary.language)} {summary.scope_name} {day}"


def _render_a4(summary: DailySummary) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 5 * mm,
        title=_document_title(summary),
        creator="SKA POS",
    )
    width = doc.width - 2 * _FRAME_PADDING
    story: list[Any] = [*_heading(summary)]
    for table in sections.daily_tables(summary):
        story.extend(_table_flowables(table, width))
    story.append(_signatures(summary, width))
    doc.build(story, canvasmaker=numbered_canvas(lambda canvas, n, count: _footer(summary, canvas, n, count)))
    return buffer.getvalue()


def _heading(summary: DailySummary) -> list[Any]:
    lang = summary.language
    outlets = ", ".join(summary.outlet_codes)
    made = gettext("Generated {moment}", lang).format(moment=fmt.date_time(summary.generated_at, lang))
    return [
        Paragraph(escape(gettext("Daily summary", lang)), _TITLE),
        Paragraph(escape(summary.scope_name), _SUBTITLE),
        Paragraph(escape(fmt.long_date(summary.business_date, lang)), _BODY_BOLD),
        Paragraph(escape(gettext("Outlets: {codes}", lang).format(codes=outlets) + " · " + made), _BODY),
    ]


def _table_flowables(table: sections.Table, width: float) -> list[Any]:
    heading = Paragraph(escape(table.title), _HEADING)
    if not table.rows and table.total is None:
        return [heading, Paragraph(escape("–"), _BODY)]
    has_header = any(column.header for column in table.columns)
    header = [_header_row(table.columns)] if has_header else []
    body = [_body_row(table.columns, row) for row in table.rows]
    chunks = [body[i : i + _ROWS_PER_TABLE] for i in range(0, len(body), _ROWS_PER_TABLE)] or [[]]
    flowables: list[Any] = []
    for index, chunk in enumerate(chunks):
        rows = header + chunk
        is_last = index == len(chunks) - 1
        if is_last and table.total is not None:
            rows.append(_body_row(table.columns, table.total, bold=True))
        flowables.append(_styled_table(rows, table, width, has_header, is_last))
    return [CondPageBreak(_MIN_SPACE_FOR_SECTION), heading, *flowables]


def _header_row(columns: Sequence[sections.Column]) -> list[Any]:
    return [Paragraph(escape(column.header), _HEADER if column.kind == "text" else _HEADER_RIGHT) for column in columns]


def _body_row(columns: Sequence[sections.Column], row: sections.Row, bold: bool = False) -> list[Any]:
    style = _BODY_BOLD if bold else _BODY
    # Text cells wrap (long names); numbers stay plain strings, which is faster and never wraps.
    return [
        Paragraph(escape(cell), style) if column.kind == "text" else cell
        for column, cell in zip(columns, row, strict=True)
    ]


def _styled_table(
    rows: list[list[Any]], table: sections.Table, width: float, has_header: bool, with_total: bool
) -> Table:
    weights = [column.weight for column in table.columns]
    widths = [width * weight / sum(weights) for weight in weights]
    result = Table(rows, colWidths=widths, repeatRows=1 if has_header else 0)
    size = 8 if len(widths) <= 5 else 7.5  # wide tables (cash per shift) need the room
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, size),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, column in enumerate(table.columns):
        if column.kind != "text":
            commands.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
    if has_header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")))
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black))
    if with_total and table.total is not None:
        commands.append(("FONT", (0, -1), (-1, -1), SANS_BOLD, size))
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.75, colors.black))
    result.setStyle(TableStyle(commands))
    return result


def _signatures(summary: DailySummary, width: float) -> KeepTogether:
    """Where the cashier and the manager sign: a role, room to sign, a line, the name and the date."""
    lang = summary.language
    date_text = gettext("Date: {date}", lang).format(date=fmt.short_date(summary.generated_at.date(), lang))
    people = ((gettext("Cashier", lang), summary.cashier_name), (gettext("Manager", lang), summary.manager_name))
    rows: list[list[Any]] = [[], [], [], []]
    for column, (role, name) in enumerate(people):
        if column:
            for row in rows:
                row.append("")
        rows[0].append(Paragraph(escape(role), _BODY_BOLD))
        rows[1].append("")
        rows[2].append(Paragraph(escape(gettext("Name: {name}", lang).format(name=name)), _BODY))
        rows[3].append(Paragraph(escape(date_text), _BODY))
    table = Table(rows, colWidths=[width * 0.4, width * 0.2, width * 0.4], rowHeights=[None, 18 * mm, None, None])
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 2), (0, 2), 0.75, colors.black),
                ("LINEABOVE", (2, 2), (2, 2), 0.75, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([Spacer(1, 10 * mm), table])


def _footer(summary: DailySummary, canvas: Canvas, number: int, count: int) -> None:
    lang = summary.language
    canvas.saveState()
    canvas.setFont(SANS, 7.5)
    page_width = A4[0]
    canvas.drawString(_MARGIN + _FRAME_PADDING, 10 * mm, _document_title(summary))
    label = gettext("Page {number} of {count}", lang).format(number=number, count=count)
    canvas.drawRightString(page_width - _MARGIN - _FRAME_PADDING, 10 * mm, label)
    canvas.restoreState()
