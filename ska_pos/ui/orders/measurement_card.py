"""A customer's measurement card (a galeri jahit's): their takings, newest first (the order's own when opened from an
order: frozen with it), each one's values when chosen, and a new taking: the garment type, its measures in cm (the
outlet's template for the garment), a note.

Opened from the intake (Ctrl+M): nothing is written here; `taking()` is the new taking typed (or None) and
`chosen()` the earlier takings ticked for the order. Opened from the board (Ctrl+M on the chosen order): the page
keeps the new taking on the customer (`take_measurement`). A customer not in the list has no history: their
measurements are taken with the order.

`MeasurementCard(session, templates, customer_id, order_id, for_intake, parent)`. Keys: Tab through the fields,
Enter in a measure goes to the next one, Space ticks a taking, Ctrl+Enter or OK accepts, Esc cancels.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_quantity
from ska_pos.domain.orders.measures import MEASURES, MeasurementRefused, Template, parse_cm
from ska_pos.services.orders.measurements import (
    MeasurementForm,
    MeasurementView,
    customer_measurements,
    order_measurements,
)
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named, touch_rows

VALUE = 256
HISTORY_PAGE = 20
LIST_PX = 380


class MeasurementCard(TillDialog):
    def __init__(
        self,
        session: TillSession,
        templates: Sequence[Template],
        customer_id: uuid.UUID | None,
        order_id: uuid.UUID | None,
        *,
        for_intake: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("measurementCard", QCoreApplication.translate("MeasurementCard", "Measurement card"), parent)
        self.session = session
        self.templates = tuple(templates)
        self.for_intake = for_intake
        self.language = session.language
        self.takings: list[MeasurementView] = []
        row = QHBoxLayout()
        self.body.addLayout(row)  # while empty: docs/architecture.md, no wrapper of a layout item
        row.addWidget(self._history_part(customer_id), 1)
        row.addWidget(self._new_part(), 1)
        self.finish_layout()
        self._read(customer_id, order_id)
        self.garment.setFocus()

    # --- parts --------------------------------------------------------------------------------------------------
    def _history_part(self, customer_id: uuid.UUID | None) -> QWidget:
        part = QWidget()
        form = QFormLayout(part)
        hint = (self.tr("Earlier measurements, newest first. Tick those the order is made to (Space).")
                if self.for_intake else self.tr("Measurements, newest first."))  # fmt: skip
        if customer_id is None:
            hint = self.tr("A customer not in the list: the measurements are kept with the order only.")
        form.addRow(look.text(hint, "measurementHint"))
        self.history = named(QListWidget(), "measurementHistory", self.tr("Earlier measurements"))
        self.history.setMinimumWidth(LIST_PX)
        self.history.setMinimumHeight(180)
        touch_rows(self.history)
        self.history.currentRowChanged.connect(self._show_taking)
        self.values = look.text("", "measurementValues", self.tr("The chosen measurements"))
        form.addRow(self.history)
        form.addRow(self.values)
        return part

    def _new_part(self) -> QWidget:
        part = QWidget()
        self.fields_form = QFormLayout(part)
        self.fields_form.addRow(look.text(self.tr("New measurements (cm)"), "measurementNewTitle"))
        self.garment = named(QComboBox(), "measurementGarment", self.tr("Garment type"))
        for template in self.templates:
            self.garment.addItem(template.name, template.garment)
        touch_height(self.garment, 48)
        self.garment.currentIndexChanged.connect(self._garment_changed)
        self.fields_form.addRow(self.tr("Garment"), self.garment)
        # Every measure has its field; a garment shows those of its template (no widget is made or deleted later).
        self.fields: dict[str, QLineEdit] = {}
        names = self.templates[0] if self.templates else Template("", ())  # the outlet's own names, if it has any
        for code in MEASURES:
            field = named(QLineEdit(), f"measure_{code}", names.label(code))
            field.setPlaceholderText("cm")
            touch_height(field, 44)
            field.returnPressed.connect(self.focusNextChild)
            self.fields[code] = field
            self.fields_form.addRow(names.label(code), field)
        self.note = named(QLineEdit(), "measurementNote", self.tr("Note"))
        touch_height(self.note, 44)
        self.fields_form.addRow(self.tr("Note"), self.note)
        self._garment_changed()
        return part

    def _template(self) -> Template | None:
        code = self.garment.currentData()
        return next((t for t in self.templates if t.garment == code), None)

    def _garment_changed(self) -> None:
        template = self._template()
        shown = template.measures if template else ()
        for code, field in self.fields.items():
            self.fields_form.setRowVisible(field, code in shown)

    # --- reading ------------------------------------------------------------------------------------------------
    def _read(self, customer_id: uuid.UUID | None, order_id: uuid.UUID | None) -> None:
        database, outlet_id = self.session.database, self.session.actor.outlet_id

        def read(session: Session) -> tuple[list[MeasurementView], list[MeasurementView]]:
            on_order = order_measurements(session, order_id) if order_id else []
            earlier = (
                customer_measurements(session, outlet_id, customer_id, limit=HISTORY_PAGE)[0] if customer_id else []
            )
            return on_order, [m for m in earlier if m.id not in {t.id for t in on_order}]

        ReadOp(self, database, read).success(self._show_history).run_in_background()

    def _show_history(self, found: tuple[list[MeasurementView], list[MeasurementView]]) -> None:
        on_order, earlier = found
        self.takings = [*on_order, *earlier]
        self.history.clear()
        latest: set[str] = set()
        for taking in self.takings:
            when = taking.taken_at.strftime("%d/%m/%Y")
            label = f"{taking.garment_name} · {when} · {taking.taken_by}"
            if taking in on_order:
                label = self.tr("On the order: {taking}").format(taking=label)
            entry = QListWidgetItem(label)
            entry.setData(VALUE, taking.id)
            if self.for_intake:
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                newest = taking.garment not in latest  # the latest of each garment is ticked at first
                entry.setCheckState(Qt.CheckState.Checked if newest else Qt.CheckState.Unchecked)
            latest.add(taking.garment)
            self.history.addItem(entry)
        if self.takings:
            self.history.setCurrentRow(0)
        else:
            self.values.setText(self.tr("No measurements yet"))

    def _show_taking(self, row: int) -> None:
        if not 0 <= row < len(self.takings):
            return
        taking = self.takings[row]
        text = "<br>".join(f"{v.name}: {format_quantity(v.cm, self.language)} cm" for v in taking.values)
        self.values.setText(text + (f"<br><i>{taking.note}</i>" if taking.note else ""))
        self.values.setAccessibleName(self.values.text())

    # --- the answer ---------------------------------------------------------------------------------------------
    def _typed(self) -> dict[str, Decimal]:
        """The measures typed for the garment; MeasurementRefused for one that is not a number of cm."""
        template = self._template()
        codes = template.measures if template else ()
        return {code: parse_cm(self.fields[code].text()) for code in codes if self.fields[code].text().strip()}

    def check(self) -> str | None:
        try:
            self._typed()
        except MeasurementRefused as refused:
            return str(refused)
        if not self.for_intake and self.taking() is None:
            return self.tr("Write at least one measure")
        return None

    def taking(self) -> MeasurementForm | None:
        """The new taking typed, or None when no measure was written."""
        template = self._template()
        values = self._typed()
        if template is None or not values:
            return None
        return MeasurementForm(template.garment, values, self.note.text())

    def chosen(self) -> tuple[uuid.UUID, ...]:
        """The earlier takings ticked for the order (at intake)."""
        ticked = []
        for row in range(self.history.count()):
            entry = self.history.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                ticked.append(entry.data(VALUE))
        return tuple(ticked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if control:
                self.try_accept()
            return  # Enter alone belongs to the field that has focus
        super().keyPressEvent(event)
