"""`ska-pos verify` on a demo database: all is well, until someone changes a sale in the file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ska_pos.cli.main import main
from ska_pos.db.database import open_database
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


def test_close_day_writes_a_closing_that_verify_accepts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'close.sqlite3'}"
    assert main(["--lang", "en", "--db", url, "demo", "--days", "1", "--seed", "4"]) == 0
    capsys.readouterr()
    close = ["--lang", "en", "--db", url, "close-day", "--outlet", "KFE", "--till", "T1", "--user", "manajer"]
    assert main(close) == 0
    assert "Day closed: closing no. 1" in capsys.readouterr().out
    assert main(close) == 1
    assert "already closed" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", url, "verify"]) == 0
