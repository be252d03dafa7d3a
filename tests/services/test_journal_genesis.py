"""A database from before the journal (revision 0003) with sales in it: the upgrade seals those records in a
genesis entry per till, after which `verify` is clean, and a pre-journal sale changed later is still caught."""

from __future__ import annotations

import json
import sqlite3

from alembic import command
from shop import Shop, act_as, approved
from sqlalchemy import select

from ska_pos.db.migrate import alembic_config
from ska_pos.db.models import JournalEntry
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, journal_verify, payouts, sales, shifts
from ska_pos.services.cart import Cart


def _sell(shop: Shop, code: str = "8990003") -> sales.CompletedSale:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, code)
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])


def _problems(shop: Shop) -> list[str]:
    with shop.db.reading() as s:
        report = journal_verify.verify(s)
    return [*report.problems, *(p for chain in report.chains for p in chain.problems)]


def _history_from_before_the_journal(shop: Shop) -> sales.CompletedSale:
    """Sales, a cash movement, a shift closing and a payout with no journal entries, then upgraded to head."""
    first = _sell(shop)
    _sell(shop, "8990001")
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        shifts.move_cash(s, shop.cashier, "in", 20_000, "modal")
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        shifts.close_shift(s, shop.cashier, {100: expected // 100}, approval=approved(s, "shift.close_difference"))
        payouts.record_payout(s, manager, shop.siti.id, 10_000, "cash", over_balance_reason="advance")
    shop.db.dispose()
    config = alembic_config(shop.db.engine)
    # The records of a till from before the journal, which 0004 gave empty journal tables: taking the schema back
    # to 0003 would also take back the sealed personal data (0006 refuses), so the entries go instead, the way
    # the journal stood before it was there.
    command.downgrade(config, "0007")
    with sqlite3.connect(str(shop.db.engine.url.database), isolation_level=None) as raw:
        raw.execute("DROP TRIGGER journal_entry_no_delete")
        raw.execute("DELETE FROM journal_entry")
        raw.execute(
            "CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry "
            "BEGIN SELECT RAISE(ABORT, 'journal entries are never updated or deleted'); END"
        )
    command.upgrade(config, "head")
    shop.db.dispose()
    return first


def test_a_database_from_before_the_journal_verifies_clean_once_upgraded(shop: Shop) -> None:
    _history_from_before_the_journal(shop)
    with shop.db.reading() as s:
        geneses = [json.loads(p) for p in s.scalars(select(JournalEntry.payload).where(JournalEntry.type == "genesis"))]
    assert [genesis["seals"]["sale"]["count"] for genesis in geneses if "sale" in genesis["seals"]] == [2]
    assert sum("payout" in genesis["seals"] for genesis in geneses) == 1
    assert _problems(shop) == []
    with shop.db.transaction() as s:  # the till goes on, journaled as usual
        shifts.open_shift(s, shop.cashier, 100_000)
    _sell(shop)
    assert _problems(shop) == []


def test_a_pre_journal_sale_changed_after_the_upgrade_is_caught_by_the_seal(shop: Shop) -> None:
    first = _history_from_before_the_journal(shop)
    with sqlite3.connect(str(shop.db.engine.url.database), isolation_level=None) as raw:
        raw.execute("UPDATE payment SET method = 'qris' WHERE sale_id = ?", (first.sale_id.hex,))
    assert any("sealed in entry" in p and "payment" in p for p in _problems(shop)), _problems(shop)


def test_a_pre_journal_sale_moved_to_another_outlet_is_caught(shop: Shop) -> None:
    """The seal's columns (fixed in version 1) leave out a sale's outlet; its till says which outlet it was rung
    up at, so a pre-journal sale whose revenue was moved to another outlet's reports is still seen."""
    first = _history_from_before_the_journal(shop)
    with sqlite3.connect(str(shop.db.engine.url.database), isolation_level=None) as raw:
        raw.execute("UPDATE sale SET outlet_id = ? WHERE id = ?", (shop.salon.id.hex, first.sale_id.hex))
    problems = _problems(shop)
    assert any(first.receipt_no in p and "outlet" in p for p in problems), problems
