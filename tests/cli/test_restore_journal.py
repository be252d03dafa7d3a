"""A restore replaces every record of a till at once: `ska-pos restore` asks for an administrator's name and PIN,
and the restored database's journal says what was restored, from which backup, by whom and when; `ska-pos verify`
still passes after it, with the backups of the replaced history still in the backup folder."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from db.bad_databases import snapshot
from db.test_backups import spoil
from journal_auditor import audit
from shop import PINS, Shop
from sqlalchemy import select

from cli.demo_admin import log_in_as
from cli.test_backup_restore import backed_up, sell
from ska_pos.cli.common import ADMIN_PIN_VARIABLE, ADMIN_USER_VARIABLE
from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.models import User
from ska_pos.i18n import current_language, set_language
from ska_pos.services import journal
from ska_pos.services.auth import hash_pin
from ska_pos.services.backups import restore_backup
from ska_pos.services.restore_journal import Credentials, RestoreNotAllowed


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    previous = current_language()
    yield
    set_language(previous)


def restore_entries(path: Path) -> list[tuple[str, int, dict[str, Any]]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = connection.execute(
            "SELECT till_id, seq, payload FROM journal_entry WHERE type = 'restore' ORDER BY till_id, seq"
        ).fetchall()
    return [(till, seq, json.loads(payload)) for till, seq, payload in rows]


def restore_entry(path: Path, till_hex: str) -> tuple[int, dict[str, Any]]:
    """The restore entry in one till's chain (every chain of the restored database has one)."""
    ((seq, entry),) = [(seq, entry) for till, seq, entry in restore_entries(path) if till == till_hex]
    return seq, entry


