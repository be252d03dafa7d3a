"""The count sheet of a stock take on A4: the items to count by category (the shelf they stand on), with empty columns
for the counted quantity and a note, and the signatures. Plain data in (`stock_models.CountSheet`), PDF bytes out.

The on-hand is left off on purpose: a counter who sees the expected figure tends to find it."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts
from ska_pos.reports.stock_models import CountSheet
from ska_pos.reports.stock_pdf import _BODY, _HEADER, _MARGIN, _SUBTITLE, _TITLE, _build

_CHUNK = 200  # rows per table: one huge table is slow to lay out (STACK.md)
_WIDTHS = (10, 28, 80, 16, 22, 24)  # mm: no, SKU, name, unit, counted, note


def count_sheet_title(sheet: CountSheet, language: str) -> str:
    return gettext("Count sheet {outlet}", language).format(outlet=sheet.outlet_code)


def render_count_sheet_pdf(sheet: CountSheet, language: str) -> bytes:
    register_fonts()
    started = fmt.date_time(sheet.started_at.astimezone(ZoneInfo(sheet.timezone)), language)
    covers = sheet.covers or gettext("the whole outlet", language)
    facts = gettext("{outlet}: {covers}, count started {started}", language).format(
        outlet=sheet.outlet_name, covers=covers, started=started
    )
    story: list[Any] = [Paragraph(escape(count_sheet_title(sheet, language)), _TITLE),
                        Paragraph(escape(facts), _BODY), Spacer(1, 3 * mm)]  # fmt: skip
    headers = [gettext(text, language) for text in ("No", "SKU", "Item", "Unit", "Counted", "Note")]
    number = 0
    for group in sheet.groups:
        # a heading is never left alone at a page's foot: it starts a new page when fewer than 3 rows would follow
        story += [
            CondPageBreak(30 * mm),
            Paragraph(escape(group.category or gettext("No category", language)), _SUBTITLE),
        ]
        for start in range(0, len(group.lines), _CHUNK):
            body: list[list[Any]] = [[Paragraph(escape(h), _HEADER) for h in headers]]
            for line in group.lines[start : start + _CHUNK]:
                number += 1
                name = escape(line.name) + (f"<br/>{escape(line.barcode)}" if line.barcode else "")
                body.append([str(number), line.sku, Paragraph(name, _BODY), line.unit, "", ""])
            story.append(_sheet_table(body))
    if number == 0:
        story.append(Paragraph(escape(gettext("No tracked items to count.", language)), _BODY))
    blank = "(............................)"
    signed = [[gettext("Counted by", language), gettext("Checked by", language)], ["", ""], [blank, blank]]
    signatures = Table(signed, colWidths=[80 * mm, 80 * mm], rowHeights=[6 * mm, 16 * mm, 6 * mm])
    signatures.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story += [Spacer(1, 8 * mm), KeepTogether([signatures])]
    return _build(story, count_sheet_title(sheet, language), language)


def _sheet_table(body: list[list[Any]]) -> Table:
    scale = (A4[0] - 2 * _MARGIN - 12) / (sum(_WIDTHS) * mm)
    table = Table(body, colWidths=[w * mm * scale for w in _WIDTHS], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), SANS, 9),
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F6F6F6")]),
        ("TOPPADDING", (0, 1), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
    ]))  # fmt: skip
    return table
