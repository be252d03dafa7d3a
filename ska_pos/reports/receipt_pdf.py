"""Customer receipts and kitchen tickets as PDFs on 58 or 80 mm paper (previews, reprints, PDF "printers")."""

from __future__ import annotations

from ska_pos.reports.kitchen_layout import kitchen_blocks
from ska_pos.reports.receipt_layout import receipt_blocks
from ska_pos.reports.receipt_model import KitchenTicket, ReceiptData
from ska_pos.reports.thermal_pdf import render_blocks_pdf


def render_receipt_pdf(data: ReceiptData, paper_mm: int = 80) -> bytes:
    return render_blocks_pdf(receipt_blocks(data), paper_mm, title=data.receipt_no)


def render_kitchen_ticket_pdf(ticket: KitchenTicket, paper_mm: int = 80) -> bytes:
    return render_blocks_pdf(kitchen_blocks(ticket), paper_mm, title=ticket.receipt_no)
