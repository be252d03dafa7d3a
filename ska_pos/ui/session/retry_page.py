"""The page shown when the read behind a page failed (the database locked for a moment at start, a server out of
reach): what went wrong in plain words, a button to try again now, and a try again by itself after `delay_s`.

Without it the window stayed empty (at start) or on a page that no longer held (after a log-out) until restarted.

Signal: `retry()` once, from the button (or Enter) or the timer; the page then says it is trying.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ska_pos.ui.session import look
from ska_pos.ui.timers import one_shot
from ska_pos.ui.widgets import big_button, named


class RetryPage(QWidget):
    retry = Signal()

    def __init__(self, problem: str, delay_s: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "retryPage", self.tr("The database did not answer"))
        self._asked = False
        self.status = look.text(
            self.tr("The till tries again by itself in {seconds} seconds.").format(seconds=delay_s), "retryStatus"
        )
        self.button = big_button(self.tr("Try again now"), "retryNow")
        self.button.setProperty("role", "primary")
        self.button.clicked.connect(self._try_again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(look.title(self.tr("The database did not answer"), "retryTitle"))
        message = look.text(problem, "retryProblem")
        message.setProperty("role", "banner")
        layout.addWidget(message)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.button)
        self.timer = one_shot(self, delay_s * 1000, self._try_again)

    def _try_again(self) -> None:
        if self._asked:
            return
        self._asked = True
        self.timer.stop()
        self.button.setEnabled(False)
        look.set_text(self.status, self.tr("Trying again…"))
        self.retry.emit()