def chain_end(path: Path, till_hex: str) -> tuple[int, str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        seq, hash_ = connection.execute(
            "SELECT seq, hash FROM journal_entry WHERE till_id = ? ORDER BY seq DESC LIMIT 1", (till_hex,)
        ).fetchone()
    return seq, hash_


def failed_pins(path: Path, username: str) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        (count,) = connection.execute(
            "SELECT failed_pin_count FROM app_user WHERE username = ?", (username,)
        ).fetchone()
    return int(count)


def test_restore_asks_for_a_name_and_pin_and_refuses_without_them(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backed_up(shop, capsys)
    shop.db.dispose()
    monkeypatch.delenv(ADMIN_USER_VARIABLE, raising=False)
    monkeypatch.delenv(ADMIN_PIN_VARIABLE, raising=False)
    asked: list[str] = []

    def no_answer(prompt: str = "") -> str:  # the person at the console gives up (Ctrl-D)
        asked.append(prompt)
        raise EOFError

    monkeypatch.setattr("builtins.input", no_answer)
    files = snapshot(tmp_path)
    assert main(["--lang", "en", "--db", shop.db.url, "restore", str(backup)]) == 1
    assert asked == ["Administrator's user name: "]
    assert "needs an administrator's name and PIN" in capsys.readouterr().err
    assert snapshot(tmp_path) == files


def test_the_pin_is_asked_without_echo_never_taken_from_an_argument(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backed_up(shop, capsys)
    shop.db.dispose()
    monkeypatch.delenv(ADMIN_USER_VARIABLE, raising=False)
    monkeypatch.delenv(ADMIN_PIN_VARIABLE, raising=False)
    monkeypatch.setattr("builtins.input", lambda _prompt="": "admin")
    asked: list[str] = []

    def typed_pin(prompt: str = "PIN: ", stream: object = None) -> str:
        asked.append(prompt)
        return PINS["admin"]

    monkeypatch.setattr("getpass.getpass", typed_pin)
    with pytest.raises(SystemExit):  # argparse knows no --pin
        main(["--lang", "en", "--db", shop.db.url, "restore", str(backup), "--pin", "4444"])
    assert main(["--lang", "en", "--db", shop.db.url, "restore", str(backup)]) == 0
    assert asked == ["PIN: "]
    _seq, entry = restore_entry(tmp_path / "pos.sqlite3", shop.cashier.till_id.hex)
    assert entry["username"] == "admin"


@pytest.mark.parametrize(
    ("who", "pin", "words"),
    [
        ("admin", "9999", "Wrong PIN"),
        ("nobody", "4444", "Unknown user or wrong PIN"),
        ("manajer", PINS["manajer"], "Only a administrator or higher may do this"),
    ],
)
def test_a_wrong_pin_or_a_lesser_role_restores_nothing(
    shop: Shop,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    who: str,
    pin: str,
    words: str,
) -> None:
    sell(shop, "8990001")
    backup = backed_up(shop, capsys)
    sell(shop, "8990002")
    shop.db.dispose()
    database = tmp_path / "pos.sqlite3"
    before = database.read_bytes()
    log_in_as(monkeypatch, who, pin)
    assert main(["--lang", "en", "--db", shop.db.url, "restore", str(backup)]) == 1
    error = capsys.readouterr().err
    assert words in error
    assert "othing was restored" in error
    assert not list(tmp_path.glob("pos-before-restore-*"))
    assert not list(tmp_path.glob("*.restoring*"))
    if pin == "9999":  # the wrong PIN counts towards the lockout of the database it was tried on
        assert failed_pins(database, "admin") == 1
    else:
        assert database.read_bytes() == before


def test_the_restored_journal_says_what_was_restored_by_whom_and_verify_passes(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sell(shop, "8990001")
    backup = backed_up(shop, capsys)
    sell(shop, "8990002")
    newer = backed_up(shop, capsys)  # a backup of the history the restore replaces stays in the folder
    assert newer != backup
    shop.db.dispose()
    database = tmp_path / "pos.sqlite3"
    till_hex = shop.cashier.till_id.hex
    replaced_end = chain_end(database, till_hex)
    restored_end = chain_end(backup, till_hex)
    assert replaced_end[0] > restored_end[0]
    log_in_as(monkeypatch, "admin", PINS["admin"])

    assert main(["--lang", "en", "--db", shop.db.url, "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "The journal records the restore by admin (2 entries)." in out  # the café's till and the salon's
    assert len(restore_entries(database)) == 2
    seq, entry = restore_entry(database, till_hex)
    assert seq == restored_end[0] + 1  # right after the backup's last entry
    kept = next(tmp_path.glob("pos-before-restore-*.sqlite3"))
    assert entry["backup_file"] == backup.name
    assert entry["backup_sha256"] == hashlib.sha256(backup.read_bytes()).hexdigest()
    assert entry["kept_file"] == kept.name
    assert (entry["replaced_last_seq"], entry["replaced_last_hash"]) == replaced_end
    assert (entry["username"], entry["role"], entry["pin_checked_in"]) == ("admin", "admin", "replaced")
    assert entry["user_id"] is not None
    assert entry["at"].endswith("Z")
    assert entry["despite_journal_problems"] is False

    assert main(["--lang", "en", "--db", shop.db.url, "verify"]) == 0, capsys.readouterr().out
    assert "All is well" in capsys.readouterr().out
    assert audit(database) == []  # an auditor's own verifier, written from docs/journal.md


def test_a_backup_that_disagrees_before_the_restore_is_still_caught(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restore explains only the history after the backup: an earlier entry rewritten is still a rewrite."""
    sell(shop, "8990001")
    backup = backed_up(shop, capsys)
    sell(shop, "8990002")
    newer = backed_up(shop, capsys)
    shop.db.dispose()
    log_in_as(monkeypatch, "admin", PINS["admin"])
    assert main(["--lang", "en", "--db", shop.db.url, "restore", str(backup)]) == 0
    with closing(sqlite3.connect(newer)) as connection, connection:
        connection.execute("DROP TRIGGER journal_entry_no_update")
        connection.execute(
            "UPDATE journal_entry SET hash = CASE WHEN hash LIKE '0%' THEN '1' ELSE '0' END || substr(hash, 2) "
            "WHERE seq = 1 AND till_id = ?",
            (shop.cashier.till_id.hex,),
        )
    capsys.readouterr()
    assert main(["--lang", "en", "--db", shop.db.url, "verify"]) == 1
    assert f"Entry 1 of till KFE T1 differs from the backup {newer.name}" in capsys.readouterr().out


def test_a_history_longer_than_the_replaced_one_is_not_excused(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy that runs past where the replaced file ended was not the replaced file's history."""
    sell(shop, "8990001")
    backup = backed_up(shop, capsys)
    sell(shop, "8990002")
    newer = backed_up(shop, capsys)
    shop.db.dispose()
    log_in_as(monkeypatch, "admin", PINS["admin"])
    assert main(["--lang", "en", "--db", shop.db.url, "restore", str(backup)]) == 0
    with closing(sqlite3.connect(newer)) as connection, connection:
        till, seq, hash_ = connection.execute("SELECT till_id, max(seq), hash FROM journal_entry").fetchone()
        connection.execute(
            "INSERT INTO journal_entry (id, till_id, seq, type, schema_version, payload, prev_hash, hash, created_at)"
            " VALUES (?, ?, ?, 'login', 1, '{}', ?, ?, '2026-12-06 03:00:00')",
            ("0" * 31 + "1", till, seq + 1, hash_, "a" * 64),
        )
    capsys.readouterr()
    assert main(["--lang", "en", "--db", shop.db.url, "verify"]) == 1
    assert f"from the backup {newer.name}" in capsys.readouterr().out


def test_over_a_damaged_file_the_pin_is_checked_among_the_backups_users(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sell(shop, "8990001")
    backup = backed_up(shop, capsys)
    shop.db.dispose()
    database = tmp_path / "pos.sqlite3"
    spoil(database)
    restored = restore_backup(backup, shop.db.url, credentials=Credentials("admin", PINS["admin"]))
    assert restored.restorer.checked_in == "backup"
    _seq, entry = restore_entry(database, shop.cashier.till_id.hex)
    assert entry["pin_checked_in"] == "backup"
    assert entry["username"] == "admin"


def test_the_till_start_offer_restores_a_damaged_file_without_a_pin_but_never_a_sound_one(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sell(shop, "8990001")
    backup = backed_up(shop, capsys)
    shop.db.dispose()
    database = tmp_path / "pos.sqlite3"
    files = snapshot(tmp_path)
    with pytest.raises(RestoreNotAllowed, match="needs an administrator's name and PIN"):
        restore_backup(backup, shop.db.url, credentials=None)
    assert snapshot(tmp_path) == files
    spoil(database)
    restored = restore_backup(backup, shop.db.url, credentials=None)
    assert restored.restorer.user_id is None
    _seq, entry = restore_entry(database, shop.cashier.till_id.hex)
    assert (entry["user_id"], entry["username"], entry["pin_checked_in"]) == (None, None, None)


def test_verify_says_every_restore_so_a_forged_one_cannot_excuse_a_rewrite_in_silence(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whoever rewrites the journal and its hashes can slip a `restore` entry (its replaced journal "unreadable")
    in front of the rewritten entries: every backup that disagrees from there on is then excused. Verify cannot
    tell it from a real restore, so it must say it, never pass it as "all is well" without a word."""
    sell(shop, "8990001")
    before = backed_up(shop, capsys)
    sell(shop, "8990002")
    witness = backed_up(shop, capsys)  # holds the entries about to be rewritten
    till = shop.cashier.till_id
    database = tmp_path / "pos.sqlite3"
    kept_seq, _hash = chain_end(before, till.hex)
    shop.db.dispose()
    with closing(sqlite3.connect(database)) as connection, connection:
        for event in ("DELETE", "UPDATE"):
            connection.execute(f"DROP TRIGGER journal_entry_no_{event.lower()}")
        rewritten = connection.execute(
            "SELECT type, payload, record_id FROM journal_entry WHERE till_id = ? AND seq > ? ORDER BY seq",
            (till.hex, kept_seq),
        ).fetchall()
        connection.execute("DELETE FROM journal_entry WHERE till_id = ? AND seq > ?", (till.hex, kept_seq))
    forged = {"till_id": till, "backup_file": before.name, "backup_sha256": "0" * 64, "backup_schema": "0008",
              "kept_file": None, "replaced_last_seq": None, "replaced_last_hash": None,
              "despite_journal_problems": False, "user_id": None, "username": "admin", "role": "admin",
              "pin_checked_in": "replaced", "at": "2026-12-06T03:00:00Z"}  # fmt: skip
    reopened = open_database(f"sqlite:///{database}")
    with reopened.transaction() as session:
        journal.append(session, till, "restore", forged, record_id=None)
        for type_, payload, record_id in rewritten:
            record = None if record_id is None else uuid.UUID(hex=str(record_id))
            journal.append(session, till, type_, json.loads(payload), record_id=record)
    reopened.dispose()
    capsys.readouterr()

    assert main(["--lang", "en", "--db", f"sqlite:///{database}", "verify"]) == 0
    out = capsys.readouterr().out
    assert f"Till KFE T1: entry {kept_seq + 1} is a restore of the backup {before.name} by admin" in out
    assert "the replaced journal could not be read" in out
    assert f"The backup {witness.name} holds till KFE T1's journal that a restore replaced" in out


@pytest.mark.parametrize("payload", ["not json", "[1, 2]", '{"replaced_last_seq": "3", "replaced_last_hash": 7}'])
def test_a_tampered_restore_entry_is_reported_never_a_crash_of_verify(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str], payload: str
) -> None:
    sell(shop, "8990001")
    backed_up(shop, capsys)
    sell(shop, "8990002")
    backed_up(shop, capsys)
    shop.db.dispose()
    till = shop.cashier.till_id.hex
    with closing(sqlite3.connect(tmp_path / "pos.sqlite3")) as connection, connection:
        seq, hash_ = chain_end(tmp_path / "pos.sqlite3", till)
        connection.execute(
            "INSERT INTO journal_entry (id, till_id, seq, type, schema_version, payload, prev_hash, hash, created_at)"
            " VALUES (?, ?, ?, 'restore', 1, ?, ?, ?, '2026-12-06 03:00:00')",
            ("0" * 31 + "2", till, seq + 1, payload, hash_, "b" * 64),
        )
    capsys.readouterr()
    assert main(["--lang", "en", "--db", shop.db.url, "verify"]) == 1
    assert "problems found" in capsys.readouterr().out


def test_a_sound_database_of_an_older_schema_is_not_treated_as_unreadable(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After SKA POS is updated and before the till next starts, the database is sound but at the older schema:
    it must not count as "cannot be read", which lets the backup's users (an old PIN, a former administrator)
    restore over it, or the start-up offer restore it with no PIN at all."""
    sell(shop, "8990001")
    backup = backed_up(shop, capsys)
    with shop.db.transaction() as session:  # the administrator's PIN changes after the backup
        admin = session.scalars(select(User).where(User.username == "admin")).one()
        admin.pin_hash = hash_pin("731946")
    shop.db.dispose()
    database = tmp_path / "pos.sqlite3"
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0007'")
    files = snapshot(tmp_path)
    with pytest.raises(RestoreNotAllowed):
        restore_backup(backup, shop.db.url, credentials=Credentials("admin", PINS["admin"]))
    with pytest.raises(RestoreNotAllowed):
        restore_backup(backup, shop.db.url, credentials=None)
    assert snapshot(tmp_path) == files
