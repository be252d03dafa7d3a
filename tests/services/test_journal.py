"""The tamper-evident journal: appended with every sale, refused updates and deletes, and `verify` catching each
kind of tampering done directly on the SQLite file (by someone who first drops the triggers)."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from datetime import UTC, date, datetime

import pytest
import time_machine
from races import DONE, race
from shop import Shop, act_as, approved
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session
from till_races import open_drawers

from ska_pos.db.models import JournalEntry, Sale
from ska_pos.domain.settlement import Tender
from ska_pos.reports.daily_sections import daily_tables
from ska_pos.reports.receipt_layout import receipt_blocks
from ska_pos.reports.shift_report_layout import shift_report_blocks
from ska_pos.services import (
    cart_ops,
    daily_summary,
    journal,
    journal_closings,
    journal_verify,
    receipts,
    reversals,
    sales,
    shift_report,
    shifts,
)  # fmt: skip
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError


def _sell(shop: Shop, code: str = "8990003") -> sales.CompletedSale:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, code)
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])


def _close_shift(shop: Shop) -> None:
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        counts = {100: expected // 100}
        shifts.close_shift(s, shop.cashier, counts, approval=approved(s, "shift.close_difference"))


def _verify(shop: Shop) -> journal_verify.VerifyReport:
    with shop.db.reading() as s:
        return journal_verify.verify(s)


def _raw(shop: Shop) -> sqlite3.Connection:
    """The file opened as an attacker would: no triggers, no foreign keys."""
    shop.db.dispose()
    connection = sqlite3.connect(str(shop.db.engine.url.database), isolation_level=None)
    connection.execute("DROP TRIGGER journal_entry_no_update")
    connection.execute("DROP TRIGGER journal_entry_no_delete")
    return connection


def test_every_sale_and_shift_event_is_chained_and_verifies(shop: Shop) -> None:
    first = _sell(shop)
    _sell(shop, "8990001")
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, first.sale_id, "Salah input", approval=approved(s, "sale.void"))
        shifts.move_cash(s, shop.cashier, "in", 10_000, "Uang kecil")
    _close_shift(shop)
    with shop.db.reading() as s:
        entries = s.scalars(
            select(JournalEntry).where(JournalEntry.till_id == shop.cashier.till_id).order_by(JournalEntry.seq)
        ).all()
    # the cashier's login at this till comes first
    assert [entry.type for entry in entries] == ["login", "shift_open", "sale", "sale", "void", "cash_in",
                                                 "shift_close"]  # fmt: skip
    assert [entry.seq for entry in entries] == list(range(1, 8))
    assert entries[0].prev_hash == str(shop.cashier.till_id)
    closing = json.loads(entries[-1].payload)
    assert (closing["first_seq"], closing["last_seq"], closing["last_hash"]) == (1, 6, entries[5].hash)
    assert (closing["totals"]["sales"], closing["totals"]["voids"]) == (2, 1)
    assert closing["grand_total"] == closing["totals"]["total"]
    report = _verify(shop)
    assert report.ok, list(report.lines())
    assert report.entries >= 6


def test_two_tills_interleaving_keep_their_own_gapless_sequences(shop: Shop) -> None:
    for _round in range(3):
        _sell(shop)
        with shop.db.transaction() as s:
            cart = Cart(shop.salon.id)
            cart_ops.add_by_code(s, cart, "8990009")
            sales.complete_sale(s, shop.salon_cashier, cart, [Tender("cash", 50_000)])
    with shop.db.reading() as s:
        rows = s.execute(select(JournalEntry.till_id, JournalEntry.seq, JournalEntry.type)).all()
    for till_id in (shop.cashier.till_id, shop.salon_cashier.till_id):
        mine = [row for row in rows if row.till_id == till_id]
        assert sorted(row.seq for row in mine) == list(range(1, 6))  # the login, the shift's opening, three sales
        assert sum(row.type == "sale" for row in mine) == 3
    assert _verify(shop).ok


@pytest.mark.parametrize("shop_name", ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)])
def test_the_database_refuses_to_change_or_delete_a_journal_entry(
    request: pytest.FixtureRequest, shop_name: str
) -> None:
    shop: Shop = request.getfixturevalue(shop_name)
    _sell(shop)
    with pytest.raises(DatabaseError, match="never updated or deleted"), shop.db.transaction() as s:
        s.execute(update(JournalEntry).values(payload="{}"))
    with pytest.raises(DatabaseError, match="never updated or deleted"), shop.db.transaction() as s:
        s.execute(delete(JournalEntry))
    if shop_name == "pg_shop":
        with pytest.raises(DatabaseError, match="never updated or deleted"), shop.db.transaction() as s:
            s.execute(text("TRUNCATE journal_entry"))


@pytest.mark.parametrize("shop_name", ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)])
def test_the_database_refuses_to_replace_a_journal_entry(request: pytest.FixtureRequest, shop_name: str) -> None:
    """SQLite's INSERT OR REPLACE deletes the row in its way without a DELETE trigger; PostgreSQL's upsert updates."""
    shop: Shop = request.getfixturevalue(shop_name)
    _sell(shop)
    columns = "id, till_id, seq, type, record_id, schema_version, payload, prev_hash, hash, created_at"
    copy = "SELECT " + columns.replace("payload", "'{}'") + " FROM journal_entry"
    if shop_name == "pg_shop":
        replace = f"INSERT INTO journal_entry ({columns}) {copy} ON CONFLICT (id) DO UPDATE SET payload = '{{}}'"
    else:
        replace = f"INSERT OR REPLACE INTO journal_entry ({columns}) {copy}"
    with pytest.raises(DatabaseError, match="never"), shop.db.transaction() as s:
        s.execute(text(replace))
    with shop.db.reading() as s:
        assert "{}" not in s.scalars(select(JournalEntry.payload)).all()


def test_a_changed_amount_in_the_sale_table_is_caught(shop: Shop) -> None:
    sale = _sell(shop)
    with _raw(shop) as raw:
        raw.execute("UPDATE sale SET total = total - 1000 WHERE id = ?", (sale.sale_id.hex,))
    report = _verify(shop)
    assert not report.ok
    assert any(f"Receipt {sale.receipt_no} differs from its journal entry" in p for p in report.problems)


def test_a_changed_amount_in_the_journal_is_caught_with_its_receipt(shop: Shop) -> None:
    sale = _sell(shop)
    _sell(shop)
    with _raw(shop) as raw:
        (payload,) = raw.execute(
            "SELECT payload FROM journal_entry WHERE type = 'sale' ORDER BY seq LIMIT 1"
        ).fetchone()
        changed = payload.replace(f'"total":{sale.total}', f'"total":{sale.total - 1000}')
        assert changed != payload
        raw.execute("UPDATE journal_entry SET payload = ? WHERE payload = ?", (changed, payload))
    report = _verify(shop)
    problems = [p for chain in report.chains for p in chain.problems]
    assert any(f"The chain is broken at entry 3 (receipt {sale.receipt_no})" in p for p in problems), problems


def test_a_deleted_sale_is_caught(shop: Shop) -> None:
    _sell(shop)
    gone = _sell(shop, "8990001")
    _sell(shop)
    with _raw(shop) as raw:
        raw.execute("DELETE FROM journal_entry WHERE record_id = ?", (gone.sale_id.hex,))
        raw.execute("DELETE FROM payment WHERE sale_id = ?", (gone.sale_id.hex,))
        raw.execute("DELETE FROM earning_entry WHERE sale_id = ?", (gone.sale_id.hex,))
        raw.execute("DELETE FROM stock_movement WHERE sale_line_id IN (SELECT id FROM sale_line WHERE sale_id = ?)",
                    (gone.sale_id.hex,))  # fmt: skip
        raw.execute("DELETE FROM sale_line WHERE sale_id = ?", (gone.sale_id.hex,))
        raw.execute("DELETE FROM sale WHERE id = ?", (gone.sale_id.hex,))
    report = _verify(shop)
    problems = [p for chain in report.chains for p in chain.problems]
    assert any("Entries 4 to 4 are missing" in p for p in problems), problems
    assert any("The chain is broken at entry 5" in p for p in problems), problems


def test_a_sale_row_without_its_journal_entry_and_an_entry_without_its_sale_are_caught(shop: Shop) -> None:
    kept = _sell(shop)
    orphan = _sell(shop, "8990001")
    with _raw(shop) as raw:
        raw.execute("DELETE FROM journal_entry WHERE record_id = ?", (kept.sale_id.hex,))
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("UPDATE sale SET id = ? WHERE id = ?", ("0" * 32, orphan.sale_id.hex))
    problems = _verify(shop).problems
    assert f"Receipt {kept.receipt_no} has no journal entry" in problems
    assert any(f"Receipt {orphan.receipt_no} is in the journal" in p and "its sale is gone" in p for p in problems)


def test_deleting_the_last_entries_after_a_closing_is_caught(shop: Shop) -> None:
    _sell(shop)
    _sell(shop)
    _close_shift(shop)
    with shop.db.reading() as s:
        closing_seq = s.scalar(select(JournalEntry.seq).where(JournalEntry.type == "shift_close"))
    with _raw(shop) as raw:
        raw.execute("DELETE FROM journal_entry WHERE seq >= ? - 2 AND seq < ? AND till_id = ?",
                    (closing_seq, closing_seq, shop.cashier.till_id.hex))  # fmt: skip
    report = _verify(shop)
    problems = [p for chain in report.chains for p in chain.problems]
    assert not report.ok
    assert any("are missing" in p for p in problems), problems


def test_deleting_the_closing_and_the_entries_before_it_leaves_the_tail_missing(shop: Shop) -> None:
    _sell(shop)
    _close_shift(shop)
    with shop.db.transaction() as s:
        shifts.open_shift(s, shop.cashier, 0)
    _sell(shop)
    _close_shift(shop)
    with _raw(shop) as raw:
        (last,) = raw.execute("SELECT max(seq) FROM journal_entry WHERE till_id = ?",
                              (shop.cashier.till_id.hex,)).fetchone()  # fmt: skip
        raw.execute("DELETE FROM journal_entry WHERE till_id = ? AND seq >= ?", (shop.cashier.till_id.hex, last - 1))
    report = _verify(shop)
    assert any("The shift closed at" in p and "has no journal entry" in p for p in report.problems), report.problems
    assert any("has no journal entry" in p for p in report.problems)


def test_a_closing_whose_totals_differ_from_its_entries_is_caught(shop: Shop) -> None:
    _sell(shop)
    _close_shift(shop)
    with shop.db.reading() as s:
        entry = s.scalars(select(JournalEntry).where(JournalEntry.type == "shift_close")).one()
        payload = json.loads(entry.payload)
        payload["totals"]["total"] += 1000
        body = journal.canonical(payload)
        # A forger who recomputes the hash of the closing they changed: the chain holds, the totals do not.
        forged = journal.entry_hash(entry.prev_hash, entry.till_id, entry.seq, entry.type, 1, body)
        till, seq = entry.till_id.hex, entry.seq
    with _raw(shop) as raw:
        raw.execute("UPDATE journal_entry SET payload = ?, hash = ? WHERE till_id = ? AND seq = ?",
                    (body, forged, till, seq))  # fmt: skip
    problems = [p for chain in _verify(shop).chains for p in chain.problems]
    assert any("The totals of closing 1" in p for p in problems), problems


def test_closing_the_day_once_per_till_and_date_and_not_while_its_shift_is_open(shop: Shop) -> None:
    _sell(shop)
    supervisor = act_as(shop, "supervisor")
    with pytest.raises(ValidationError, match=r"opened at .* by Rina Kasir is still open"), shop.db.transaction() as s:
        journal_closings.close_day(s, supervisor)
    _close_shift(shop)
    with shop.db.transaction() as s:
        closing = journal_closings.close_day(s, supervisor)
    assert (closing.closing_no, len(closing.short_hash)) == (1, 16)
    with pytest.raises(Exception, match="already closed"), shop.db.transaction() as s:
        journal_closings.close_day(s, supervisor)
    assert _verify(shop).ok


def test_closing_after_midnight_closes_the_day_that_was_worked(shop: Shop) -> None:
    with time_machine.travel(datetime(2026, 12, 6, 15, 0, tzinfo=UTC)):  # 22:00 in Jakarta
        sold = _sell(shop)
        _close_shift(shop)
    with time_machine.travel(datetime(2026, 12, 6, 18, 0, tzinfo=UTC)):  # 01:00 next day
        supervisor = act_as(shop, "supervisor")
        with shop.db.transaction() as s:
            closing = journal_closings.close_day(s, supervisor)
            [day] = journal_closings.day_closings(s, [shop.cashier.till_id], date(2026, 12, 6))
    assert sold.receipt_no.split("-")[2] == "20261206"
    assert day == closing


def test_a_check_is_kept_for_the_managers_area(shop: Shop) -> None:
    _sell(shop)
    with shop.db.transaction() as s:
        journal_verify.record_check(s, journal_verify.verify(s))
    with shop.db.reading() as s:
        last = journal_verify.last_check(s)
    assert last is not None
    assert (last.problems, last.entries >= 2) == (0, True)
    with shop.db.reading() as s:
        assert s.scalar(select(Sale.id)) is not None


def test_paper_shows_the_journal_the_receipt_its_entry_and_the_reports_their_closing(shop: Shop) -> None:
    sale = _sell(shop)
    with shop.db.reading() as s:
        entry = s.scalars(select(JournalEntry).where(JournalEntry.record_id == sale.sale_id)).one()
        receipt = receipts.receipt_data(s, sale.sale_id, language="id")
        shift_id = shifts.current_shift(s, shop.cashier).id
    assert (receipt.journal_seq, receipt.journal_hash) == (entry.seq, entry.hash)
    assert any(f"Jurnal {entry.seq} · {entry.hash[:8]}" in str(block) for block in receipt_blocks(receipt))
    _close_shift(shop)
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        day_closing = journal_closings.close_day(s, supervisor)
    with shop.db.reading() as s:
        closing = s.scalars(select(JournalEntry).where(JournalEntry.type == "shift_close")).one()
        report = shift_report.build_shift_report(s, shift_id, language="id")
        day = date.fromisoformat(json.loads(entry.payload)["business_date"])
        summary = daily_summary.daily_summary(s, day, outlet_code=shop.cafe.code, language="id")
    last_hash = json.loads(closing.payload)["last_hash"]
    assert any(f"Penutupan no. 1 · jurnal {last_hash[:16]}" in str(block) for block in shift_report_blocks(report))
    table = next(table for table in daily_tables(summary) if table.title == "Penutupan hari")
    assert table.rows[0][1:3] == ("1", day_closing.short_hash)


@pytest.mark.parametrize("shop_name", ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)])
def test_two_processes_appending_to_one_tills_chain_keep_it_gapless(
    request: pytest.FixtureRequest, shop_name: str
) -> None:
    shop: Shop = request.getfixturevalue(shop_name)
    url = shop.db.engine.url.render_as_string(hide_password=False)
    rounds = 8
    outcomes = race(open_drawers, [(url, shop.cashier, "racer 0"), (url, shop.cashier, "racer 1")], rounds)
    assert outcomes == [[DONE, DONE]] * rounds
    with shop.db.reading() as s:
        seqs = list(s.scalars(select(JournalEntry.seq).where(JournalEntry.till_id == shop.cashier.till_id)))
    assert sorted(seqs) == list(range(1, 2 * rounds + 3))  # the login, the shift's opening, every drawer opening
    assert _verify(shop).ok


@pytest.mark.postgres
def test_a_closing_waits_for_the_tills_other_writer_before_reading_its_period(pg_shop: Shop) -> None:
    """PostgreSQL: a closing that read its period before another transaction's entry committed would end before
    that entry and leave it in no period."""
    till = pg_shop.cashier.till_id
    closed: list[journal_closings.Closing] = []

    def close() -> None:
        with pg_shop.db.transaction() as s:
            details = {"business_date": date(2026, 12, 6), "till_id": till, "closed_by_id": None, "closed_at": None}
            closed.append(journal_closings.write_closing(s, till, "day_close", details, record_id=till))

    with pg_shop.db.reading() as s:
        before = s.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.till_id == till))
    with pg_shop.db.engine.connect() as other, other.begin(), Session(bind=other) as writer:
        shifts.record_drawer_opening(writer, till, None, "test")  # holds the till's lock until committed
        closer = threading.Thread(target=close)
        closer.start()
        _wait_for_a_waiting_advisory_lock(pg_shop)
    closer.join(timeout=60)
    assert [closing.last_seq for closing in closed] == [before + 1]  # the drawer opening it waited for
    assert _verify(pg_shop).ok


def _wait_for_a_waiting_advisory_lock(shop: Shop) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with shop.db.engine.connect() as watcher:
            waiting = watcher.scalar(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))
        if waiting:
            return
        time.sleep(0.05)
    raise AssertionError("the closing never waited for the till's lock")


def test_a_day_is_closed_in_order_and_never_under_a_date_before_its_sales(shop: Shop) -> None:
    """A day closing covers every entry since the previous one: closing an earlier date after a later one (an empty
    closing under a day whose sales another closing holds), or a date before the sales it would cover, would put
    on paper a closing whose totals are not that day's."""
    supervisor = act_as(shop, "supervisor")
    with time_machine.travel(datetime(2026, 12, 6, 14, 0, tzinfo=UTC)):  # 21:00 in Jakarta
        _sell(shop)
        _close_shift(shop)
    with time_machine.travel(datetime(2026, 12, 7, 2, 0, tzinfo=UTC)):  # the next morning: the day was not closed
        with shop.db.transaction() as s:
            shifts.open_shift(s, shop.cashier, 200_000)
        _sell(shop)
        _close_shift(shop)
    with time_machine.travel(datetime(2026, 12, 7, 14, 0, tzinfo=UTC)):
        with pytest.raises(ValidationError, match="2026-12-07"), shop.db.transaction() as s:
            journal_closings.close_day(s, supervisor, day=date(2026, 12, 6))  # would hold the 7th's sale
        with shop.db.transaction() as s:
            closing = journal_closings.close_day(s, supervisor)  # the 7th, with the 6th that was left open
        with pytest.raises(ValidationError, match="2026-12-07"), shop.db.transaction() as s:
            journal_closings.close_day(s, supervisor, day=date(2026, 12, 6))
        with shop.db.reading() as s:
            assert journal_closings.day_closings(s, [shop.cashier.till_id], date(2026, 12, 6)) == []
    assert closing.closing_no == 1
    assert _verify(shop).ok
