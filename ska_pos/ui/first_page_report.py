"""`SKA_POS_SMOKE_REPORT=FILE`: the started app writes which page it painted first, and when, then quits.

The bundle's test and its start-up benchmark (tests/bundle, benchmarks/bundle_start.py) start the built app as a
till does and must see what it showed, and how long that took, without a screen or a person. The file gets one JSON
object: `{"page": objectName of the page, "painted_at": Unix time in seconds once it was painted}`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from ska_pos import clock

SMOKE_REPORT = "SKA_POS_SMOKE_REPORT"


class _FirstPaint(QObject):
    def __init__(self, page: QWidget, path: Path) -> None:
        super().__init__(page)
        self.page, self.path, self.seen = page, path, False
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self._report)  # once this paint has finished
        return False

    def _report(self) -> None:
        painted_at = clock.now().timestamp()
        self.path.write_text(json.dumps({"page": self.page.objectName(), "painted_at": painted_at}), "utf-8")
        QApplication.quit()


def report_first_page_if_asked(page_shown: SignalInstance) -> None:
    """When SKA_POS_SMOKE_REPORT names a file, watch the first page `page_shown` gives (the window shows its first
    page once the database has answered, off the screen thread) for its first paint."""
    target = os.environ.get(SMOKE_REPORT)
    if not target:
        return
    watching: list[_FirstPaint] = []

    def first(page: QWidget) -> None:
        if not watching:
            watching.append(_FirstPaint(page, Path(target)))

    page_shown.connect(first)
