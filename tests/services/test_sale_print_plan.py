"""The printers and the kitchen flag a sale's print jobs follow are kept for the shift (read once, not in every
sale), yet a change counts from the very next sale: a printer saved at the till, an outlet's kitchen tickets
switched, a new login or shift, and a change read by someone else while it was still being written."""

from __future__ import annotations

import json
from decimal import Decimal

from shop import PINS, Shop, act_as, approved
from sqlalchemy import select

from ska_pos.db.models import PrintJob
from ska_pos.domain.settlement import Tender
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import auth, cart_ops, print_jobs, sales, shifts
from ska_pos.services.cart import Cart
from ska_pos.services.outlet_profiles import set_profile_overrides
from ska_pos.services.printer_settings import TillPrinters, save_printers
from ska_pos.services.sale_context import open_shift_id
from ska_pos.services.sale_print_plan import sale_print_plan

NO_PRINTER = PrinterSettings("none")


def set_printers(shop: Shop, receipt: PrinterSettings, kitchen: PrinterSettings = NO_PRINTER) -> None:
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        save_printers(s, supervisor, shop.cashier.till_id, TillPrinters(receipt, kitchen))


def sale_with_prints(shop: Shop) -> dict[str, str]:
    """A café sale committed with its print jobs, as the till does it: each job's kind and printer address."""
    with shop.db.transaction() as s:
        cart = Cart(shop.cashier.outlet_id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(1))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])
        print_jobs.queue_sale_prints(s, shop.cashier, done.sale_id, open_drawer=True)
    with shop.db.reading() as s:
        jobs = s.execute(select(PrintJob.kind, PrintJob.payload).where(PrintJob.sale_id == done.sale_id)).all()
    return {kind: json.loads(payload)["settings"]["address"] for kind, payload in jobs}


def test_a_printer_saved_at_the_till_takes_the_next_sale(shop: Shop) -> None:
    assert sale_with_prints(shop) == {}  # no printer yet: receipts are saved as PDFs, nothing is queued
    set_printers(shop, PrinterSettings("network", "192.0.2.1:9100"))
    assert sale_with_prints(shop) == {"receipt": "192.0.2.1:9100"}
    set_printers(shop, PrinterSettings("network", "192.0.2.2:9100"), PrinterSettings("network", "192.0.2.9:9100"))
    assert sale_with_prints(shop) == {"receipt": "192.0.2.2:9100", "kitchen": "192.0.2.9:9100"}
    set_printers(shop, NO_PRINTER)
    assert sale_with_prints(shop) == {}


def test_kitchen_tickets_switched_off_for_the_outlet_take_the_next_sale(shop: Shop) -> None:
    set_printers(shop, PrinterSettings("network", "192.0.2.1:9100"), PrinterSettings("network", "192.0.2.9:9100"))
    assert set(sale_with_prints(shop)) == {"receipt", "kitchen"}
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        set_profile_overrides(s, manager, shop.cafe.id, {"kitchen_tickets": False})
    assert set(sale_with_prints(shop)) == {"receipt"}


def change_printer_behind_this_process(shop: Shop, address: str) -> None:
    """As another computer's write would arrive: no service of this process writes it."""
    with shop.db.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE setting SET value = ? WHERE scope = ? AND key = 'printer_address'",
            (json.dumps(address), f"till:{shop.cashier.till_id}"),
        )


def test_a_new_login_reads_the_printers_again(shop: Shop) -> None:
    """What another computer wrote reaches the till at its next login, as the outlet profile editor says."""
    set_printers(shop, PrinterSettings("network", "192.0.2.1:9100"))
    assert sale_with_prints(shop) == {"receipt": "192.0.2.1:9100"}
    change_printer_behind_this_process(shop, "192.0.2.3:9100")
    assert sale_with_prints(shop) == {"receipt": "192.0.2.1:9100"}  # kept for the shift
    with shop.db.transaction() as s:
        login = auth.login(s, "kasir", PINS["kasir"], outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
        assert login.actor is not None
    assert sale_with_prints(shop) == {"receipt": "192.0.2.3:9100"}


def test_a_new_shift_reads_the_printers_again(shop: Shop) -> None:
    set_printers(shop, PrinterSettings("network", "192.0.2.1:9100"))
    assert sale_with_prints(shop) == {"receipt": "192.0.2.1:9100"}
    change_printer_behind_this_process(shop, "192.0.2.3:9100")
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        shifts.close_shift(s, shop.cashier, {100: expected // 100}, approval=approved(s, "shift.close_difference"))
        shifts.open_shift(s, shop.cashier, 200_000)
    assert sale_with_prints(shop) == {"receipt": "192.0.2.3:9100"}


def test_a_plan_read_while_a_printer_change_was_uncommitted_is_not_kept(shop: Shop) -> None:
    """A reader between the write and its commit saw the old printer; once the change commits it must not stay."""
    set_printers(shop, PrinterSettings("network", "192.0.2.1:9100"))
    till, outlet = shop.cashier.till_id, shop.cashier.outlet_id
    with shop.db.reading() as s:
        shift_id = open_shift_id(s, till)
    supervisor = act_as(shop, "supervisor", outlet_id=outlet, till_id=till)
    with shop.db.transaction() as writing:
        save_printers(writing, supervisor, till, TillPrinters(PrinterSettings("network", "192.0.2.2:9100"), NO_PRINTER))
        with shop.db.reading() as s:  # WAL: this reader sees the committed rows, the old printer
            assert sale_print_plan(s, till, outlet, shift_id).printers.receipt.address == "192.0.2.1:9100"
    with shop.db.reading() as s:
        assert sale_print_plan(s, till, outlet, shift_id).printers.receipt.address == "192.0.2.2:9100"


def test_a_rolled_back_printer_change_leaves_the_printer_as_it_was(shop: Shop) -> None:
    """The writing transaction sees its own change; once it is rolled back, sales go back to the stored one."""
    set_printers(shop, PrinterSettings("network", "192.0.2.1:9100"))
    till, outlet = shop.cashier.till_id, shop.cashier.outlet_id
    supervisor = act_as(shop, "supervisor", outlet_id=outlet, till_id=till)
    try:
        with shop.db.transaction() as s:
            save_printers(s, supervisor, till, TillPrinters(PrinterSettings("network", "192.0.2.2:9100"), NO_PRINTER))
            plan = sale_print_plan(s, till, outlet, open_shift_id(s, till))
            assert plan.printers.receipt.address == "192.0.2.2:9100"
            raise _Undo
    except _Undo:
        pass
    assert sale_with_prints(shop) == {"receipt": "192.0.2.1:9100"}


class _Undo(Exception):
    pass
