"""The price list on A4: the outlet's name and the day, then each category's items with their prices."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts
from ska_pos.reports.page_numbers import numbered_canvas
from ska_pos.reports.price_list_model import PriceList, PriceListSection

_MARGIN = 16 * mm
_ROWS_PER_TABLE = 200  # many small tables split across pages far faster than one long one
_BODY = ParagraphStyle("prices-body", fontName=SANS, fontSize=10, leading=12.5)
_TITLE = ParagraphStyle("prices-title", fontName=SANS_BOLD, fontSize=18, leading=22)
_SUBTITLE = ParagraphStyle("prices-subtitle", fontName=SANS, fontSize=11, leading=14)
_SECTION = ParagraphStyle("prices-section", fontName=SANS_BOLD, fontSize=13, leading=16, spaceBefore=8, spaceAfter=3)
_WEIGHTS = (0.58, 0.18, 0.24)


def render_price_list_pdf(prices: PriceList) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_MARGIN,
                            bottomMargin=_MARGIN + 5 * mm, title=_title(prices), creator="SKA POS")  # fmt: skip
    story: list[Any] = _heading(prices)
    for section in prices.sections:
        story += _section(section, prices.language, doc.width)
    if not prices.sections:
        story.append(Paragraph(escape(gettext("No items for sale.", prices.language)), _BODY))
    doc.build(story, canvasmaker=numbered_canvas(lambda canvas, n, count: _footer(prices, canvas, n, count)))
    return buffer.getvalue()


def _title(prices: PriceList) -> str:
    return gettext("Price list", prices.language)


def _heading(prices: PriceList) -> list[Any]:
    lang = prices.language
    valid = gettext("Prices valid on {day}", lang).format(day=fmt.long_date(prices.day, lang))
    return [
        Paragraph(escape(prices.outlet_name), _TITLE),
        Paragraph(escape(f"{_title(prices)} · {valid}"), _SUBTITLE),
        Spacer(1, 4 * mm),
    ]


def _section(section: PriceListSection, lang: str, width: float) -> list[Any]:
    parts: list[Any] = [CondPageBreak(30 * mm), Paragraph(escape(section.title), _SECTION)]
    rows = [[Paragraph(escape(item.name), _BODY), item.sku, _price(item.price, item.unit, lang)]
            for item in section.items]  # fmt: skip
    for start in range(0, len(rows), _ROWS_PER_TABLE):
        table = Table(rows[start : start + _ROWS_PER_TABLE], colWidths=[width * w for w in _WEIGHTS])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), SANS, 10),
            ("FONT", (2, 0), (2, -1), SANS_BOLD, 10),
            ("TEXTCOLOR", (1, 0), (1, -1), colors.HexColor("#555555")),
            ("ALIGN", (2, 0), (2, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
        ]))  # fmt: skip
        parts.append(table)
    return parts


def _price(amount: int, unit: str, lang: str) -> str:
    """Rp5.000, and per kg, metre or litre where the item is sold by weight, length or volume."""
    if unit in ("kg", "m", "l", "ml"):
        return gettext("{price} / {unit}", lang).format(price=fmt.rupiah(amount, lang), unit=unit)
    return fmt.rupiah(amount, lang)


def _footer(prices: PriceList, canvas: Canvas, number: int, count: int) -> None:
    canvas.saveState()
    canvas.setFont(SANS, 8)
    canvas.drawString(
        _MARGIN, 10 * mm, f"{prices.outlet_name} · {_title(prices)} {fmt.short_date(prices.day, prices.language)}"
    )
    label = gettext("Page {number} of {count}", prices.language).format(number=number, count=count)
    canvas.drawRightString(A4[0] - _MARGIN, 10 * mm, label)
    canvas.restoreState()
