"""`python start_and_read_the_window.py [--press=NAME] URL...`: starts the desktop app (`ska-pos --db URL`, as
`python -m ska_pos` does) once per URL in this process and reports the modal window it shows, as one JSON line
each: its object name, title, text and button texts, and the exit code after its escape button is clicked (after
the button with object name NAME, for the URLs after `--press=NAME`; when the till then starts, its main window's
page is reported as `started` and the app is quit once its background work has ended). A start that shows no
modal window within 60 s ends the process with exit code 3.

Run by tests/ui_shell/test_startup_errors.py in a subprocess: the desktop start sets the theme and language of the
whole application, which the other tests in the pytest process must not inherit.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMainWindow, QMessageBox, QStackedWidget

from ska_pos.cli.main import main
from ska_pos.ui import ops

WAIT_MS = 60_000
seen: dict[str, object] = {}
press: list[str] = []


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
    if press:
        button = box.findChild(QAbstractButton, press[0])
        if button is None:
            print(json.dumps({**seen, "error": f"no button {press[0]}"}), flush=True)
            os._exit(3)
        button.click()
        QTimer.singleShot(20, read_the_till)
    else:
        box.escapeButton().click()


def read_the_till(waited: int = 0) -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    if not windows or ops._running:
        if waited >= WAIT_MS:
            print(json.dumps({"error": "the till did not start"}), flush=True)
            os._exit(3)
        QTimer.singleShot(20, lambda: read_the_till(waited + 20))
        return
    pages = windows[0].findChild(QStackedWidget, "pages")
    seen["started"] = pages.currentWidget().objectName() if pages and pages.currentWidget() else ""
    windows[0].close()
    QApplication.quit()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    for arg in sys.argv[1:]:
        if arg.startswith("--press="):
            press[:] = [arg.removeprefix("--press=")]
            continue
        seen.clear()
        QTimer.singleShot(0, read_and_close)
        code = main(["--db", arg])
        print(json.dumps({**seen, "code": code}), flush=True)
