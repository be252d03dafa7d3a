"""Reaching the receipt printer the till is set up with, and sending it a document.

Every document is rendered to bytes first and sent in one write, so a printer that drops off mid-way never
gets half a command, and rendering never waits on the network. Whatever goes wrong reaches the caller as a
`PrinterError` with a message a cashier can act on; the sale itself is already committed by then.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial, wraps
from pathlib import Path
from typing import TYPE_CHECKING, Literal, ParamSpec

from ska_pos import clock
from ska_pos.i18n import _
from ska_pos.paths import data_dir
from ska_pos.printing.errors import PrinterError
from ska_pos.printing.escpos_env import prepare_escpos
from ska_pos.printing.escpos_receipt import (
    escpos_bytes,
    open_cash_drawer,
    render_kitchen_ticket_escpos,
    render_receipt_escpos,
)
from ska_pos.printing.printer_address import parse_network, parse_serial, parse_usb
from ska_pos.reports.receipt_model import KitchenTicket, ReceiptData

if TYPE_CHECKING:
    from escpos.escpos import Escpos

_P = ParamSpec("_P")
PrinterKind = Literal["network", "usb", "serial", "file", "pdf", "none"]

__all__ = ["PrinterError", "PrinterSettings", "open_printer", "send_bytes", "send_kitchen_ticket", "send_receipt"]


@dataclass(frozen=True)
class PrinterSettings:
    """How a till reaches its printer. `address`: "host:port" (network, port 9100 when left out), "VID:PID" in
    hex (usb), "COM3:9600" or "/dev/ttyUSB0:19200" (serial, 9600 baud when left out), a device file such as
    /dev/usb/lp0 (file), or the folder to save PDFs in (pdf; the data folder's "receipts" when empty)."""

    kind: PrinterKind = "none"
    address: str = ""
    paper_mm: int = 80
    copies: int = 1
    show_workers: bool = True
    kick_drawer: bool = True
    timeout_s: float = 5.0
    native_qr: bool = True  # False: QR codes go as a picture, for printers that lack the QR command


def _only_printer_errors(function: Callable[_P, None]) -> Callable[_P, None]:
    """Whatever goes wrong inside `function` (a bug, bad data, the disk) leaves it as a PrinterError."""

    @wraps(function)
    def guarded(*args: _P.args, **kwargs: _P.kwargs) -> None:
        try:
            function(*args, **kwargs)
        except PrinterError:
            raise
        except Exception as error:
            raise PrinterError(_("Printing failed: {error}", error=error)) from error

    return guarded


def open_printer(settings: PrinterSettings) -> Escpos:
    """A connected ESC/POS printer; the caller closes it."""
    try:
        printer = _make_printer(settings)
        printer.open()
    except PrinterError:
        raise
    except Exception as error:
        raise PrinterError(_unreachable(settings)) from error
    return printer


def _make_printer(settings: PrinterSettings) -> Escpos:
    prepare_escpos()
    from escpos import printer as printers

    kind, address = settings.kind, settings.address
    if kind == "network":
        host, port = parse_network(address)
        return printers.Network(host, port, timeout=settings.timeout_s)
    if kind == "usb":
        _require(printers.Usb, "USB", "pyusb")
        vendor, product = parse_usb(address)
        return printers.Usb(vendor, product, timeout=int(settings.timeout_s * 1000))
    if kind == "serial":
        _require(printers.Serial, _("serial port"), "pyserial")
        device, baudrate = parse_serial(address)
        return printers.Serial(device, baudrate, timeout=settings.timeout_s)
    if kind == "file":
        if not address.strip():
            raise PrinterError(_("No device file is set for the printer"))
        return printers.File(address)
    raise PrinterError(_("No receipt printer is set up for this till"))


def _require(printer_class: type[Escpos], connection: str, package: str) -> None:
    if not printer_class.is_usable():
        raise PrinterError(
            _(
                "Printing over {connection} needs the {package} package, which is not installed",
                connection=connection,
                package=package,
            )
        )


def _unreachable(settings: PrinterSettings) -> str:
    if settings.kind == "network":
        host, port = parse_network(settings.address)
        return _("Printer not reachable at {address}", address=f"{host}:{port}")
    if settings.kind == "usb":
        return _("USB printer {address} not found: is it switched on and plugged in?", address=settings.address)
    return _("Cannot open the printer at {address}", address=settings.address)


@_only_printer_errors
def send_bytes(settings: PrinterSettings, payload: bytes) -> None:
    """Write ready ESC/POS bytes (a PDF for the "pdf" kind is saved as a file instead)."""
    if settings.kind == "none":
        return
    if settings.kind == "pdf":
        _save_pdf(settings, payload, f"report-{clock.now():%Y%m%d-%H%M%S}Z")  # UTC: printing knows no outlet zone
        return
    printer = open_printer(settings)
    try:
        printer._raw(payload)
    except Exception as error:
        raise PrinterError(
            _("The printer at {address} stopped answering while printing", address=settings.address)
        ) from error
    finally:
        _close_quietly(printer)


@_only_printer_errors
def send_receipt(settings: PrinterSettings, data: ReceiptData) -> None:
    """Print `settings.copies` of the receipt, opening the cash drawer first when cash changed hands."""
    data = replace(data, show_workers=data.show_workers and settings.show_workers)
    if settings.kind == "pdf":
        from ska_pos.reports.receipt_pdf import render_receipt_pdf  # ReportLab: not at the start

        _save_pdf(settings, render_receipt_pdf(data, settings.paper_mm), _pdf_name(data))
        return
    kick = settings.kick_drawer and data.paid_in_cash and not data.is_copy
    render = partial(render_receipt_escpos, data, paper_mm=settings.paper_mm, native_qr=settings.native_qr)
    _send_rendered(settings, lambda printer: _copies(printer, render, settings.copies, kick))


@_only_printer_errors
def send_kitchen_ticket(settings: PrinterSettings, ticket: KitchenTicket) -> None:
    if settings.kind == "pdf":
        from ska_pos.reports.receipt_pdf import render_kitchen_ticket_pdf  # ReportLab: not at the start

        _save_pdf(settings, render_kitchen_ticket_pdf(ticket, settings.paper_mm), f"{ticket.receipt_no}-kitchen")
        return
    render = partial(render_kitchen_ticket_escpos, ticket, paper_mm=settings.paper_mm)
    _send_rendered(settings, lambda printer: _copies(printer, render, 1, kick=False))


def _copies(printer: Escpos, render: Callable[[Escpos], None], copies: int, kick: bool) -> None:
    if kick:
        open_cash_drawer(printer)
    for _copy in range(max(1, copies)):
        render(printer)


def _send_rendered(settings: PrinterSettings, render: Callable[[Escpos], None]) -> None:
    if settings.kind == "none":
        return
    # Rendered completely before connecting: a rendering problem never leaves half a receipt in the printer.
    send_bytes(settings, escpos_bytes(render))


def _pdf_name(data: ReceiptData) -> str:
    return f"{data.receipt_no}-copy" if data.is_copy else data.receipt_no


def _save_pdf(settings: PrinterSettings, pdf: bytes, name: str) -> None:
    folder = Path(settings.address) if settings.address else data_dir() / "receipts"
    safe_name = "".join(char if char.isalnum() or char in "-_." else "_" for char in name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{safe_name}.pdf").write_bytes(pdf)
    except OSError as error:
        raise PrinterError(
            _("Cannot save the PDF in {folder}: {error}", folder=folder, error=error.strerror or error)
        ) from error


def _close_quietly(printer: Escpos) -> None:
    # The document is already sent, or already failed: an error while closing changes nothing for the cashier.
    with contextlib.suppress(Exception):
        printer.close()
