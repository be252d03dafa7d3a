"""`verify` compares every journaled table with the journal, both ways, on every field the payload holds: what
an auditor would try on the file after dropping the triggers (each of these passed unseen before)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

from package_shop import at, build_package_shop, creambath, day_after
from shop import Shop, act_as, approved

from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, journal_verify, payouts, reversals, sales, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.packages.expiry import expire_packages
from ska_pos.services.packages.ledger import sell_package
from ska_pos.services.packages.refunds import refund_package

DAY = date(2026, 12, 7)


def _sell(shop: Shop, code: str = "8990003") -> sales.CompletedSale:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, code)
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])


def _raw(shop: Shop) -> sqlite3.Connection:
    """The file opened as an attacker would: no triggers, no foreign keys."""
    shop.db.dispose()
    connection = sqlite3.connect(str(shop.db.engine.url.database), isolation_level=None)
    connection.execute("DROP TRIGGER journal_entry_no_update")
    connection.execute("DROP TRIGGER journal_entry_no_delete")
    connection.execute("PRAGMA foreign_keys = OFF")
    return connection


def _problems(shop: Shop) -> list[str]:
    with shop.db.reading() as s:
        report = journal_verify.verify(s)
    return [*report.problems, *(p for chain in report.chains for p in chain.problems)]


def _manager(shop: Shop) -> Actor:
    return act_as(shop, "manager")


def _payout(shop: Shop) -> str:
    manager = _manager(shop)
    with shop.db.transaction() as s:
        payout = payouts.record_payout(s, manager, shop.siti.id, 10_000, "cash", over_balance_reason="advance")
    return payout.id.hex


def test_a_clean_history_of_every_kind_verifies(shop: Shop) -> None:
    sold = _sell(shop)
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, sold.sale_id, "salah input", approval=approved(s, "sale.void"))
    _payout(shop)
    manager = _manager(shop)
    with shop.db.transaction() as s:
        payouts.record_adjustment(s, manager, shop.siti.id, 5_000, "bonus")
        shifts.move_cash(s, shop.cashier, "in", 20_000, "modal")
    assert _problems(shop) == []


def test_a_deleted_sale_cannot_hide_behind_another_entrys_record_id(shop: Shop) -> None:
    gone = _sell(shop)
    later = _sell(shop, "8990001")
    with _raw(shop) as raw:
        raw.execute("UPDATE journal_entry SET record_id = ? WHERE record_id = ?", (later.sale_id.hex, gone.sale_id.hex))
        for table in ("payment", "earning_entry", "print_job"):
            raw.execute(f"DELETE FROM {table} WHERE sale_id = ?", (gone.sale_id.hex,))
        raw.execute("DELETE FROM stock_movement WHERE sale_line_id IN (SELECT id FROM sale_line WHERE sale_id = ?)",
                    (gone.sale_id.hex,))  # fmt: skip
        raw.execute("DELETE FROM sale_line WHERE sale_id = ?", (gone.sale_id.hex,))
        raw.execute("DELETE FROM sale WHERE id = ?", (gone.sale_id.hex,))
    problems = _problems(shop)
    assert any(f"Receipt {gone.receipt_no} is in the journal" in p for p in problems), problems


def test_a_payment_method_changed_in_the_table_is_caught(shop: Shop) -> None:
    sale = _sell(shop)
    with _raw(shop) as raw:
        raw.execute("UPDATE payment SET method = 'qris' WHERE sale_id = ?", (sale.sale_id.hex,))
    assert any(f"The payments of receipt {sale.receipt_no} differ" in p for p in _problems(shop))


def test_a_sale_line_changed_in_the_table_is_caught(shop: Shop) -> None:
    sale = _sell(shop)
    with _raw(shop) as raw:
        raw.execute("UPDATE sale_line SET net_amount = net_amount - 1000 WHERE sale_id = ?", (sale.sale_id.hex,))
    assert any("A line of receipt" in p and "net_amount" in p for p in _problems(shop)), _problems(shop)


def test_a_sales_cashier_and_time_changed_in_the_table_are_caught(shop: Shop) -> None:
    sale = _sell(shop)
    with _raw(shop) as raw:
        raw.execute("UPDATE sale SET cashier_id = ?, sold_at = '2026-01-01 00:00:00.000000' WHERE id = ?",
                    (shop.supervisor.id.hex, sale.sale_id.hex))  # fmt: skip
    problems = _problems(shop)
    assert any(f"Receipt {sale.receipt_no} differs" in p and "cashier_id" in p and "sold_at" in p for p in problems)


def test_a_workers_credit_changed_in_the_table_is_caught(shop: Shop) -> None:
    sale = _sell(shop)
    with _raw(shop) as raw:
        raw.execute("UPDATE earning_entry SET amount = amount * 10 WHERE sale_id = ?", (sale.sale_id.hex,))
    assert any("A worker's credit of receipt" in p and "amount" in p for p in _problems(shop)), _problems(shop)


def test_a_payout_changed_or_inserted_without_an_entry_is_caught(shop: Shop) -> None:
    _sell(shop)
    payout_id = _payout(shop)
    with _raw(shop) as raw:
        raw.execute("UPDATE payout SET amount = 500000 WHERE id = ?", (payout_id,))
        columns = [row[1] for row in raw.execute("PRAGMA table_info(payout)")]
        row = list(raw.execute(f"SELECT {','.join(columns)} FROM payout WHERE id = ?", (payout_id,)).fetchone())
        row[columns.index("id")] = "f" * 32
        raw.execute(f"INSERT INTO payout ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})", row)
    problems = _problems(shop)
    assert any("The payout of Rp500000" in p and "differs" in p for p in problems), problems
    assert any("The payout of Rp500000" in p and "has no journal entry" in p for p in problems), problems


def test_a_cash_movement_and_an_adjustment_changed_in_the_table_are_caught(shop: Shop) -> None:
    manager = _manager(shop)
    with shop.db.transaction() as s:
        shifts.move_cash(s, shop.cashier, "in", 20_000, "modal")
        entry = payouts.record_adjustment(s, manager, shop.siti.id, 5_000, "bonus")
    with _raw(shop) as raw:
        raw.execute("UPDATE cash_movement SET amount = 200000, direction = 'out'")
        raw.execute("UPDATE earning_entry SET amount = 900000 WHERE id = ?", (entry.id.hex,))
    problems = _problems(shop)
    assert any("The cash movement of Rp200000" in p and "amount, type" in p for p in problems), problems
    assert any("The earnings adjustment of Rp900000" in p for p in problems), problems


def test_a_shift_closings_counted_cash_changed_in_the_table_is_caught_and_said_in_the_outlets_time(
    shop: Shop,
) -> None:
    _sell(shop)
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        shifts.close_shift(s, shop.cashier, {100: expected // 100}, approval=approved(s, "shift.close_difference"),
                           now=datetime(2026, 12, 6, 8, 30, tzinfo=UTC))  # fmt: skip
    with _raw(shop) as raw:
        raw.execute("UPDATE shift_closing SET counted_cash = counted_cash - 50000, difference = difference - 50000")
    problems = _problems(shop)
    closed = "The shift closed at 2026-12-06 15:30 WIB"  # the café is in Jakarta
    assert any(closed in p and "counted_cash, difference" in p for p in problems), problems


def test_two_entries_for_one_sale_are_reported(shop: Shop) -> None:
    _sell(shop)
    columns = "till_id, type, record_id, schema_version, payload, prev_hash, hash, created_at"
    with _raw(shop) as raw:  # the sale's entry copied under another seq
        raw.execute(
            f"INSERT INTO journal_entry (id, seq, {columns}) SELECT lower(hex(randomblob(16))), seq + 100, "
            f"{columns} FROM journal_entry WHERE type = 'sale'"
        )
    assert any("Two journal entries describe the same record" in p for p in _problems(shop)), _problems(shop)


def test_a_workers_credit_inserted_without_a_sale_is_caught(shop: Shop) -> None:
    """A credit that names no sale and is no adjustment: the worker's balance grows, and no entry describes it."""
    sale = _sell(shop)
    with _raw(shop) as raw:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(earning_entry)")]
        row = list(raw.execute(f"SELECT {','.join(columns)} FROM earning_entry WHERE sale_id = ?",
                               (sale.sale_id.hex,)).fetchone())  # fmt: skip
        row[columns.index("id")] = "e" * 32
        row[columns.index("amount")] = 750_000
        row[columns.index("sale_id")] = row[columns.index("sale_line_id")] = None
        raw.execute(f"INSERT INTO earning_entry ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})", row)
    problems = _problems(shop)
    assert any("Rp750000" in p and "no journal entry" in p for p in problems), problems


