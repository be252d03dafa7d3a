"""The catalog import's row problems (one rule each, with its row and column), all or nothing, progress and cancel,
unchanged items left alone, and the prices it sets recorded in the audit log and the till's journal."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from shop import Shop, act_as, as_admin
from sqlalchemy import func, select

from ska_pos.db.models import AuditEntry, Barcode, Category, Item, ItemPrice, JournalEntry
from ska_pos.services import catalog_import_writes
from ska_pos.services.catalog_file import CatalogImportError, ImportCancelled, read_catalog
from ska_pos.services.catalog_import import import_catalog, plan_import
from ska_pos.services.journal_verify import verify

HEADER = "sku,name,price,outlet_code,category,kind,unit,barcodes,maker_code,min_quantity\n"


def write(tmp_path: Path, rows: str, name: str = "catalog.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def counts(shop: Shop) -> dict[str, int]:
    with shop.db.reading() as s:
        return {model.__name__: s.scalar(select(func.count()).select_from(model)) or 0
                for model in (Item, Barcode, Category, AuditEntry, JournalEntry)}  # fmt: skip


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ("B1,,1000,,,,,,,", "name", "missing name"),
        ("B1,Barang,abc,,,,,,,", "price", "Not an amount"),
        ("B1,Barang,-5,,,,,,,", "price", "Not an amount"),
        ("B1,Barang,99999999999999999999,,,,,,,", "price", ""),
        ("B 1,Barang,1000,,,,,,,", "sku", "letters and digits"),
        ("B1,Barang,1000,,,gadget,,,,", "kind", "product or service"),
        ("B1,Barang,1000,,,,litre,,,", "unit", "pcs, kg, m, service"),
        ("B1,Barang,1000,XYZ,,,,,,", "outlet_code", "unknown outlet XYZ"),
        ("B1,Barang,1000,,,,,,W999,", "maker_code", "unknown worker W999"),
        ("B1,Barang,1000,,,,,8990001,,", "barcodes", "already belongs to ESTEH"),
        ("B1,Barang,1000,,,,,,,abc", "min_quantity", "not a quantity"),
        ("B1,Barang,1000,,,,,,,0", "min_quantity", "more than zero"),
        ("B1," + "x" * 201 + ",1000,,,,,,,", "name", "200"),
        ("B1,Barang,1000,," + "k" * 101 + ",,,,,", "category", "100"),
        ("B1,Barang,1000,,,,," + "8" * 65 + ",,", "barcodes", "64"),
        ("K" * 41 + ",Barang,1000,,,,,,,", "sku", "40"),
        ("B1,Barang,1000,,,,,,,,extra", "", "more field"),
    ],
)
def test_each_rule_names_the_row_and_column_and_nothing_is_written(
    shop: Shop, tmp_path: Path, row: str, column: str, words: str
) -> None:
    path = write(tmp_path, "GOOD1,Baik,1000,,,,,,,\n" + row + "\n")
    before = counts(shop)
    with pytest.raises(CatalogImportError) as raised, shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
    [problem] = raised.value.problems
    assert (problem.row, problem.column) == (3, column)
    assert words in problem.message
    assert str(problem).startswith("Row 3:")
    assert counts(shop) == before  # the good row on line 2 is not written either


def test_duplicates_within_the_file_name_both_rows(shop: Shop, tmp_path: Path) -> None:
    path = write(tmp_path, "B1,Satu,1000,,,,,777,,\nB1,Dua,1000,,,,,,,\nB3,Tiga,1000,,,,,777,,\n")
    with shop.db.reading() as s:
        plan = plan_import(s, read_catalog(path), default_outlet=s.merge(shop.cafe))
    assert [(p.row, p.column) for p in plan.problems] == [(3, "sku"), (4, "barcodes")]
    assert "already on row 2" in plan.problems[0].message
    assert not plan.new_items  # a plan with problems writes nothing


def test_a_plan_says_what_would_change_and_writes_nothing(shop: Shop, tmp_path: Path) -> None:
    path = write(tmp_path, "ESTEH,Es Teh Manis,5000,,Minuman,,,8990001,W001,\nKOPI,Kopi Tubruk,9000,,Minuman,,,8990002,"
                           "W002,\nNEW1,Barang Baru,1500,,Baru,,,,,\n")  # fmt: skip
    before = counts(shop)
    with shop.db.reading() as s:
        plan = plan_import(s, read_catalog(path), default_outlet=s.merge(shop.cafe))
    assert (len(plan.new_items), len(plan.changed_skus), plan.unchanged, len(plan.new_categories)) == (1, 1, 1, 1)
    assert [(p.sku, p.old, p.new) for p in plan.prices] == [("KOPI", 8000, 9000), ("NEW1", None, 1500)]
    assert counts(shop) == before


def test_an_unchanged_file_writes_no_item_again(shop: Shop, tmp_path: Path) -> None:
    path = write(tmp_path, "B1,Satu,1000,,Baru,,,111,W001,\nB2,Dua,2000,,Baru,,,,,0.5\n")
    with shop.db.transaction() as s:
        first = import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
    with shop.db.transaction() as s:
        again = import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
    assert (first.created, first.updated, again.created, again.updated, again.unchanged) == (2, 0, 0, 0, 2)
    assert again.prices == ()


def test_progress_counts_up_to_the_rows_written(shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_import_writes, "BATCH_ROWS", 10)
    path = write(tmp_path, "".join(f"B{n},Barang {n},{1000 + n},,Kat,,,77{n},,\n" for n in range(25)))
    seen: list[tuple[int, int]] = []
    with shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe),
                       progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    total = 1 + 25 + 25  # a category, the items, their barcodes
    assert seen[0] == (0, total)
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) > 4  # in batches, each a chance to cancel


def test_a_cancelled_import_writes_nothing(shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_import_writes, "BATCH_ROWS", 10)
    path = write(tmp_path, "".join(f"B{n},Barang {n},{1000 + n},,Kat,,,77{n},,\n" for n in range(25)))
    before = counts(shop)

    def cancel_after_first_batch(done: int, _total: int) -> None:
        if done >= 10:
            raise ImportCancelled("cancelled")

    with pytest.raises(ImportCancelled), shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe), progress=cancel_after_first_batch)
    assert counts(shop) == before


def test_prices_set_are_in_the_audit_log_and_the_tills_journal(shop: Shop, tmp_path: Path) -> None:
    path = write(tmp_path, "ESTEH,Es Teh Manis,6000,,Minuman,,,8990001,W001,\nNEW1,Barang Baru,1500,,,,,,,\n"
                           "KOPI,Kopi Tubruk,8000,,Minuman,,,8990002,W002,\n", name="harga.csv")  # fmt: skip
    manager = act_as(shop, "manager")  # at the café's till
    with shop.db.transaction() as s:
        report = import_catalog(s, manager, path, default_outlet=s.merge(shop.cafe))
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    expected = [["ESTEH", 5000, 6000], ["NEW1", None, 1500]]  # KOPI's price is the same: not set again
    with shop.db.reading() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "catalog_imported")).one()
        assert (audit.user_id, audit.till_id, audit.entity_id) == (manager.user_id, manager.till_id, digest)
        details = json.loads(audit.details)
        assert (details["file"], details["sha256"], details["created"], details["updated"]) == ("harga.csv", digest,
                                                                                                1, 1)  # fmt: skip
        assert details["prices"] == {str(shop.cafe.id): expected}
        entry = s.scalars(select(JournalEntry).where(JournalEntry.till_id == manager.till_id)
                          .order_by(JournalEntry.seq.desc()).limit(1)).one()  # fmt: skip
        payload = json.loads(entry.payload)
        assert (entry.type, payload["scope"], payload["key"]) == ("setting", f"outlet:{shop.cafe.id}", "item_prices")
        assert payload["user_id"] == str(manager.user_id)
        assert json.loads(payload["value"]) == {"file": "harga.csv", "sha256": digest, "prices": expected}
        assert verify(s).ok, list(verify(s).lines())


@pytest.mark.postgres
def test_the_import_on_postgresql(pg_shop: Shop, tmp_path: Path) -> None:
    """PostgreSQL gives keys as UUIDs and flags as booleans where SQLite gives text and integers: the comparison
    of existing items and the writes work on both."""
    shop = pg_shop
    path = write(tmp_path, "ESTEH,Es Teh Manis,6000,,Minuman,,,8990001,W001,\nNEW1,Barang Baru,1500,,Baru,,,7771,W002,"
                           "0.5\nKOPI,Kopi Tubruk,8000,,Minuman,,,8990002,W002,\n")  # fmt: skip
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        report = import_catalog(s, manager, path, default_outlet=s.merge(shop.cafe))
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    with shop.db.transaction() as s:
        again = import_catalog(s, manager, path, default_outlet=s.merge(shop.cafe))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    bad = write(tmp_path, "B1,Barang,1000,,,,,8990001,,\n", name="bad.csv")
    with pytest.raises(CatalogImportError, match="already belongs to ESTEH"), shop.db.transaction() as s:
        import_catalog(s, manager, bad, default_outlet=s.merge(shop.cafe))
    with shop.db.reading() as s:
        assert s.scalar(select(Item.price).where(Item.sku == "ESTEH")) == 6000
        # the price it replaced, from the day the item was made, then the new one: keys and times as PostgreSQL
        # gives them
        history = s.execute(select(ItemPrice.price, ItemPrice.created_by_id).join(Item, Item.id == ItemPrice.item_id)
                            .where(Item.sku == "ESTEH").order_by(ItemPrice.created_at)).all()  # fmt: skip
        assert history == [(5000, None), (6000, manager.user_id)]
        assert verify(s).ok
