"""The cash sale's real path: the receipt job recorded in the sale's transaction kicks the drawer, and the journal
says so once (before, it said nothing on this path): in the sale's own entry when the sale was told the drawer
opens, as the till does, else in an entry of its own."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from decimal import Decimal

import pytest
from escpos.constants import CD_KICK_2
from printing.tcp_printer import tcp_printer
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import JournalEntry
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, print_jobs, sales
from ska_pos.services.cart import Cart
from ska_pos.ui.printing.dispatch import ReceiptDispatcher

from .conftest import network, set_printers
from .day import NOON, sell

pytestmark = pytest.mark.gui


def test_a_drawer_kicked_by_a_recorded_receipt_is_journaled_once(
    shop: Shop, make_dispatcher: Callable[..., ReceiptDispatcher], qtbot: QtBot
) -> None:
    with tcp_printer() as printer:
        set_printers(shop, network(printer.address))
        done = sell(shop, shop.cashier, [(shop.kopi.id, "1")], [Tender("cash", 10_000)], NOON)
        with shop.db.transaction() as s:  # what sale_flow.commit does inside the sale's own transaction
            print_jobs.queue_sale_prints(s, shop.cashier, done.sale_id, open_drawer=True)
        dispatcher = make_dispatcher()
        with qtbot.waitSignal(dispatcher.printed, timeout=10_000):
            dispatcher.after_sale(uuid.UUID(str(done.sale_id)), open_drawer=True)
        [receipt] = printer.wait_for(1)
    assert CD_KICK_2 in receipt[:32], "the drawer was kicked"
    with shop.db.reading() as s:
        opened = s.scalars(select(JournalEntry.payload).where(JournalEntry.type == "drawer_open")).all()
    assert len(opened) == 1, f"drawer kicked but journal has {len(opened)} drawer_open entries"


def test_the_tills_cash_sale_says_its_drawer_in_its_own_entry(
    shop: Shop, make_dispatcher: Callable[..., ReceiptDispatcher], qtbot: QtBot
) -> None:
    with tcp_printer() as printer:
        set_printers(shop, network(printer.address))
        with shop.db.transaction() as s:  # as sale_presenter.commit does it
            cart = Cart(shop.cashier.outlet_id)
            cart_ops.add_item(s, cart, shop.kopi.id, Decimal(1))
            done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)], open_drawer=True)
            print_jobs.queue_sale_prints(s, shop.cashier, done.sale_id, open_drawer=True)
        dispatcher = make_dispatcher()
        with qtbot.waitSignal(dispatcher.printed, timeout=10_000):
            dispatcher.after_sale(done.sale_id, open_drawer=True)
        [receipt] = printer.wait_for(1)
    assert CD_KICK_2 in receipt[:32], "the drawer was kicked"
    with shop.db.reading() as s:
        entries = s.execute(select(JournalEntry.type, JournalEntry.schema_version, JournalEntry.payload)
                            .where(JournalEntry.record_id == done.sale_id)).all()  # fmt: skip
        opened = s.scalars(select(JournalEntry.id).where(JournalEntry.type == "drawer_open")).all()
    [(type_, version, payload)] = entries
    assert (type_, version, json.loads(payload)["drawer_opened"]) == ("sale", 3, True)
    assert opened == [], "the sale's entry already says the drawer opened"
