"""What happens to a sale's receipt after the sale commits: printed through the till's queue, or saved as a PDF.

The sale is already safe: nothing here can lose it. The window runs these on its database thread (`ui.ops`); they
hold no Qt object. A sale's receipt and kitchen-ticket jobs were recorded in the sale's own transaction
(`print_jobs.queue_sale_prints`); `dispatch_receipt` starts them, queues what was not recorded (a copy, a till
that had no printer then), or saves the PDF.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from ska_pos.db.database import Database
from ska_pos.i18n import _
from ska_pos.paths import data_dir, safe_file_name
from ska_pos.printing.errors import PrinterError
from ska_pos.printing.escpos_receipt import (
    escpos_bytes,
    render_bag_tags_escpos,
    render_daily_summary_escpos,
    render_order_ticket_escpos,
)
from ska_pos.printing.print_queue import PrintJob, PrintQueue
from ska_pos.printing.transports import PrinterSettings
from ska_pos.reports.bag_tags import MAX_BAGS, BagTags
from ska_pos.reports.daily_model import DailySummary
from ska_pos.reports.receipt_model import ReceiptData
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.state import load_order
from ska_pos.services.orders.ticket import order_ticket
from ska_pos.services.print_jobs import DatabaseJobStore, kitchen_ticket_if_cafe
from ska_pos.services.printer_settings import DEVICE_KINDS, load_printers
from ska_pos.services.receipts import receipt_data
from ska_pos.services.shifts import record_drawer_opening_for_sale


@dataclass(frozen=True)
class TillPrinting:
    """One till's print queue and where its jobs are kept."""

    database: Database
    till_id: uuid.UUID
    store: DatabaseJobStore
    queue: PrintQueue


@dataclass(frozen=True)
class ReceiptOutcome:
    receipt_no: str
    queued: bool  # True: on its way to the printer; False: saved as a PDF at `where`
    where: str
    waiting: int


def receipts_folder() -> Path:
    folder = data_dir() / "receipts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def dispatch_receipt(printing: TillPrinting, sale_id: uuid.UUID, *, copy: bool, open_drawer: bool) -> ReceiptOutcome:
    """Start the jobs the sale's transaction recorded, queue what it did not, or save the PDF."""
    with printing.database.reading() as session:
        printers = load_printers(session, printing.till_id)
        data = as_printed(receipt_data(session, sale_id, copy=copy), printers.receipt)
        recorded = set() if copy else printing.store.recorded_kinds(session, sale_id)
        wants_ticket = (
            printers.prints_kitchen_tickets and not copy and data.kind == "sale" and "kitchen" not in recorded
        )
        ticket = kitchen_ticket_if_cafe(session, sale_id, language=data.language) if wants_ticket else None
    queued = printers.prints_receipts or "receipt" in recorded
    if "receipt" in recorded:
        where = printers.receipt.address
    elif printers.prints_receipts:
        kick = printers.receipt.kick_drawer and open_drawer and not copy
        settings = replace(printers.receipt, kick_drawer=kick, copies=1 if copy else printers.receipt.copies)
        printing.queue.submit(PrintJob.new("receipt", data, settings))
        if kick:  # the drawer opens with this receipt: said in the till's journal (after: the receipt comes first)
            with printing.database.transaction() as session:
                record_drawer_opening_for_sale(session, printing.till_id, sale_id)
        where = printers.receipt.address
    else:
        where = str(save_receipt_pdf(data, printers.receipt))
    if ticket is not None:
        printing.queue.submit(PrintJob.new("kitchen", ticket, printers.kitchen))
    if recorded:
        printing.queue.pick_up()
    return ReceiptOutcome(data.receipt_no, queued, where, printing.store.count())


def pick_up_waiting(printing: TillPrinting) -> int:
    """What waited before a restart prints on its own too; returns how many jobs wait."""
    printing.queue.pick_up()
    return printing.store.count()


def render_receipt(database: Database, till_id: uuid.UUID, sale_id: uuid.UUID, *, copy: bool) -> tuple[str, bytes]:
    """Receipt number and PDF bytes on the till's paper."""
    with database.reading() as session:
        printers = load_printers(session, till_id)
        data = as_printed(receipt_data(session, sale_id, copy=copy), printers.receipt)
    from ska_pos.reports.receipt_pdf import render_receipt_pdf  # ReportLab: not at the start

    return data.receipt_no, render_receipt_pdf(data, printers.receipt.paper_mm)


