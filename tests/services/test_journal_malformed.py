"""`verify` on entries whose payload was rewritten into JSON that is not the type's field list (keys missing,
values of another type): it must report the broken entry, never stop with a traceback. A crash would leave the
manager's area showing the last good check, and the anchors' check is as exposed."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest
from shop import Shop, act_as, approved

from ska_pos.db.models import Outlet, Till
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, journal_anchors, journal_verify, payouts, reversals, sales, shifts
from ska_pos.services.cart import Cart
from ska_pos.services.journal_closings import close_day

TYPES = ("sale", "void", "shift_open", "cash_in", "shift_close", "day_close", "payout", "adjustment")


def _history(shop: Shop) -> None:
    """One entry of each type that `verify` reads the fields of."""
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990003")
        sold = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, sold.sale_id, "salah input", approval=approved(s, "sale.void"))
        shifts.move_cash(s, shop.cashier, "in", 20_000, "modal")
        payouts.record_payout(s, manager, shop.siti.id, 10_000, "cash", over_balance_reason="advance")
        payouts.record_adjustment(s, manager, shop.siti.id, 5_000, "bonus")
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        shifts.close_shift(s, shop.cashier, {100: expected // 100}, approval=approved(s, "shift.close_difference"))
    with shop.db.transaction() as s:
        close_day(s, act_as(shop, "supervisor"))


def _mangled(payload: str, how: str) -> str:
    if how == "empty":
        return "{}"
    return json.dumps(dict.fromkeys(json.loads(payload), "?"))  # every field there, none of its type


@pytest.mark.parametrize("how", ["empty", "wrong types"])
@pytest.mark.parametrize("type_", TYPES)
def test_an_entry_rewritten_into_other_json_is_reported_not_a_crash(shop: Shop, type_: str, how: str) -> None:
    _history(shop)
    shop.db.dispose()
    with sqlite3.connect(str(shop.db.engine.url.database), isolation_level=None) as raw:
        raw.execute("DROP TRIGGER journal_entry_no_update")
        seq, payload = raw.execute("SELECT seq, payload FROM journal_entry WHERE type = ? ORDER BY seq LIMIT 1",
                                   (type_,)).fetchone()  # fmt: skip
        raw.execute("UPDATE journal_entry SET payload = ? WHERE type = ? AND seq = ?", (_mangled(payload, how),
                                                                                        type_, seq))  # fmt: skip
    with shop.db.reading() as s:
        report = journal_verify.verify(s)
        till: Any = s.get(Till, shop.cashier.till_id)
        outlet: Any = s.get(Outlet, shop.cashier.outlet_id)
        anchor = f"{outlet.code} {till.code} {type_} 1 0123456789abcdef"
        anchored = journal_anchors.check_anchor(s, anchor) if type_ in ("shift_close", "day_close") else "skip"
    problems = [p for chain in report.chains for p in chain.problems]
    assert any(f"The chain is broken at entry {seq}" in p for p in problems), problems
    assert not report.ok
    assert anchored is not None
