"""Closing the shift: count the drawer by note and coin, see expected, counted and the difference as you count.

A difference past the outlet's limit needs a supervisor (the service refuses without one; the page then asks).
Signals: `closed(object shift_id)`; `back()`.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services import settings, shifts
from ska_pos.services.actor import Approval
from ska_pos.ui import op_changes
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.session import look
from ska_pos.ui.session.approval_flow import run_with_approval
from ska_pos.ui.shift.denomination_counter import DenominationCounter
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named

SHORT_COLOUR, OVER_COLOUR, EVEN_COLOUR = "#9b1c1c", "#0b4f9c", "#1d6b2f"


class CloseShiftPage(QWidget):
    closed = Signal(object)
    back = Signal()

    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.expected: int | None = None
        self.limit = settings.SHIFT_DIFFERENCE_LIMIT.default
        self.shift_id: uuid.UUID | None = None
        named(self, "closeShiftPage", self.tr("Close the shift"))
        self.counter = DenominationCounter(session.language, object_prefix="close", parent=self)
        self.counter.changed.connect(lambda _total: self._show_difference())
        self.expected_label = look.amount("closeExpected", self.tr("Expected cash"), look.HEADING)
        self.counted_label = look.amount("closeCounted", self.tr("Counted cash"), look.HEADING)
        self.difference_label = look.amount("closeDifference", self.tr("Difference"))
        self.difference_words = look.heading("", "closeDifferenceWords")
        self.difference_words.setAccessibleName(self.tr("What the difference means"))
        self.note = named(QLineEdit(), "closeNote", self.tr("Note (for example why the cash differs)"))
        self.note.setPlaceholderText(self.tr("Note (for example why the cash differs)"))
        self.note.setMinimumHeight(48)
        self.close_button = big_button(self.tr("Close the shift and print the report"), "closeShiftButton")
        self.close_button.setProperty("role", "primary")
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self._close)
        back = big_button(self.tr("Back (Esc)"), "closeShiftBack")
        back.clicked.connect(self.back)
        self.limit_hint = look.text("", "closeLimitHint")
        layout = QVBoxLayout()
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(look.title(self.tr("Close the shift"), "closeShiftTitle"))
        layout.addWidget(
            look.text(self.tr("Count all the cash in the drawer: how many of each note and coin?"), "closeShiftIntro")
        )
        layout.addWidget(self.counter)
        layout.addLayout(self._summary())
        layout.addWidget(self.note)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button, 2)
        buttons.addWidget(back, 1)
        layout.addLayout(buttons)
        self.setLayout(layout)
        QShortcut(QKeySequence("Esc"), self, self.back.emit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setFocusProxy(self.counter.first_field())
        self._load()

    def _summary(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for row, (text, label) in enumerate(
            (
                (self.tr("Expected"), self.expected_label),
                (self.tr("Counted"), self.counted_label),
                (self.tr("Difference"), self.difference_label),
            )
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(260)
            grid.addWidget(look.scaled(QLabel(text), look.HEADING), row, 0)
            grid.addWidget(label, row, 1)
        grid.addWidget(self.limit_hint, 0, 2, 2, 1)
        grid.addWidget(self.difference_words, 2, 2)
        grid.setColumnStretch(2, 1)
        return grid

    def _load(self) -> None:
        database, actor = self.session.database, self.session.actor

        def work(session: Session) -> tuple[uuid.UUID, int, int]:
            shift = shifts.current_shift(session, actor)
            limit = settings.get_setting(
                session, settings.scope_of("outlet", actor.outlet_id), settings.SHIFT_DIFFERENCE_LIMIT
            )
            return shift.id, shifts.cash_summary(session, shift).expected, limit

        ReadOp(self, database, work).success(self._loaded).run_in_background()

    def _loaded(self, result: tuple[uuid.UUID, int, int]) -> None:
        self.shift_id, self.expected, self.limit = result
        money = format_rupiah(self.limit, self.session.language)
        look.set_text(
            self.limit_hint, self.tr("A difference of more than {limit} needs a supervisor's PIN.").format(limit=money)
        )
        self.close_button.setEnabled(True)
        self._show_difference()

    def difference(self) -> int | None:
        return None if self.expected is None else self.counter.total() - self.expected

    def _show_difference(self) -> None:
        lang = self.session.language
        counted = self.counter.total()
        look.set_text(self.counted_label, format_rupiah(counted, lang))
        difference = self.difference()
        if difference is None or self.expected is None:
            return
        look.set_text(self.expected_label, format_rupiah(self.expected, lang))
        sign = "+" if difference > 0 else ""
        look.set_text(self.difference_label, sign + format_rupiah(difference, lang))
        if difference < 0:
            words, colour = self.tr("Short: less cash than expected"), SHORT_COLOUR
        elif difference > 0:
            words, colour = self.tr("Over: more cash than expected"), OVER_COLOUR
        else:
            words, colour = self.tr("Even: the cash matches"), EVEN_COLOUR
        if abs(difference) > self.limit:
            words += " · " + self.tr("needs a supervisor")
        self.difference_label.setStyleSheet(f"color: {colour};")
        look.set_text(self.difference_words, words)
        self.difference_label.setAccessibleName(
            self.tr("Difference: {amount}, {words}").format(amount=self.difference_label.text(), words=words)
        )

    def _close(self) -> None:
        counts, note = self.counter.counts(), self.note.text().strip()
        database, actor = self.session.database, self.session.actor
        difference = self.difference() or 0
        what = self.tr("Close the shift with a difference of {amount}").format(
            amount=format_rupiah(difference, self.session.language)
        )

        def work(session: Session, approval: Approval | None) -> uuid.UUID:
            closing = shifts.close_shift(session, actor, counts, approval=approval, note=note)
            return closing.shift_id

        self.close_button.setEnabled(False)
        run_with_approval(
            self, database, what, work, self.closed.emit, action="shift.close_difference",
            changes={op_changes.SHIFT}, on_cancel=lambda: self.close_button.setEnabled(True),
        )  # fmt: skip
