from __future__ import annotations

import time
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest
from escpos.constants import CD_KICK_2
from escpos.escpos import Escpos

from ska_pos.i18n import set_language
from ska_pos.printing.escpos_receipt import (
    escpos_bytes,
    open_cash_drawer,
    render_kitchen_ticket_escpos,
    render_receipt_escpos,
)
from ska_pos.printing.printer_address import parse_network, parse_serial, parse_usb
from ska_pos.printing.transports import (
    PrinterError,
    PrinterSettings,
    open_printer,
    send_bytes,
    send_kitchen_ticket,
    send_receipt,
)
from ska_pos.reports.samples import sample_kitchen_ticket, sample_qris_receipt, sample_receipt

from .tcp_printer import closed_port, tcp_printer


def _sale_with_kick(printer: Escpos) -> None:
    open_cash_drawer(printer)
    render_receipt_escpos(sample_receipt(), printer)


def test_network_printer_receives_the_receipt() -> None:
    with tcp_printer() as printer:
        send_receipt(PrinterSettings("network", printer.address, timeout_s=2), sample_receipt())
        [received] = printer.wait_for(1)
    assert received == escpos_bytes(_sale_with_kick)
    assert received.startswith(CD_KICK_2)  # cash sale: the drawer opens first
    assert b"KSB-T1-261129-0042" in received
    assert b"Rp108.570" in received


def test_settings_choose_paper_copies_and_workers() -> None:
    settings = PrinterSettings("network", "", paper_mm=58, copies=2, show_workers=False, kick_drawer=False)
    with tcp_printer() as printer:
        send_receipt(replace(settings, address=printer.address), sample_receipt())
        [received] = printer.wait_for(1)
    data = replace(sample_receipt(), show_workers=False)
    one = escpos_bytes(partial(render_receipt_escpos, data, paper_mm=58))
    assert received == one + one
    assert b"Oleh:" not in received


def test_no_drawer_for_a_reprint_or_a_qris_sale() -> None:
    with tcp_printer() as printer:
        settings = PrinterSettings("network", printer.address)
        send_receipt(settings, sample_receipt(is_copy=True))
        send_receipt(settings, sample_qris_receipt())
        received = printer.wait_for(2)
    assert all(not payload.startswith(CD_KICK_2) for payload in received)
    assert any(b"SALINAN" in payload for payload in received)


def test_kitchen_ticket_over_the_network() -> None:
    with tcp_printer() as printer:
        send_kitchen_ticket(PrinterSettings("network", printer.address), sample_kitchen_ticket())
        [received] = printer.wait_for(1)
    assert received == escpos_bytes(partial(render_kitchen_ticket_escpos, sample_kitchen_ticket()))


def test_refused_connection_is_a_printer_error_at_once() -> None:
    port = closed_port()
    started = time.monotonic()
    with pytest.raises(PrinterError) as caught:
        send_receipt(PrinterSettings("network", f"127.0.0.1:{port}", timeout_s=1), sample_receipt())
    assert time.monotonic() - started < 1.5
    assert caught.value.message == f"Printer tidak terjangkau di 127.0.0.1:{port}"


def test_messages_follow_the_language() -> None:
    set_language("en")
    try:
        with pytest.raises(PrinterError, match=r"Printer not reachable at 127\.0\.0\.1"):
            open_printer(PrinterSettings("network", f"127.0.0.1:{closed_port()}", timeout_s=1))
    finally:
        set_language("id")


@pytest.mark.parametrize(
    "settings",
    [
        PrinterSettings("network", "printer:http"),
        PrinterSettings("usb", "epson"),
        PrinterSettings("file", " "),
        PrinterSettings("file", "/nonexistent-folder/lp0"),
        PrinterSettings("pdf"),
        PrinterSettings("none"),
    ],
)
def test_bad_settings_are_printer_errors(settings: PrinterSettings) -> None:
    with pytest.raises(PrinterError):
        open_printer(settings)


def test_a_missing_driver_package_is_explained() -> None:
    from escpos.printer import Serial

    if Serial.is_usable():
        pytest.skip("pyserial is installed here")
    with pytest.raises(PrinterError, match="pyserial"):
        send_receipt(PrinterSettings("serial", "/dev/ttyUSB0:19200"), sample_receipt())


def test_file_printer_gets_the_bytes(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.touch()
    send_bytes(PrinterSettings("file", str(device)), b"\x1b@hello\n")
    assert device.read_bytes() == b"\x1b@hello\n"


def test_pdf_kind_saves_the_receipt(tmp_path: Path) -> None:
    send_receipt(PrinterSettings("pdf", str(tmp_path)), sample_receipt(is_copy=True))
    saved = tmp_path / "KSB-T1-261129-0042-copy.pdf"
    assert saved.read_bytes().startswith(b"%PDF-")


def test_pdf_kind_in_an_unwritable_place(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(PrinterError, match="PDF"):
        send_receipt(PrinterSettings("pdf", str(blocker / "receipts")), sample_receipt())


def test_no_printer_prints_nothing() -> None:
    send_receipt(PrinterSettings("none"), sample_receipt())


def test_a_rendering_bug_still_arrives_as_printer_error() -> None:
    broken = replace(sample_receipt(), lines=(None,))  # type: ignore[arg-type]
    with tcp_printer() as printer, pytest.raises(PrinterError):
        send_receipt(PrinterSettings("network", printer.address), broken)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("192.168.1.50", ("192.168.1.50", 9100)),
        ("192.168.1.50:9101", ("192.168.1.50", 9101)),
        (" printer.local:9100 ", ("printer.local", 9100)),
        ("[fe80::1]:9100", ("fe80::1", 9100)),
        ("[fe80::1]", ("fe80::1", 9100)),
    ],
)
def test_network_addresses(text: str, expected: tuple[str, int]) -> None:
    assert parse_network(text) == expected


@pytest.mark.parametrize("text", ["", ":9100", "host:0", "host:99999", "host:port"])
def test_bad_network_addresses(text: str) -> None:
    with pytest.raises(PrinterError, match="tidak valid"):
        parse_network(text)


def test_usb_and_serial_addresses() -> None:
    assert parse_usb("04b8:0e15") == (0x04B8, 0x0E15)
    assert parse_usb("0x0416:0x5011") == (0x0416, 0x5011)
    assert parse_serial("COM3:9600") == ("COM3", 9600)
    assert parse_serial("/dev/ttyUSB0:19200") == ("/dev/ttyUSB0", 19200)
    assert parse_serial("COM3") == ("COM3", 9600)
    with pytest.raises(PrinterError):
        parse_usb("04b8")
    with pytest.raises(PrinterError):
        parse_serial("")
