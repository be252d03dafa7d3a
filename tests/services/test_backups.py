"""When a till backs up its SQLite file: after a shift close, once a business day; never a shared database."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from shop import Shop, approved

from ska_pos.db.backups import list_backups
from ska_pos.services import shifts
from ska_pos.services.backups import BackupFailed, back_up_daily, back_up_database, backup_place
from ska_pos.services.this_till import LocalConfig, load_local_config, save_local_config

# 23:30 in Jakarta on 6 December; an hour later it is the 7th there, still the 6th in UTC.
LATE_EVENING = datetime(2026, 12, 6, 16, 30, tzinfo=UTC)


def config_for(shop: Shop, folder: Path) -> LocalConfig:
    return LocalConfig(till_id=shop.cashier.till_id, backup_folder=folder)


def closings_in(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM shift_closing").fetchone()[0])


def test_the_backup_after_a_shift_close_holds_the_close(shop: Shop, tmp_path: Path) -> None:
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        shifts.close_shift(
            s, shop.cashier, {100_000: expected // 100_000}, approval=approved(s, "shift.close_difference")
        )
    backup = back_up_database(shop.db.url, "shift-close", config_for(shop, tmp_path / "elsewhere"))
    assert backup is not None
    assert backup.path.parent == tmp_path / "elsewhere"
    assert backup.reason == "shift-close"
    assert closings_in(backup.path) == 1


def test_the_default_folder_is_backups_beside_the_database(shop: Shop, tmp_path: Path) -> None:
    place = backup_place(shop.db.url, LocalConfig())
    assert place is not None
    assert (place.database, place.folder, place.keep_days) == (tmp_path / "pos.sqlite3", tmp_path / "backups", 30)


def test_one_daily_backup_per_business_date_of_the_outlet(shop: Shop, tmp_path: Path) -> None:
    config = config_for(shop, tmp_path / "backups")
    with time_machine.travel(LATE_EVENING, tick=False):
        first = back_up_daily(shop.db, config)
    with time_machine.travel(LATE_EVENING + timedelta(minutes=20), tick=False):
        assert back_up_daily(shop.db, config) is None  # the same day in Jakarta
    with time_machine.travel(LATE_EVENING + timedelta(hours=1), tick=False):
        second = back_up_daily(shop.db, config)  # the 7th in Jakarta, still the 6th in UTC
        assert back_up_daily(shop.db, config) is None
    assert first is not None
    assert second is not None
    assert [backup.path for backup in list_backups(tmp_path / "backups")] == [second.path, first.path]
    assert {backup.reason for backup in list_backups(tmp_path / "backups")} == {"daily"}


def test_a_shift_close_backup_counts_as_the_days_backup(shop: Shop, tmp_path: Path) -> None:
    config = config_for(shop, tmp_path / "backups")
    with time_machine.travel(LATE_EVENING, tick=False):
        back_up_database(shop.db.url, "shift-close", config)
        assert back_up_daily(shop.db, config) is None


def test_backups_kept_for_the_days_this_machine_chose(shop: Shop, tmp_path: Path) -> None:
    config = LocalConfig(till_id=shop.cashier.till_id, backup_folder=tmp_path / "b", backup_days=2)
    save_local_config(config, tmp_path)
    config = load_local_config(tmp_path)
    assert (config.backup_folder, config.backup_days) == (tmp_path / "b", 2)
    for day in range(5):
        with time_machine.travel(LATE_EVENING + timedelta(days=day), tick=False):
            back_up_daily(shop.db, config)
    taken = [backup.taken_at for backup in list_backups(tmp_path / "b")]
    assert taken == [LATE_EVENING + timedelta(days=day) for day in (4, 3, 2)]


def test_a_backup_that_cannot_be_written_says_so_and_changes_nothing(shop: Shop, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    before = (tmp_path / "pos.sqlite3").stat().st_mtime_ns
    with pytest.raises(BackupFailed, match=r"No backup of .*pos\.sqlite3 could be made"):
        back_up_database(shop.db.url, "shift-close", config_for(shop, blocked))
    assert (tmp_path / "pos.sqlite3").stat().st_mtime_ns == before


def test_a_shared_database_is_left_to_its_administrator() -> None:
    url = "postgresql+psycopg://pos@server/ska_pos"
    assert backup_place(url, LocalConfig()) is None
    assert back_up_database(url, "shift-close", LocalConfig()) is None
