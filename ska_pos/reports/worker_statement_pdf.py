"""The worker's statement on A4 in large print (body 14 pt): plain words, what they did, what it sold for, their
share, what was paid and what is still owed, with signature lines and a thumbprint box."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports import statement_sections as sections
from ska_pos.reports.earnings_model import WorkerStatement
from ska_pos.reports.fonts import SANS, SANS_BOLD, register_fonts
from ska_pos.reports.page_numbers import numbered_canvas
from ska_pos.reports.signature_lines import signature_block

BODY_POINTS = 14
_MARGIN = 16 * mm
_BODY = ParagraphStyle("statement-body", fontName=SANS, fontSize=BODY_POINTS, leading=BODY_POINTS * 1.3)
_BOLD = ParagraphStyle("statement-bold", parent=_BODY, fontName=SANS_BOLD)
_RIGHT = ParagraphStyle("statement-right", parent=_BODY, alignment=TA_RIGHT)
_BOLD_RIGHT = ParagraphStyle("statement-bold-right", parent=_BOLD, alignment=TA_RIGHT)
_DETAIL = ParagraphStyle("statement-detail", parent=_BODY, textColor=colors.HexColor("#333333"))
_BIG = ParagraphStyle("statement-big", parent=_BOLD, fontSize=20, leading=26)
_BIG_RIGHT = ParagraphStyle("statement-big-right", parent=_BIG, alignment=TA_RIGHT)
_TITLE = ParagraphStyle("statement-title", fontName=SANS_BOLD, fontSize=24, leading=30)
_HEADING = ParagraphStyle("statement-heading", parent=_BOLD, fontSize=17, leading=22, spaceBefore=10, spaceAfter=4)
_LINE = colors.HexColor("#888888")


def render_worker_statement_pdf(statement: WorkerStatement) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_MARGIN,
                            bottomMargin=_MARGIN + 6 * mm, title=_document_title(statement),
                            creator="SKA POS")  # fmt: skip
    width = doc.width - 12
    lang = statement.language
    story: list[Any] = [*_heading(statement), _summary(statement, width)]
    story += _work(statement, width)
    story += _simple_section(gettext("Corrections by the manager", lang), sections.adjustment_rows(statement), width)
    story += _simple_section(gettext("Paid to you", lang), sections.payment_rows(statement), width,
                             empty=gettext("Nothing was paid to you in this period.", lang))  # fmt: skip
    story.append(signature_block(gettext("The worker", lang), statement.worker_name, gettext("Manager", lang),
                                 statement.manager_name, language=lang, width=width, style=_BODY))  # fmt: skip
    doc.build(story, canvasmaker=numbered_canvas(lambda canvas, n, count: _footer(statement, canvas, n, count)))
    return buffer.getvalue()


def _document_title(statement: WorkerStatement) -> str:
    return f"{gettext('Your earnings', statement.language)} {statement.worker_name} {_period(statement)}"


def _period(statement: WorkerStatement) -> str:
    return fmt.period(statement.period_from, statement.period_to, statement.language)


def _heading(statement: WorkerStatement) -> list[Any]:
    lang = statement.language
    who = gettext("{name}, worker no. {code}", lang).format(name=statement.worker_name, code=statement.worker_code)
    return [
        Paragraph(escape(gettext("Your earnings", lang)), _TITLE),
        Paragraph(escape(statement.sentra_name), _BODY),
        Spacer(1, 3 * mm),
        Paragraph(escape(who), _BOLD),
        Paragraph(escape(gettext("Period: {period}", lang).format(period=_period(statement))), _BODY),
        Spacer(1, 5 * mm),
    ]


def _summary(statement: WorkerStatement, width: float) -> Table:
    rows = sections.summary_rows(statement)
    cells = [[Paragraph(escape(label), _BODY), Paragraph(escape(value), _RIGHT)] for label, value in rows[:-1]]
    cells.append([Paragraph(escape(rows[-1][0]), _BIG), Paragraph(escape(rows[-1][1]), _BIG_RIGHT)])
    table = Table(cells, colWidths=[width * 0.62, width * 0.38])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 1.5, colors.black),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#EDEDED")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))  # fmt: skip
    return table


def _work(statement: WorkerStatement, width: float) -> list[Any]:
    """One table per outlet (its name repeated with the header on a new page), then the total."""
    lang = statement.language
    heading = [CondPageBreak(45 * mm), Paragraph(escape(gettext("What you made or did", lang)), _HEADING)]
    explain = Paragraph(escape(gettext("Sold for: what buyers paid for your work, after discounts and without tax. "
                                       "Your share: the part of it that is yours.", lang)), _DETAIL)  # fmt: skip
    if not statement.lines:
        return [*heading, Paragraph(escape(gettext("Nothing was sold in this period.", lang)), _BODY)]
    header = [gettext("What", lang), gettext("How many", lang), gettext("Sold for", lang), gettext("Your share", lang)]
    header_row = [Paragraph(escape(h), _BOLD if i == 0 else _BOLD_RIGHT) for i, h in enumerate(header)]
    story: list[Any] = [*heading, explain, Spacer(1, 2 * mm)]
    for index, group in enumerate(sections.work_groups(statement)):
        top = [header_row] if index == 0 or group.outlet_name else []
        if group.outlet_name:
            top.append([Paragraph(escape(group.outlet_name), _BOLD), "", "", ""])
        story += [CondPageBreak(40 * mm), _work_table([*top, *map(_work_cells, group.rows)], width, len(top),
                                                      bool(group.outlet_name))]  # fmt: skip
    sold_for, share = sections.work_total(statement)
    total = [Paragraph(escape(gettext("Total", lang)), _BOLD), "", Paragraph(escape(sold_for), _BOLD_RIGHT),
             Paragraph(escape(share), _BOLD_RIGHT)]  # fmt: skip
    return [*story, _work_table([total], width, 0, False, total_row=True)]


def _work_table(rows: list[list[Any]], width: float, repeat: int, grouped: bool, *, total_row: bool = False) -> Table:
    table = Table(rows, colWidths=[width * f for f in (0.37, 0.15, 0.24, 0.24)], repeatRows=repeat)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, _LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if repeat:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black))
    if grouped:
        outlet_row = repeat - 1
        commands += [("SPAN", (0, outlet_row), (-1, outlet_row)),
                     ("BACKGROUND", (0, outlet_row), (-1, outlet_row), colors.HexColor("#EDEDED"))]  # fmt: skip
    if total_row:
        commands.append(("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def _work_cells(row: sections.WorkRow) -> list[Any]:
    what = [Paragraph(escape(row.what), _BODY)]
    if row.detail:
        what.append(Paragraph(escape(row.detail), _DETAIL))
    return [what, Paragraph(escape(row.how_many), _RIGHT), Paragraph(escape(row.sold_for), _RIGHT),
            Paragraph(escape(row.share), _RIGHT)]  # fmt: skip


def _simple_section(title: str, rows: list[tuple[str, str, str]], width: float, *, empty: str = "") -> list[Any]:
    if not rows and not empty:
        return []
    heading = Paragraph(escape(title), _HEADING)
    if not rows:
        return [KeepTogether([heading, Paragraph(escape(empty), _BODY)])]
    cells = [[Paragraph(escape(day), _BODY), Paragraph(escape(text), _BODY), Paragraph(escape(amount), _RIGHT)]
             for day, text, amount in rows]  # fmt: skip
    table = Table(cells, colWidths=[width * 0.25, width * 0.5, width * 0.25])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, _LINE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))  # fmt: skip
    return [CondPageBreak(35 * mm), heading, table]


def _footer(statement: WorkerStatement, canvas: Canvas, number: int, count: int) -> None:
    lang = statement.language
    canvas.saveState()
    canvas.setFont(SANS, 10)
    made = gettext("Generated {moment}", lang).format(moment=fmt.date_time(statement.generated_at, lang))
    canvas.drawString(_MARGIN + 6, 10 * mm, f"{statement.worker_code} · {made}")
    label = gettext("Page {number} of {count}", lang).format(number=number, count=count)
    canvas.drawRightString(A4[0] - _MARGIN - 6, 10 * mm, label)
    canvas.restoreState()
