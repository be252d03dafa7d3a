"""The revenue-share rules of each outlet, old and new, and making a new one (never editing an old one)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.reports import formatting as fmt
from ska_pos.services import share_rules
from ska_pos.services.earnings.period import today_at
from ska_pos.services.share_rules import RuleView
from ska_pos.services.workers import OutletChoice, outlet_choices
from ska_pos.ui.manager.rule_form import RuleFormDialog
from ska_pos.ui.op_changes import RULES, SETTINGS, WORKERS, refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, index_of_data, named


class RulesModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("For"), self.tr("Worker's share"), self.tr("Starts on"), self.tr("Status"), self.tr("Note"))

    def text(self, rule: RuleView, column: int) -> str:
        values = (
            self._scope(rule),
            self._share(rule),
            fmt.short_date(rule.valid_from, self.language),
            self._status(rule),
            rule.note,
        )
        return values[column]

    def _scope(self, rule: RuleView) -> str:
        if rule.scope == "outlet":
            return self.tr("whole outlet")
        kind = self.tr("category") if rule.scope == "category" else self.tr("item")
        return f"{kind}: {rule.target_name}"

    def _share(self, rule: RuleView) -> str:
        if rule.kind == "percent":
            return fmt.rate_bp(rule.percent_bp, self.language)
        return self.tr("{amount} per unit").format(amount=format_rupiah(rule.fixed_per_unit, self.language))

    def _status(self, rule: RuleView) -> str:
        return {"in_force": self.tr("in force"), "scheduled": self.tr("starts later"), "replaced": self.tr("replaced")}[
            rule.status
        ]


class RulesTab(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # loaded when first shown, and again after a committed write of what it shows
        refresh_on(self, {RULES, SETTINGS, WORKERS}, self.reload, first_when_shown=True)
        named(self, "rulesTab", self.tr("Share rules"))
        self.session = session
        self.today = session.today()
        self.outlet = named(QComboBox(), "rulesOutlet", self.tr("Outlet"))
        self.outlet.currentIndexChanged.connect(lambda _i: self._load_rules())
        self.model = RulesModel(session.language, self)
        self.table = named(QTableView(), "rulesTable", self.tr("Share rules"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        look.whole_columns(self.table.horizontalHeader())
        add = big_button(self.tr("New rule"), "ruleAdd")
        add.setProperty("role", "primary")
        add.clicked.connect(self.add)
        explain = QLabel(
            self.tr(
                "A rule is never changed: a new rule takes over from its start date. Earnings "
                "already recorded keep the rule they were made with."
            )
        )
        explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Outlet")))
        top.addWidget(self.outlet, 1)
        top.addWidget(add)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        self.setLayout(layout)

    def reload(self) -> None:
        def work(s: Session) -> tuple[list[OutletChoice], date]:
            return outlet_choices(s), today_at(s, self.session.actor)

        ReadOp(self, self.session.database, work).success(self._outlets_loaded).with_progress(
            self.tr("Loading rules…")
        ).run_in_background()

    def _outlets_loaded(self, loaded: tuple[list[OutletChoice], date]) -> None:
        outlets, self.today = loaded
        current = self.outlet.currentData() or self.session.actor.outlet_id
        self.outlet.blockSignals(True)
        self.outlet.clear()
        for choice in outlets:
            self.outlet.addItem(f"{choice.code}  {choice.name}", choice.id)
        index = index_of_data(self.outlet, current)
        self.outlet.setCurrentIndex(max(index, 0))
        self.outlet.blockSignals(False)
        self._load_rules()

    def _load_rules(self) -> None:
        outlet_id, today = self.outlet.currentData(), self.today
        if outlet_id is None:
            return

        def work(s: Session) -> list[RuleView]:
            return share_rules.list_rules(s, outlet_id, today)

        ReadOp(self, self.session.database, work).success(self.model.set_rows).run_in_background()

    def add(self) -> RuleFormDialog | None:
        outlet_id = self.outlet.currentData()
        if outlet_id is None:
            return None
        dialog = RuleFormDialog(self.session, outlet_id, self.outlet.currentText(), self.today, self)
        dialog.open()
        return dialog
