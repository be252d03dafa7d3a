"""An outlet's prepaid package plans (docs/orders.md): each a code, a name, the service each session is, the number
of sessions, the days it lasts and its price. Opened with `open()` from the outlet's capabilities beside the
opening hours; the list is edited here (add or replace by code, remove) and saved whole off the screen thread
(ui.ops); a plan the service refuses is said on the error line and nothing is saved."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QListWidget, QPushButton, QSpinBox, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah, parse_rupiah
from ska_pos.domain.packages import MAX_DAYS, MAX_SESSIONS
from ska_pos.services.packages.plans import PackagePlan, package_plans, plan_services, set_package_plans
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

W = TypeVar("W", bound=QWidget)


def _touch(widget: W) -> W:
    widget.setMinimumHeight(TOUCH_TARGET_PX)
    return widget


class PackagePlansDialog(ManagerDialog):
    changes = frozenset({op_changes.SETTINGS})

    def __init__(self, session: TillSession, outlet_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(
            "packagePlansDialog", QCoreApplication.translate("PackagePlansDialog", "Prepaid packages"), parent
        )
        self.session, self.outlet_id = session, outlet_id
        self.loaded = False
        self.plans: list[PackagePlan] = []
        self.list = named(QListWidget(), "packagePlansList", self.tr("The outlet's packages"))
        self.list.currentRowChanged.connect(self._show_plan)
        self.body.insertWidget(1, self.list)
        self.code = _touch(named(QLineEdit(), "packagePlanCode", self.tr("Code")))
        self.name = _touch(named(QLineEdit(), "packagePlanName", self.tr("Name")))
        self.service = _touch(named(QComboBox(), "packagePlanService", self.tr("Service of each session")))
        self.sessions = _touch(named(QSpinBox(), "packagePlanSessions", self.tr("Sessions")))
        self.sessions.setRange(1, MAX_SESSIONS)
        self.days = _touch(named(QSpinBox(), "packagePlanDays", self.tr("Days it lasts")))
        self.days.setRange(1, MAX_DAYS)
        self.price = _touch(named(QLineEdit(), "packagePlanPrice", self.tr("Price")))
        for label, field in ((self.tr("Code"), self.code), (self.tr("Name"), self.name),
                             (self.tr("Service of each session"), self.service), (self.tr("Sessions"), self.sessions),
                             (self.tr("Days it lasts"), self.days), (self.tr("Price"), self.price)):  # fmt: skip
            self.add_row(label, field)
        self.keep = _touch(named(QPushButton(self.tr("&Add or replace")), "packagePlanKeep",
                                      self.tr("Add the package, or replace the one of its code")))  # fmt: skip
        self.remove = _touch(named(QPushButton(self.tr("&Remove")), "packagePlanRemove",
                                        self.tr("Remove the chosen package")))  # fmt: skip
        self.keep.clicked.connect(self.keep_plan)
        self.remove.clicked.connect(self.remove_plan)
        row = QHBoxLayout()
        self.body.insertLayout(3, row)  # while empty: docs/architecture.md, no wrapper of a layout item
        row.addWidget(self.keep)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Save"))
        self.finish_layout()
        self.resize(640, 620)

        def read(s: Session) -> tuple[list[PackagePlan], list[tuple[uuid.UUID, str]]]:
            return package_plans(s, outlet_id), plan_services(s, outlet_id)

        ReadOp(self, session.database, read).success(self.show_plans).run_in_background()

    def show_plans(self, read: tuple[list[PackagePlan], list[tuple[uuid.UUID, str]]]) -> None:
        self.plans, services = read
        for service_id, name in services:
            self.service.addItem(name, str(service_id))
        self.loaded = True
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for plan in self.plans:
            self.list.addItem(self.tr("{code} · {name} · {sessions} sessions · {days} days · {price}").format(
                code=plan.code, name=plan.name, sessions=plan.sessions, days=plan.days,
                price=format_rupiah(plan.price, self.session.language)))  # fmt: skip

    def _show_plan(self, row: int) -> None:
        if not 0 <= row < len(self.plans):
            return
        plan = self.plans[row]
        self.code.setText(plan.code)
        self.name.setText(plan.name)
        self.service.setCurrentIndex(self.service.findData(str(plan.item_id)))
        self.sessions.setValue(plan.sessions)
        self.days.setValue(plan.days)
        self.price.setText(str(plan.price))

    def keep_plan(self) -> None:
        """The fields as a plan, in place of the one of the same code, or added."""
        try:
            price = parse_rupiah(self.price.text(), self.session.language)
        except ValueError as error:
            self.show_error(str(error))
            return
        code = self.code.text().strip().upper()
        if not code or self.service.currentIndex() < 0:
            self.show_error(self.tr("A package needs a code and a service"))
            return
        plan = PackagePlan(code, self.name.text().strip(), uuid.UUID(str(self.service.currentData())),
                           self.sessions.value(), self.days.value(), price)  # fmt: skip
        codes = [kept.code for kept in self.plans]
        self.plans = [plan if kept.code == code else kept for kept in self.plans] if code in codes else [
            *self.plans, replace(plan)]  # fmt: skip
        self.error.hide()
        self._fill()

    def remove_plan(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.plans):
            del self.plans[row]
            self._fill()

    def check(self) -> str | None:
        return None if self.loaded else self.tr("Reading the packages…")

    def save_work(self) -> Callable[[Session], object]:
        actor, outlet_id, plans = self.session.actor, self.outlet_id, list(self.plans)
        return lambda s: set_package_plans(s, actor, outlet_id, plans)
