"""Gerai: the sentra's outlets and their tills, and the chosen outlet's settings (managers and administrators).

Adding an outlet or a till and deactivating a till are for administrators (the permission table); the buttons say
so to a manager instead of failing after a click. Everything is read and written through `services.outlets` on
the database thread, and the tab reads again when a committed write says settings or tills changed.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.outlet_profile import OUTLET_KINDS
from ska_pos.services import outlets
from ska_pos.services.outlets import OutletRow, TillRow
from ska_pos.ui.manager.outlet_form import OutletForm
from ska_pos.ui.manager.qris_dialog import QrisDialog
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import SETTINGS, TILLS, Changes, operation_hub, refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named, scrolling, touch_field, touch_push


class OutletSetupTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "outletSetupTab", self.tr("Outlets and tills"))
        self.session = session
        self.is_admin = session.actor.has_role("admin")
        self.rows: list[OutletRow] = []
        self.outlets = named(QListWidget(), "outletList", self.tr("Outlets"))
        self.outlets.currentRowChanged.connect(self._outlet_chosen)
        self.tills = named(QListWidget(), "tillList", self.tr("Tills of the outlet"))
        self.tills.currentRowChanged.connect(self._till_chosen)
        self.toggle_till = touch_push("tillToggleActive", self.tr("&Deactivate the till"))
        self.toggle_till.clicked.connect(self._toggle_till)
        self.new_till_code = touch_field("newTillCode", self.tr("New till code"))
        self.new_till_name = touch_field("newTillName", self.tr("New till name"))
        self.add_till = touch_push("addTill", self.tr("Add the t&ill"))
        self.add_till.clicked.connect(self._add_till)
        self.new_outlet_code = touch_field("newOutletCode", self.tr("New outlet code"))
        self.new_outlet_name = touch_field("newOutletName", self.tr("New outlet name"))
        self.new_outlet_kind = named(QComboBox(), "newOutletKind", self.tr("New outlet kind"))
        self.new_outlet_kind.setMinimumHeight(TOUCH_TARGET_PX)
        for kind in OUTLET_KINDS:
            self.new_outlet_kind.addItem(self._kind_name(kind), kind)
        self.add_outlet = touch_push("addOutlet", self.tr("Add the o&utlet"))
        self.add_outlet.clicked.connect(self._add_outlet)
        self.message = look.text("", "outletSetupMessage", self.tr("Outlets and tills message"))
        self.form = OutletForm(session)
        self.form.saved.connect(lambda _changed: self.reload())
        self.form.qrisRequested.connect(self.open_qris)
        self.qris_dialog: QrisDialog | None = None
        self._lay_out()
        if not self.is_admin:
            for widget in (self.toggle_till, self.add_till, self.add_outlet, self.new_till_code, self.new_till_name,
                           self.new_outlet_code, self.new_outlet_name, self.new_outlet_kind):  # fmt: skip
                widget.setEnabled(False)
            look.set_text(self.message, self.tr("Only an administrator adds outlets and tills."))
        operation_hub().changed.connect(self._changed)
        refresh_on(self, (), self.reload, first_when_shown=True)

    def open_qris(self, outlet_id: uuid.UUID | None) -> None:
        if outlet_id is not None:
            self.qris_dialog = QrisDialog(self.session, outlet_id, self)
            self.qris_dialog.open()

    def _lay_out(self) -> None:
        till_box = named(QGroupBox(self.tr("Tills")), "tillBox", self.tr("Tills"))
        new_till = QFormLayout()
        new_till.addRow(self.tr("Code"), self.new_till_code)
        new_till.addRow(self.tr("Name"), self.new_till_name)
        till_layout = QVBoxLayout()
        till_layout.addWidget(self.tills)
        till_layout.addWidget(self.toggle_till)
        till_layout.addLayout(new_till)
        till_layout.addWidget(self.add_till)
        till_box.setLayout(till_layout)
        outlet_box = named(QGroupBox(self.tr("New outlet")), "newOutletBox", self.tr("New outlet"))
        new_outlet = QFormLayout()
        new_outlet.addRow(self.tr("Code"), self.new_outlet_code)
        new_outlet.addRow(self.tr("Name"), self.new_outlet_name)
        new_outlet.addRow(self.tr("Kind"), self.new_outlet_kind)
        new_outlet.addRow(self.add_outlet)
        outlet_box.setLayout(new_outlet)
        column = QWidget()
        left = QVBoxLayout(column)
        left.addWidget(look.heading(self.tr("Outlets"), "outletListHeading"))
        self.outlets.setMinimumHeight(TOUCH_TARGET_PX * 3)
        self.tills.setMinimumHeight(TOUCH_TARGET_PX * 2)
        left.addWidget(self.outlets, 1)
        left.addWidget(till_box)
        left.addWidget(outlet_box)
        left.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(scrolling(column), 2)  # both halves scroll: the tab fits a 1024x768 screen in large text
        layout.addWidget(scrolling(self.form), 3)

    def _kind_name(self, kind: str) -> str:
        names = {"kafe": self.tr("Café"), "salon": self.tr("Salon"), "laundry": self.tr("Laundry"),
                 "jahit": self.tr("Tailoring (jahit)"), "toko": self.tr("Shop or gallery")}  # fmt: skip
        return names.get(kind, kind)

    # Reading -------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        ReadOp(self, self.session.database, outlets.outlet_rows).success(self._loaded).run_in_background()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(TILLS) and self.rows:
            self.reload()

    def _loaded(self, rows: list[OutletRow]) -> None:
        chosen = self._current_outlet()
        self.rows = rows
        self.outlets.blockSignals(True)
        self.outlets.clear()
        for row in rows:
            self.outlets.addItem(f"{row.code} · {row.name} ({self._kind_name(row.kind)})")
        self.outlets.blockSignals(False)
        index = next((i for i, row in enumerate(rows) if chosen and row.outlet_id == chosen.outlet_id), 0)
        if rows:
            self.outlets.setCurrentRow(index)
            self._outlet_chosen(index)

    def _current_outlet(self) -> OutletRow | None:
        index = self.outlets.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _current_till(self) -> TillRow | None:
        outlet, index = self._current_outlet(), self.tills.currentRow()
        return outlet.tills[index] if outlet is not None and 0 <= index < len(outlet.tills) else None

    def _outlet_chosen(self, _index: int) -> None:
        outlet = self._current_outlet()
        self.tills.clear()
        if outlet is None:
            return
        for till in outlet.tills:
            state = "" if till.active else self.tr(" (inactive)")
            item = QListWidgetItem(f"{till.code} · {till.name}{state}" if till.name else f"{till.code}{state}")
            self.tills.addItem(item)
        self._till_chosen(self.tills.currentRow())
        self.form.load(outlet.outlet_id, outlet.has_logo)

    def _till_chosen(self, _index: int) -> None:
        till = self._current_till()
        active = till is None or till.active
        self.toggle_till.setText(self.tr("&Deactivate the till") if active else self.tr("&Reactivate the till"))
        self.toggle_till.setAccessibleName(self.toggle_till.text().replace("&", ""))
        self.toggle_till.setEnabled(self.is_admin and till is not None)

    # Writing -------------------------------------------------------------------------------------------------

    def _write(self, work: object, done: str) -> None:
        assert callable(work)
        WriteOp(self, self.session.database, work, {TILLS, SETTINGS}).success(
            lambda _result: self._written(done)
        ).failure(lambda error: look.set_text(self.message, error_text(error))).run_in_background()

    def _written(self, done: str) -> None:
        look.set_text(self.message, done)
        self.reload()

    def _add_outlet(self) -> None:
        actor = self.session.actor
        code, name = self.new_outlet_code.text(), self.new_outlet_name.text()
        kind = str(self.new_outlet_kind.currentData())

        def work(session: Session) -> uuid.UUID:
            return outlets.add_outlet(session, actor, code, name, kind)

        self._write(work, self.tr("Outlet {code} is added.").format(code=code.strip().upper()))
        self.new_outlet_code.clear()
        self.new_outlet_name.clear()

    def _add_till(self) -> None:
        outlet = self._current_outlet()
        if outlet is None:
            return
        actor, outlet_id = self.session.actor, outlet.outlet_id
        code, name = self.new_till_code.text(), self.new_till_name.text()

        def work(session: Session) -> uuid.UUID:
            return outlets.add_till(session, actor, outlet_id, code, name)

        self._write(work, self.tr("Till {code} is added.").format(code=code.strip().upper()))
        self.new_till_code.clear()
        self.new_till_name.clear()

    def _toggle_till(self) -> None:
        till = self._current_till()
        if till is None:
            return
        actor, till_id, active = self.session.actor, till.till_id, not till.active

        def work(session: Session) -> None:
            outlets.set_till_active(session, actor, till_id, active)

        done = self.tr("Till {code} is active again.") if active else self.tr("Till {code} is deactivated.")
        self._write(work, done.format(code=till.code))
