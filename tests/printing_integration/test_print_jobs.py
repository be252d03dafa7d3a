"""The database job store: what a job row keeps, what a restarted till finds, and which printer a retry uses."""

from __future__ import annotations

from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import PrintJob as PrintJobRow
from ska_pos.printing.print_queue import PrintJob
from ska_pos.services.print_jobs import DatabaseJobStore
from ska_pos.services.receipts import kitchen_ticket, receipt_data

from .conftest import network, set_printers
from .day import build_day


def test_a_restarted_till_finds_every_waiting_job_oldest_first(shop: Shop) -> None:
    day = build_day(shop)
    store = DatabaseJobStore(shop.db, shop.cashier.till_id)
    with shop.db.reading() as s:
        receipt = receipt_data(s, day.cash_sale, copy=True, language="en")
        ticket = kitchen_ticket(s, day.cash_sale)
    jobs = [
        PrintJob.new("receipt", receipt, network("10.0.0.9")),
        PrintJob.new("kitchen", ticket, network("10.0.0.8")),
        PrintJob.new("report", b"\x1b@LAPORAN\x1dV\x00", network("10.0.0.7", paper_mm=58)),
    ]
    for job in jobs:
        store.add(job)
    store.mark_failed(jobs[0].id, "Kertas habis")
    store.mark_done(jobs[1].id)

    restarted = DatabaseJobStore(shop.db, shop.cashier.till_id)
    waiting = restarted.pending()
    assert [job.id for job in waiting] == [jobs[0].id, jobs[2].id]
    assert waiting[0].payload == receipt  # the copy, in English, drawn again from the sale
    assert (waiting[0].attempts, waiting[0].last_error) == (1, "Kertas habis")
    assert waiting[1].payload == b"\x1b@LAPORAN\x1dV\x00"
    assert waiting[1].settings == jobs[2].settings
    assert DatabaseJobStore(shop.db, shop.salon_cashier.till_id).pending() == []  # another till's queue
    assert restarted.count() == 2
    with shop.db.reading() as s:
        rows = {row.id.hex: row for row in s.scalars(select(PrintJobRow))}
    assert len(rows) == 3  # nothing is deleted
    assert rows[jobs[1].id].status == "done"
    assert rows[jobs[1].id].printed_at is not None
    assert rows[jobs[2].id].sale_id is None


def test_a_retry_prints_on_the_printer_as_set_up_now_and_one_copy_of_a_reprint(shop: Shop) -> None:
    day = build_day(shop)
    set_printers(shop, network("192.168.1.50", copies=3))
    store = DatabaseJobStore(shop.db, shop.cashier.till_id)
    with shop.db.reading() as s:
        original, copy = receipt_data(s, day.cash_sale), receipt_data(s, day.qris_sale, copy=True)
    first = PrintJob.new("receipt", original, network("192.168.1.5", copies=3, kick_drawer=True))
    second = PrintJob.new("receipt", copy, network("192.168.1.5", copies=1, kick_drawer=False))
    store.add(first)
    store.add(second)
    set_printers(shop, network("192.168.1.51", copies=3))  # a supervisor corrects the address
    waiting = {job.id: job for job in DatabaseJobStore(shop.db, shop.cashier.till_id).pending()}
    assert waiting[first.id].settings.address == "192.168.1.51"
    assert (waiting[first.id].settings.copies, waiting[first.id].settings.kick_drawer) == (3, True)  # first attempt
    assert waiting[second.id].settings.copies == 1
    store.mark_failed(first.id, "Printer mati")
    [again, _copy] = store.pending()
    assert again.settings.kick_drawer is False  # a retry never opens the drawer
