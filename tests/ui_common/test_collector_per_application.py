"""The screen thread's collector (`ui.garbage`) belongs to the running application: a second application in the same
process gets a timer of its own (the first one's never fires under it), and between the two Python collects by
itself. Run in a fresh process: the tests' own application lives for the whole session."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SECOND_APPLICATION = textwrap.dedent(
    """
    import gc, time
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication
    from ska_pos.ui.garbage import collect_on_screen_thread

    freed = []

    class InACycle:
        def __init__(self):
            self.me = self

        def __del__(self):
            freed.append(True)

    app = QApplication([])
    first = collect_on_screen_thread()
    assert collect_on_screen_thread() is first and not gc.isenabled()
    app.shutdown()
    del app, first
    print("between", gc.isenabled())
    app = QApplication([])
    collect_on_screen_thread()
    gc.set_threshold(1)
    InACycle()
    end = time.monotonic() + 10
    while not freed and time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    print("second", "collected" if freed else "not collected", gc.isenabled())
    """
)


def test_a_second_application_gets_a_collector_of_its_own() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SECOND_APPLICATION],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["between True", "second collected False"], done.stdout + done.stderr
