"""Python's cycle collector runs on the screen's thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a generation is full: often the
database thread (`ui.ops`), which allocates a great deal while it reads. Widgets, timers and models caught in a
reference cycle (a slot that captures its own screen is one) are then destroyed on that thread, which Qt does not
allow: a timer freed there stays registered with the screen's event loop, which crashes when it next fires. The
application therefore switches automatic collection off and collects on the screen's thread instead, a generation
at a time as the thresholds Python would have used say, from a timer (the approach of pyqtgraph's and Anki's
collectors). Reference counting, which frees most objects, is not affected.

The objects of the start-up (modules, classes, the till's imported code: about 150,000 tracked objects, which a full
collection walks in some 75 ms of processor time on every full collection) live as long as the application. The
application asks (`freeze_after_start_up`) that they be frozen (`gc.freeze`) once the login page has imported the
till's modules (`start_up_done`): full collections then walk only what came after. Tests and tools do not ask: a
frozen object is never collected, and their processes make and drop many applications.

The timer belongs to the application (a child of it): an application that ends takes its timer with it, and Python
collects automatically again until the next application installs its own collector (tests and tools may make a
second one in the same process; a timer of the first would never fire under the second).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from shiboken6 import isValid

INTERVAL_MS = 1000

_collector: ScreenThreadCollector | None = None
_freeze_wanted = False


def collect_if_due() -> int:
    """Collects the generations Python's own thresholds say are due (on the calling thread); returns how many
    unreachable objects were found. Cheap when nothing is due."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    found = 0
    if counts[0] > thresholds[0]:
        generation = 0
        if counts[1] > thresholds[1]:
            generation = 2 if counts[2] > thresholds[2] else 1
        found = gc.collect(generation)
    return found


class ScreenThreadCollector(QObject):
    """Owns the timer that collects; made once per application, on the screen's thread (`collect_on_screen_thread`)."""

    def __init__(self, application: QCoreApplication, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(application)
        self.setObjectName("screenThreadCollector")
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(collect_if_due)
        self.timer.start()


def collect_on_screen_thread() -> ScreenThreadCollector:
    """Stops automatic collection (on every thread) and collects from a timer of the running application, on the
    calling thread, which must be the screen's; calling it again for the same application changes nothing."""
    global _collector
    application = QCoreApplication.instance()
    assert application is not None, "the collector's timer needs the application"
    if _collector is None or not isValid(_collector) or _collector.parent() is not application:
        _collector = ScreenThreadCollector(application)
        application.destroyed.connect(gc.enable)  # no timer collects once it is gone
    gc.disable()
    return _collector


def freeze_after_start_up() -> None:
    """The application's start: freeze what exists once `start_up_done` is called (once)."""
    global _freeze_wanted
    _freeze_wanted = True


def start_up_done() -> None:
    """Called when the start-up's imports are done (`warm_imports`); freezes the heap if the application asked:
    one full collection first, so that no garbage is frozen with it."""
    global _freeze_wanted
    if _freeze_wanted:
        _freeze_wanted = False
        gc.collect()
        gc.freeze()
