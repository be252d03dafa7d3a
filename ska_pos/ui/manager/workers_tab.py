"""The workers: who they are, where they work, and (managers only) which personal data is held, masked; add, edit,
deactivate, and open a worker's personal data (personal_data_dialog.py: each view recorded)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.reports import formatting as fmt
from ska_pos.services import workers
from ska_pos.services.workers import OutletChoice, WorkerView
from ska_pos.ui import op_changes
from ska_pos.ui.manager.notices import ask, tell
from ska_pos.ui.manager.personal_data_dialog import PersonalDataDialog
from ska_pos.ui.manager.worker_form import WorkerFormDialog
from ska_pos.ui.op_changes import SETTINGS, WORKERS, refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named

Loaded = tuple[list[WorkerView], list[OutletChoice]]


class WorkersModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("On the till"),
            self.tr("Outlets"),
            self.tr("Status"),
            self.tr("Personal data held"),
            self.tr("Account"),
            self.tr("Consent"),
            self.tr("Logs in as"),
        )

    def text(self, worker: WorkerView, column: int) -> str:
        personal = worker.personal
        consent = fmt.short_date(personal.consent_date, self.language) if personal and personal.consent_date else ""
        values = (
            worker.code,
            worker.name,
            worker.display_name,
            ", ".join(worker.outlet_codes),
            self.tr("active") if worker.active else self.tr("inactive"),
            self._held(worker),
            personal.masked_account if personal else "",
            consent,
            worker.username,
        )
        return str(values[column])

    def _held(self, worker: WorkerView) -> str:
        personal = worker.personal
        if personal is None:
            return ""
        held = ((personal.has_nik, self.tr("NIK")), (personal.has_phone, self.tr("phone")),
                (bool(personal.account_tail), self.tr("account")))  # fmt: skip
        return ", ".join(name for present, name in held if present)


class WorkersTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # loaded when first shown, and again after a committed write of what it shows
        refresh_on(self, {WORKERS, SETTINGS}, self.reload, first_when_shown=True)
        named(self, "workersTab", self.tr("Workers"))
        self.session = session
        self.outlets: list[OutletChoice] = []
        self.model = WorkersModel(session.language, self)
        self.table = named(QTableView(), "workersTable", self.tr("Workers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        look.whole_columns(self.table.horizontalHeader())
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.show_inactive = named(
            QCheckBox(self.tr("Show inactive workers")), "workersShowInactive", self.tr("Show inactive workers")
        )
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        layout = QVBoxLayout()
        layout.addWidget(self.show_inactive)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._actions())
        self.setLayout(layout)

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, name, slot in (
            (self.tr("New worker"), "workerAdd", self.add),
            (self.tr("Edit"), "workerEdit", self.edit),
            (self.tr("Deactivate or reactivate"), "workerToggle", self.toggle_active),
            (self.tr("Personal data"), "workerPersonal", self.open_personal_data),
        ):
            button = big_button(text, name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def reload(self) -> None:
        include_inactive = self.show_inactive.isChecked()

        def work(s: Session) -> Loaded:
            listed = workers.list_workers(s, self.session.actor, include_inactive=include_inactive)
            return listed, workers.outlet_choices(s)

        ReadOp(self, self.session.database, work).success(self._loaded).with_progress(
            self.tr("Loading workers…")
        ).run_in_background()

    def _loaded(self, loaded: Loaded) -> None:
        rows, self.outlets = loaded
        self.model.set_rows(rows)

    def selected(self) -> WorkerView | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def add(self) -> WorkerFormDialog:
        return self._open_form(None)

    def edit(self) -> WorkerFormDialog | None:
        worker = self.selected()
        if worker is None:
            tell(self, self.tr("Choose a worker in the list first."))
            return None
        return self._open_form(worker)

    def _open_form(self, worker: WorkerView | None) -> WorkerFormDialog:
        dialog = WorkerFormDialog(self.session, self.outlets, worker, self)
        dialog.open()
        return dialog

    def open_personal_data(self) -> PersonalDataDialog | None:
        worker = self.selected()
        if worker is None:
            tell(self, self.tr("Choose a worker in the list first."))
            return None
        dialog = PersonalDataDialog(self.session, worker.id, worker.name, self)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        worker = self.selected()
        if worker is None:
            tell(self, self.tr("Choose a worker in the list first."))
            return
        question = (
            self.tr("Deactivate {name}? They can no longer be chosen at the till; their earnings stay.")
            if worker.active
            else self.tr("Make {name} active again?")
        ).format(name=worker.name)
        if not ask(self, question):
            return

        def work(s: Session) -> WorkerView:
            return workers.set_active(s, self.session.actor, worker.id, not worker.active)

        WriteOp(self, self.session.database, work, {op_changes.WORKERS}).with_progress(
            self.tr("Saving…")
        ).run_in_background()
