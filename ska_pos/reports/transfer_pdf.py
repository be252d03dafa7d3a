"""The transfer note on A4, as the receiving note is laid out: from and to which outlet, who sent and who received,
and per item what was sent, what arrived and what was lost on the way (and why); signed by who handed the goods over
and who took them."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ska_pos.i18n import gettext
from ska_pos.reports import formatting as fmt
from ska_pos.reports.fonts import SANS, register_fonts
from ska_pos.reports.stock_models import TransferNote, TransferNoteLine
from ska_pos.reports.stock_pdf import _BODY, _HEADER, _HEADER_RIGHT, _TITLE, _build, _styled


def transfer_title(note: TransferNote, language: str) -> str:
    return f"{gettext('Transfer note', language)} {note.number}"


def render_transfer_note_pdf(note: TransferNote, language: str) -> bytes:
    register_fonts()
    zone = ZoneInfo(note.timezone)
    details = [
        (gettext("From outlet", language), note.from_outlet),
        (gettext("To outlet", language), note.to_outlet),
        (gettext("Sent", language), fmt.date_time(note.sent_at.astimezone(zone), language)),
        (gettext("Sent by", language), note.sent_by),
    ]
    if note.received_at is not None:
        details.append((gettext("Received", language), fmt.date_time(note.received_at.astimezone(zone), language)))
        details.append((gettext("Received by", language), note.received_by))
    else:
        details.append((gettext("Received", language), gettext("not yet: on the way", language)))
    if note.approved_by:
        details.append((gettext("Loss approved by", language), note.approved_by))
    if note.note:
        details.append((gettext("Note", language), note.note))
    facts = Table([[Paragraph(escape(k), _HEADER), Paragraph(escape(v), _BODY)] for k, v in details],
                  colWidths=[40 * mm, 120 * mm])  # fmt: skip
    headers = [gettext("Item", language), gettext("Sent", language), gettext("Arrived", language),
               gettext("Lost on the way", language)]  # fmt: skip
    body: list[list[Any]] = [[Paragraph(escape(h), _HEADER if i == 0 else _HEADER_RIGHT) for i, h in
                              enumerate(headers)]]  # fmt: skip
    body += [_line_cells(line, language) for line in note.lines]
    blank = "(............................)"
    signed = [[gettext("Handed over by", language), gettext("Received by", language)], ["", ""], [blank, blank]]
    signatures = Table(signed, colWidths=[80 * mm, 80 * mm], rowHeights=[6 * mm, 18 * mm, 6 * mm])
    signatures.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story: list[Any] = [Paragraph(escape(transfer_title(note, language)), _TITLE), Spacer(1, 3 * mm), facts,
                        Spacer(1, 5 * mm), _styled(body, [5.0, 1.4, 1.4, 1.6], has_total=False),
                        Spacer(1, 12 * mm), signatures]  # fmt: skip
    return _build(story, transfer_title(note, language), language)


def _line_cells(line: TransferNoteLine, language: str) -> list[Any]:
    what = f"{line.sku} {line.name}"
    if line.maker:
        what += " · " + gettext("consigned by {maker}", language).format(maker=line.maker)
    if line.loss_reason:
        what += " · " + gettext("why lost: {reason}", language).format(reason=line.loss_reason)
    arrived = "" if line.received is None else fmt.quantity(line.received, language, line.unit)
    lost = fmt.quantity(line.lost, language, line.unit) if line.lost else ""
    return [Paragraph(escape(what), _BODY), fmt.quantity(line.sent, language, line.unit), arrived, lost]
