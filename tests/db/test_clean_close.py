"""A till's start checks its SQLite file (`PRAGMA quick_check`, every page) only when it may be damaged: not after
a clean close of a file nobody changed since, and at least once a week."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine

from db.bad_databases import damage
from ska_pos.db import clean_close
from ska_pos.db.database import open_database
from ska_pos.db.open_errors import DatabaseDamaged

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files whose pages were checked, in order (the check reports itself through `checked_now`)."""
    seen: list[Path] = []
    real = clean_close.checked_now

    def counted(path: Path) -> None:
        seen.append(path)
        real(path)

    monkeypatch.setattr(clean_close, "checked_now", counted)
    return seen


@pytest.fixture
def closed_file(tmp_path: Path) -> Path:
    """A till file made, then opened (and checked) and closed cleanly once."""
    path = tmp_path / "pos.sqlite3"
    with time_machine.travel(START, tick=False):
        open_database(f"sqlite:///{path}").dispose()  # made: nothing to check yet
        open_database(f"sqlite:///{path}").dispose()  # checked, then closed cleanly
    assert clean_close.marker_path(path).exists()
    return path


def start_and_close(path: Path, when: datetime = START) -> None:
    with time_machine.travel(when, tick=False):
        open_database(f"sqlite:///{path}").dispose()


def test_a_start_after_a_clean_close_skips_the_check_and_the_next_clean_close_marks_again(
    closed_file: Path, checks: list[Path]
) -> None:
    for day in range(3):
        start_and_close(closed_file, START + timedelta(days=day))
    assert checks == []
    assert clean_close.marker_path(closed_file).exists()


def test_a_start_consumes_the_mark_so_a_crash_after_it_is_checked_at_the_next_start(
    closed_file: Path, checks: list[Path]
) -> None:
    with time_machine.travel(START, tick=False):
        crashed = open_database(f"sqlite:///{closed_file}")
        assert not clean_close.marker_path(closed_file).exists()  # removed at the start, before any write
        with crashed.transaction() as s:
            s.connection().exec_driver_sql("CREATE TABLE scratch (x)")
        crashed.engine.dispose()  # the process ends without Database.dispose: no clean close
    start_and_close(closed_file)
    assert checks == [closed_file]


def test_a_file_changed_after_its_clean_close_is_checked_and_its_damage_found(closed_file: Path) -> None:
    damage(closed_file)  # same size; a later modification time
    with time_machine.travel(START, tick=False), pytest.raises(DatabaseDamaged):
        open_database(f"sqlite:///{closed_file}")


def test_the_file_is_checked_again_a_week_after_its_last_check(closed_file: Path, checks: list[Path]) -> None:
    start_and_close(closed_file, START + timedelta(days=6))
    assert checks == []
    start_and_close(closed_file, START + timedelta(days=7))
    assert checks == [closed_file]
    start_and_close(closed_file, START + timedelta(days=8))  # checked a day ago: skipped again
    assert checks == [closed_file]


def test_a_clock_turned_back_before_the_last_check_checks(closed_file: Path, checks: list[Path]) -> None:
    start_and_close(closed_file, START - timedelta(days=1))
    assert checks == [closed_file]


def test_no_mark_while_another_process_has_the_file_open_with_unsaved_log(closed_file: Path) -> None:
    with closing(sqlite3.connect(closed_file)) as other, time_machine.travel(START, tick=False):
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("PRAGMA wal_autocheckpoint=0")
        database = open_database(f"sqlite:///{closed_file}")
        other.execute("CREATE TABLE written_by_the_other (x)")
        other.commit()
        database.dispose()
        assert not clean_close.marker_path(closed_file).exists()


@pytest.mark.parametrize("text", ["", "not json", '{"size": 1}', '{"size": 1, "mtime_ns": 2, "checked_on": "x"}'])
def test_a_broken_mark_means_a_check(closed_file: Path, checks: list[Path], text: str) -> None:
    clean_close.marker_path(closed_file).write_text(text)
    start_and_close(closed_file)
    assert checks == [closed_file]


def test_a_file_written_by_another_program_after_the_clean_close_is_checked(
    closed_file: Path, checks: list[Path]
) -> None:
    with closing(sqlite3.connect(closed_file)) as other:
        other.execute("CREATE TABLE written_by_the_other (x)")
        other.commit()
    start_and_close(closed_file)
    assert checks == [closed_file]


def test_a_damaged_copy_put_in_place_with_the_same_size_and_time_is_checked(
    closed_file: Path, checks: list[Path]
) -> None:
    """Copying a file back keeps its modification time (Explorer, `cp -p`, a file-level backup tool's restore):
    another copy of the same size then matches the mark's size and time, yet it is another file."""
    before = closed_file.stat()
    copy = closed_file.with_name("copy-from-the-usb-stick.sqlite3")
    copy.write_bytes(closed_file.read_bytes())
    os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(copy, closed_file)
    assert (closed_file.stat().st_size, closed_file.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    start_and_close(closed_file)
    assert checks == [closed_file]


def test_a_file_rewritten_in_place_with_its_time_put_back_is_checked(closed_file: Path, checks: list[Path]) -> None:
    before = closed_file.stat()
    closed_file.write_bytes(closed_file.read_bytes())
    os.utime(closed_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    start_and_close(closed_file)
    assert checks == [closed_file]
