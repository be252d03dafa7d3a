"""Timers that die with their owner.

PySide's `QTimer.singleShot(ms, callable)` (and its form with a context object) makes a Python-wrapped `QTimer` for
each call, hands it to Qt and has it delete itself later. Freeing those wrappers crashed the window now and then
under load (a segmentation fault in shiboken's `releaseWrapper` while Qt deleted such a timer), and the operations
start three for every database touch. A `one_shot` timer is an ordinary child of its owner instead: it fires once,
and if the owner goes first it goes with it and never fires.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def one_shot(owner: QObject, ms: int, slot: Callable[[], object]) -> QTimer:
    """Calls `slot` once after `ms` milliseconds, unless `owner` is deleted first."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    timer.start(ms)
    return timer
