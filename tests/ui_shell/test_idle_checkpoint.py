"""When nobody has touched the till for a while, its database log is checkpointed and emptied, off the screen
thread."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.db.checkpoint import Checkpointer, database_file, wal_file
from ska_pos.db.database import open_database
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales
from ska_pos.services.cart import Cart
from ska_pos.ui.session.idle_checkpoint import IdleCheckpoint


def test_an_idle_till_empties_its_database_log(qtbot: QtBot, shop: Shop) -> None:
    path = database_file(shop.db.engine)
    assert path is not None
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(2))
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
    assert wal_file(path).stat().st_size > 0
    checkpointer = Checkpointer(path, every_s=3_600)  # only the idle request can empty it within the test
    checkpointer.start()
    parent = QObject()
    idle = IdleCheckpoint(checkpointer, parent, idle_ms=200)
    try:
        qtbot.waitUntil(lambda: wal_file(path).stat().st_size == 0, timeout=10_000)
        assert idle.watcher.active  # watching for the next quiet spell
    finally:
        idle.stop()
    assert checkpointer.stats.rounds > 0


def test_no_checkpoints_for_a_database_without_a_log(qtbot: QtBot) -> None:
    memory = open_database("sqlite://")
    try:
        assert IdleCheckpoint.start_for(memory) is None
    finally:
        memory.dispose()
