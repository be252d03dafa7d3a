"""The till's receipt dispatcher (its print queue) and the print status panel in the window's status bar, shown
only while prints wait.

A mixin of `MainWindow`.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from ska_pos.ui.session.window_preferences import FollowsPreferences

if TYPE_CHECKING:
    from ska_pos.ui.printing.print_status import PrintStatusWidget


class HostsThePrintQueue(FollowsPreferences):
    print_status: PrintStatusWidget | None

    def _use_dispatcher(self, till_id: uuid.UUID) -> None:
        """One receipt dispatcher (and print queue) per till, kept across logins so waiting prints go on."""
        from ska_pos.ui.printing.dispatch import ReceiptDispatcher
        from ska_pos.ui.printing.print_status import PrintStatusWidget

        if self.dispatcher is not None and self.dispatcher.till_id == till_id:
            return
        self._close_dispatcher()
        self.dispatcher = ReceiptDispatcher(self.database, till_id, self)
        self.print_status = PrintStatusWidget(self.dispatcher)
        self.print_status.installEventFilter(self)
        self.statusBar().addPermanentWidget(self.print_status)

    def _close_dispatcher(self) -> None:
        """Stop the print thread. The dispatcher and its panel stay (hidden) children of the window until it goes:
        a receipt or a refresh may still report back to them."""
        if self.dispatcher is None:
            return
        with contextlib.suppress(RuntimeError, TypeError):  # nothing connected
            self.dispatcher.queue_changed.disconnect()
        self.dispatcher.close()
        if self.print_status is not None:
            self.statusBar().removeWidget(self.print_status)
            self.print_status.removeEventFilter(self)
            self.print_status.hide()
            self.print_status = None
        self.statusBar().hide()
        self.dispatcher = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.print_status and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.statusBar().setVisible(event.type() == QEvent.Type.Show)
        return super().eventFilter(watched, event)
