"""The order ticket as a PDF on thermal-paper width, for a till without a thermal printer: the same blocks the
printer gets (`order_ticket.py`), so the paper and the PDF say the same."""

from __future__ import annotations

from ska_pos.reports.order_ticket import OrderTicket, order_ticket_blocks
from ska_pos.reports.thermal_pdf import render_blocks_pdf


def render_order_ticket_pdf(ticket: OrderTicket, paper_mm: int = 80) -> bytes:
    return render_blocks_pdf(order_ticket_blocks(ticket), paper_mm, title=ticket.order_no)
