"""A computer that is no till yet: an administrator logs in with their PIN and makes it one (services/till_enrolment).

Shown at start instead of the login when this computer's settings name no till, or a till that is gone or now
another computer's. The administrator chooses the outlet and one of its tills, or types a new till code to create
it there; a till enrolled on another computer asks for a reason to take it over.

Signal: `enrolled(object)` with the till's id, once the database has recorded the enrolment.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.services import outlets
from ska_pos.services.auth import login_for_command
from ska_pos.services.outlets import OutletRow
from ska_pos.services.till_claims import Machine
from ska_pos.services.till_enrolment import TillEnrolledElsewhere, enrol_till
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import SETTINGS, TILLS
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.session.preferences_bar import PreferencesBar
from ska_pos.ui.widgets import big_button, named

NEW_TILL = "new"


class EnrolPage(QWidget):
    enrolled = Signal(object)

    def __init__(
        self, database: Database, machine: Machine, current_till: uuid.UUID | None, *, large_text: bool = False,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.database, self.machine, self.current_till = database, machine, current_till
        self.rows: list[OutletRow] = []
        named(self, "enrolPage", self.tr("Make this computer a till"))
        self.preferences = PreferencesBar(large_text=large_text, parent=self)
        self.username = self._field("enrolUser", self.tr("Administrator's user name"))
        self.pin = self._field("enrolPin", self.tr("Administrator's PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"), self))
        self.outlet = named(QComboBox(), "enrolOutlet", self.tr("Outlet"))
        self.outlet.setMinimumHeight(44)
        self.outlet.currentIndexChanged.connect(self._show_tills)
        self.till = named(QComboBox(), "enrolTill", self.tr("Till"))
        self.till.setMinimumHeight(44)
        self.till.currentIndexChanged.connect(self._till_chosen)
        self.new_code = self._field("enrolNewTillCode", self.tr("New till code"))
        self.new_code.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,16}"), self))
        self.reason = self._field("enrolReason", self.tr("Reason for taking the till over"))
        self.reason.setPlaceholderText(self.tr("Only when the till is enrolled on another computer"))
        form = QFormLayout()
        for label, field in (
            (self.tr("Administrator's user name"), self.username),
            (self.tr("PIN"), self.pin),
            (self.tr("Outlet"), self.outlet),
            (self.tr("Till"), self.till),
            (self.tr("New till code"), self.new_code),
            (self.tr("Reason for a take-over"), self.reason),
        ):
            form.addRow(label, field)
        self.enrol_button = big_button(self.tr("Make this computer this till"), "enrolButton")
        self.enrol_button.setProperty("role", "primary")
        self.enrol_button.clicked.connect(self.enrol)
        self.pin.returnPressed.connect(self.enrol)
        self.error = look.text("", "enrolError", self.tr("Enrolment problem"))
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        layout = QVBoxLayout()
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(look.title(self.tr("This computer is not a till yet"), "enrolTitle"))
        layout.addWidget(
            look.text(
                self.tr(
                    "An administrator makes this computer a till: log in with your PIN, then choose the outlet "
                    "and the till (or type a new till code to add one). This computer ({host}) keeps the choice."
                ).format(host=machine.hostname),
                "enrolIntro",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.enrol_button)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.preferences)
        self.setLayout(layout)
        self.setFocusProxy(self.username)
        self._till_chosen()
        ReadOp(self, database, outlets.outlet_rows).success(self._loaded).run_in_background()

    def _field(self, object_name: str, label: str) -> QLineEdit:
        field = named(QLineEdit(), object_name, label)
        field.setMinimumHeight(44)
        return field

    def _loaded(self, rows: list[OutletRow]) -> None:
        self.rows = rows
        self.outlet.clear()
        for row in rows:
            self.outlet.addItem(f"{row.code} · {row.name}", str(row.outlet_id))
        self._show_tills()

    def _show_tills(self) -> None:
        self.till.clear()
        index = self.outlet.currentIndex()
        if 0 <= index < len(self.rows):
            for till in self.rows[index].tills:
                if till.active:
                    self.till.addItem(f"{till.code} · {till.name}" if till.name else till.code, str(till.till_id))
        self.till.addItem(self.tr("A new till (type its code)"), NEW_TILL)

    def _till_chosen(self) -> None:
        self.new_code.setEnabled(self.till.currentData() == NEW_TILL)

    def enrol(self) -> None:
        outlet_data, till_data = self.outlet.currentData(), self.till.currentData()
        if not isinstance(outlet_data, str) or not isinstance(till_data, str):
            look.set_text(self.error, self.tr("Choose an outlet and a till."))
            return
        if till_data == NEW_TILL and not self.new_code.text().strip():
            look.set_text(self.error, self.tr("Type the new till's code."))
            return
        username, pin, machine, current = self.username.text(), self.pin.text(), self.machine, self.current_till
        outlet_id = uuid.UUID(outlet_data)
        chosen = None if till_data == NEW_TILL else uuid.UUID(till_data)
        new_code, reason = self.new_code.text(), self.reason.text()

        def work(session: Session) -> uuid.UUID | str:
            login = login_for_command(session, username, pin)
            if login.actor is None:
                return login.message  # returned, not raised: the wrong PIN is counted (committed)
            till_id = chosen or outlets.add_till(session, login.actor, outlet_id, new_code)
            enrol_till(session, login.actor, till_id, machine, current_till=current, take_over_reason=reason)
            return till_id

        self.enrol_button.setEnabled(False)
        WriteOp(self, self.database, work, {TILLS, SETTINGS}).success(self._done).failure(self._failed).with_progress(
            self.tr("Enrolling this computer…")
        ).run_in_background()

    def _done(self, result: uuid.UUID | str) -> None:
        self.enrol_button.setEnabled(True)
        self.pin.clear()
        if isinstance(result, str):
            look.set_text(self.error, result)
            self.pin.setFocus()
            return
        self.enrolled.emit(result)

    def _failed(self, error: Exception) -> None:
        self.enrol_button.setEnabled(True)
        self.pin.clear()
        look.set_text(self.error, error_text(error))
        if isinstance(error, TillEnrolledElsewhere):
            self.reason.setFocus()
