"""Choosing who a line is credited to: one worker with a tap or Enter, or a split by percentages adding to 100.

`WorkerDialog(workers, current, line_name, parent, language=...)`; after `accepted`, `credits()` gives (worker id,
basis points). Shares are typed as percentages with up to two decimals (`12,5` or `12.5`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ska_pos.domain.money import BP_WHOLE, parse_percent, percent_text
from ska_pos.services.cart import WorkerCredit
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import scale_font, touch_height
from ska_pos.ui.widgets import hint_room, named, touch_rows

ID_ROLE = Qt.ItemDataRole.UserRole


def equal_percents(count: int) -> list[int]:
    """100 shared as evenly as whole percents allow, the extra to the first: 3 -> 34, 33, 33."""
    base, extra = divmod(100, count)
    return [base + (1 if index < extra else 0) for index in range(count)]


class WorkerDialog(TillDialog):
    def __init__(
        self,
        workers: Sequence[tuple[uuid.UUID, str]],
        current: Sequence[WorkerCredit],
        line_name: str,
        parent: QWidget | None = None,
        *,
        language: str = "id",
    ) -> None:
        super().__init__("workerDialog", QCoreApplication.translate("WorkerDialog", "Who made it or did it?"), parent)
        self.language = language
        self._chosen: list[tuple[uuid.UUID, int]] = []
        self._shares: dict[uuid.UUID, QLineEdit] = {}
        self.names = dict(workers)
        heading = named(QLabel(self.tr("Worker for: {item}").format(item=line_name)), "workerHeading", line_name)
        heading.setProperty("role", "title")
        scale_font(heading, 1.3)
        heading.setWordWrap(True)
        self.filter = named(QLineEdit(), "workerFilter", self.tr("Type to find a worker"))
        self.filter.setPlaceholderText(self.tr("Type to find a worker, Enter to choose"))
        hint_room(self.filter)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.list = named(
            QListWidget(), "workerList", self.tr("Workers"), self.tr("Tap a worker or press Enter to choose")
        )
        touch_rows(self.list, 52)
        scale_font(self.list, 1.2, bold=False)
        for worker_id, name in workers:
            entry = QListWidgetItem(name)
            entry.setData(ID_ROLE, worker_id)
            self.list.addItem(entry)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemChanged.connect(lambda _item: self._rebuild_split())
        self.list.installEventFilter(self)
        self.split = named(
            QCheckBox(self.tr("Split between several workers")), "workerSplit", self.tr("Split between several workers")
        )
        self.split.setMinimumHeight(48)
        self.split.setStyleSheet("QCheckBox::indicator { width: 28px; height: 28px; }")
        touch_height(self.filter, 56)
        self.split.toggled.connect(self._set_split_mode)
        self.shares = QFormLayout()
        for widget in (heading, self.filter, self.list, self.split):
            self.body.addWidget(widget)
        self.body.addLayout(self.shares)
        self.finish_layout()
        self.resize(520, 600)
        self._start_from(current)
        self.filter.setFocus()

    def _start_from(self, current: Sequence[WorkerCredit]) -> None:
        if len(current) > 1:
            self.split.setChecked(True)
            for credit in current:
                self._entry(credit.worker_id).setCheckState(Qt.CheckState.Checked)
            for credit in current:
                self._shares[credit.worker_id].setText(percent_text(credit.split_bp, self.language))
        elif current:
            self.list.setCurrentItem(self._entry(current[0].worker_id))
        else:
            self.list.setCurrentRow(0)

    def _entry(self, worker_id: uuid.UUID) -> QListWidgetItem:
        return next(
            self.list.item(row) for row in range(self.list.count()) if self.list.item(row).data(ID_ROLE) == worker_id
        )

    def credits(self) -> list[tuple[uuid.UUID, int]]:
        return list(self._chosen)

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().lower()
        first = None
        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setHidden(wanted not in entry.text().lower())
            if first is None and not entry.isHidden():
                first = entry
        if first is not None:
            self.list.setCurrentItem(first)

    def _set_split_mode(self, on: bool) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            entry = self.list.item(row)
            flags = entry.flags() | Qt.ItemFlag.ItemIsUserCheckable
            entry.setFlags(flags if on else entry.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            entry.setData(Qt.ItemDataRole.CheckStateRole, Qt.CheckState.Unchecked if on else None)
        self.list.blockSignals(False)
        self._rebuild_split()

    def _checked(self) -> list[uuid.UUID]:
        return [
            self.list.item(row).data(ID_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _rebuild_split(self) -> None:
        while self.shares.rowCount():
            self.shares.removeRow(0)
        self._shares = {}
        checked = self._checked() if self.split.isChecked() else []
        for worker_id, percent in zip(checked, equal_percents(len(checked)) if checked else [], strict=True):
            field = named(
                QLineEdit(percent_text(percent * 100, self.language)),
                f"workerShare{len(self._shares)}",
                self.tr("Share of {name} in percent").format(name=self.names[worker_id]),
            )
            field.setMaxLength(8)
            touch_height(field, 52)
            self._shares[worker_id] = field
            self.shares.addRow(f"{self.names[worker_id]} (%)", field)

    def _clicked(self, entry: QListWidgetItem) -> None:
        if not self.split.isChecked():
            self._choose_one(entry)

    def _choose_one(self, entry: QListWidgetItem | None) -> None:
        if entry is None or entry.isHidden():
            self.show_error(self.tr("Choose a worker from the list"))
            return
        self._chosen = [(entry.data(ID_ROLE), BP_WHOLE)]
        self.accept()

    def check(self) -> str | None:
        if not self.split.isChecked():
            entry = self.list.currentItem()
            if entry is None or entry.isHidden():
                return self.tr("Choose a worker from the list")
            self._chosen = [(entry.data(ID_ROLE), BP_WHOLE)]
            return None
        if len(self._shares) < 2:
            return self.tr("Tick at least two workers to split the line")
        try:
            chosen = [(worker_id, parse_percent(field.text())) for worker_id, field in self._shares.items()]
        except ValueError as error:  # inf, nan, words, three decimals
            return str(error)
        if any(bp <= 0 for _worker, bp in chosen):
            return self.tr("Each worker's share must be more than 0%")
        total = sum(bp for _worker, bp in chosen)
        if total != BP_WHOLE:
            shown = percent_text(total, self.language)
            return self.tr("The shares add up to {total}%; they must add up to 100%").format(total=shown)
        self._chosen = chosen
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and not self.split.isChecked():
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_one(self.list.currentItem())
                return True
            if watched is self.filter and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.list.setFocus()
                return True
        return super().eventFilter(watched, event)
