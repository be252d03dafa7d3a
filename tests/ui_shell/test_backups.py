"""The till backs up its file after a shift close has committed, off the screen thread; a failed backup is said
plainly and undoes nothing; the day's first start shows the login page, and logs in, while its backup is copying."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select
from time_machine import TimeMachineFixture

from ska_pos.db.backups import list_backups
from ska_pos.db.models import ShiftClosing
from ska_pos.services import backups
from ska_pos.services.this_till import LocalConfig, save_local_config
from ska_pos.ui import ops
from ska_pos.ui.application import start_window
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.session import backup_runs
from ska_pos.ui.session.backup_runs import DailyBackupWatch, backup_thread

from .conftest import StandInSaleScreen, find, page_name
from .helpers import log_in
from .test_shift import open_shift_page


def close_the_shift(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "kasir")
    open_shift_page(qtbot, window)
    find(window, QPushButton, "shiftClose").click()
    qtbot.waitUntil(find(window, QPushButton, "closeShiftButton").isEnabled)
    find(window, QSpinBox, "close_100000").setValue(2)
    find(window, QPushButton, "closeShiftButton").click()
    qtbot.waitUntil(lambda: page_name(window) == "loginPage")


def test_closing_the_shift_makes_a_backup_that_holds_the_close(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, tmp_path: Path, approve_as
) -> None:
    approve_as(None)
    close_the_shift(qtbot, shop_window)
    folder = tmp_path / "backups"
    qtbot.waitUntil(lambda: bool(list_backups(folder, checked=False)) and not ops._running, timeout=10_000)
    (backup,) = list_backups(folder)
    assert (backup.reason, backup.sound) == ("shift-close", True)
    with closing(sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)) as connection:
        assert connection.execute("SELECT count(*) FROM shift_closing").fetchone() == (1,)


def test_a_failed_backup_is_said_and_the_close_stands(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, tmp_path: Path, approve_as, messages: list[str]
) -> None:
    approve_as(None)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    shop_window.config = dataclasses.replace(shop_window.config, backup_folder=blocked)
    close_the_shift(qtbot, shop_window)
    qtbot.waitUntil(lambda: any("cadangan" in text.lower() for text in messages), timeout=10_000)
    (said,) = [text for text in messages if "cadangan" in text.lower()]
    assert "Pencadangan basis data gagal" in said
    assert str(blocked) in said
    with shop.db.reading() as s:
        assert len(s.scalars(select(ShiftClosing)).all()) == 1
    assert page_name(shop_window) == "loginPage"


@pytest.mark.dates
def test_a_till_left_running_backs_up_in_the_first_quiet_spell_of_each_new_day(
    qtbot: QtBot, shop_window: MainWindow, tmp_path: Path, time_machine: TimeMachineFixture
) -> None:
    folder = tmp_path / "backups"
    time_machine.move_to(datetime(2026, 12, 6, 5, 0, tzinfo=UTC), tick=True)  # noon in Jakarta
    watch = DailyBackupWatch(shop_window, shop_window.database, lambda: shop_window.config, quiet_ms=50)
    try:
        qtbot.waitUntil(lambda: len(list_backups(folder, checked=False)) == 1 and not ops._running, timeout=10_000)
        qtbot.wait(300)  # more quiet spells the same day: no second backup
        assert len(list_backups(folder, checked=False)) == 1
        time_machine.move_to(datetime(2026, 12, 6, 17, 5, tzinfo=UTC), tick=True)  # past midnight in Jakarta
        qtbot.waitUntil(lambda: len(list_backups(folder, checked=False)) == 2 and not ops._running, timeout=10_000)
    finally:
        watch.stop()
    assert [backup.reason for backup in list_backups(folder)] == ["daily", "daily"]


def test_the_first_start_of_the_day_logs_in_while_its_backup_is_still_copying(
    qtbot: QtBot, shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    """A till with years of sales copies and checks 1.3 GB for its daily backup (half a minute and more): queued on
    the database thread, it held back the login page's read until that timed out, and the page never came."""
    copying, release = threading.Event(), threading.Event()
    make_backup = backups.make_backup

    def slow_copy(*args: object, **kwargs: object) -> object:  # the real backup, on a slow disk
        copying.set()
        release.wait(60)
        return make_backup(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "make_backup", slow_copy)
    save_local_config(LocalConfig(shop.cashier.till_id), tmp_path)
    window = MainWindow(shop.db, sale_screen_factory=StandInSaleScreen, config_folder=tmp_path)
    qtbot.addWidget(window)
    stop_watches = start_window(window, shop.db)
    try:
        qtbot.waitUntil(copying.is_set, timeout=5_000)
        qtbot.waitUntil(lambda: page_name(window) == "loginPage", timeout=5_000)
        log_in(qtbot, window, "kasir")
        assert not list_backups(tmp_path / "backups", checked=False)  # still copying
    finally:
        release.set()
        stop_watches()
    assert backup_thread().wait_idle(30)
    (backup,) = list_backups(tmp_path / "backups")
    assert (backup.reason, backup.sound) == ("daily", True)
    assert messages == []


class _Pages(QWidget):
    pageShown = Signal(QWidget)


def test_the_starts_backup_waits_for_the_first_page_or_goes_at_once_when_the_window_closes(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Begun with the window, its imports and reads competed with the start's and made the login page later."""
    started: list[LocalConfig] = []
    monkeypatch.setattr(backup_runs, "back_up_daily", lambda _parent, _db, config: started.append(config))
    monkeypatch.setattr(backup_runs, "AFTER_FIRST_PAGE_MS", 100)
    window = _Pages()
    qtbot.addWidget(window)
    backup = backup_runs.StartBackup(window, window.pageShown, shop.db, LocalConfig)
    qtbot.wait(300)
    assert started == []  # no page yet
    window.pageShown.emit(QWidget(window))
    assert started == []
    qtbot.waitUntil(lambda: len(started) == 1, timeout=5_000)
    window.pageShown.emit(QWidget(window))
    backup.start_now()  # the window closes: nothing more
    qtbot.wait(300)
    assert len(started) == 1

    closed_early = backup_runs.StartBackup(window, window.pageShown, shop.db, LocalConfig)
    closed_early.start_now()  # closed before any page showed
    assert len(started) == 2
