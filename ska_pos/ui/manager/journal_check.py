"""The result of the last check of the journal (`ska-pos verify`), and a button to check it again now."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session

from ska_pos.reports.formatting import date_time
from ska_pos.services.journal_verify import LastCheck, VerifyReport, last_check, record_check, verify
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class JournalCheckBar(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.status = named(QLabel(), "journalCheckStatus", self.tr("Last check of the journal"))
        self.check_button = named(QPushButton(self.tr("Check the &journal now")), "journalCheckRun",
                                  self.tr("Check the journal now"))  # fmt: skip
        self.check_button.clicked.connect(self.run_check)
        layout = QHBoxLayout(self)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.check_button)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:  # read when first seen, not when built: the earnings load first
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        ReadOp(self, self.session.database, last_check).success(self._show).run_in_background()

    def run_check(self) -> None:
        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Checking the journal…"))
        # read in one snapshot without the write lock, so the tills go on selling; a long journal takes as long as
        # it takes: no timeout, but the manager may stop waiting
        ReadOp(self, self.session.database, verify).success(self._record).failure(self._failed).with_progress(
            self.tr("Checking the journal…"), cancellable=True
        ).with_timeout(None).run_in_background()

    def _record(self, report: VerifyReport) -> None:
        def record(session: Session) -> LastCheck | None:
            record_check(session, report)
            return last_check(session)

        database = self.session.database
        WriteOp(self, database, record, ()).success(self._checked).failure(self._failed).run_in_background()

    def _checked(self, result: LastCheck | None) -> None:
        self.check_button.setEnabled(True)
        self._show(result)

    def _failed(self, error: Exception) -> None:
        self.check_button.setEnabled(True)
        self.status.setText(str(error))

    def _show(self, result: LastCheck | None) -> None:
        if result is None:
            self.status.setText(self.tr("Last check: never"))
            return
        moment = date_time(result.checked_at.astimezone(ZoneInfo(self.session.outlet_timezone)), self.session.language)
        outcome = self.tr("%n problem(s)", "", result.problems) if result.problems else self.tr("OK")
        self.status.setText(self.tr("Last check: {moment} — {outcome}").format(moment=moment, outcome=outcome))
        self.status.setProperty("role", "banner" if result.problems else "")
