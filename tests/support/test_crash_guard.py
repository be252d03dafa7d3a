"""An error nobody caught: the whole traceback goes to the log, the cashier sees one plain message (not one per
repeat), the window stays usable; before any window exists it is only logged."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ska_pos import slow_operations
from ska_pos.logs import log_files
from ska_pos.ui.background_op import BackgroundOp
from ska_pos.ui.crash_guard import CrashGuard
from ska_pos.ui.translation import install_language

from .conftest import read_log

pytestmark = pytest.mark.qt_no_exception_capture  # the guard under test is the exception hook


@pytest.fixture
def guard(log_folder: Path) -> Iterator[CrashGuard]:
    crash_guard = CrashGuard()
    crash_guard.install()
    yield crash_guard
    crash_guard.uninstall()


def answer_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Reads each message box the guard opens and answers OK, as a cashier would.

    `exec` is answered in place rather than by a timer that closes the active modal widget of a nested event loop:
    after two thousand other tests in one process that timer once saw no box at all (CI), and what the guard does is
    what is under test here, not Qt's modal loop."""
    seen: list[tuple[str, str, str]] = []

    def read_and_press_ok(box: QMessageBox) -> int:
        ok = box.button(QMessageBox.StandardButton.Ok)
        seen.append((box.objectName(), box.text(), ok.text() if ok is not None else ""))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", read_and_press_ok)
    return seen


def till_like_window(qtbot: QtBot) -> tuple[QWidget, QPushButton, list[int]]:
    window = QWidget()
    qtbot.addWidget(window)
    presses: list[int] = []
    broken, working = QPushButton("Broken"), QPushButton("Working")
    broken.clicked.connect(lambda: 1 / 0)
    working.clicked.connect(lambda: presses.append(1))
    layout = QVBoxLayout(window)
    layout.addWidget(broken)
    layout.addWidget(working)
    window.show()
    qtbot.waitExposed(window)
    return window, working, presses


def test_an_error_in_a_slot_is_logged_shown_once_and_the_window_lives_on(
    qtbot: QtBot, guard: CrashGuard, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_language("id")
    window, working, presses = till_like_window(qtbot)
    broken = window.findChildren(QPushButton)[0]
    seen = answer_message_boxes(monkeypatch)
    broken.click()
    broken.click()  # the same error again at once: logged, but no second dialog
    assert seen == [
        ("crashMessage", "Terjadi kesalahan. Penjualan yang sudah tersimpan aman. Rinciannya dicatat di log.", "OK")
    ]
    assert guard.shown == 1
    log = read_log(log_folder)
    assert log.count("CRITICAL ska_pos.ui.crash_guard: unexpected error") == 2
    assert "Traceback (most recent call last)" in log
    assert "ZeroDivisionError: division by zero" in log
    working.click()
    assert presses == [1]
    assert window.isVisible()


def test_the_message_comes_back_after_a_quiet_time(
    qtbot: QtBot, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crash_guard = CrashGuard(quiet_seconds=0)
    crash_guard.install()
    try:
        window, _working, _presses = till_like_window(qtbot)
        seen = answer_message_boxes(monkeypatch)
        window.findChildren(QPushButton)[0].click()
        window.findChildren(QPushButton)[0].click()
    finally:
        crash_guard.uninstall()
    assert len(seen) == 2


def test_before_a_window_exists_the_error_is_only_logged(qapp: QApplication, log_folder: Path) -> None:
    for widget in qapp.topLevelWidgets():  # a window an earlier test left open: this is a till with none yet
        widget.hide()
    printed: list[BaseException] = []
    crash_guard = CrashGuard()
    crash_guard.previous_hook = lambda kind, error, traceback: printed.append(error)
    try:
        raise RuntimeError("the database would not open")
    except RuntimeError:
        kind, error, traceback = sys.exc_info()
    assert kind is not None
    assert error is not None
    crash_guard.handle(kind, error, traceback)
    assert crash_guard.shown == 0
    assert printed == [error]
    assert "RuntimeError: the database would not open" in read_log(log_folder)


def test_an_error_on_another_thread_is_logged(guard: CrashGuard, log_folder: Path) -> None:
    def listen() -> None:
        raise ConnectionError("printer went away")

    thread = threading.Thread(target=listen, name="printer-listener")
    thread.start()
    thread.join()
    log = read_log(log_folder)
    assert "unexpected error in thread printer-listener" in log
    assert "ConnectionError: printer went away" in log


def test_background_work_through_the_runner_is_timed(
    qtbot: QtBot, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(slow_operations, "SLOW_SECONDS", 0.0)  # every operation counts as slow
    results: list[int] = []

    def add_up() -> int:
        return 42

    BackgroundOp(None, add_up).success(results.append).run_in_background()
    qtbot.waitUntil(lambda: results == [42])
    assert f"slow operation {__name__}:test_background_work_through_the_runner_is_timed.<locals>.add_up took" in (
        read_log(log_folder)
    )


def test_qt_warnings_and_errors_nobody_could_raise_are_logged(guard: CrashGuard, log_folder: Path) -> None:
    qWarning("the style sheet could not be parsed")

    class Leaky:
        def __del__(self) -> None:
            raise RuntimeError("raised while being released")

    Leaky()
    log = read_log(log_folder)
    assert "WARNING qt: the style sheet could not be parsed" in log
    assert "RuntimeError: raised while being released" in log


def test_a_hard_crash_leaves_every_threads_stack_in_the_crash_log(tmp_path: Path) -> None:
    """A segfault (a driver, Qt) kills the process before any Python handler runs: faulthandler writes it."""
    crash = "from ska_pos.ui.crash_guard import install_crash_guard; install_crash_guard(); import ctypes; ctypes.string_at(0)"  # noqa: E501
    env = {**os.environ, "SKA_POS_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    finished = subprocess.run([sys.executable, "-c", crash], env=env, capture_output=True, timeout=60, check=False)
    assert finished.returncode != 0
    crash_log = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash_log
    assert 'File "<string>", line 1' in crash_log
    assert tmp_path / "logs" / "crash.log" in log_files(tmp_path)  # so the problem report carries it
