"""One worker's personal data, for a manager: hidden until asked for, and every look recorded.

"Show" opens the values in a write op (the service records the view in the same transaction); "Export" writes
what the system holds about the worker to a JSON file; "Erase" removes it when the worker withdraws their consent.
Below, every view, export and erasure so far. Opened from the workers tab and the worker's detail.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.reports import formatting as fmt
from ska_pos.services import personal_data
from ska_pos.services.personal_data import ErasureRecord, PersonalData, ViewRecord
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.manager.notices import tell
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, hint_room, named


@dataclass(frozen=True)
class LogRow:
    at: datetime
    who: str
    till: str
    what: str  # view, export, erasure
    detail: str  # the fields seen, or the reason of an erasure


class PersonalLogModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Who"), self.tr("Till"), self.tr("What"), self.tr("Fields or reason"))

    def text(self, row: LogRow, column: int) -> str:
        what = {"view": self.tr("viewed"), "export": self.tr("exported"), "erasure": self.tr("erased")}
        field_names = {"nik": self.tr("NIK"), "phone": self.tr("phone"), "bank_account": self.tr("account")}
        detail = row.detail
        if row.what != "erasure":
            detail = ", ".join(field_names.get(name, name) for name in row.detail.split(",") if name)
        values = (fmt.date_time(row.at, self.language), row.who, row.till, what.get(row.what, row.what), detail)
        return values[column]


def log_rows(views: list[ViewRecord], erasures: list[ErasureRecord], zone: str) -> list[LogRow]:
    local = ZoneInfo(zone)
    rows = [LogRow(v.at.astimezone(local), v.user_name, v.till_code, v.purpose, ",".join(v.fields)) for v in views]
    rows += [LogRow(e.at.astimezone(local), e.user_name, e.till_code, "erasure", e.reason) for e in erasures]
    return sorted(rows, key=lambda row: row.at, reverse=True)


def choose_export_file(parent: QWidget, suggested: str) -> Path | None:
    """The file the manager names for the export (None: cancelled); tests replace this asking function."""
    title = QCoreApplication.translate("PersonalDataDialog", "Export personal data")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "*.json")
    return Path(path) if path else None


class PersonalDataDialog(TillDialog):
    changed = Signal()

    def __init__(
        self, session: TillSession, worker_id: uuid.UUID, worker_name: str, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("PersonalDataDialog", "Personal data of {name}").format(name=worker_name)
        super().__init__("personalData", title, parent)
        self.session, self.worker_id, self.worker_name = session, worker_id, worker_name
        self.resize(820, 600)
        self.body.addWidget(look.heading(title, "personalDataTitle"))
        notice = self.tr("The data stays hidden until you show it; every view is recorded with your name.")
        notice_label = named(QLabel(notice), "personalDataNotice", notice)
        notice_label.setWordWrap(True)
        self.body.addWidget(notice_label)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        self.body.addLayout(form)
        for key, caption in (
            ("nik", self.tr("NIK")),
            ("phone", self.tr("Phone")),
            ("bank_name", self.tr("Bank")),
            ("bank_account", self.tr("Savings account number")),
            ("consent", self.tr("Date of consent")),
        ):
            label = named(QLabel(self.tr("(hidden)")), f"personal_{key}", caption)
            self.values[key] = label
            form.addRow(caption, label)
        self.body.addWidget(self._actions())
        self.log_model = PersonalLogModel(session.language, self)
        self.log = named(QTableView(), "personalLog", self.tr("Views and erasures of the personal data"))
        self.log.setModel(self.log_model)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(QLabel(self.tr("Views and erasures")))
        self.body.addWidget(self.log, 1)
        close = big_button(self.tr("Close"), "personalClose")
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        self.finish_layout(bottom=row)  # the actions above and Close below say it all: no OK/Cancel
        self.reload_log()

    def _actions(self) -> ButtonRows:
        """Over two rows when large text or a narrow screen needs it: whole words in either language."""
        buttons: list[QWidget] = []
        for text, name, slot in (
            (self.tr("&Show personal data"), "personalShow", self.show_data),
            (self.tr("E&xport…"), "personalExport", self.export),
            (self.tr("&Erase (consent withdrawn)…"), "personalErase", self.open_erasure),
        ):
            button = big_button(text, name, text.replace("&", ""))
            button.clicked.connect(slot)
            buttons.append(button)
        rows = ButtonRows(self)
        rows.set_rows([buttons])
        return rows

    def reload_log(self) -> None:
        worker_id, actor, zone = self.worker_id, self.session.actor, self.session.outlet_timezone

        def work(s: Session) -> list[LogRow]:
            views = personal_data.view_records(s, actor, worker_id)
            return log_rows(views, personal_data.erasure_records(s, actor, worker_id), zone)

        ReadOp(self, self.session.database, work).success(self.log_model.set_rows).failure(
            lambda error: self.show_error(error_text(error))
        ).run_in_background()

    def show_data(self) -> None:
        worker_id, actor = self.worker_id, self.session.actor

        def work(s: Session) -> PersonalData:
            return personal_data.read_personal_data(s, actor, worker_id)

        WriteOp(self, self.session.database, work, {op_changes.WORKERS}).success(self._shown).failure(
            lambda error: self.show_error(error_text(error))
        ).with_progress(self.tr("Opening…")).run_in_background()

    def _shown(self, data: PersonalData) -> None:
        nothing = self.tr("(none)")
        consent = fmt.short_date(data.consent_date, self.session.language) if data.consent_date else nothing
        for key, value in (("nik", data.nik), ("phone", data.phone), ("bank_name", data.bank_name),
                           ("bank_account", data.bank_account), ("consent", consent)):  # fmt: skip
            label = self.values[key]
            label.setText(value or nothing)
            label.setAccessibleName(value or nothing)
        self.reload_log()

    def export(self) -> None:
        target = choose_export_file(self, f"data-pribadi-{self.worker_name.split()[0].lower()}.json")
        if target is None:
            return
        worker_id, actor = self.worker_id, self.session.actor

        def work(s: Session) -> Path:
            personal_data.export_personal_data_to(s, actor, worker_id, target)
            return target

        WriteOp(self, self.session.database, work, {op_changes.WORKERS}).success(self._exported).failure(
            lambda error: self.show_error(error_text(error))
        ).with_progress(self.tr("Exporting…")).run_in_background()

    def _exported(self, target: Path) -> None:
        self.reload_log()
        tell(self, self.tr("The personal data was written to {file}").format(file=target))

    def open_erasure(self) -> ErasureDialog:
        dialog = ErasureDialog(self.session, self.worker_id, self.worker_name, self)
        dialog.saved.connect(lambda _record: self._erased())
        dialog.open()
        return dialog

    def _erased(self) -> None:
        for label in self.values.values():
            label.setText(self.tr("(none)"))
        self.reload_log()
        self.changed.emit()


class ErasureDialog(ManagerDialog):
    """Asks why (the worker withdrew their consent) before erasing; the earnings stay."""

    def __init__(
        self, session: TillSession, worker_id: uuid.UUID, worker_name: str, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("ErasureDialog", "Erase the personal data of {name}").format(
            name=worker_name
        )
        super().__init__("personalErasure", title, parent)
        self.session, self.worker_id = session, worker_id
        explanation = self.tr(
            "NIK, phone, bank, account number and the date of consent are removed for good. The worker's earnings, "
            "payouts and statements stay as they are."
        )
        text = named(QLabel(explanation), "personalErasureExplanation", explanation)
        text.setWordWrap(True)
        self.body.insertWidget(1, text)
        self.reason = named(QLineEdit(), "personalErasureReason", self.tr("Why the data is erased"))
        self.reason.setPlaceholderText(self.tr("for example: consent withdrawn on 6 December"))
        hint_room(self.reason)
        self.reason.setMinimumHeight(40)
        self.add_row(self.tr("&Reason"), self.reason)
        self.finish_layout()

    def check(self) -> str | None:
        return None if self.reason.text().strip() else self.tr("Say why the data is erased")

    def save_work(self) -> Callable[[Session], ErasureRecord]:
        reason, worker_id, actor = self.reason.text(), self.worker_id, self.session.actor

        def work(s: Session) -> ErasureRecord:
            return personal_data.erase_personal_data(s, actor, worker_id, reason)

        return work
