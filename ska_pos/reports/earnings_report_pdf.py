"""Every worker's earnings for a period on A4, with totals and the ledger check, for the office file."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.earnings_model import EarningsReport, EarningsRow
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts
from ska_pos.reports.page_numbers import numbered_canvas

_MARGIN = 14 * mm
_ROWS_PER_TABLE = 200  # many small tables split across pages far faster than one long one
_BODY = ParagraphStyle("earnings-body", fontName=SANS, fontSize=9, leading=11)
_TITLE = ParagraphStyle("earnings-title", fontName=SANS_BOLD, fontSize=16, leading=20)
_SUBTITLE = ParagraphStyle("earnings-subtitle", fontName=SANS_BOLD, fontSize=11, leading=14)
_HEAD = ParagraphStyle("earnings-head", fontName=SANS_BOLD, fontSize=8, leading=9.5)
_HEAD_AMOUNT = ParagraphStyle("earnings-head-amount", parent=_HEAD, alignment=2)  # right, over the amounts
_WEIGHTS = (0.08, 0.17, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125)


def render_earnings_report_pdf(report: EarningsReport) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_MARGIN,
                            bottomMargin=_MARGIN + 5 * mm, title=_title(report), creator="SKA POS")  # fmt: skip
    width = doc.width - 12
    story: list[Any] = [*_heading(report), *_tables(report, width), _check(report, width)]
    doc.build(story, canvasmaker=numbered_canvas(lambda canvas, n, count: _footer(report, canvas, n, count)))
    return buffer.getvalue()


def _title(report: EarningsReport) -> str:
    return f"{gettext('Worker earnings', report.language)} {_period(report)}"


def _period(report: EarningsReport) -> str:
    return fmt.period(report.period_from, report.period_to, report.language)


def _heading(report: EarningsReport) -> list[Any]:
    lang = report.language
    made = gettext("Generated {moment}", lang).format(moment=fmt.date_time(report.generated_at, lang))
    return [
        Paragraph(escape(gettext("Worker earnings", lang)), _TITLE),
        Paragraph(escape(report.sentra_name), _SUBTITLE),
        Paragraph(escape(gettext("Period: {period}", lang).format(period=_period(report)) + " · " + made), _BODY),
        Spacer(1, 4 * mm),
    ]


def _tables(report: EarningsReport, width: float) -> list[Table]:
    lang = report.language
    names = [gettext("Code", lang), gettext("Name", lang), gettext("Credited revenue", lang),
             gettext("Opening balance", lang), gettext("Earnings", lang), gettext("Tips", lang),
             gettext("Payouts", lang), gettext("Balance", lang)]  # fmt: skip
    header = [Paragraph(escape(name), _HEAD if column < 2 else _HEAD_AMOUNT) for column, name in enumerate(names)]
    body = [_cells(row, lang) for row in report.rows]
    chunks = [body[i : i + _ROWS_PER_TABLE] for i in range(0, len(body), _ROWS_PER_TABLE)] or [[]]
    tables = []
    for index, chunk in enumerate(chunks):
        rows: list[list[Any]] = [header, *chunk]
        last = index == len(chunks) - 1
        if last:
            rows.append([gettext("Total", lang), "", *_cells(report.total, lang)[2:]])
        tables.append(_styled(rows, width, with_total=last))
    return tables


def _cells(row: EarningsRow, lang: str) -> list[Any]:
    amounts = (row.credited_revenue, row.opening_balance, row.earnings, row.tips, row.payouts, row.balance)
    return [row.worker_code, Paragraph(escape(row.worker_name), _BODY), *[fmt.rupiah(a, lang) for a in amounts]]


def _styled(rows: list[list[Any]], width: float, *, with_total: bool) -> Table:
    table = Table(rows, colWidths=[width * w for w in _WEIGHTS], repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, 9),
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8.5),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
    ]
    if with_total:
        commands += [("FONT", (0, -1), (-1, -1), SANS_BOLD, 9), ("LINEABOVE", (0, -1), (-1, -1), 0.75, colors.black)]
    table.setStyle(TableStyle(commands))
    return table


def _check(report: EarningsReport, width: float) -> KeepTogether:
    lang = report.language
    rows = [
        [gettext("Net revenue of the period", lang), fmt.rupiah(report.net_revenue, lang)],
        [gettext("Workers' earnings", lang), fmt.rupiah(report.total.earnings, lang)],
        [gettext("Outlets' share", lang), fmt.rupiah(report.outlet_share, lang)],
        [gettext("Ledger balanced", lang), gettext("Yes", lang) if report.balanced else gettext("NO", lang)],
    ]
    table = Table(rows, colWidths=[width * 0.5, width * 0.2], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9), ("FONT", (0, -1), (-1, -1), SANS_BOLD, 9),
                               ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.75, colors.black)]))  # fmt: skip
    return KeepTogether([Spacer(1, 6 * mm), table])


def _footer(report: EarningsReport, canvas: Canvas, number: int, count: int) -> None:
    canvas.saveState()
    canvas.setFont(SANS, 7.5)
    canvas.drawString(_MARGIN + 6, 10 * mm, _title(report))
    label = gettext("Page {number} of {count}", report.language).format(number=number, count=count)
    canvas.drawRightString(A4[0] - _MARGIN - 6, 10 * mm, label)
    canvas.restoreState()
