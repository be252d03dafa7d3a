"""Adding or editing a worker: who they are, the outlets they work in, and (managers only) their personal data
with the date of their consent.

When editing, the personal data stays hidden and unchanged until the manager asks to change it: then it is read
(a recorded view, services/personal_data.py) into the fields, and saved with the rest.

Signal (from ManagerDialog): `saved(WorkerView)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from ska_pos.services import personal_data, workers
from ska_pos.services.personal_data import PersonalData
from ska_pos.services.workers import OutletChoice, WorkerForm, WorkerView
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.manager.period_bar import from_qdate, to_qdate
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named


class WorkerFormDialog(ManagerDialog):
    def __init__(
        self,
        session: TillSession,
        outlets: list[OutletChoice],
        worker: WorkerView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("WorkerFormDialog", "Edit {name}").format(name=worker.name)
            if worker
            else QCoreApplication.translate("WorkerFormDialog", "New worker")
        )
        super().__init__("workerForm", title, parent)
        self.session, self.worker = session, worker
        self.code = self._line("workerCode", self.tr("Worker code"), worker.code if worker else "")
        self.name = self._line("workerName", self.tr("Full name"), worker.name if worker else "")
        self.display = self._line(
            "workerDisplayName", self.tr("Name on the till"), worker.display_name if worker else ""
        )
        self.category = self._line("workerCategory", self.tr("PPKS category"), worker.ppks_category if worker else "")
        self.outlets = named(QListWidget(), "workerOutlets", self.tr("Outlets the worker works in"))
        self.outlets.setMinimumHeight(min(36 * max(len(outlets), 1) + 8, 220))
        for outlet in outlets:
            item = QListWidgetItem(f"{outlet.code}  {outlet.name}")
            item.setData(Qt.ItemDataRole.UserRole, outlet.id)
            chosen = worker is not None and outlet.id in worker.outlet_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.outlets.addItem(item)
        self.nik = self._line("workerNik", self.tr("NIK (16 digits)"), "")
        self.phone = self._line("workerPhone", self.tr("Phone"), "")
        self.bank = self._line("workerBank", self.tr("Bank"), "")
        self.account = self._line("workerAccount", self.tr("Savings account number"), "")
        self.change_personal = big_button(self.tr("Show and change personal data"), "workerChangePersonal")
        self.change_personal.clicked.connect(self.open_personal)
        self.consented = named(
            QCheckBox(self.tr("The worker agreed to keeping this data")),
            "workerConsented",
            self.tr("The worker agreed to keeping this data"),
        )
        self.consent_date = named(QDateEdit(), "workerConsentDate", self.tr("Date of consent"))
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd-MM-yyyy")
        summary = worker.personal if worker else None
        consent_date = summary.consent_date if summary else None
        self.consent_date.setDate(to_qdate(consent_date or session.today()))
        self.consented.setChecked(consent_date is not None)
        # Editing: the personal data is neither shown nor changed until asked for (a recorded view).
        self.personal_open = worker is None
        self.personal_fields: tuple[QWidget, ...] = (
            self.nik, self.phone, self.bank, self.account, self.consented, self.consent_date,
        )  # fmt: skip
        self.notes = self._line("workerNotes", self.tr("Notes"), worker.notes if worker else "")
        for label, field in (
            (self.tr("&Code"), self.code),
            (self.tr("Full &name"), self.name),
            (self.tr("Name on the &till"), self.display),
            (self.tr("PPKS &category"), self.category),
            (self.tr("&Outlets"), self.outlets),
            *([] if self.personal_open else [(self.tr("Personal data"), self.change_personal)]),
            (self.tr("N&IK"), self.nik),
            (self.tr("&Phone"), self.phone),
            (self.tr("&Bank"), self.bank),
            (self.tr("&Account"), self.account),
            (self.tr("Consent &date"), self._side_by_side(self.consent_date, self.consented)),
            (self.tr("N&otes"), self.notes),
        ):
            self.add_row(label, field)
        self.finish_layout()
        for field in self.personal_fields:
            field.setEnabled(self.personal_open)

    def open_personal(self) -> None:
        """Reads the worker's personal data into the fields (recorded as a view) so the manager can change it."""
        if self.worker is None or self.personal_open:
            return
        worker_id, actor = self.worker.id, self.session.actor

        def work(s: Session) -> PersonalData:
            return personal_data.read_personal_data(s, actor, worker_id)

        WriteOp(self, self.session.database, work, {op_changes.WORKERS}).success(self._personal_opened).failure(
            lambda error: self.show_error(error_text(error))
        ).with_progress(self.tr("Opening…")).run_in_background()

    def _personal_opened(self, data: PersonalData) -> None:
        self.personal_open = True
        for line, value in ((self.nik, data.nik), (self.phone, data.phone), (self.bank, data.bank_name),
                             (self.account, data.bank_account)):  # fmt: skip
            line.setText(value)
        self.consented.setChecked(data.consent_date is not None)
        if data.consent_date is not None:
            self.consent_date.setDate(to_qdate(data.consent_date))
        for field in self.personal_fields:
            field.setEnabled(True)
        self.change_personal.setEnabled(False)
        self.nik.setFocus()

    @staticmethod
    def _side_by_side(*fields: QWidget) -> QWidget:
        """One row for fields that belong together: the form then fits a 768 px screen with its personal data."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for field in fields:
            layout.addWidget(field)
        layout.addStretch(1)
        row.setFocusProxy(fields[0])
        return row

    def _line(self, object_name: str, accessible: str, value: str) -> QLineEdit:
        field = named(QLineEdit(value), object_name, accessible)
        field.setMinimumHeight(40)
        return field

    def chosen_outlets(self) -> tuple[uuid.UUID, ...]:
        items = (self.outlets.item(row) for row in range(self.outlets.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def form(self) -> WorkerForm:
        consent = from_qdate(self.consent_date.date()) if self.consented.isChecked() else None
        personal = (
            PersonalData(self.nik.text().strip(), self.phone.text().strip(), consent, self.bank.text(),
                         self.account.text())
            if self.personal_open
            else None  # unchanged
        )  # fmt: skip
        return WorkerForm(
            self.code.text(),
            self.name.text(),
            self.display.text(),
            self.category.text(),
            self.chosen_outlets(),
            self.notes.text(),
            personal,
        )

    def check(self) -> str | None:
        if not self.code.text().strip() or not self.name.text().strip():
            return self.tr("Fill in the worker's code and name")
        if not self.chosen_outlets():
            return self.tr("Tick at least one outlet")
        return None

    def save_work(self) -> Callable[[Session], WorkerView]:
        form, worker_id = self.form(), self.worker.id if self.worker else None

        def work(s: Session) -> WorkerView:
            if worker_id is None:
                return workers.add_worker(s, self.session.actor, form)
            return workers.edit_worker(s, self.session.actor, worker_id, form)

        return work
