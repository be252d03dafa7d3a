"""A new revenue-share rule: for the whole outlet, a category or an item; a percentage or a fixed amount per
unit; from a start date on (today or later). Old rules are never changed.

Signal (from ManagerDialog): `saved(RuleView)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import parse_rupiah
from ska_pos.services import share_rules
from ska_pos.services.share_rules import RuleTarget, RuleView
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.manager.period_bar import from_qdate, to_qdate
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class RuleFormDialog(ManagerDialog):
    changes = frozenset({op_changes.RULES})

    def __init__(
        self,
        session: TillSession,
        outlet_id: uuid.UUID,
        outlet_name: str,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "ruleForm",
            QCoreApplication.translate("RuleFormDialog", "New share rule for {outlet}").format(outlet=outlet_name),
            parent,
        )
        self.session, self.outlet_id = session, outlet_id
        self.scope = named(QComboBox(), "ruleScope", self.tr("The rule is for"))
        for text, value in (
            (self.tr("the whole outlet"), "outlet"),
            (self.tr("a category"), "category"),
            (self.tr("one item"), "item"),
        ):
            self.scope.addItem(text, value)
        self.target = named(QComboBox(), "ruleTarget", self.tr("Category or item"))
        self.kind = named(QComboBox(), "ruleKind", self.tr("Kind of share"))
        self.kind.addItem(self.tr("percentage of the net"), "percent")
        self.kind.addItem(self.tr("fixed rupiah per unit"), "fixed")
        self.value = named(QLineEdit(), "ruleValue", self.tr("Worker's share"))
        self.value.setPlaceholderText("40  /  2000")
        self.valid_from = named(QDateEdit(), "ruleValidFrom", self.tr("Starts on"))
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd-MM-yyyy")
        start = today or session.today()
        self.valid_from.setMinimumDate(to_qdate(start))
        self.valid_from.setDate(to_qdate(start))
        self.note = named(QLineEdit(), "ruleNote", self.tr("Note"))
        for label, field in (
            (self.tr("&For"), self.scope),
            (self.tr("&Which"), self.target),
            (self.tr("&Kind"), self.kind),
            (self.tr("Worker's &share"), self.value),
            (self.tr("&Starts on"), self.valid_from),
            (self.tr("&Note"), self.note),
        ):
            self.add_row(label, field)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._scope_changed()
        self.finish_layout()

    def _scope_changed(self) -> None:
        scope = str(self.scope.currentData())
        self.target.clear()
        self.target.setEnabled(scope != "outlet")
        if scope == "outlet":
            return

        def work(s: Session) -> list[RuleTarget]:
            return share_rules.rule_targets(s, self.outlet_id, scope)

        ReadOp(self, self.session.database, work).success(self._targets_loaded).run_in_background()

    def _targets_loaded(self, targets: list[RuleTarget]) -> None:
        self.target.clear()
        for target in targets:
            self.target.addItem(target.name, target.id)

    def amounts(self) -> tuple[int | None, int | None]:
        """(percent in basis points, fixed rupiah per unit): one of them, or neither when unreadable."""
        text = self.value.text().strip().rstrip("%").strip()
        try:
            if self.kind.currentData() == "percent":
                return int((Decimal(text.replace(",", ".")) * 100).to_integral_value()), None
            return None, parse_rupiah(text, self.session.language)
        except (InvalidOperation, ValueError):
            return None, None

    def check(self) -> str | None:
        percent, fixed = self.amounts()
        if percent is None and fixed is None:
            return self.tr("Type the worker's share, for example 40 (percent) or 2000 (rupiah per unit)")
        if self.scope.currentData() != "outlet" and self.target.currentData() is None:
            return self.tr("Choose the category or item")
        return None

    def save_work(self) -> Callable[[Session], RuleView]:
        percent, fixed = self.amounts()
        scope, target = str(self.scope.currentData()), self.target.currentData()
        valid_from, note = from_qdate(self.valid_from.date()), self.note.text()

        def work(s: Session) -> RuleView:
            return share_rules.add_rule(
                s,
                self.session.actor,
                self.outlet_id,
                scope=scope,
                valid_from=valid_from,
                target_id=target,
                percent_bp=percent,
                fixed_per_unit=fixed,
                note=note,
            )

        return work
