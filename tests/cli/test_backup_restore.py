"""`ska-pos backup` and `ska-pos restore FILE`: a restored till opens and sells again with the backup's state,
the file it replaced is kept, and a file that cannot be restored replaces nothing."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from db.bad_databases import FUTURE_REVISION, snapshot
from db.test_backups import spoil
from shop import PINS, Shop
from sqlalchemy import func, select

from cli.demo_admin import log_in_as
from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.migrate import newest_revision
from ska_pos.db.models import Sale
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import current_language, set_language
from ska_pos.services import cart_ops, sales
from ska_pos.services.backups import RestoreRefused, restore_backup
from ska_pos.services.cart import Cart
from ska_pos.services.restore_journal import Credentials

ADMIN = Credentials("admin", PINS["admin"])


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    previous = current_language()
    yield
    set_language(previous)


@pytest.fixture(autouse=True)
def administrator(monkeypatch: pytest.MonkeyPatch) -> None:
    """`ska-pos restore` asks for an administrator's name and PIN (tests/cli/test_restore_journal.py)."""
    log_in_as(monkeypatch, "admin", PINS["admin"])


def sell(shop: Shop, *codes: str) -> sales.CompletedSale:
    cart = Cart(shop.cafe.id)
    with shop.db.transaction() as s:
        for code in codes:
            cart_ops.add_by_code(s, cart, code)
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])


def receipts_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return [number for (number,) in connection.execute("SELECT receipt_no FROM sale ORDER BY receipt_no")]


