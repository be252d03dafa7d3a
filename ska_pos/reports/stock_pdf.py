"""Stock documents on A4: the gross margin report (and its CSV rows) and the receiving note a supplier's delivery or a
maker's consignment is signed on."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts
from ska_pos.reports.page_numbers import numbered_canvas
from ska_pos.reports.stock_models import MarginReport, MarginRow, StockNote, sum_rows

MARGIN_CSV_COLUMNS = ("level", "outlet", "category", "sku", "name", "quantity", "revenue", "cost", "margin",
                      "margin_percent")  # fmt: skip

_MARGIN = 15 * mm
_TITLE = ParagraphStyle("stock-title", fontName=SANS_BOLD, fontSize=15, leading=19)
_SUBTITLE = ParagraphStyle("stock-subtitle", fontName=SANS_BOLD, fontSize=11, leading=15, spaceBefore=8)
_BODY = ParagraphStyle("stock-body", fontName=SANS, fontSize=9, leading=12)
_HEADER = ParagraphStyle("stock-header", fontName=SANS_BOLD, fontSize=8, leading=10)
_HEADER_RIGHT = ParagraphStyle("stock-header-right", parent=_HEADER, alignment=TA_RIGHT)


def margin_csv_rows(report: MarginReport) -> Iterator[tuple[Any, ...]]:
    for level, rows in (("item", report.items), ("category", report.by_category()), ("outlet", report.by_outlet())):
        for row in rows:
            yield (level, row.outlet_code, row.category, row.sku, row.name, str(row.quantity), row.revenue, row.cost,
                   row.margin, "" if row.margin_bp is None else f"{row.margin_bp / 100:.2f}")  # fmt: skip


def margin_title(report: MarginReport, language: str) -> str:
    return gettext("Gross margin {outlets} {period}", language).format(
        outlets=", ".join(report.outlet_codes), period=fmt.period(report.date_from, report.date_to, language)
    )


def render_margin_pdf(report: MarginReport, language: str) -> bytes:
    register_fonts()  # before the first Paragraph names them
    story: list[Any] = [
        Paragraph(escape(gettext("Gross margin", language)), _TITLE),
        Paragraph(escape(margin_title(report, language)), _BODY),
        Paragraph(
            escape(gettext("Items whose stock is tracked, at the cost frozen when each was sold.", language)), _BODY
        ),
        Spacer(1, 4 * mm),
        Paragraph(escape(gettext("By outlet", language)), _SUBTITLE),
        _margin_table(
            [gettext("Outlet", language)], [[r.outlet_code] for r in report.by_outlet()], report.by_outlet(), language
        ),
        Paragraph(escape(gettext("By category", language)), _SUBTITLE),
        _margin_table(
            [gettext("Outlet", language), gettext("Category", language)],
            [[r.outlet_code, r.category or "-"] for r in report.by_category()],
            report.by_category(),
            language,
        ),
        Paragraph(escape(gettext("By item", language)), _SUBTITLE),
        _margin_table(
            [gettext("Outlet", language), gettext("Item", language)],
            [[r.outlet_code, f"{r.sku} {r.name}"] for r in report.items],
            report.items,
            language,
        ),
    ]
    return _build(story, margin_title(report, language), language)


def _margin_table(labels: list[str], keys: list[list[str]], rows: Sequence[MarginRow], language: str) -> Table:
    headers = [
        *labels,
        gettext("Quantity", language),
        gettext("Sales", language),
        gettext("Cost", language),
        gettext("Margin", language),
        gettext("Margin %", language),
    ]
    body: list[list[Any]] = [[Paragraph(escape(h), _HEADER if i < len(labels) else _HEADER_RIGHT)
                              for i, h in enumerate(headers)]]  # fmt: skip
    for key, row in zip(keys, rows, strict=True):
        body.append([*(Paragraph(escape(k), _BODY) for k in key), *_margin_cells(row, language)])
    if not rows:
        body.append([gettext("No sales of tracked items in this period", language)] + [""] * (len(headers) - 1))
    total = sum_rows(rows) if rows else None
    if total is not None:
        body.append([gettext("Total", language), *[""] * (len(labels) - 1), *_margin_cells(total, language)])
    weights = [1.0] + [2.6] * (len(labels) - 1) + [1.2, 1.9, 1.9, 1.9, 1.5]
    return _styled(body, weights, has_total=total is not None)


def _margin_cells(row: MarginRow, language: str) -> list[str]:
    percent = "-" if row.margin_bp is None else fmt.rate_bp(row.margin_bp, language)
    return [fmt.quantity(row.quantity, language), fmt.rupiah(row.revenue, language), fmt.rupiah(row.cost, language),
            fmt.rupiah(row.margin, language), percent]  # fmt: skip


_NOTE_TITLES = {
    "receive": "Receiving note",
    "consign_in": "Consignment note (titip jual)",
    "consign_return": "Consigned pieces returned to the maker",
}
_PARTY = {"receive": "Supplier", "consign_in": "Maker", "consign_return": "Maker"}


def note_title(note: StockNote, language: str) -> str:
    return f"{gettext(_NOTE_TITLES[note.kind], language)} {note.number}"


def render_stock_note_pdf(note: StockNote, language: str) -> bytes:
    register_fonts()
    at = note.at.astimezone(ZoneInfo(note.timezone))
    price = gettext("Agreed price", language) if note.kind != "receive" else gettext("Unit cost", language)
    details = [
        (gettext(_PARTY[note.kind], language), note.party),
        (gettext("Outlet", language), f"{note.outlet_name} ({note.outlet_code})"),
        (gettext("Date", language), fmt.date_time(at, language)),
        (gettext("Received by", language), note.by),
    ]
    if note.reference:
        details.append((gettext("Reference", language), note.reference))
    if note.note:
        details.append((gettext("Note", language), note.note))
    facts = Table([[Paragraph(escape(k), _HEADER), Paragraph(escape(v), _BODY)] for k, v in details],
                  colWidths=[40 * mm, 120 * mm])  # fmt: skip
    headers = [gettext("Item", language), gettext("Quantity", language), price, gettext("Amount", language)]
    body: list[list[Any]] = [[Paragraph(escape(h), _HEADER if i == 0 else _HEADER_RIGHT) for i, h in
                              enumerate(headers)]]  # fmt: skip
    for line in note.lines:
        body.append([Paragraph(escape(f"{line.sku} {line.name}"), _BODY), fmt.quantity(line.quantity, language,
                     line.unit), fmt.rupiah(line.unit_cost, language), fmt.rupiah(line.amount, language)])  # fmt: skip
    body.append([gettext("Total", language), "", "", fmt.rupiah(note.total, language)])
    blank = "(............................)"
    signed = [[gettext("Handed over by", language), gettext("Received by", language)], ["", ""], [blank, blank]]
    signatures = Table(signed, colWidths=[80 * mm, 80 * mm], rowHeights=[6 * mm, 18 * mm, 6 * mm])
    signatures.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story: list[Any] = [Paragraph(escape(note_title(note, language)), _TITLE), Spacer(1, 3 * mm), facts,
                        Spacer(1, 5 * mm), _styled(body, [5.0, 1.3, 1.6, 1.8], has_total=True), Spacer(1, 12 * mm),
                        signatures]  # fmt: skip
    return _build(story, note_title(note, language), language)


def _styled(body: list[list[Any]], weights: list[float], *, has_total: bool) -> Table:
    width = A4[0] - 2 * _MARGIN - 12
    table = Table(body, colWidths=[width * w / sum(weights) for w in weights], repeatRows=1)
    style = [
        ("FONT", (0, 1), (-1, -1), SANS, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#BBBBBB")),
    ]
    numbers = sum(1 for cell in body[0] if isinstance(cell, Paragraph) and cell.style is _HEADER_RIGHT)
    style.append(("ALIGN", (len(body[0]) - numbers, 1), (-1, -1), "RIGHT"))
    if has_total:
        style += [("FONT", (0, -1), (-1, -1), SANS_BOLD, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.75, colors.black)]
    table.setStyle(TableStyle(style))
    return table


def _build(story: list[Any], title: str, language: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_MARGIN,
                            bottomMargin=_MARGIN + 5 * mm, title=title, creator="SKA POS")  # fmt: skip

    def footer(canvas: Canvas, number: int, count: int) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.drawString(_MARGIN + 6, 8 * mm, title)
        label = gettext("Page {number} of {count}", language).format(number=number, count=count)
        canvas.drawRightString(A4[0] - _MARGIN - 6, 8 * mm, label)
        canvas.restoreState()

    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()
