"""The backup thread (`ui/session/backup_runs.py`): quitting waits a moment for a backup under way, and a backup that
raises SystemExit ends that backup, not the thread."""

from __future__ import annotations

import sys
import time

from pytestqt.qtbot import QtBot

from ska_pos.ui.session import backup_runs


def test_quitting_waits_for_a_backup_under_way(qtbot: QtBot) -> None:
    done: list[str] = []

    def copy() -> None:
        time.sleep(0.3)
        done.append("copied")

    backup_runs.backup_thread().start(copy, lambda _error: None)
    backup_runs.wait_for_backups(5.0)
    assert done == ["copied"]


def test_a_backup_raising_system_exit_leaves_the_thread_for_the_next(qtbot: QtBot) -> None:
    failures: list[Exception] = []
    done: list[str] = []
    thread = backup_runs.backup_thread()
    thread.start(lambda: sys.exit(3), failures.append)
    thread.start(lambda: done.append("next"), failures.append)
    assert thread.wait_idle(5.0)
    assert done == ["next"]
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert str(failures[0]) == "SystemExit"
