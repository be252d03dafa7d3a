"""A tab's kitchen ticket (a round, or a cancellation) on the till's kitchen printer, through the print queue."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from ska_pos.printing.escpos_receipt import escpos_bytes, render_kitchen_ticket_escpos
from ska_pos.printing.print_queue import PrintJob
from ska_pos.reports.receipt_model import KitchenTicket
from ska_pos.services.printer_settings import DEVICE_KINDS, load_printers
from ska_pos.services.receipt_output import TillPrinting


def queue_tab_ticket(printing: TillPrinting, ticket: KitchenTicket) -> bool:
    """Queued for the kitchen printer; False when the till has none set (the kitchen is then told by hand)."""
    with printing.database.reading() as session:
        settings = load_printers(session, printing.till_id).kitchen
    if settings.kind not in DEVICE_KINDS:
        return False
    payload = escpos_bytes(partial(render_kitchen_ticket_escpos, ticket, paper_mm=settings.paper_mm))
    printing.queue.submit(PrintJob.new("report", payload, replace(settings, kick_drawer=False, copies=1)))
    return True
