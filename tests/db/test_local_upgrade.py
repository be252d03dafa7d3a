"""A till's own SQLite file is upgraded when the till starts, after a whole copy of it is kept beside it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine
from alembic import command

from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.engine import make_engine
from ska_pos.db.migrate import alembic_config, newest_revision
from ska_pos.db.sqlite_file import BACKUP_FOLDER

FIRST = "0001"
START = datetime(2026, 12, 6, 10, 15, 30, tzinfo=UTC)


def file_at_first_revision(path: Path) -> str:
    """A till's file made by the first release, with a sentra in it."""
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), FIRST)
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO sentra (id, code, name, address, created_at) VALUES (?, ?, ?, ?, ?)",
            ("0123456789abcdef0123456789abcdef", "BLH", "Sentra Budi Luhur", "", "2026-11-01 01:00:00.000000"),
        )
    return url


def read(path: Path) -> tuple[str, list[str]]:
    """The file's schema revision and its sentra codes, read only."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        codes = [code for (code,) in connection.execute("SELECT code FROM sentra")]
        (check,) = connection.execute("PRAGMA integrity_check").fetchone()
    assert check == "ok"
    return revision, codes


@pytest.fixture
def at_start() -> Iterator[None]:
    with time_machine.travel(START, tick=False):
        yield


@pytest.mark.usefixtures("at_start")
def test_an_older_file_is_copied_then_upgraded_at_start(tmp_path: Path) -> None:
    path = tmp_path / "pos.sqlite3"
    url = file_at_first_revision(path)
    database = open_database(url)
    database.dispose()
    assert read(path) == (newest_revision(), ["BLH"])
    copies = list((tmp_path / BACKUP_FOLDER).iterdir())
    assert [copy.name for copy in copies] == [f"pos-schema-{FIRST}-20261206T101530Z.sqlite3"]
    assert read(copies[0]) == (FIRST, ["BLH"])


def test_a_new_file_needs_no_copy(tmp_path: Path) -> None:
    open_database(f"sqlite:///{tmp_path / 'pos.sqlite3'}").dispose()
    open_database(f"sqlite:///{tmp_path / 'pos.sqlite3'}").dispose()  # and one at the newest schema neither
    assert not (tmp_path / BACKUP_FOLDER).exists()


@pytest.mark.usefixtures("at_start")
def test_db_upgrade_says_what_it_did(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pos.sqlite3"
    url = file_at_first_revision(path)
    assert main(["--lang", "en", "--db", url, "db", "upgrade"]) == 0
    copy = tmp_path / BACKUP_FOLDER / f"pos-schema-{FIRST}-20261206T101530Z.sqlite3"
    assert capsys.readouterr().out.splitlines() == [
        f"The database {path} was upgraded from schema {FIRST} to {newest_revision()}.",
        f"A copy from before the upgrade is kept at {copy}.",
    ]
    assert main(["--lang", "en", "--db", url, "db", "upgrade"]) == 0
    assert capsys.readouterr().out == f"The database {path} is already at schema {newest_revision()}; nothing to do.\n"
    assert read(path) == (newest_revision(), ["BLH"])


def test_no_upgrade_without_its_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pos.sqlite3"
    url = file_at_first_revision(path)
    (tmp_path / BACKUP_FOLDER).write_text("a file where the copies' folder should be", encoding="utf-8")
    assert main(["--lang", "en", "--db", url, "init"]) == 1
    assert "so it was not upgraded" in capsys.readouterr().err
    assert read(path) == (FIRST, ["BLH"])
