"""Which printers a till uses: the receipt printer (and its cash drawer) and, in a café, the kitchen printer.

Stored as typed settings in the till's own scope (`till:<id>`), so every till of an outlet can have its own
printer. A till with no printer set (kind "none") keeps its receipts as PDF files in the data folder.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from ska_pos.db.models import Till
from ska_pos.i18n import _, current_language
from ska_pos.printing.errors import PrinterError
from ska_pos.printing.printer_address import parse_network, parse_serial, parse_usb
from ska_pos.printing.transports import PrinterKind, PrinterSettings
from ska_pos.reports.receipt_model import ReceiptData, ReceiptLine, ReceiptPayment
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.permissions import require_outlet_of, requires
from ska_pos.services.settings import ScopeSettings, SettingKey, scope_of, store_setting

PRINTER_KINDS: tuple[PrinterKind, ...] = ("network", "usb", "serial", "file", "pdf", "none")
DEVICE_KINDS: tuple[PrinterKind, ...] = ("network", "usb", "serial", "file")  # ESC/POS printers, through the queue
PAPER_WIDTHS = (58, 80)
MAX_COPIES = 5

RECEIPT_KIND = SettingKey("printer_kind", "none")
RECEIPT_ADDRESS = SettingKey("printer_address", "")
RECEIPT_PAPER_MM = SettingKey("printer_paper_mm", 80)
RECEIPT_COPIES = SettingKey("printer_copies", 1)
SHOW_WORKERS = SettingKey("printer_show_workers", True)
KICK_DRAWER = SettingKey("printer_kick_drawer", True)
NATIVE_QR = SettingKey("printer_native_qr", True)
KITCHEN_KIND = SettingKey("kitchen_printer_kind", "none")
KITCHEN_ADDRESS = SettingKey("kitchen_printer_address", "")
KITCHEN_PAPER_MM = SettingKey("kitchen_printer_paper_mm", 80)


@dataclass(frozen=True)
class TillPrinters:
    receipt: PrinterSettings
    kitchen: PrinterSettings  # kind "none" when no kitchen printer is set

    @property
    def prints_receipts(self) -> bool:
        return self.receipt.kind in DEVICE_KINDS

    @property
    def prints_kitchen_tickets(self) -> bool:
        return self.kitchen.kind in DEVICE_KINDS


def load_printers(session: Session, till_id: uuid.UUID) -> TillPrinters:
    settings = ScopeSettings(session, scope_of("till", till_id))  # one query: it runs inside every sale
    receipt = PrinterSettings(
        kind=_kind(settings.get(RECEIPT_KIND)),
        address=settings.get(RECEIPT_ADDRESS),
        paper_mm=_paper(settings.get(RECEIPT_PAPER_MM)),
        copies=min(max(settings.get(RECEIPT_COPIES), 1), MAX_COPIES),
        show_workers=settings.get(SHOW_WORKERS),
        kick_drawer=settings.get(KICK_DRAWER),
        native_qr=settings.get(NATIVE_QR),
    )
    kitchen = PrinterSettings(
        kind=_kind(settings.get(KITCHEN_KIND)),
        address=settings.get(KITCHEN_ADDRESS),
        paper_mm=_paper(settings.get(KITCHEN_PAPER_MM)),
        kick_drawer=False,
    )
    return TillPrinters(receipt, kitchen)


def receipt_printer(session: Session, till_id: uuid.UUID) -> PrinterSettings:
    return load_printers(session, till_id).receipt


@requires("printer.settings")
def save_printers(session: Session, actor: Actor, till_id: uuid.UUID, printers: TillPrinters) -> None:
    """Supervisors and managers only; bad input raises ValidationError and writes nothing."""
    require_outlet_of(session, actor, Till, till_id)
    if not actor.has_role("supervisor"):
        raise PermissionDenied(_("Only a supervisor or manager can change the printer settings"))
    receipt, kitchen = check_printer(printers.receipt), check_printer(printers.kitchen)
    scope = scope_of("till", till_id)
    values: list[tuple[SettingKey[int] | SettingKey[str] | SettingKey[bool], int | str | bool]] = [
        (RECEIPT_KIND, receipt.kind), (RECEIPT_ADDRESS, receipt.address), (RECEIPT_PAPER_MM, receipt.paper_mm),
        (RECEIPT_COPIES, receipt.copies), (SHOW_WORKERS, receipt.show_workers), (KICK_DRAWER, receipt.kick_drawer),
        (NATIVE_QR, receipt.native_qr), (KITCHEN_KIND, kitchen.kind), (KITCHEN_ADDRESS, kitchen.address),
        (KITCHEN_PAPER_MM, kitchen.paper_mm),
    ]  # fmt: skip
    for key, value in values:
        store_setting(session, actor, scope, key, value)  # type: ignore[misc]
    audit.record(session, "printer_settings", user_id=actor.user_id, entity="till", entity_id=till_id,
                 till_id=till_id, receipt=f"{receipt.kind} {receipt.address}",
                 kitchen=f"{kitchen.kind} {kitchen.address}")  # fmt: skip


def check_printer(settings: PrinterSettings) -> PrinterSettings:
    """The settings with the address trimmed, or ValidationError with a message for the supervisor."""
    if settings.kind not in PRINTER_KINDS:
        raise ValidationError(_("Unknown printer kind {kind}", kind=settings.kind))
    if settings.paper_mm not in PAPER_WIDTHS:
        raise ValidationError(_("The paper must be 58 or 80 mm wide"))
    if not 1 <= settings.copies <= MAX_COPIES:
        raise ValidationError(_("Print between 1 and {most} copies", most=MAX_COPIES))
    address = settings.address.strip()
    try:
        if settings.kind == "network":
            parse_network(address)
        elif settings.kind == "usb":
            parse_usb(address)
        elif settings.kind == "serial":
            parse_serial(address)
    except PrinterError as error:
        raise ValidationError(error.message) from error
    if settings.kind == "file" and not address:
        raise ValidationError(_("No device file is set for the printer"))
    return replace(settings, address=address)


def printer_test_receipt(
    outlet_name: str, till_code: str, user_name: str, sold_at: datetime, language: str | None = None
) -> ReceiptData:
    """A small receipt that exercises the printer: accents, amounts, a worker's name, the QR code, and (when the
    drawer is set to open) a cash payment."""
    lang = language or current_language()
    line = ReceiptLine(_("Printer test"), Decimal(1), "", 1000, 1000, 0, 1000, ("Siti",), note="Café · Kopi Gula Aren")
    return ReceiptData(
        outlet_name=outlet_name, outlet_address="", header_lines=(), receipt_no="TEST", sold_at=sold_at,
        cashier_name=user_name, till_code=till_code, kind="sale", lines=(line,), subtotal=1000, discount_total=0,
        service_charge=0, service_rate_bp=0, tax_amount=0, tax_rate_bp=0, tax_included=False, total=1000, rounding=0,
        payments=(ReceiptPayment("cash", 1000),), tendered=1000, change=0,
        footer_lines=(_("If you can read this, the printer works."),), language=lang,
    )  # fmt: skip


def _kind(value: str) -> PrinterKind:
    for kind in PRINTER_KINDS:
        if kind == value:
            return kind
    return "none"


def _paper(value: int) -> int:
    return value if value in PAPER_WIDTHS else 80
