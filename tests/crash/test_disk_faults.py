"""A full disk and a failing disk at the moment a sale commits (tests/crash/disk_faults.py says how, and why that
is faithful): nothing of the sale is written, the cart is still the cashier's, the words say what happened and
what to do, and once the disk is back the same cart is sold once, under the first free number."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from shop import Shop
from sqlalchemy import Connection, event, func, select
from sqlalchemy.exc import OperationalError

from crash.disk_faults import FAULTS, Fault, database_size_capped, failing_log_writes
from crash.sale_checks import check_sales
from ska_pos.db.models import EarningEntry, JournalEntry, Payment, PrintJob, Sale, SaleLine, StockMovement
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import set_language
from ska_pos.services import cart_ops, print_jobs, sales
from ska_pos.services.cart import Cart
from ska_pos.services.errors import DiskFailure, DiskFull, plain_database_error

SQLITE_ERRORS = {"disk full": "SQLITE_FULL", "I/O error": "SQLITE_IOERR_WRITE"}
WORDS = {  # the sentence each fault gets, in Indonesian: what happened, that nothing was saved, what to do
    "disk full": (DiskFull, "Disk penuh: tidak ada yang disimpan. Kosongkan ruang"),
    "I/O error": (DiskFailure, "Disk tidak dapat ditulis (kesalahan I/O): tidak ada yang disimpan. Coba sekali"),
}
WRITTEN_BY_A_SALE = (Sale, SaleLine, Payment, EarningEntry, StockMovement, PrintJob, JournalEntry)


def rung_up(shop: Shop) -> Cart:
    with shop.db.reading() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(2))
        cart_ops.add_item(s, cart, shop.keripik.id, Decimal(1))
    return cart


def sell(shop: Shop, cart: Cart) -> sales.CompletedSale:
    """The sale screen's one write (ui/till/sale_flow.py)."""
    with shop.db.transaction() as s:
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 1_000_000)])
        print_jobs.queue_sale_prints(s, shop.cashier, done.sale_id, open_drawer=True)
    return done


def rows_a_sale_writes(shop: Shop) -> dict[str, int]:
    with shop.db.reading() as s:
        return {model.__name__: s.scalar(select(func.count()).select_from(model)) or 0 for model in WRITTEN_BY_A_SALE}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_disk_fault_at_the_commit_writes_nothing_keeps_the_cart_and_says_what_to_do(shop: Shop, fault: Fault) -> None:
    set_language("id")
    cart = rung_up(shop)
    before, rows_before = cart.to_json(), rows_a_sale_writes(shop)
    commits: list[Connection] = []
    event.listen(shop.db.engine, "commit", commits.append)
    with failing_log_writes(shop.db.engine, fault), pytest.raises(OperationalError) as raised:
        sell(shop, cart)
    assert commits, "the sale's statements all ran: the fault came at the commit"
    assert raised.value.orig.sqlite_errorname == SQLITE_ERRORS[fault]  # type: ignore[union-attr]
    assert rows_a_sale_writes(shop) == rows_before, "a sale that failed to commit left rows behind"
    assert cart.to_json() == before, "the cashier's cart changed"
    kind, words = WORDS[fault]
    plain = plain_database_error(raised.value)
    assert isinstance(plain, kind)
    assert plain.message.startswith(words), plain.message

    done = sell(shop, cart)  # the disk is back: the same cart, sold once
    assert done.receipt_no.endswith("-0001")
    checks = check_sales(shop.db, [done.receipt_no], print_kinds=set())
    assert checks.problems == []
    assert (checks.sales, checks.journal_entries) == (1, 1)


def test_a_database_that_cannot_grow_fails_the_sale_at_a_statement_and_writes_nothing(shop: Shop) -> None:
    """SQLite's own SQLITE_FULL, met half way through the sale's inserts instead of at the commit."""
    set_language("id")
    with shop.db.reading() as s:
        cart = Cart(shop.cafe.id)
        for _ in range(40):  # more lines than fit in the pages the file has: the sale_line table must grow
            cart_ops.add_item(s, cart, shop.kopi.id, Decimal(1))
    before, rows_before = cart.to_json(), rows_a_sale_writes(shop)
    commits: list[Connection] = []
    event.listen(shop.db.engine, "commit", commits.append)
    with database_size_capped(shop.db.engine), pytest.raises(OperationalError) as raised:
        sell(shop, cart)
    assert not commits, "the fault came before the commit"
    assert raised.value.orig.sqlite_errorname == "SQLITE_FULL"  # type: ignore[union-attr]
    assert rows_a_sale_writes(shop) == rows_before
    assert cart.to_json() == before
    plain = plain_database_error(raised.value)
    assert isinstance(plain, DiskFull)
    done = sell(shop, cart)
    assert done.receipt_no.endswith("-0001")
    assert check_sales(shop.db, [done.receipt_no], print_kinds=set()).problems == []


def test_the_fault_is_in_the_log_and_nowhere_else(shop: Shop, tmp_path: Path) -> None:
    """The injection leaves the rest of the process alone: other files are written while the log refuses."""
    rung_up(shop)
    other = tmp_path / "other.txt"
    with failing_log_writes(shop.db.engine, "disk full"):
        other.write_text("still written " * 1000)
    assert other.read_text().startswith("still written")
    sell(shop, rung_up(shop))


@pytest.mark.parametrize(("fault", "driver_error"), [("disk full", "DiskFull"), ("I/O error", "IoError")])
def test_postgresqls_disk_full_and_io_error_get_the_same_words(fault: Fault, driver_error: str) -> None:
    """A server's disk (SQLSTATE 53100, 58030), as psycopg raises them; the server cannot be made to fill up here."""
    errors = pytest.importorskip("psycopg.errors")
    set_language("id")
    kind, words = WORDS[fault]
    plain = plain_database_error(OperationalError("COMMIT", None, getattr(errors, driver_error)("could not write")))
    assert isinstance(plain, kind)
    assert plain.message.startswith(words)
