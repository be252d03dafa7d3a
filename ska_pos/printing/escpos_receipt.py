"""Receipts, kitchen tickets and the daily summary as ESC/POS commands for thermal printers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ska_pos.printing.escpos_blocks import start_document, write_blocks
from ska_pos.printing.escpos_env import prepare_escpos
from ska_pos.printing.escpos_text import columns_for
from ska_pos.reports.bag_tags import BagTags, every_bag
from ska_pos.reports.blocks import Block
from ska_pos.reports.daily_model import DailySummary
from ska_pos.reports.daily_thermal import daily_blocks
from ska_pos.reports.kitchen_layout import kitchen_blocks
from ska_pos.reports.order_ticket import OrderTicket, order_ticket_blocks
from ska_pos.reports.receipt_layout import receipt_blocks
from ska_pos.reports.receipt_model import KitchenTicket, ReceiptData

if TYPE_CHECKING:
    from escpos.escpos import Escpos

DRAWER_PIN = 2


def render_receipt_escpos(data: ReceiptData, printer: Escpos, paper_mm: int = 80, native_qr: bool = True) -> None:
    _print_document(printer, receipt_blocks(data), paper_mm, native_qr)


def render_kitchen_ticket_escpos(ticket: KitchenTicket, printer: Escpos, paper_mm: int = 80) -> None:
    _print_document(printer, kitchen_blocks(ticket), paper_mm)


def render_daily_summary_escpos(summary: DailySummary, printer: Escpos, paper_mm: int = 80) -> None:
    _print_document(printer, daily_blocks(summary), paper_mm)


def render_order_ticket_escpos(ticket: OrderTicket, printer: Escpos, paper_mm: int = 80) -> None:
    _print_document(printer, order_ticket_blocks(ticket), paper_mm)


def render_bag_tags_escpos(tags: BagTags, printer: Escpos, paper_mm: int = 80) -> None:
    """One tag for each bag, cut apart."""
    for blocks in every_bag(tags):
        _print_document(printer, blocks, paper_mm)


def open_cash_drawer(printer: Escpos) -> None:
    printer.cashdraw(DRAWER_PIN)


def _print_document(printer: Escpos, blocks: list[Block], paper_mm: int, native_qr: bool = True) -> None:
    columns = columns_for(paper_mm)
    start_document(printer)
    write_blocks(printer, blocks, columns, native_qr)
    printer.cut()


def escpos_bytes(render: Callable[[Escpos], None]) -> bytes:
    """The bytes `render` writes, collected without a printer."""
    prepare_escpos()
    from escpos.printer import Dummy

    dummy = Dummy()
    render(dummy)
    return bytes(dummy.output)
