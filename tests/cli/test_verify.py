"""`ska-pos verify` on a demo database: all is well, until someone changes a sale in the file."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from journal_auditor import entry_hash
from sqlalchemy import func, select

from cli.demo_admin import log_in_as, make_demo
from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.models import AuditEntry, JournalEntry, User
from ska_pos.i18n import current_language, set_language
from ska_pos.services.journal_verify import last_check


@pytest.fixture(autouse=True)
def language_kept() -> Iterator[None]:
    previous = current_language()
    yield
    set_language(previous)


def test_verify_passes_on_a_demo_database_and_fails_once_a_sale_is_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite3"
    url = f"sqlite:///{path}"
    assert main(["--lang", "en", "--db", url, "demo", "--days", "2", "--seed", "3"]) == 0
    capsys.readouterr()
    assert main(["--lang", "id", "--db", url, "verify"]) == 0
    out = capsys.readouterr().out
    assert "Semua baik" in out
    assert "tidak ada masalah" in out
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TRIGGER journal_entry_no_update")
        (receipt,) = raw.execute("SELECT receipt_no FROM sale WHERE kind = 'sale' ORDER BY sold_at LIMIT 1").fetchone()
        raw.execute("UPDATE sale SET total = total + 1000 WHERE receipt_no = ?", (receipt,))
    assert main(["--lang", "id", "--db", url, "verify"]) == 1
    out = capsys.readouterr().out
    assert f"Struk {receipt} berbeda dengan catatannya di jurnal" in out
    assert "Ditemukan 1 masalah" in out
    database = open_database(url)
    with database.reading() as session:
        check = last_check(session)
    database.dispose()
    assert check is not None
    assert check.problems == 1


def test_close_day_writes_a_closing_that_verify_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'close.sqlite3'}"
    pins = make_demo(url, "--days", "1", "--seed", "4")
    log_in_as(monkeypatch, "admin", pins["admin"])
    close = ["--lang", "en", "--db", url, "close-day", "--outlet", "KFE", "--till", "T1"]
    assert main(close) == 0
    assert "Day closed: closing no. 1" in capsys.readouterr().out
    assert main(close) == 1
    assert "already closed" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", url, "verify"]) == 0


def test_close_day_needs_an_administrators_pin_and_records_who_ran_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # It used to take `--user manajer` on trust: anyone at the command line closed a till's day in anyone's name.
    url = f"sqlite:///{tmp_path / 'close.sqlite3'}"
    pins = make_demo(url, "--days", "0")
    close = ["--lang", "en", "--db", url, "close-day", "--outlet", "KFE", "--till", "T1"]
    log_in_as(monkeypatch, "manajer", pins["manajer"])
    assert main(close) == 1
    assert "Only an administrator" in capsys.readouterr().err
    log_in_as(monkeypatch, "admin", "000000" if pins["admin"] != "000000" else "111111")
    assert main(close) == 1
    assert "Wrong PIN" in capsys.readouterr().err
    database = open_database(url)
    with database.reading() as s:
        assert s.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.type == "day_close")) == 0
    database.dispose()
    log_in_as(monkeypatch, "admin", pins["admin"])
    assert main(close) == 0
    database = open_database(url)
    with database.reading() as s:
        admin_id = s.scalar(select(User.id).where(User.username == "admin"))
        ran = s.scalars(select(AuditEntry).where(AuditEntry.action == "cli.close_day")).one()
        closing = s.scalars(select(JournalEntry).where(JournalEntry.type == "day_close")).one()
    database.dispose()
    assert ran.user_id == admin_id
    assert json.loads(closing.payload)["closed_by_id"] == str(admin_id)


def test_verify_compares_the_chains_with_the_backups_and_printed_closings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A forger who re-seals the hash of what they changed passes the chain checks, not the anchors outside."""
    path = tmp_path / "anchored.sqlite3"
    url = f"sqlite:///{path}"
    assert main(["--lang", "en", "--db", url, "demo", "--days", "1", "--seed", "5"]) == 0
    assert main(["--lang", "en", "--db", url, "backup"]) == 0
    with sqlite3.connect(path) as raw:
        till, outlet, code, seq, closing = raw.execute(
            "SELECT j.till_id, o.code, t.code, j.seq, j.payload FROM journal_entry j JOIN till t ON t.id = j.till_id "
            "JOIN outlet o ON o.id = t.outlet_id WHERE j.type = 'shift_close' ORDER BY j.seq LIMIT 1"
        ).fetchone()
    printed = json.loads(closing)
    anchor = f"{outlet} {code} shift_close {printed['closing_no']} {printed['last_hash'][:16]}"
    capsys.readouterr()
    assert main(["--lang", "en", "--db", url, "verify", "--anchor", anchor]) == 0
    wrong = anchor[:-16] + "0123456789abcdef"
    assert main(["--lang", "en", "--db", url, "verify", "--anchor", wrong]) == 1
    assert f"The printed closing {wrong} is not in the journal" in capsys.readouterr().out
    with sqlite3.connect(path) as raw:  # the entry the closing ends on, changed and its hash recomputed
        raw.execute("DROP TRIGGER journal_entry_no_update")
        prev_hash, type_, version, payload = raw.execute(
            "SELECT prev_hash, type, schema_version, payload FROM journal_entry WHERE till_id = ? AND seq = ?",
            (till, seq - 1),
        ).fetchone()
        body = json.dumps(json.loads(payload) | {"note": "forged"}, sort_keys=True, separators=(",", ":"))
        forged = entry_hash(prev_hash, str(uuid.UUID(hex=till)), seq - 1, type_, version, body)
        raw.execute("UPDATE journal_entry SET payload = ?, hash = ? WHERE till_id = ? AND seq = ?",
                    (body, forged, till, seq - 1))  # fmt: skip
        raw.execute("UPDATE journal_entry SET prev_hash = ? WHERE till_id = ? AND seq = ?", (forged, till, seq))
    capsys.readouterr()
    assert main(["--lang", "en", "--db", url, "verify", "--anchor", anchor]) == 1
    out = capsys.readouterr().out
    assert f"Entry {seq - 1} of till {outlet} {code} differs from the backup" in out
    assert f"The printed closing {anchor} is not in the journal" not in out  # the closing itself was not re-sealed
    assert "ends on an entry that has changed since" in out
