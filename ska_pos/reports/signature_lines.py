"""Signature lines for documents a worker receives: the worker signs or leaves a thumbprint, the manager signs."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ska_pos.i18n import gettext
from ska_pos.reports.fonts import SANS, SANS_BOLD

_ROOM_TO_SIGN = 22 * mm
_THUMB_BOX = 28 * mm


def signature_block(
    worker_role: str, worker_name: str, manager_role: str, manager_name: str, *, language: str, width: float,
    style: ParagraphStyle,
) -> KeepTogether:  # fmt: skip
    """Worker on the left with a thumbprint box beside the line, manager on the right; a blank line to write the
    name on when none is known."""
    bold = ParagraphStyle(f"{style.name}-sign-bold", parent=style, fontName=_bold_of(style))
    small = ParagraphStyle(f"{style.name}-sign-small", parent=style, fontSize=style.fontSize * 0.75,
                           leading=style.leading * 0.75)  # fmt: skip

    def name_line(name: str) -> Paragraph:
        text = gettext("Name: {name}", language).format(name=name or "_" * 18)
        return Paragraph(escape(text), style)

    date_line = Paragraph(escape(gettext("Date: {date}", language).format(date="_" * 12)), style)
    thumb = Paragraph(escape(gettext("Thumbprint", language)), small)
    rows = [
        [Paragraph(escape(worker_role), bold), "", "", Paragraph(escape(manager_role), bold)],
        ["", thumb, "", ""],
        [name_line(worker_name), "", "", name_line(manager_name)],
        [date_line, "", "", date_line],
    ]
    side = width - _THUMB_BOX - 8 * mm
    widths = [side * 0.5, _THUMB_BOX, 8 * mm, side * 0.5]
    table = Table(rows, colWidths=widths, rowHeights=[None, _ROOM_TO_SIGN, None, None])
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("LINEABOVE", (0, 2), (0, 2), 0.9, colors.black),
                ("LINEABOVE", (3, 2), (3, 2), 0.9, colors.black),
                ("BOX", (1, 1), (1, 1), 0.9, colors.black),
                ("VALIGN", (1, 1), (1, 1), "TOP"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 1), (1, 1), 3),
                ("RIGHTPADDING", (0, 0), (0, -1), 6),
            ]
        )
    )
    return KeepTogether([Spacer(1, 8 * mm), table])


def _bold_of(style: ParagraphStyle) -> str:
    return SANS_BOLD if style.fontName == SANS else str(style.fontName)
