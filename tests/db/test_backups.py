"""Backups of a till's SQLite file, file by file: named, checked when written and when listed, pruned by age."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.bad_databases import PAGE, a_shop_file
from ska_pos.db.backups import Backup, list_backups, make_backup, newest_sound_backup, prune_backups
from ska_pos.db.open_errors import DatabaseDamaged
from ska_pos.db.sqlite_file import copy_database, in_use, keep_copy

NOON = datetime(2026, 12, 6, 5, 0, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return a_shop_file(tmp_path_factory.mktemp("shop") / "pos.sqlite3")


def sentra_codes(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return [code for (code,) in connection.execute("SELECT code FROM sentra")]


def spoil(path: Path) -> None:
    """One page of a backup overwritten, as a failing disk does it later."""
    data = bytearray(path.read_bytes())
    data[2 * PAGE : 2 * PAGE + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def test_a_backup_is_named_checked_and_whole(shop_file: Path, tmp_path: Path) -> None:
    backup = make_backup(shop_file, tmp_path / "backups", "shift-close", NOON)
    assert backup.path == tmp_path / "backups" / "pos-shift-close-20261206T050000Z.sqlite3"
    assert (backup.database, backup.reason, backup.taken_at, backup.sound) == ("pos", "shift-close", NOON, True)
    assert sentra_codes(backup.path) == sentra_codes(shop_file)
    assert [path.name for path in (tmp_path / "backups").iterdir()] == [backup.path.name]  # no temporary left


def test_two_backups_in_one_second_are_both_kept(shop_file: Path, tmp_path: Path) -> None:
    first = make_backup(shop_file, tmp_path, "manual", NOON)
    second = make_backup(shop_file, tmp_path, "manual", NOON)
    assert first.path != second.path
    assert [backup.path for backup in list_backups(tmp_path)] == [second.path, first.path]


def test_a_copy_that_fails_its_check_is_deleted(shop_file: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(shop_file.read_bytes())
    spoil(damaged)
    with pytest.raises(DatabaseDamaged):
        make_backup(damaged, tmp_path / "backups", "daily", NOON)
    assert list((tmp_path / "backups").iterdir()) == []


def test_the_list_is_newest_first_and_shows_a_spoilt_backup(shop_file: Path, tmp_path: Path) -> None:
    older = make_backup(shop_file, tmp_path, "daily", NOON - timedelta(days=1))
    newer = make_backup(shop_file, tmp_path, "shift-close", NOON)
    upgrade_copy = tmp_path / "pos-schema-0001-20261201T000000Z.sqlite3"
    copy_database(shop_file, upgrade_copy)
    (tmp_path / "notes.txt").write_text("not a backup")
    spoil(newer.path)
    listed = list_backups(tmp_path, "pos")
    assert [(backup.path, backup.reason, backup.sound) for backup in listed] == [
        (newer.path, "shift-close", False),
        (older.path, "daily", True),
        (upgrade_copy, "schema-0001", True),
    ]
    assert newest_sound_backup(tmp_path, "pos") == Backup(older.path, "pos", "daily", older.taken_at, True)


def test_backups_older_than_the_days_kept_are_deleted(shop_file: Path, tmp_path: Path) -> None:
    made = [make_backup(shop_file, tmp_path, "daily", NOON - timedelta(days=days)) for days in (0, 10, 29, 31, 45)]
    other_database = make_backup(shop_file.with_name("pos.sqlite3"), tmp_path / "x", "daily", NOON)
    deleted = prune_backups(tmp_path, "pos", 30, NOON)
    assert sorted(deleted) == sorted(backup.path for backup in made[3:])
    assert [backup.path for backup in list_backups(tmp_path, "pos", checked=False)] == [b.path for b in made[:3]]
    assert other_database.path.exists()


def test_the_newest_sound_backup_is_kept_however_old(shop_file: Path, tmp_path: Path) -> None:
    oldest = make_backup(shop_file, tmp_path, "daily", NOON - timedelta(days=90))
    spoilt = make_backup(shop_file, tmp_path, "daily", NOON - timedelta(days=60))
    spoil(spoilt.path)
    assert prune_backups(tmp_path, "pos", 30, NOON) == [spoilt.path]
    assert [backup.path for backup in list_backups(tmp_path)] == [oldest.path]


def test_the_copy_before_an_upgrade_uses_the_same_copier(shop_file: Path) -> None:
    copy = keep_copy(shop_file, "0001")
    try:
        assert copy.parent == shop_file.parent / "backups"
        assert sentra_codes(copy) == sentra_codes(shop_file)
    finally:
        copy.unlink()


def test_a_database_open_elsewhere_is_in_use(shop_file: Path) -> None:
    assert not in_use(shop_file)
    with closing(sqlite3.connect(shop_file)) as connection:
        connection.execute("SELECT count(*) FROM sentra").fetchone()
        assert in_use(shop_file)
    assert not in_use(shop_file)


def test_a_copy_cut_off_an_hour_ago_is_removed_by_the_next_backup(shop_file: Path, tmp_path: Path) -> None:
    """The till closed while its backup copied (the backup thread is not waited for): the partial file, as big as
    the database, goes at the next backup; a copy under way (younger) is left alone."""
    folder = tmp_path / "backups"
    folder.mkdir()
    cut_off = folder / f"{shop_file.stem}-daily-20261206T030000Z.sqlite3.partial"
    journal = cut_off.with_name(cut_off.name + "-journal")
    under_way = folder / f"{shop_file.stem}-manual-20261206T045900Z.sqlite3.partial"
    for path, age in ((cut_off, timedelta(hours=2)), (journal, timedelta(hours=2)), (under_way, timedelta(minutes=5))):
        path.write_bytes(b"part of a copy")
        os.utime(path, ((NOON - age).timestamp(), (NOON - age).timestamp()))
    make_backup(shop_file, folder, "daily", NOON)
    assert not cut_off.exists()
    assert not journal.exists()
    assert under_way.exists()
