"""From a committed sale to a network receipt printer (a real TCP server on 127.0.0.1) through the dispatcher and
the print queue kept in the database; a dead printer keeps the job, never the sale."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from escpos.constants import CD_KICK_2, PAPER_FULL_CUT
from printing.tcp_printer import closed_port, tcp_printer
from pytestqt.qtbot import QtBot
from reports.pdf_text import read_pdf
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import JournalEntry, Payment, PrintJob, Sale
from ska_pos.domain.money import format_rupiah
from ska_pos.domain.settlement import Tender
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services.receipt_output import render_receipt
from ska_pos.ui.printing.dispatch import ReceiptDispatcher

from .conftest import network, set_printers
from .day import NOON, sell

pytestmark = pytest.mark.gui
Make = Callable[..., ReceiptDispatcher]
WAIT_MS = 10_000


def readable(output: bytes) -> str:
    return re.sub(r"\s+", " ", output.decode("cp437"))


def cash_sale(shop: Shop) -> tuple[str, str]:
    done = sell(shop, shop.cashier, [(shop.es_teh.id, "2"), (shop.keripik.id, "1")], [Tender("cash", 50_000)], NOON,
                table_no="4", order_type="dine_in", note="Es sedikit")  # fmt: skip
    return str(done.sale_id), done.receipt_no


def job_rows(shop: Shop) -> list[PrintJob]:
    with shop.db.reading() as s:
        return list(s.scalars(select(PrintJob).order_by(PrintJob.created_at)))


def test_a_sale_prints_its_receipt_and_kitchen_ticket_and_kicks_the_drawer(
    shop: Shop, make_dispatcher: Make, qtbot: QtBot
) -> None:
    sale_id, receipt_no = cash_sale(shop)
    with tcp_printer() as printer, tcp_printer() as kitchen:
        set_printers(shop, network(printer.address), network(kitchen.address))
        dispatcher = make_dispatcher()
        with qtbot.waitSignal(dispatcher.printed, timeout=WAIT_MS) as printed:
            dispatcher.after_sale(uuid.UUID(sale_id), open_drawer=True)
        [receipt] = printer.wait_for(1)
        [ticket] = kitchen.wait_for(1)
    assert printed.args == [receipt_no, printer.address]
    text = readable(receipt)
    assert receipt_no in text
    assert receipt.startswith(CD_KICK_2) or CD_KICK_2 in receipt[:32]  # the drawer opens before the receipt prints
    assert receipt.endswith(PAPER_FULL_CUT)
    with shop.db.reading() as s:
        sale = s.get(Sale, uuid.UUID(sale_id))
        assert sale is not None
        assert f"TOTAL {format_rupiah(sale.total)}" in text
        for line in sale.lines:
            assert line.name in text
        opened = s.scalars(select(JournalEntry.payload).where(JournalEntry.type == "drawer_open")).all()
    assert len(opened) == 1  # the drawer's opening is in the till's journal
    assert f'"reason":"sale {receipt_no}"' in opened[0]
    assert "Es Teh Manis" in readable(ticket)
    assert "Es sedikit" in readable(ticket)
    assert CD_KICK_2 not in ticket
    rows = job_rows(shop)
    assert [(row.kind, row.status, row.attempts) for row in rows] == [("receipt", "done", 0), ("kitchen", "done", 0)]
    assert all(row.printed_at is not None and str(row.sale_id) == sale_id for row in rows)


def test_a_refused_printer_keeps_the_job_queued_and_the_sale_then_a_retry_prints_it(
    shop: Shop, make_dispatcher: Make, qtbot: QtBot
) -> None:
    sale_id, receipt_no = cash_sale(shop)
    port = closed_port()
    set_printers(shop, network(f"127.0.0.1:{port}"))
    dispatcher = make_dispatcher()
    with qtbot.waitSignal(dispatcher.failed, timeout=WAIT_MS) as failed:
        dispatcher.after_sale(uuid.UUID(sale_id), open_drawer=True)
    assert failed.args == [receipt_no, f"Printer tidak terjangkau di 127.0.0.1:{port}"]
    [row] = job_rows(shop)
    assert (row.status, row.attempts, row.last_error) == ("failed", 1, failed.args[1])
    with shop.db.reading() as s:  # the sale and its payment are untouched
        assert s.get(Sale, uuid.UUID(sale_id)) is not None
        assert s.scalar(select(Payment.amount).where(Payment.sale_id == uuid.UUID(sale_id))) is not None
    dispatcher.close()

    with tcp_printer(port) as printer:
        restarted = make_dispatcher()  # the till starts again: the waiting job prints on its own
        with qtbot.waitSignal(restarted.printed, timeout=WAIT_MS) as printed:
            pass
        [receipt] = printer.wait_for(1)
    assert printed.args[0] == receipt_no
    qtbot.waitUntil(lambda: restarted.store.count() == 0)
    assert receipt_no in readable(receipt)
    assert CD_KICK_2 not in receipt  # a retry later on never opens the drawer
    [row] = job_rows(shop)
    assert (row.status, row.attempts) == ("done", 1)
    assert restarted.queue.pending() == []


def test_a_reprint_says_copy_once_without_the_drawer_or_the_kitchen(
    shop: Shop, make_dispatcher: Make, qtbot: QtBot
) -> None:
    sale_id, receipt_no = cash_sale(shop)
    with tcp_printer() as printer, tcp_printer() as kitchen:
        set_printers(shop, network(printer.address, copies=2), network(kitchen.address))
        dispatcher = make_dispatcher()
        with qtbot.waitSignal(dispatcher.printed, timeout=WAIT_MS):
            dispatcher.reprint(uuid.UUID(sale_id))
        [receipt] = printer.wait_for(1)
    assert "SALINAN" in readable(receipt)
    assert receipt_no in readable(receipt)
    assert receipt.count(PAPER_FULL_CUT) == 1  # one copy, however many a sale gets
    assert CD_KICK_2 not in receipt
    assert [row.kind for row in job_rows(shop)] == ["receipt"]


def test_two_copies_and_no_worker_names_when_the_till_says_so(shop: Shop, make_dispatcher: Make, qtbot: QtBot) -> None:
    sale_id, receipt_no = cash_sale(shop)
    with tcp_printer() as printer:
        set_printers(shop, network(printer.address, copies=2, show_workers=False, kick_drawer=False))
        dispatcher = make_dispatcher()
        with qtbot.waitSignal(dispatcher.printed, timeout=WAIT_MS):
            dispatcher.after_sale(uuid.UUID(sale_id), open_drawer=True)
        [receipt] = printer.wait_for(1)
    assert receipt.count(PAPER_FULL_CUT) == 2
    assert receipt_no in readable(receipt)
    assert "Siti" not in readable(receipt)
    assert CD_KICK_2 not in receipt


def test_without_a_printer_the_receipt_is_a_pdf_that_matches_the_sale(
    shop: Shop, make_dispatcher: Make, qtbot: QtBot
) -> None:
    sale_id, receipt_no = cash_sale(shop)
    dispatcher = make_dispatcher()
    with qtbot.waitSignal(dispatcher.printed, timeout=WAIT_MS) as printed:
        dispatcher.after_sale(uuid.UUID(sale_id), open_drawer=True)
    number, where = printed.args
    assert number == receipt_no
    pdf = read_pdf(Path(where).read_bytes())
    with shop.db.reading() as s:
        sale = s.get(Sale, uuid.UUID(sale_id))
        assert sale is not None
        expected = [receipt_no, format_rupiah(sale.total), format_rupiah(sale.tax_amount), "Rina Kasir", "Meja 4"]
        expected += [line.name for line in sale.lines]
        paid = sale.payments[0]
        expected += [format_rupiah(paid.tendered), format_rupiah(paid.change), "Siti"]
    for text in expected:
        assert text in pdf.text
    assert pdf.sizes[0][0] == pytest.approx(80 * 72 / 25.4, abs=0.01)
    assert job_rows(shop) == []  # nothing is queued for a PDF


def test_a_pdf_printer_saves_in_its_folder_on_58_mm(
    shop: Shop, make_dispatcher: Make, qtbot: QtBot, tmp_path: Path
) -> None:
    sale_id, receipt_no = cash_sale(shop)
    set_printers(shop, PrinterSettings("pdf", str(tmp_path), paper_mm=58))
    dispatcher = make_dispatcher()
    with qtbot.waitSignal(dispatcher.printed, timeout=WAIT_MS) as printed:
        dispatcher.after_sale(uuid.UUID(sale_id))
    assert printed.args == [receipt_no, str(tmp_path / f"{receipt_no}.pdf")]
    pdf = read_pdf((tmp_path / f"{receipt_no}.pdf").read_bytes())
    assert round(pdf.sizes[0][0]) == round(58 * 72 / 25.4)
    assert pdf.fits_width()
    _number, pdf_bytes = render_receipt(dispatcher.database, dispatcher.till_id, uuid.UUID(sale_id), copy=True)
    assert "SALINAN" in read_pdf(pdf_bytes).text


def test_a_missing_sale_is_reported_not_raised(make_dispatcher: Make, qtbot: QtBot) -> None:
    dispatcher = make_dispatcher()
    missing = "00000000-0000-0000-0000-000000000001"
    with qtbot.waitSignal(dispatcher.failed, timeout=WAIT_MS) as failed:
        dispatcher.after_sale(uuid.UUID(missing))
    assert failed.args[0] == missing