def backed_up(shop: Shop, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--lang", "en", "--db", shop.db.url, "backup"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("Backup made: ")
    assert out.endswith(" (integrity check: ok)")
    return Path(out.removeprefix("Backup made: ").removesuffix(" (integrity check: ok)"))


def test_a_restored_till_opens_and_sells_with_the_backups_state(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = sell(shop, "8990001")
    backup = backed_up(shop, capsys)
    assert backup.parent == tmp_path / "backups"
    later = sell(shop, "8990002")
    shop.db.dispose()  # the till is closed
    database = tmp_path / "pos.sqlite3"

    assert main(["--lang", "en", "--db", shop.db.url, "restore", str(backup)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"The database {database} was restored from {backup}."
    kept = Path(out[1].removeprefix("The file it replaced is kept as ").removesuffix("."))
    assert kept.parent == tmp_path
    assert kept.name.startswith("pos-before-restore-")
    assert receipts_in(kept) == sorted([first.receipt_no, later.receipt_no])  # the old file, whole
    assert receipts_in(database) == [first.receipt_no]

    reopened = dataclasses.replace(shop, db=open_database(shop.db.url))
    try:
        again = sell(reopened, "8990003")
        with reopened.db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Sale)) == 2
        assert again.total > 0
    finally:
        reopened.db.dispose()


def test_the_backup_list_shows_each_backup_and_its_check(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = backed_up(shop, capsys)
    bad = backed_up(shop, capsys)
    spoil(bad)
    assert main(["--lang", "en", "--db", shop.db.url, "backup", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "manual" in lines[0]
    assert "DAMAGED" in lines[0]
    assert lines[0].endswith(str(bad))
    assert "sound" in lines[1]
    assert lines[1].endswith(str(good))


def copy_of(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target


def newer_copy(source: Path, target: Path) -> Path:
    copy_of(source, target)
    with closing(sqlite3.connect(target)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (FUTURE_REVISION,))
    connection.close()
    return target


def spoilt_copy(source: Path, target: Path) -> Path:
    copy_of(source, target)
    spoil(target)
    return target


def unbalanced_copy(source: Path, target: Path) -> Path:
    copy_of(source, target)
    with closing(sqlite3.connect(target)) as connection, connection:
        connection.execute("UPDATE earning_entry SET credited_amount = credited_amount + 1")
    return target


def orphaned_copy(source: Path, target: Path) -> Path:
    copy_of(source, target)
    with closing(sqlite3.connect(target)) as connection, connection:
        connection.execute("DELETE FROM sale")  # foreign keys are off in plain sqlite3: the lines stay
    return target


def altered_journal_copy(source: Path, target: Path) -> Path:
    """An attacker's change to a journaled sale: the append-only triggers dropped, one entry's amount rewritten."""
    copy_of(source, target)
    with closing(sqlite3.connect(target)) as connection, connection:
        connection.execute("DROP TRIGGER journal_entry_no_update")
        changed = connection.execute(
            "UPDATE journal_entry SET payload = replace(payload, '\"total\":', '\"total\":1') WHERE type = 'sale'"
        ).rowcount
    assert changed
    return target


def not_a_database(_source: Path, target: Path) -> Path:
    target.write_bytes(b"PK\x03\x04 a zip file, say" * 100)
    return target


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (not_a_database, "is not a database"),
        (spoilt_copy, "is damaged"),
        (newer_copy, f"was made by a newer SKA POS (schema {FUTURE_REVISION})"),
        (unbalanced_copy, "does not add up (the earnings ledger does not balance)"),
        (orphaned_copy, "does not add up (rows point at rows that do not exist)"),
        (altered_journal_copy, "does not verify"),
    ],
)
def test_a_file_that_cannot_be_restored_replaces_nothing(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str], make, words: str
) -> None:
    sell(shop, "8990001", "8990002")
    backup = backed_up(shop, capsys)
    shop.db.dispose()
    bad = make(backup, tmp_path / "backups" / "offered.sqlite3")
    files = snapshot(tmp_path)
    assert main(["--lang", "en", "--db", shop.db.url, "restore", str(bad)]) == 1
    error = capsys.readouterr().err
    assert words in error
    assert "nothing was restored" in error.lower()
    assert snapshot(tmp_path) == files


def test_a_database_in_use_is_not_replaced(shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = backed_up(shop, capsys)
    with shop.db.reading() as s:  # the till is running
        s.scalar(select(func.count()).select_from(Sale))
        with pytest.raises(RestoreRefused, match="is in use"):
            restore_backup(backup, shop.db.url, credentials=ADMIN)
    assert not list(tmp_path.glob("pos-before-restore-*"))


def test_an_older_backup_is_brought_to_this_schema(tmp_path: Path) -> None:
    from db.test_local_upgrade import file_at_first_revision

    old = tmp_path / "old.sqlite3"
    file_at_first_revision(old)
    url = f"sqlite:///{tmp_path / 'pos.sqlite3'}"
    restored = restore_backup(old, url, credentials=None)  # no file to replace, no users to ask
    assert (restored.revision, restored.kept) == ("0001", None)
    with closing(sqlite3.connect(f"file:{restored.database}?mode=ro", uri=True)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == newest_revision()
    assert old.exists()


def test_a_shared_database_is_restored_by_its_administrator(tmp_path: Path) -> None:
    with pytest.raises(RestoreRefused, match="administrator"):
        restore_backup(tmp_path / "x.sqlite3", "postgresql+psycopg://pos@server/ska_pos", credentials=ADMIN)


def test_a_wal_left_without_its_database_is_moved_aside_not_replayed(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = backed_up(shop, capsys)
    shop.db.dispose()
    database = tmp_path / "pos.sqlite3"
    database.unlink()
    stale = tmp_path / "pos.sqlite3-wal"
    stale.write_bytes(b"\x37\x7f\x06\x82" + bytes(60))  # a WAL header from some other file
    restored = restore_backup(backup, shop.db.url, credentials=ADMIN)
    assert restored.kept is not None
    assert restored.kept.with_name(restored.kept.name + "-wal").read_bytes() == b"\x37\x7f\x06\x82" + bytes(60)
    assert not stale.exists()
    open_database(shop.db.url).dispose()


def test_the_administrator_may_restore_a_backup_whose_journal_fails_knowingly(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    sell(shop, "8990001")
    backup = backed_up(shop, capsys)
    shop.db.dispose()
    altered = altered_journal_copy(backup, tmp_path / "backups" / "only-copy.sqlite3")
    args = ["--lang", "en", "--db", shop.db.url, "restore", str(altered), "--despite-journal-problems"]
    assert main(args) == 0
    assert any("although its journal has" in record.getMessage() for record in caplog.records)


def test_two_restores_within_a_second_keep_both_replaced_files(shop: Shop, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    sell(shop, "8990001")
    backup = backed_up(shop, capsys)
    shop.db.dispose()
    moment = datetime(2026, 12, 6, 3, 0, 0, tzinfo=UTC)
    first = restore_backup(backup, shop.db.url, credentials=ADMIN, now=moment)
    second = restore_backup(backup, shop.db.url, credentials=ADMIN, now=moment)
    assert first.kept is not None
    assert second.kept is not None
    assert first.kept != second.kept
    assert first.kept.exists()
    assert second.kept.exists()
