"""A galeri jahit's garments and its "not taking orders until" switch (docs/orders.md, Tailoring), opened from the
outlet's capabilities beside the WhatsApp messages. Per garment type, the measures the outlet takes, in order: add
one of the domain's measures, move one up or down, remove one; a measure renamed as the outlet calls it (for
every garment: the card and the ticket show that name; an empty name gives the default back); and the garment type
itself renamed (its template: the card, its history and the ticket show that name). The switch: on until a date,
with the outlet's message. One Save writes what changed (each changed garment, the switch) through the services the
command line uses (`rename_measure_templates`, `set_measure_template`, `set_measure_names`, `set_order_pause`), in one
transaction;
a refusal is said on the error line and nothing is saved. Managers only (the services' permission table)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QListWidget, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.orders.measures import MEASURES, Template, garment_name, measure_name
from ska_pos.services.orders.measure_templates import (
    measure_templates,
    rename_measure_templates,
    set_measure_names,
    set_measure_template,
)
from ska_pos.services.orders.pause import OrderPause, order_pause, set_order_pause
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named, touch_field, touch_push, touch_rows


@dataclass(frozen=True)
class TailoringSettings:
    templates: tuple[Template, ...]
    pause: OrderPause | None
    takes_orders: bool  # the outlet's profile takes orders with due dates: only then has it the switch


def read_settings(session: Session, outlet_id: uuid.UUID) -> TailoringSettings:
    return TailoringSettings(measure_templates(session, outlet_id), order_pause(session, outlet_id),
                             profile_of(session, outlet_id).order_intake_with_due_dates)  # fmt: skip


class TailoringDialog(ManagerDialog):
    changes = frozenset({op_changes.SETTINGS, op_changes.ORDERS})

    def __init__(self, session: TillSession, outlet_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(
            "tailoringDialog", QCoreApplication.translate("TailoringDialog", "Garments and taking orders"), parent
        )
        self.session, self.outlet_id = session, outlet_id
        self.loaded: TailoringSettings | None = None  # saved only once what the outlet has now is shown
        self.edited: dict[str, list[str]] = {}
        self.names: dict[str, str] = {}  # the outlet's own names of measures, as edited
        self.titles: dict[str, str] = {}  # the outlet's own names of garment types, as edited
        self.garment = named(QComboBox(), "tailoringGarment", self.tr("Garment type"))
        self.garment.setMinimumHeight(TOUCH_TARGET_PX)
        self.garment.currentIndexChanged.connect(self._show_garment)
        self.garment_title = touch_field(
            "tailoringGarmentName", self.tr("The chosen garment type's name at this outlet (empty: the usual name)")
        )
        self.garment_title.setPlaceholderText(self.tr("New name"))
        self.rename_garment = touch_push("tailoringGarmentRename", self.tr("Rename t&ype"))
        self.rename_garment.clicked.connect(lambda: self._rename_garment(to_list=True))
        self.garment_title.returnPressed.connect(lambda: self._rename_garment(to_list=False))
        self.measures = named(QListWidget(), "tailoringMeasures", self.tr("Measures taken, in order"))
        self.measures.setMinimumHeight(TOUCH_TARGET_PX * 5)
        touch_rows(self.measures)
        self.add_choice = named(QComboBox(), "tailoringAddChoice", self.tr("Measure to add"))
        self.add_choice.setMinimumHeight(TOUCH_TARGET_PX)
        self.add = touch_push("tailoringAdd", self.tr("&Add measure"))
        self.up = touch_push("tailoringUp", self.tr("Move &up"))
        self.down = touch_push("tailoringDown", self.tr("Move do&wn"))
        self.remove = touch_push("tailoringRemove", self.tr("&Remove measure"))
        self.new_name = touch_field(
            "tailoringMeasureName", self.tr("The chosen measure's name at this outlet (empty: the usual name)")
        )
        self.new_name.setPlaceholderText(self.tr("New name"))
        self.rename = touch_push("tailoringRename", self.tr("R&ename"))
        self.rename.clicked.connect(lambda: self._rename(to_list=True))
        self.new_name.returnPressed.connect(lambda: self._rename(to_list=False))
        self.measures.currentRowChanged.connect(self._measure_chosen)
        for button, run in ((self.add, self._add), (self.up, lambda: self._move(-1)),
                            (self.down, lambda: self._move(1)), (self.remove, self._remove)):  # fmt: skip
            button.clicked.connect(run)
        self.paused = named(QCheckBox(self.tr("&Not taking orders until")), "tailoringPauseOn",
                            self.tr("Not taking orders until"))  # fmt: skip
        self.paused.setMinimumHeight(TOUCH_TARGET_PX)
        self.until = named(QDateEdit(), "tailoringPauseUntil", self.tr("Last day no order is taken"))
        self.until.setDisplayFormat("dd/MM/yyyy")
        self.until.setCalendarPopup(True)
        self.until.setMinimumHeight(TOUCH_TARGET_PX)
        self.message = touch_field("tailoringPauseMessage", self.tr("Message to customers"))
        self.message.setPlaceholderText(self.tr("For example: Penuh menjelang Lebaran"))
        self.paused.toggled.connect(self.until.setEnabled)
        self.paused.toggled.connect(self.message.setEnabled)
        self._lay_out()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Save"))
        self.finish_layout()
        self.resize(640, 620)
        ReadOp(self, session.database, lambda s: read_settings(s, outlet_id)).success(self.show_settings).failure(
            lambda error: self.show_error(str(error))
        ).run_in_background()

    def _lay_out(self) -> None:
        editing = QWidget()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.measures, 0, 0, 4, 1)
        for row, button in enumerate((self.up, self.down, self.remove)):
            grid.addWidget(button, row, 1)
        grid.addWidget(self.add_choice, 4, 0)
        grid.addWidget(self.add, 4, 1)
        grid.addWidget(self.new_name, 5, 0)
        grid.addWidget(self.rename, 5, 1)
        editing.setLayout(grid)
        naming = QWidget()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.garment_title, 1)
        line.addWidget(self.rename_garment)
        naming.setLayout(line)
        self.add_row(self.tr("&Garment type"), self.garment)
        self.add_row(self.tr("Its name here"), naming)
        self.add_row(self.tr("Measures"), editing)
        self.add_row(self.tr("Orders"), self.paused)
        self.add_row(self.tr("Un&til"), self.until)
        self.add_row(self.tr("&Message"), self.message)

    # --- reading ------------------------------------------------------------------------------------------------
    def show_settings(self, settings: TailoringSettings) -> None:
        self.loaded = settings
        self.edited = {template.garment: list(template.measures) for template in settings.templates}
        self.names = dict(settings.templates[0].names) if settings.templates else {}
        self.titles = {template.garment: template.title for template in settings.templates if template.title}
        self.garment.blockSignals(True)
        self.garment.clear()
        for template in settings.templates:
            self.garment.addItem(template.name, template.garment)
        self.garment.blockSignals(False)
        self.garment.setCurrentIndex(0)
        self._show_garment()
        pause = settings.pause
        today = self.session.today()
        shown = pause.until if pause is not None else today
        self.until.setMinimumDate(QDate(today.year, today.month, today.day))
        self.until.setDate(QDate(shown.year, shown.month, shown.day))
        self.message.setText(pause.message if pause is not None else "")
        self.paused.setChecked(pause is not None and pause.applies(today))
        self.until.setEnabled(self.paused.isChecked())
        self.message.setEnabled(self.paused.isChecked())
        self.paused.setEnabled(settings.takes_orders)
        if not settings.takes_orders:
            self.paused.setText(self.tr("Not taking orders until (this outlet takes no orders with due dates)"))

    def _current(self) -> list[str]:
        return self.edited.get(str(self.garment.currentData()), [])

    def _garment_label(self, garment: str) -> str:
        return self.titles.get(garment) or garment_name(garment)

    def _show_garment(self, row: int = 0) -> None:
        codes = self._current()
        self.garment_title.setText(self.titles.get(str(self.garment.currentData()), ""))
        self.measures.clear()
        for number, code in enumerate(codes, start=1):
            self.measures.addItem(f"{number}. {self._label(code)}")
        self.measures.setCurrentRow(min(max(row, 0), len(codes) - 1))
        self.add_choice.clear()
        for code in MEASURES:
            if code not in codes:
                self.add_choice.addItem(self._label(code), code)
        self.add.setEnabled(self.add_choice.count() > 0)

    def _label(self, code: str) -> str:
        return self.names.get(code) or measure_name(code)

    def _measure_chosen(self, row: int) -> None:
        codes = self._current()
        self.new_name.setText(self.names.get(codes[row], "") if 0 <= row < len(codes) else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a name renames the measure or the garment type (the field's own signal); it does not save the
        dialog as well."""
        names = (self.new_name, self.garment_title)
        if self.focusWidget() in names and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- editing ------------------------------------------------------------------------------------------------
    def _rename(self, *, to_list: bool) -> None:
        codes, row = self._current(), self.measures.currentRow()
        if not 0 <= row < len(codes):
            return
        name = " ".join(self.new_name.text().split())
        if name:
            self.names[codes[row]] = name
        else:
            self.names.pop(codes[row], None)
        self._show_garment(row)
        if to_list:  # from the button; Enter keeps the name field (the dialog's Enter would save it otherwise)
            self.measures.setFocus()

    def _rename_garment(self, *, to_list: bool) -> None:
        index, garment = self.garment.currentIndex(), self.garment.currentData()
        if index < 0 or garment is None:
            return
        name = " ".join(self.garment_title.text().split())
        if name:
            self.titles[str(garment)] = name
        else:
            self.titles.pop(str(garment), None)
        self.garment.setItemText(index, self._garment_label(str(garment)))
        self.garment_title.setText(name)
        if to_list:  # from the button; Enter keeps the name field (the dialog's Enter would save it otherwise)
            self.garment.setFocus()

    def _add(self) -> None:
        code = self.add_choice.currentData()
        if code is not None:
            self._current().append(str(code))
            self._show_garment(len(self._current()) - 1)
            self.measures.setFocus()

    def _move(self, step: int) -> None:
        codes, row = self._current(), self.measures.currentRow()
        if 0 <= row < len(codes) and 0 <= row + step < len(codes):
            codes[row], codes[row + step] = codes[row + step], codes[row]
            self._show_garment(row + step)

    def _remove(self) -> None:
        codes, row = self._current(), self.measures.currentRow()
        if 0 <= row < len(codes):
            del codes[row]
            self._show_garment(row)

    # --- saving -------------------------------------------------------------------------------------------------
    def pause_asked(self) -> tuple[date | None, str]:
        if not self.paused.isChecked():
            return None, ""
        chosen = self.until.date()
        return date(chosen.year(), chosen.month(), chosen.day()), self.message.text()

    def check(self) -> str | None:
        if self.loaded is None:
            return self.tr("Reading the garments…")
        empty = [self._garment_label(garment) for garment, codes in self.edited.items() if not codes]
        if empty:
            return self.tr("{garment} needs at least one measure").format(garment=", ".join(empty))
        return None

    def save_work(self) -> Callable[[Session], None]:
        loaded = self.loaded
        assert loaded is not None
        actor, outlet_id = self.session.actor, self.outlet_id
        changed = [(t.garment, tuple(self.edited[t.garment])) for t in loaded.templates
                   if tuple(self.edited[t.garment]) != t.measures]  # fmt: skip
        names = dict(self.names) if self.names != dict(loaded.templates[0].names) else None
        renamed = {t.garment: self.titles.get(t.garment, "") for t in loaded.templates
                   if self.titles.get(t.garment, "") != t.title}  # fmt: skip
        until, message = self.pause_asked()
        before = loaded.pause if loaded.pause is not None and loaded.pause.applies(self.session.today()) else None
        pause_changed = loaded.takes_orders and (until, " ".join(message.split())) != (
            (before.until, before.message) if before is not None else (None, "")
        )

        def save(s: Session) -> None:
            if renamed:  # checked together: a swap of two names is no clash
                rename_measure_templates(s, actor, outlet_id, renamed)
            if names is not None:
                set_measure_names(s, actor, outlet_id, names)
            for garment, measures in changed:
                set_measure_template(s, actor, outlet_id, garment, measures)
            if pause_changed:
                set_order_pause(s, actor, outlet_id, until, message)

        return save