def test_a_workers_credit_moved_to_another_day_or_kind_is_caught(shop: Shop) -> None:
    """The credit's day, kind and outlet are its sale's: moving it to another pay period is a change."""
    sale = _sell(shop)
    with _raw(shop) as raw:
        raw.execute("UPDATE earning_entry SET business_date = '2026-11-01', kind = 'refund' WHERE sale_id = ?",
                    (sale.sale_id.hex,))  # fmt: skip
    problems = _problems(shop)
    assert any("A worker's credit of receipt" in p and "business_date" in p and "kind" in p for p in problems), problems


_PACKAGE_TABLES = ("package_expiry", "package_refund", "package_sale")


def _packages(shop: Shop) -> None:
    """Two packages sold at the salon: one refunded the same day, the other expired after its three days."""
    salon = build_package_shop(shop, [creambath(shop, "CB5", days=3)])
    spv = act_as(shop, "spv", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.transaction() as s:
        sold = [sell_package(s, shop.salon_cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(DAY))
                for _ in range(2)]  # fmt: skip
        refund_package(s, spv, sold[0].package_id, "cash", "Pindah kota", now=at(DAY))
    with shop.db.transaction() as s:
        assert expire_packages(s, spv, shop.salon.id, now=at(day_after(DAY, 3))) == 1
    assert _problems(shop) == []


def _without_triggers(raw: sqlite3.Connection, *tables: str) -> None:
    marks = ",".join("?" * len(tables))
    query = f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})"
    for (name,) in raw.execute(query, tables).fetchall():
        raw.execute(f"DROP TRIGGER {name}")