def queue_daily_summary(printing: TillPrinting, summary: DailySummary) -> int:
    """The daily summary on the till's thermal printer, through the queue; returns how many jobs wait."""
    with printing.database.reading() as session:
        settings = load_printers(session, printing.till_id).receipt
    if settings.kind not in DEVICE_KINDS:
        raise PrinterError(_("No receipt printer is set up for this till"))
    payload = escpos_bytes(partial(render_daily_summary_escpos, summary, paper_mm=settings.paper_mm))
    printing.queue.submit(PrintJob.new("report", payload, replace(settings, kick_drawer=False, copies=1)))
    return printing.store.count()


def dispatch_order_ticket(printing: TillPrinting, order_id: uuid.UUID, language: str) -> ReceiptOutcome:
    """The order's ticket on the till's thermal printer, through the queue; at a till without one, saved as a PDF
    beside the receipts (the customer's copy can be printed from it)."""
    with printing.database.reading() as session:
        settings = load_printers(session, printing.till_id).receipt
        ticket = order_ticket(session, order_id, language)
    if settings.kind in DEVICE_KINDS:
        payload = escpos_bytes(partial(render_order_ticket_escpos, ticket, paper_mm=settings.paper_mm))
        printing.queue.submit(PrintJob.new("report", payload, replace(settings, kick_drawer=False, copies=1)))
        return ReceiptOutcome(ticket.order_no, True, settings.address, printing.store.count())
    from ska_pos.reports.order_ticket_pdf import render_order_ticket_pdf  # ReportLab: not at the start

    path = _order_pdf_folder(settings) / f"{safe_file_name(ticket.order_no)}.pdf"
    path.write_bytes(render_order_ticket_pdf(ticket, settings.paper_mm))
    return ReceiptOutcome(ticket.order_no, False, str(path), printing.store.count())


def dispatch_bag_tags(printing: TillPrinting, order_id: uuid.UUID, bags: int | None, language: str) -> ReceiptOutcome:
    """A tag for each of the order's `bags` (None: as many as it was taken in) on the till's thermal printer, else
    saved as one PDF (a tag a page)."""
    with printing.database.reading() as session:
        settings = load_printers(session, printing.till_id).receipt
        ticket = order_ticket(session, order_id, language)
        if bags is None:
            bags = load_order(session, order_id).bags
    if not 1 <= bags <= MAX_BAGS:
        raise ValidationError(_("An order has 1 to {count} bags", count=MAX_BAGS))
    tags = BagTags(ticket.outlet_name, ticket.order_no, ticket.customer, bags, language)
    if settings.kind in DEVICE_KINDS:
        payload = escpos_bytes(partial(render_bag_tags_escpos, tags, paper_mm=settings.paper_mm))
        printing.queue.submit(PrintJob.new("report", payload, replace(settings, kick_drawer=False, copies=1)))
        return ReceiptOutcome(ticket.order_no, True, settings.address, printing.store.count())
    from ska_pos.reports.bag_tags_pdf import render_bag_tags_pdf  # ReportLab: not at the start

    path = _order_pdf_folder(settings) / f"{safe_file_name(ticket.order_no)}-tags.pdf"
    path.write_bytes(render_bag_tags_pdf(tags, settings.paper_mm))
    return ReceiptOutcome(ticket.order_no, False, str(path), printing.store.count())


def _order_pdf_folder(settings: PrinterSettings) -> Path:
    use_address = settings.kind == "pdf" and settings.address.strip()
    folder = Path(settings.address.strip()) if use_address else receipts_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_receipt_pdf(data: ReceiptData, settings: PrinterSettings) -> Path:
    use_address = settings.kind == "pdf" and settings.address.strip()
    folder = Path(settings.address.strip()) if use_address else receipts_folder()
    folder.mkdir(parents=True, exist_ok=True)
    from ska_pos.reports.receipt_pdf import render_receipt_pdf  # ReportLab: not at the start

    path = folder / f"{safe_file_name(data.receipt_no)}{'-copy' if data.is_copy else ''}.pdf"
    path.write_bytes(render_receipt_pdf(data, settings.paper_mm))
    return path


def as_printed(data: ReceiptData, settings: PrinterSettings) -> ReceiptData:
    """Worker names only where both the outlet and this till's printer settings want them."""
    return replace(data, show_workers=data.show_workers and settings.show_workers)
