"""The printer settings dialog (with a test print on a real TCP printer), the printer-problems panel, the daily
summary dialog and the PDF preview's Print and Save, offscreen."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from printing.tcp_printer import closed_port, tcp_printer
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reports.pdf_text import read_pdf
from shop import Shop

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.settlement import Tender
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.printer_settings import load_printers
from ska_pos.ui.printing.daily_summary_dialog import DailySummaryDialog
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog
from ska_pos.ui.printing.print_status import PrintStatusWidget
from ska_pos.ui.printing.printer_settings_dialog import PrinterSettingsDialog

from .conftest import network, set_printers, till_session
from .day import DAY, NOON, build_day, sell

pytestmark = [pytest.mark.gui, pytest.mark.dates]
WAIT_MS = 10_000


def readable(output: bytes) -> str:
    return re.sub(r"\s+", " ", output.decode("cp437"))


def settings_dialog(shop: Shop, qtbot: QtBot, role: str = "supervisor") -> PrinterSettingsDialog:
    dialog = PrinterSettingsDialog(till_session(shop, role))
    qtbot.addWidget(dialog)
    if role != "cashier":
        qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=WAIT_MS)
    return dialog


def choose(combo: object, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))  # type: ignore[attr-defined]


def test_the_test_print_reaches_the_network_printer(shop: Shop, qtbot: QtBot) -> None:
    dialog = settings_dialog(shop, qtbot)
    assert dialog.kind.currentData() == "none"
    assert dialog.findChild(object, "kitchenPrinter").isVisibleTo(dialog)  # a café has a kitchen
    with tcp_printer() as printer:
        choose(dialog.kind, "network")
        dialog.address.setText(printer.address)
        choose(dialog.paper, 58)
        qtbot.mouseClick(dialog.test_button, _left())
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=WAIT_MS)
        [received] = printer.wait_for(1)
    assert dialog.outcome.text().startswith("The test receipt was sent to the printer")
    text = readable(received)
    assert "Uji printer" in text
    assert "Kafe Budi Luhur" in text
    assert b"Caf\x82" in received  # é in code page 437
    assert max(len(line) for line in received.decode("cp437").split("\n") if "\x1b" not in line) <= 32


def test_a_dead_printer_is_said_plainly(shop: Shop, qtbot: QtBot) -> None:
    dialog = settings_dialog(shop, qtbot)
    port = closed_port()
    choose(dialog.kind, "network")
    dialog.address.setText(f"127.0.0.1:{port}")
    dialog.test_print()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.outcome.text() == f"Printer tidak terjangkau di 127.0.0.1:{port}"
    assert dialog.outcome.accessibleName() == dialog.outcome.text()


def test_a_bad_address_is_refused_and_nothing_saved(shop: Shop, qtbot: QtBot) -> None:
    dialog = settings_dialog(shop, qtbot)
    choose(dialog.kind, "network")
    dialog.address.setText("printer:port")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    assert "printer:port" in dialog.outcome.text()
    with shop.db.reading() as s:
        assert load_printers(s, shop.cashier.till_id).receipt.kind == "none"


def test_saved_settings_are_the_till_s_own(shop: Shop, qtbot: QtBot) -> None:
    dialog = settings_dialog(shop, qtbot)
    choose(dialog.kind, "network")
    dialog.address.setText(" 192.168.1.50 ")
    choose(dialog.paper, 58)
    dialog.copies.setValue(2)
    dialog.show_workers.setChecked(False)
    dialog.kick_drawer.setChecked(False)
    choose(dialog.kitchen_kind, "network")
    dialog.kitchen_address.setText("192.168.1.51:9101")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.save()
    with shop.db.reading() as s:
        printers = load_printers(s, shop.cashier.till_id)
        salon = load_printers(s, shop.salon_cashier.till_id)
    assert printers.receipt == PrinterSettings("network", "192.168.1.50", 58, 2, False, False)
    assert (printers.kitchen.kind, printers.kitchen.address) == ("network", "192.168.1.51:9101")
    assert salon.receipt.kind == "none"
    again = settings_dialog(shop, qtbot)
    assert (again.address.text(), again.paper.currentData(), again.copies.value()) == ("192.168.1.50", 58, 2)


def test_a_cashier_cannot_change_the_printers(shop: Shop, qtbot: QtBot) -> None:
    dialog = settings_dialog(shop, qtbot, role="cashier")
    assert not dialog.kind.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert not dialog.test_button.isEnabled()
    assert "supervisor" in dialog.outcome.text()


def test_the_status_panel_shows_waiting_prints_and_retries_them(
    shop: Shop, make_dispatcher: Callable[..., ReceiptDispatcher], qtbot: QtBot
) -> None:
    done = sell(shop, shop.cashier, [(shop.kopi.id, "1")], [Tender("cash", 10_000)], NOON)
    port = closed_port()
    set_printers(shop, network(f"127.0.0.1:{port}"))
    dispatcher = make_dispatcher()
    panel = PrintStatusWidget(dispatcher)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.isHidden(), timeout=WAIT_MS)
    with qtbot.waitSignal(dispatcher.failed, timeout=WAIT_MS):
        dispatcher.after_sale(done.sale_id)
    qtbot.waitUntil(lambda: "Receipt" in panel.label.text(), timeout=WAIT_MS)
    assert panel.waiting == 1
    assert panel.isVisible()
    assert panel.label.text() == (
        f"1 print(s) waiting. Receipt {done.receipt_no}: Printer tidak terjangkau di 127.0.0.1:{port}"
    )
    with tcp_printer(port) as printer:
        qtbot.mouseClick(panel.retry_button, _left())
        [received] = printer.wait_for(1)
        qtbot.waitUntil(lambda: panel.waiting == 0 and panel.isHidden(), timeout=WAIT_MS)
    assert done.receipt_no in readable(received)


def summary_dialog(shop: Shop, qtbot: QtBot, **options: object) -> DailySummaryDialog:
    dialog = DailySummaryDialog(till_session(shop, "manager"), **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.scope.count() == 3, timeout=WAIT_MS)
    dialog.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    return dialog


def test_the_daily_summary_preview_matches_the_database(shop: Shop, qtbot: QtBot) -> None:
    build_day(shop)
    dialog = summary_dialog(shop, qtbot)
    assert dialog.scope.currentData() == "KFE"  # the till's own outlet first
    choose(dialog.scope, "")
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.preview_dialog is not None, timeout=WAIT_MS)
    assert dialog.preview_dialog is not None
    with shop.db.reading() as s:
        expected = daily_summary(s, DAY)
    text = read_pdf(dialog.preview_dialog.pdf).text
    assert f"Total diterima {format_rupiah(expected.total_collected)}" in text
    assert "Nama: Agus Manajer" in text  # the manager who made it signs it
    assert "Per gerai" in text
    assert dialog.preview_dialog.page_count() >= 1


@pytest.mark.parametrize("queued", [False, True])
def test_the_daily_summary_prints_on_the_receipt_printer(
    shop: Shop, make_dispatcher: Callable[..., ReceiptDispatcher], qtbot: QtBot, queued: bool
) -> None:
    build_day(shop)
    with tcp_printer() as printer:
        set_printers(shop, network(printer.address, paper_mm=58))
        dialog = summary_dialog(shop, qtbot, dispatcher=make_dispatcher() if queued else None)
        dialog.print_thermal()
        qtbot.waitUntil(lambda: bool(printer.wait_for(1, timeout=0.01)), timeout=WAIT_MS)
        [received] = printer.wait_for(1)
        qtbot.waitUntil(lambda: dialog.outcome.text() == "The report was printed.", timeout=WAIT_MS)
    text = readable(received)
    assert "LAPORAN HARIAN" in text
    assert "Kafe Budi Luhur" in text
    with shop.db.reading() as s:
        expected = daily_summary(s, DAY, outlet_code="KFE")
    assert f"Total diterima {format_rupiah(expected.total_collected)}" in text


def test_the_daily_summary_says_when_there_is_no_receipt_printer(shop: Shop, qtbot: QtBot) -> None:
    dialog = summary_dialog(shop, qtbot)
    dialog.print_thermal()
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.outcome.text() == "No receipt printer is set up for this till."


def test_the_preview_prints_every_page_and_saves_the_pdf(shop: Shop, qtbot: QtBot, tmp_path: Path) -> None:
    build_day(shop)
    with shop.db.reading() as s:
        summary = daily_summary(s, DAY)
    from ska_pos.reports.daily_pdf import render_daily_summary_pdf

    pdf = render_daily_summary_pdf(summary, "a4")
    preview = PdfPreviewDialog(pdf, "Laporan harian")
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == preview.page_count() == len(PdfReader(_file(tmp_path, pdf)).pages)
    width, height = (float(v) for v in printed.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 stays A4
    assert preview.status.text() == "Sent to the printer."
    assert preview.save_to(tmp_path / "copy")
    assert (tmp_path / "copy.pdf").read_bytes() == pdf


def _file(folder: Path, pdf: bytes) -> Path:
    path = folder / "original.pdf"
    path.write_bytes(pdf)
    return path


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_printing_dialogs_keep_qt_s_dialog_result(shop: Shop, qtbot: QtBot) -> None:
    """QDialog.result() is the code the dialog closed with; a message label must not hide it."""
    from PySide6.QtWidgets import QDialog

    for dialog in (settings_dialog(shop, qtbot), summary_dialog(shop, qtbot)):
        dialog.open()
        dialog.reject()
        assert dialog.result() == QDialog.DialogCode.Rejected
