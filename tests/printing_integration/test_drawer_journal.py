"""The cash sale's real path: the receipt job recorded in the sale's transaction kicks the drawer, and the journal
says so once (before, it said nothing on this path)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from escpos.constants import CD_KICK_2
from printing.tcp_printer import tcp_printer
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import JournalEntry
from ska_pos.domain.settlement import Tender
from ska_pos.services import print_jobs
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
