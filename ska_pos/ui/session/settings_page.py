"""Settings a manager sets at the till: when the till locks itself, the cash difference a cashier may close with,
and (for an administrator) which till this machine is and where and how long it keeps backups of its database.

Signals: `saved(bool till_changed)`; `back()`.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah, parse_rupiah
from ska_pos.services import settings
from ska_pos.services.machine_settings import MachineChoice, change_machine_settings
from ska_pos.services.this_till import TillPlace, load_local_config, this_machine, till_places
from ska_pos.services.till_enrolment import enrol_till
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import SETTINGS
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named

MAX_IDLE_MINUTES = 120
MAX_BACKUP_DAYS = 3650


class SettingsPage(QWidget):
    saved = Signal(bool)
    back = Signal()

    def __init__(
        self, session: TillSession, *, config_folder: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.config_folder = session, config_folder
        self.scope = settings.scope_of("outlet", session.actor.outlet_id)
        named(self, "settingsPage", self.tr("Settings"))
        self.idle_minutes = named(QSpinBox(), "settingsIdleMinutes", self.tr("Lock the till after minutes idle"))
        self.idle_minutes.setRange(1, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(" " + self.tr("min"))
        self.difference_limit = named(
            QLineEdit(), "settingsDifferenceLimit", self.tr("Cash difference allowed without a supervisor")
        )
        self.till = named(QComboBox(), "settingsThisTill", self.tr("This till"))
        self.backup_folder = named(
            QLineEdit(), "settingsBackupFolder", self.tr("Folder for backups (empty: beside the database)")
        )
        self.backup_folder.setPlaceholderText(self.tr("beside the database"))
        self.backup_days = named(QSpinBox(), "settingsBackupDays", self.tr("Keep backups for days"))
        self.backup_days.setRange(1, MAX_BACKUP_DAYS)
        self.backup_days.setSuffix(" " + self.tr("days"))
        machine = load_local_config(config_folder)
        self.backup_folder.setText(str(machine.backup_folder or ""))
        self.backup_days.setValue(machine.keep_days)
        self.is_admin = session.actor.role == "admin"
        for widget in (self.idle_minutes, self.difference_limit, self.till, self.backup_folder, self.backup_days):
            widget.setMinimumSize(420, 48)
        self.error = look.text("", "settingsError", self.tr("Problem"))
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        form = QFormLayout()
        form.setVerticalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Lock the till after (minutes without use)"), self.idle_minutes)
        form.addRow(self.tr("Cash difference allowed without a supervisor"), self.difference_limit)
        if self.is_admin:
            form.addRow(self.tr("This till"), self.till)
            form.addRow(self.tr("Folder for backups (another disk, if you like)"), self.backup_folder)
            form.addRow(self.tr("Keep backups for"), self.backup_days)
        self.save_button = big_button(self.tr("Save"), "settingsSave")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        back = big_button(self.tr("Back (Esc)"), "settingsBack")
        back.clicked.connect(self.back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button, 2)
        buttons.addWidget(back, 1)
        layout = QVBoxLayout()
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(
            look.title(self.tr("Settings of {outlet}").format(outlet=session.outlet_name), "settingsTitle")
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setLayout(layout)
        QShortcut(QKeySequence("Esc"), self, self.back.emit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setFocusProxy(self.idle_minutes)
        self._load()

    def _load(self) -> None:
        database, scope = self.session.database, self.scope

        def work(session: Session) -> tuple[int, int, list[TillPlace]]:
            return (
                settings.get_setting(session, scope, settings.IDLE_LOCK_MINUTES),
                settings.get_setting(session, scope, settings.SHIFT_DIFFERENCE_LIMIT),
                till_places(session),
            )

        ReadOp(self, database, work).success(self._loaded).run_in_background()

    def _loaded(self, values: tuple[int, int, list[TillPlace]]) -> None:
        minutes, limit, places = values
        self.idle_minutes.setValue(minutes)
        self.difference_limit.setText(format_rupiah(limit, self.session.language))
        for place in places:
            self.till.addItem(place.label, str(place.till_id))  # plain strings compare reliably inside Qt
        self.till.setCurrentIndex(max(self.till.findData(str(self.session.actor.till_id)), 0))

    def save(self) -> None:
        try:
            limit = parse_rupiah(self.difference_limit.text(), self.session.language)
        except ValueError as error:
            look.set_text(self.error, str(error))
            return
        folder_text = self.backup_folder.text().strip()
        backup_folder = Path(folder_text).expanduser() if folder_text else None
        if self.is_admin and backup_folder is not None and not backup_folder.is_dir():
            look.set_text(self.error, self.tr("The folder {folder} does not exist.").format(folder=backup_folder))
            return
        backup_days = self.backup_days.value()
        minutes, database, scope = self.idle_minutes.value(), self.session.database, self.scope
        data = self.till.currentData() if self.is_admin else None
        chosen = uuid.UUID(data) if isinstance(data, str) else self.session.actor.till_id
        till_changed = chosen != self.session.actor.till_id

        actor, config_folder, current = self.session.actor, self.config_folder, self.session.actor.till_id
        machine = MachineChoice(chosen, backup_folder, backup_days) if self.is_admin else None
        computer = this_machine(self.config_folder)

        def work(session: Session) -> None:
            if chosen != current:  # the administrator moves this computer to another till: an enrolment
                enrol_till(session, actor, chosen, computer, current_till=current)
            settings.set_setting(session, actor, scope, settings.IDLE_LOCK_MINUTES, minutes)
            settings.set_setting(session, actor, scope, settings.SHIFT_DIFFERENCE_LIMIT, limit)
            if machine is not None:  # journaled, and till.json saved, as the transaction's last step
                change_machine_settings(session, actor, machine, config_folder)

        def done(_result: object) -> None:
            self.saved.emit(till_changed)

        WriteOp(self, database, work, {SETTINGS}).success(done).failure(
            lambda error: look.set_text(self.error, error_text(error))
        ).run_in_background()
