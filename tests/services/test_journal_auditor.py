"""An independent verifier written from docs/journal.md (tests/journal_auditor.py) agrees with `ska-pos verify`,
and the checks inside a chain that a forger who re-seals the hashes must still get past."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journal_auditor import audit, entry_hash, totals
from shop import Shop, act_as, approved

from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, journal_closings, journal_verify, reversals, sales, shifts
from ska_pos.services.cart import Cart

Edit = Callable[[int, str, dict[str, Any]], None]


def _sell(shop: Shop, code: str = "8990003") -> sales.CompletedSale:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, code)
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])


def _close_shift(shop: Shop) -> None:
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        shifts.close_shift(s, shop.cashier, {100: expected // 100}, approval=approved(s, "shift.close_difference"))


def _history(shop: Shop) -> None:
    sold = _sell(shop)
    _sell(shop, "8990001")
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, sold.sale_id, "salah input", approval=approved(s, "sale.void"))
        shifts.move_cash(s, shop.cashier, "in", 20_000, "modal")
    _close_shift(shop)
    with shop.db.transaction() as s:
        shifts.open_shift(s, shop.cashier, 100_000)
    _sell(shop)
    _close_shift(shop)
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        journal_closings.close_day(s, supervisor)


def _path(shop: Shop) -> Path:
    return Path(str(shop.db.engine.url.database))


def _problems(shop: Shop) -> list[str]:
    with shop.db.reading() as s:
        report = journal_verify.verify(s)
    return [*report.problems, *(p for chain in report.chains for p in chain.problems)]


def _reseal(shop: Shop, edit: Edit) -> None:
    """A forger's rewrite of the cashier's till: payloads edited, closings re-added, every hash recomputed."""
    shop.db.dispose()
    till = str(shop.cashier.till_id)
    with sqlite3.connect(_path(shop), isolation_level=None) as raw:
        raw.execute("DROP TRIGGER journal_entry_no_update")
        rows = raw.execute("SELECT id, seq, type, schema_version, payload FROM journal_entry WHERE till_id = ? "
                           "ORDER BY seq", (uuid.UUID(till).hex,)).fetchall()  # fmt: skip
        previous, hashes, sold, grand = till, {0: till}, {}, {}
        for row_id, seq, type_, version, text in rows:
            payload = json.loads(text)
            edit(seq, type_, payload)
            if type_ in ("sale", "void", "refund"):
                sold[seq] = payload
            if type_ in ("shift_close", "day_close"):
                payload["totals"] = totals(
                    [p for n, p in sold.items() if payload["first_seq"] <= n <= payload["last_seq"]]
                )
                grand[type_] = payload["grand_total"] = grand.get(type_, 0) + payload["totals"]["total"]
                payload["last_hash"] = hashes[payload["last_seq"]]
            body = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            hashes[seq] = entry_hash(previous, till, seq, type_, version, body)
            raw.execute("UPDATE journal_entry SET payload = ?, prev_hash = ?, hash = ? WHERE id = ?",
                        (body, previous, hashes[seq], row_id))  # fmt: skip
            previous = hashes[seq]


def test_the_independent_verifier_agrees_with_verify_on_a_clean_and_a_changed_journal(shop: Shop) -> None:
    _history(shop)
    assert (_problems(shop), audit(_path(shop))) == ([], [])
    shop.db.dispose()
    with sqlite3.connect(_path(shop), isolation_level=None) as raw:
        raw.execute("DROP TRIGGER journal_entry_no_update")
        raw.execute("UPDATE journal_entry SET payload = replace(payload, '\"total\":', '\"total\":1') WHERE seq = 3")
    assert any("The chain is broken at entry 3" in p for p in _problems(shop))
    assert any("entry 3 does not hash" in p for p in audit(_path(shop)))


def test_every_changed_entry_is_reported_not_only_the_first(shop: Shop) -> None:
    _history(shop)
    shop.db.dispose()
    with sqlite3.connect(_path(shop), isolation_level=None) as raw:
        raw.execute("DROP TRIGGER journal_entry_no_update")
        raw.execute("UPDATE journal_entry SET payload = payload || ' ' WHERE seq IN (3, 6)")
    broken = [p for p in _problems(shop) if "The chain is broken" in p]
    assert [p.split(" (")[0] for p in broken] == ["The chain is broken at entry 3", "The chain is broken at entry 6"]


def test_a_cash_sale_cut_down_and_the_chain_resealed_is_caught_by_the_shift_closes_expected_cash(shop: Shop) -> None:
    _sell(shop)
    _close_shift(shop)

    def cut(_seq: int, type_: str, payload: dict[str, Any]) -> None:
        if type_ == "sale":
            payload["payments"][0]["amount"] -= 5_000

    _reseal(shop, cut)
    assert audit(_path(shop)) == []  # the chain and the closing's totals hold: only the cash does not add up
    assert any("The expected cash of the shift closed in entry" in p for p in _problems(shop)), _problems(shop)


def test_a_closing_that_skips_entries_of_its_period_is_caught(shop: Shop) -> None:
    _sell(shop)
    _close_shift(shop)

    def skip(_seq: int, type_: str, payload: dict[str, Any]) -> None:
        if type_ == "shift_close":
            payload["first_seq"] = 3

    _reseal(shop, skip)
    assert any("does not cover the entries since the previous closing" in p for p in _problems(shop))
    assert any("is not contiguous" in p for p in audit(_path(shop)))
