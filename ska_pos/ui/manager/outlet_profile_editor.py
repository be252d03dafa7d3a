"""Kemampuan gerai: what each outlet does (dine-in, kitchen tickets, ...), its kind's default adjusted by a manager.

Reads and saves through `services.outlet_profiles` on the database thread; a till sees a change at its next login.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.outlet_profile import CAPABILITIES, OutletProfile, default_profile
from ska_pos.services.outlet_profiles import OutletProfileRow, outlet_profiles, set_profile_overrides
from ska_pos.ui.manager.message_templates_dialog import MessageTemplatesDialog
from ska_pos.ui.manager.opening_hours_dialog import OpeningHoursDialog
from ska_pos.ui.manager.package_plans_dialog import PackagePlansDialog
from ska_pos.ui.manager.qris_dialog import QrisDialog
from ska_pos.ui.manager.tailoring_dialog import TailoringDialog
from ska_pos.ui.messages import show_error
from ska_pos.ui.op_changes import SETTINGS
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

OBJECT_NAMES = {
    "dine_in_and_tables": "capabilityDineIn",
    "kitchen_tickets": "capabilityKitchenTickets",
    "order_intake_with_due_dates": "capabilityOrderIntake",
    "weighing_by_kg": "capabilityWeighing",
    "appointments": "capabilityAppointments",
    "prepaid_packages": "capabilityPrepaidPackages",
    "retail_scanning": "capabilityRetailScanning",
}


class OutletProfileEditor(QGroupBox):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("OutletProfileEditor", "Outlet capabilities"), parent)
        named(self, "outletProfileEditor", self.tr("Outlet capabilities"))
        self.session = session
        self.rows: list[OutletProfileRow] = []
        self.qris_dialog: QrisDialog | None = None
        self.hours_dialog: OpeningHoursDialog | None = None
        self.templates_dialog: MessageTemplatesDialog | None = None
        self.plans_dialog: PackagePlansDialog | None = None
        self.tailoring_dialog: TailoringDialog | None = None
        self.outlet = named(QComboBox(), "outletProfileOutlet", self.tr("Outlet whose capabilities to change"))
        self.outlet.setMinimumHeight(TOUCH_TARGET_PX)
        self.outlet.currentIndexChanged.connect(self._show_row)
        self.boxes: dict[str, QCheckBox] = {}
        for name in CAPABILITIES:
            box = named(QCheckBox(self._label(name)), OBJECT_NAMES[name], self._label(name))
            box.setMinimumHeight(TOUCH_TARGET_PX)
            box.toggled.connect(self._mark_defaults)
            self.boxes[name] = box
        self.defaults = named(QPushButton(self.tr("Use the &defaults")), "outletProfileDefaults",
                              self.tr("Use the defaults of this kind of outlet"))  # fmt: skip
        self.save = named(QPushButton(self.tr("&Save capabilities")), "outletProfileSave",
                          self.tr("Save the outlet's capabilities"))  # fmt: skip
        self.qris = named(QPushButton(self.tr("&QRIS code…")), "outletQris", self.tr("Set the outlet's QRIS code"))
        self.hours = named(QPushButton(self.tr("Opening &hours…")), "outletOpeningHours",
                           self.tr("Set the outlet's opening hours"))  # fmt: skip
        self.templates = named(QPushButton(self.tr("&WhatsApp messages…")), "outletMessageTemplates",
                               self.tr("Edit the outlet's WhatsApp message templates"))  # fmt: skip
        self.plans = named(QPushButton(self.tr("&Packages…")), "outletPackagePlans",
                           self.tr("Set the outlet's prepaid packages"))  # fmt: skip
        self.garments = named(QPushButton(self.tr("&Garments and pause…")), "outletTailoring",
                              self.tr("Set the outlet's garment measures and when it takes no orders"))  # fmt: skip
        for button in (self.defaults, self.save, self.qris, self.hours, self.templates, self.plans, self.garments):
            button.setMinimumHeight(TOUCH_TARGET_PX)
        self.plans.clicked.connect(self.open_plans)
        self.garments.clicked.connect(self.open_tailoring)
        self.templates.clicked.connect(self.open_templates)
        self.qris.clicked.connect(self.open_qris)
        self.hours.clicked.connect(self.open_hours)
        self.defaults.clicked.connect(self._use_defaults)
        self.save.clicked.connect(self._save)
        self.status = named(QLabel(), "outletProfileStatus", self.tr("Capabilities status"))
        self.status.setWordWrap(True)
        self._build()
        self._set_enabled(False)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Outlet"), self.outlet)
        layout = QVBoxLayout()
        layout.addLayout(form)
        for box in self.boxes.values():
            layout.addWidget(box)
        settings = QHBoxLayout()  # a row of their own: beside the others they widen the tab past a 1024-px till
        settings.addWidget(self.qris)
        settings.addWidget(self.hours)
        settings.addWidget(self.garments)
        settings.addStretch(1)
        layout.addLayout(settings)
        more = QHBoxLayout()  # a row again: four of them widen the tab past a 1024-px till in large text
        more.addWidget(self.templates)
        more.addWidget(self.plans)
        more.addStretch(1)
        layout.addLayout(more)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setLayout(layout)

    def _label(self, name: str) -> str:
        return {
            "dine_in_and_tables": self.tr("Dine in and table numbers"),
            "kitchen_tickets": self.tr("Kitchen tickets and kitchen notes"),
            "order_intake_with_due_dates": self.tr("Orders with a due date"),
            "weighing_by_kg": self.tr("Weighing by kg"),
            "appointments": self.tr("Appointments"),
            "prepaid_packages": self.tr("Prepaid packages"),
            "retail_scanning": self.tr("Scanning goods by barcode"),
        }[name]

    # --- reading ------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        ReadOp(self, self.session.database, outlet_profiles).success(self._loaded).with_progress(
            self.tr("Reading the outlets' capabilities…")
        ).run_in_background()

    def _loaded(self, rows: list[OutletProfileRow]) -> None:
        chosen = self.outlet.currentData()
        self.rows = rows
        self.outlet.blockSignals(True)
        self.outlet.clear()
        for row in rows:
            self.outlet.addItem(f"{row.outlet_code} · {row.outlet_name}", str(row.outlet_id))
        index = self.outlet.findData(chosen) if chosen is not None else -1
        self.outlet.setCurrentIndex(max(index, 0))
        self.outlet.blockSignals(False)
        self._set_enabled(bool(rows))
        self._show_row()

    def _current(self) -> OutletProfileRow | None:
        index = self.outlet.currentIndex()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _show_row(self) -> None:
        row = self._current()
        if row is not None:
            self._show_profile(row.profile)

    def _show_profile(self, profile: OutletProfile) -> None:
        flags = profile.as_flags()
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(flags[name])
            box.blockSignals(False)
        self._mark_defaults()

    def _mark_defaults(self) -> None:
        """A capability that differs from the kind's default says so in words, not only by its tick."""
        row = self._current()
        default = default_profile(row.kind).as_flags() if row is not None else {}
        for name, box in self.boxes.items():
            changed = name in default and box.isChecked() != default[name]
            text = self._label(name) + (self.tr(" (not the default)") if changed else "")
            box.setText(text)
            box.setAccessibleName(text)

    def open_qris(self) -> None:
        row = self._current()
        if row is not None:
            self.qris_dialog = QrisDialog(self.session, row.outlet_id, self)
            self.qris_dialog.open()

    def open_hours(self) -> None:
        row = self._current()
        if row is not None:
            self.hours_dialog = OpeningHoursDialog(self.session, row.outlet_id, self)
            self.hours_dialog.open()

    def open_templates(self) -> None:
        row = self._current()
        if row is not None:
            self.templates_dialog = MessageTemplatesDialog(self.session, row.outlet_id, self)
            self.templates_dialog.open()

    def open_plans(self) -> None:
        row = self._current()
        if row is not None:
            self.plans_dialog = PackagePlansDialog(self.session, row.outlet_id, self)
            self.plans_dialog.open()

    def open_tailoring(self) -> None:
        row = self._current()
        if row is not None:
            self.tailoring_dialog = TailoringDialog(self.session, row.outlet_id, self)
            self.tailoring_dialog.open()

    def _use_defaults(self) -> None:
        row = self._current()
        if row is not None:
            self._show_profile(default_profile(row.kind))
            self.status.setText(self.tr("The defaults are shown; save to keep them."))

    # --- saving -------------------------------------------------------------------------------------------------
    def _save(self) -> None:
        row = self._current()
        if row is None:
            return
        flags = {name: box.isChecked() for name, box in self.boxes.items()}
        database, actor, outlet_id = self.session.database, self.session.actor, row.outlet_id

        def save(session: Session) -> OutletProfile:
            return set_profile_overrides(session, actor, outlet_id, flags)

        self._set_enabled(False)
        WriteOp(self, database, save, {SETTINGS}).success(lambda profile: self._saved(row, profile)).failure(
            self._failed
        ).with_progress(self.tr("Saving the outlet's capabilities…")).run_in_background()

    def _saved(self, row: OutletProfileRow, profile: OutletProfile) -> None:
        self.rows = [replace(r, profile=profile) if r.outlet_id == row.outlet_id else r for r in self.rows]
        self._set_enabled(True)
        self._show_row()
        self.status.setText(
            self.tr("Saved for {outlet}. Its tills use the change from their next login.").format(
                outlet=row.outlet_name
            )
        )

    def _failed(self, error: Exception) -> None:
        self._set_enabled(True)
        show_error(self, error)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.outlet, self.defaults, self.save, self.qris, self.hours, self.templates, self.garments,
                       *self.boxes.values()):  # fmt: skip
            widget.setEnabled(enabled)
