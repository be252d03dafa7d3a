"""`python start_and_read_the_window.py URL...`: starts the desktop app (`ska-pos --db URL`, as `python -m ska_pos`
does) once per URL in this process and reports the modal window it shows, as one JSON line each: its object name,
title, text and button texts, and the exit code after its button is clicked. A start that shows no modal window
within 60 s ends the process with exit code 3.

Run by tests/ui_shell/test_startup_errors.py in a subprocess: the desktop start sets the theme and language of the
whole application, which the other tests in the pytest process must not inherit.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from ska_pos.cli.main import main

WAIT_MS = 60_000
seen: dict[str, object] = {}


def read_and_close(waited: int = 0) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        if waited >= WAIT_MS:
            print(json.dumps({"error": "no modal window"}), flush=True)
            os._exit(3)
        QTimer.singleShot(20, lambda: read_and_close(waited + 20))
        return
    buttons = box.findChildren(QAbstractButton)
    seen.update(name=box.objectName(), title=box.windowTitle(), text=box.text(),
                buttons=[button.text() for button in buttons if button.isVisible()],
                accessible=box.accessibleName())  # fmt: skip
    box.escapeButton().click()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    for url in sys.argv[1:]:
        seen.clear()
        QTimer.singleShot(0, read_and_close)
        code = main(["--db", url])
        print(json.dumps({**seen, "code": code}), flush=True)
