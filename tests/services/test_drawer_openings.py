"""Every opening of the cash drawer is in the till's journal once: a cash sale's in its own entry (the till tells
`complete_sale` the drawer opens, and the sale appends one entry, not two), any other in a `drawer_open` entry of
its own. `ska-pos verify` and the independent auditor count the same openings."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from pathlib import Path

from journal_auditor import audit, drawer_openings
from shop import Shop, act_as
from sqlalchemy import select

from ska_pos.db.models import JournalEntry, PrintJob
from ska_pos.domain.settlement import Tender
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services import cart_ops, journal_verify, print_jobs, sales, shifts
from ska_pos.services.cart import Cart
from ska_pos.services.printer_settings import TillPrinters, save_printers
from ska_pos.services.sale_context import place_of

KICKING = PrinterSettings("network", "127.0.0.1:9", kick_drawer=True)


def _printers(shop: Shop, receipt: PrinterSettings) -> None:
    with shop.db.transaction() as s:
        save_printers(
            s, act_as(shop, "supervisor"), shop.cashier.till_id, TillPrinters(receipt, PrinterSettings("none"))
        )


def _sale(shop: Shop, *, told: bool, queued: bool, cash: bool = True) -> uuid.UUID:
    """A sale and its print jobs in one transaction; `told`: the sale knows the drawer opens, `queued`: its prints
    are asked to open it."""
    with shop.db.transaction() as s:
        cart = Cart(shop.cashier.outlet_id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(1))
        tender = Tender("cash", 50_000) if cash else Tender("qris", cart.priced(place_of(s, shop.cashier).tax).total)
        done = sales.complete_sale(s, shop.cashier, cart, [tender], open_drawer=told)
        print_jobs.queue_sale_prints(s, shop.cashier, done.sale_id, open_drawer=queued)
    return done.sale_id


def _entry(shop: Shop, sale_id: uuid.UUID) -> tuple[int, dict[str, object]]:
    with shop.db.reading() as s:
        version, payload = s.execute(select(JournalEntry.schema_version, JournalEntry.payload)
                                     .where(JournalEntry.record_id == sale_id)).one()  # fmt: skip
    return version, json.loads(payload)


def _drawer_entries(shop: Shop) -> list[str]:
    with shop.db.reading() as s:
        payloads = s.scalars(select(JournalEntry.payload).where(JournalEntry.type == "drawer_open")).all()
    return [json.loads(payload)["reason"] for payload in payloads]


def _kicks(shop: Shop, sale_id: uuid.UUID) -> list[bool]:
    with shop.db.reading() as s:
        recipes = s.scalars(select(PrintJob.payload).where(PrintJob.sale_id == sale_id, PrintJob.kind == "receipt"))
        return [json.loads(recipe)["kick_drawer"] for recipe in recipes]


def test_a_cash_sale_says_its_drawer_in_its_own_entry(shop: Shop) -> None:
    _printers(shop, KICKING)
    sale_id = _sale(shop, told=True, queued=True)
    version, payload = _entry(shop, sale_id)
    assert (version, payload["drawer_opened"]) == (3, True)
    assert _drawer_entries(shop) == []
    assert _kicks(shop, sale_id) == [True]


def test_the_sales_word_is_the_receipts_kick_even_if_the_prints_were_not_told(shop: Shop) -> None:
    _printers(shop, KICKING)
    sale_id = _sale(shop, told=True, queued=False)
    assert _entry(shop, sale_id)[1]["drawer_opened"] is True
    assert _kicks(shop, sale_id) == [True]  # the journal and the drawer never disagree
    assert _drawer_entries(shop) == []


def test_a_drawer_the_sale_was_not_told_of_gets_its_own_entry(shop: Shop) -> None:
    _printers(shop, KICKING)
    sale_id = _sale(shop, told=False, queued=True)
    assert _entry(shop, sale_id)[1]["drawer_opened"] is False
    assert len(_drawer_entries(shop)) == 1
    assert _kicks(shop, sale_id) == [True]


def test_no_drawer_opens_without_a_kicking_receipt_printer(shop: Shop) -> None:
    _printers(shop, PrinterSettings("network", "127.0.0.1:9", kick_drawer=False))
    kept = _sale(shop, told=True, queued=True)
    _printers(shop, PrinterSettings("pdf"))
    saved = _sale(shop, told=True, queued=True)
    assert [_entry(shop, sale_id)[1]["drawer_opened"] for sale_id in (kept, saved)] == [False, False]
    assert _drawer_entries(shop) == []
    assert _kicks(shop, kept) == [False]


def test_verify_and_the_auditor_count_every_opening(shop: Shop) -> None:
    _printers(shop, KICKING)
    _sale(shop, told=True, queued=True)  # said in the sale's entry
    _sale(shop, told=False, queued=True)  # an entry of its own
    _sale(shop, told=False, queued=False, cash=False)  # no drawer
    with shop.db.transaction() as s:  # a drawer opened with no sale
        shifts.record_drawer_opening(s, shop.cashier.till_id, shop.cashier.user_id, "no sale")
    with shop.db.reading() as s:
        report = journal_verify.verify(s)
    [chain] = [chain for chain in report.chains if chain.till_id == shop.cashier.till_id]
    path = Path(str(shop.db.engine.url.database))
    assert report.ok, list(report.lines())
    assert audit(path) == []
    assert chain.drawer_openings == drawer_openings(path)[str(shop.cashier.till_id)] == 3
    assert any("the cash drawer opened 3 times" in line for line in report.lines())
