"""The PBJT report on A4 (landscape: eleven columns), for the regional tax office, and its CSV rows.

Each column says what it is in the document's language; the base PBJT is charged on is called by the name the tax
office uses (DPP, dasar pengenaan pajak).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts
from ska_pos.reports.page_numbers import numbered_canvas
from ska_pos.reports.pbjt_model import PbjtFigures, PbjtReport

# Machine-readable CSV header: the same names in every language, like the sales export's.
CSV_COLUMNS = ("business_date", "receipts", "sales", "service_charge", "taxable_base", "pbjt", "voids_and_refunds",
               "reversed_base", "reversed_pbjt", "net_taxable_base", "net_pbjt")  # fmt: skip

_PAGE = landscape(A4)
_MARGIN = 12 * mm
_TITLE = ParagraphStyle("pbjt-title", fontName=SANS_BOLD, fontSize=15, leading=19)
_BODY = ParagraphStyle("pbjt-body", fontName=SANS, fontSize=8.5, leading=11)
_HEADER = ParagraphStyle("pbjt-header", fontName=SANS_BOLD, fontSize=7.5, leading=9)
_HEADER_RIGHT = ParagraphStyle("pbjt-header-right", parent=_HEADER, alignment=TA_RIGHT)


def csv_rows(report: PbjtReport) -> Iterator[tuple[Any, ...]]:
    for day in report.days:
        yield (day.day.isoformat(), *_numbers(day.figures))
    yield ("total", *_numbers(report.total))


def _numbers(figures: PbjtFigures) -> tuple[int, ...]:
    return (figures.receipts, figures.sales, figures.service_charge, figures.taxable_base, figures.pbjt,
            figures.reversals, figures.reversed_base, figures.reversed_pbjt, figures.net_base,
            figures.net_pbjt)  # fmt: skip


def document_title(report: PbjtReport, language: str) -> str:
    return gettext("PBJT report {outlet} {period}", language).format(
        outlet=report.outlet_code, period=fmt.period(report.date_from, report.date_to, language)
    )


def render_pbjt_pdf(report: PbjtReport, language: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=_PAGE, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_MARGIN,
                            bottomMargin=_MARGIN + 5 * mm, title=document_title(report, language),
                            creator="SKA POS")  # fmt: skip
    story: list[Any] = [*_heading(report, language), Spacer(1, 4 * mm), _table(report, language, doc.width - 12)]
    doc.build(story, canvasmaker=numbered_canvas(lambda canvas, n, count: _footer(report, language, canvas, n, count)))
    return buffer.getvalue()


def _heading(report: PbjtReport, language: str) -> list[Any]:
    rate = fmt.rate_bp(report.tax_rate_bp, language)
    period = fmt.period(report.date_from, report.date_to, language)
    prices = (
        gettext("prices include PBJT", language)
        if report.prices_include_tax
        else gettext("PBJT added to prices", language)
    )
    lines = [
        Paragraph(escape(gettext("PBJT report (restaurant tax)", language)), _TITLE),
        Paragraph(escape(f"{report.outlet_name} ({report.outlet_code})"), _BODY),
        Paragraph(escape(gettext("Period: {period}", language).format(period=period)), _BODY),
        Paragraph(escape(gettext("PBJT rate now: {rate}, {prices}", language).format(rate=rate, prices=prices)), _BODY),
    ]
    if report.outlet_address:
        lines.insert(2, Paragraph(escape(report.outlet_address), _BODY))
    return lines


def _table(report: PbjtReport, language: str, width: float) -> Table:
    headers = (gettext("Date", language), gettext("Receipts", language), gettext("Sales", language),
               gettext("Service charge", language), gettext("Taxable base (DPP)", language), gettext("PBJT", language),
               gettext("Voids and refunds", language), gettext("DPP reversed", language),
               gettext("PBJT reversed", language), gettext("Net DPP", language),
               gettext("Net PBJT", language))  # fmt: skip
    rows: list[list[Any]] = [[Paragraph(escape(header), _HEADER if index == 0 else _HEADER_RIGHT)
                              for index, header in enumerate(headers)]]  # fmt: skip
    for day in report.days:
        rows.append([fmt.short_date(day.day, language), *_cells(day.figures, language)])
    if not report.days:
        rows.append([gettext("No sales in this period", language)] + [""] * 10)
    rows.append([gettext("Total", language), *_cells(report.total, language)])
    weights = [1.1, 0.9, 1.3, 1.1, 1.3, 1.1, 1.2, 1.2, 1.1, 1.3, 1.2]
    table = Table(rows, colWidths=[width * w / sum(weights) for w in weights], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 1), (-1, -1), SANS, 8),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
                ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#BBBBBB")),
                ("FONT", (0, -1), (-1, -1), SANS_BOLD, 8),
                ("LINEABOVE", (0, -1), (-1, -1), 0.75, colors.black),
            ]
        )
    )
    return table


def _cells(figures: PbjtFigures, language: str) -> list[str]:
    return [str(figures.receipts), *(fmt.rupiah(amount, language) for amount in
            (figures.sales, figures.service_charge, figures.taxable_base, figures.pbjt)), str(figures.reversals),
            *(fmt.rupiah(amount, language) for amount in
              (figures.reversed_base, figures.reversed_pbjt, figures.net_base, figures.net_pbjt))]  # fmt: skip


def _footer(report: PbjtReport, language: str, canvas: Canvas, number: int, count: int) -> None:
    canvas.saveState()
    canvas.setFont(SANS, 7.5)
    canvas.drawString(_MARGIN + 6, 8 * mm, document_title(report, language))
    label = gettext("Page {number} of {count}", language).format(number=number, count=count)
    canvas.drawRightString(_PAGE[0] - _MARGIN - 6, 8 * mm, label)
    canvas.restoreState()
