"""The Qt binding must not leak or drop references on the calls the till makes thousands of times a day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_none_alive(qapp: QApplication) -> None:
    """PySide6 6.12.0 drops a reference to None on each void call: a till would abort after a few thousand."""
    label = QLabel()
    before = sys.getrefcount(None)
    for number in range(2_000):
        label.setText(str(number))
        label.setEnabled(True)
    assert sys.getrefcount(None) >= before - 50


class _Emitter(QObject):
    changed = Signal()


def test_emitting_signals_keeps_true_alive(qapp: QApplication) -> None:
    """PySide6 6.12.0 drops a reference to True on each emit: about 370 sales through the real window."""
    emitter = _Emitter()
    emitter.changed.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(2_000):
        emitter.changed.emit()
    assert sys.getrefcount(True) >= before - 50