def _copy_with_a_new_id(raw: sqlite3.Connection, table: str, new_id: str) -> None:
    columns = [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]
    row = list(raw.execute(f"SELECT {','.join(columns)} FROM {table} LIMIT 1").fetchone())
    row[columns.index("id")] = new_id
    if "package_id" in columns:  # one expiry and one refund a package: of a package copied first
        row[columns.index("package_id")] = "a" * 32
    if "seq" in columns:
        row[columns.index("seq")] += 100
    raw.execute(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})", row)


def test_a_package_sale_expiry_or_refund_changed_or_inserted_without_an_entry_is_caught(shop: Shop) -> None:
    _packages(shop)
    with _raw(shop) as raw:
        _without_triggers(raw, *_PACKAGE_TABLES)
        raw.execute("UPDATE package_sale SET price = 900000")
        raw.execute("UPDATE package_expiry SET amount = 800000")
        raw.execute("UPDATE package_refund SET amount = 700000")
        for table, new_id in (("package_sale", "a" * 32), ("package_expiry", "b" * 32), ("package_refund", "c" * 32)):
            _copy_with_a_new_id(raw, table, new_id)
    problems = _problems(shop)
    for name in ("The package sold for Rp900000", "The package expiry of Rp800000", "The package refund of Rp700000"):
        assert any(name in p and "differs" in p and "amount" in p for p in problems), (name, problems)
        assert any(name in p and "has no journal entry" in p for p in problems), (name, problems)


def test_a_package_sale_expiry_or_refund_deleted_from_the_tables_is_caught(shop: Shop) -> None:
    _packages(shop)
    with _raw(shop) as raw:
        _without_triggers(raw, *_PACKAGE_TABLES)
        for table in _PACKAGE_TABLES:
            raw.execute(f"DELETE FROM {table}")
    problems = _problems(shop)
    for type_ in ("package_sale", "package_expiry", "package_refund"):
        assert any(p.startswith(f"{type_} is in the journal") for p in problems), (type_, problems)
