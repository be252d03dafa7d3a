"""A customer's prepaid packages at the till (reached with Ctrl+G where the outlet's profile sells them): find the
customer by name or phone, see their packages (sessions used and left, last day, what is held), use a session
credited to the worker who served it, or sell a package of the outlet's plans at its price; with a reason and a
supervisor's approval, undo the last session of the chosen package (used by mistake) or refund what it still holds
(by the method chosen under "Paid by").

Signals: `back()`. Keys: F2 find the customer, F3 sell the chosen plan, F5 use a session of the chosen package, F7
undo its last session, F8 refund it, Esc back to the till; every key has its button, and the lists and choices
work by arrows and by touch. Every database touch is a `ui.ops` operation (services/packages/).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.packages import PackageState, given_back
from ska_pos.domain.settlement import Tender
from ska_pos.services.actor import Approval
from ska_pos.services.catalog import workers_of
from ska_pos.services.customers import CustomerRow, search_customers
from ska_pos.services.errors import ValidationError
from ska_pos.services.packages.balances import PackageView, customer_packages
from ska_pos.services.packages.ledger import SoldPackage, UsedSession, package_price, sell_package, use_package
from ska_pos.services.packages.plans import PackagePlan, package_plans
from ska_pos.services.packages.refunds import RefundedPackage, refund_package
from ska_pos.services.packages.undo import UndoneSession, last_session, undo_session
from ska_pos.ui import op_changes
from ska_pos.ui.journal.reason_dialog import ReasonDialog
from ska_pos.ui.messages import show_error
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.session.approval_flow import run_with_approval
from ska_pos.ui.till.cart_controller import read_outlet_facts
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, named

METHODS = ("cash", "qris", "transfer", "ewallet")
REFERENCED = ("transfer", "ewallet")  # the methods whose payment needs its reference
USE_CHANGES = frozenset({op_changes.SALES, op_changes.EARNINGS, op_changes.SHIFT})
SELL_CHANGES = frozenset({op_changes.SHIFT})


class PackagesPage(QWidget):
    back = Signal()

    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = session.language
        self.customer: CustomerRow | None = None
        self.packages: list[PackageView] = []
        self.plans: list[PackagePlan] = []
        self.cash_unit = 1  # the outlet's cash rounding unit: a cash refund gives back whole units
        self.dialog: ReasonDialog | None = None  # the reason asked for an undo or a refund, while open
        named(self, "packagesPage", self.tr("Packages"))
        self.search = named(QLineEdit(), "packagesSearch", self.tr("The customer's name or phone (F2)"))
        self.search.setPlaceholderText(self.tr("The customer's name or phone (F2)"))
        self.search.setMinimumHeight(48)
        self.search.returnPressed.connect(self.find_customers)
        self.customers = self._list("packagesCustomers", self.tr("Customers found"))
        self.customers.currentRowChanged.connect(self._customer_chosen)
        self.package_list = self._list("packagesList", self.tr("The customer's packages"))
        self.customers.itemActivated.connect(lambda _item: self.package_list.setFocus())
        self.package_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.worker = self._combo("packagesWorker", self.tr("Who served the session"))
        self.plan = self._combo("packagesPlan", self.tr("Package to sell"))
        self.method = self._combo("packagesMethod", self.tr("How the package is paid"))
        for method, label in zip(METHODS, (self.tr("Cash"), self.tr("QRIS"), self.tr("Transfer"),
                                           self.tr("E-wallet")), strict=True):  # fmt: skip
            self.method.addItem(label, method)
        self.reference = named(QLineEdit(), "packagesReference", self.tr("Reference (transfer or e-wallet)"))
        self.reference.setEnabled(False)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.due = look.text("", "packagesDue", self.tr("What the customer pays for the package"))
        self.plan.currentIndexChanged.connect(self._show_due)
        self.method.currentIndexChanged.connect(self._show_due)
        self.status = look.text("", "packagesStatus", self.tr("Last action"))
        self.status.setProperty("role", "banner")
        self.status.hide()
        self.use_button = self._button(self.tr("Use a session"), "F5", "packagesUse", self.use_session)
        self.sell_button = self._button(self.tr("Sell the package"), "F3", "packagesSell", self.sell)
        self.undo_button = self._button(self.tr("Undo the last session"), "F7", "packagesUndo", self.undo)
        self.refund_button = self._button(self.tr("Refund the package"), "F8", "packagesRefund", self.refund)
        back = self._button(self.tr("Back to the till"), "Esc", "packagesBack", self.back.emit)
        choices = QFormLayout()
        choices.addRow(self.tr("Worker"), self.worker)
        choices.addRow(self.tr("Package to sell"), self.plan)
        choices.addRow(self.tr("Paid by"), self.method)
        choices.addRow(self.tr("Reference"), self.reference)
        choices.addRow(self.tr("To pay"), self.due)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.customers, 1)
        right = QVBoxLayout()
        right.addWidget(look.heading(self.tr("Packages of the customer"), "packagesHeading"))
        right.addWidget(self.package_list, 1)
        right.addLayout(choices)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(right, 2)
        rows = ButtonRows()
        rows.set_rows([[self.use_button, self.sell_button, back], [self.undo_button, self.refund_button]])
        layout = QVBoxLayout()
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(look.title(self.tr("Packages · {outlet}").format(outlet=session.outlet_name),
                                    "packagesTitle"))  # fmt: skip
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(rows)
        self.setLayout(layout)
        self.keys: dict[Qt.Key, Callable[[], object]] = {
            Qt.Key.Key_F2: self.focus_search, Qt.Key.Key_F3: self.sell, Qt.Key.Key_F5: self.use_session,
            Qt.Key.Key_F7: self.undo, Qt.Key.Key_F8: self.refund, Qt.Key.Key_Escape: self.back.emit,
        }  # fmt: skip
        self.setFocusProxy(self.search)
        self._update_buttons()
        self._read_facts()

    def _list(self, name: str, accessible: str) -> QListWidget:
        made = named(QListWidget(), name, accessible)
        made.setStyleSheet("QListWidget::item { min-height: 44px; }")
        return made

    def _combo(self, name: str, accessible: str) -> QComboBox:
        made = named(QComboBox(), name, accessible)
        made.setMinimumHeight(48)
        return made

    def _button(self, text: str, key: str, name: str, run: Callable[[], object]) -> QWidget:
        label = f"{text} ({key})"
        made = big_button(label, name, label)
        made.clicked.connect(run)
        return made

    def keyPressEvent(self, event: QKeyEvent) -> None:
        run = self.keys.get(Qt.Key(event.key()))
        if run is None or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().keyPressEvent(event)
            return
        run()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _say(self, text: str) -> None:
        look.set_text(self.status, text)
        self.status.show()

    # --- reading --------------------------------------------------------------------------------------------------
    def _read_facts(self) -> None:
        outlet_id = self.session.actor.outlet_id

        def read(session: Session) -> tuple[list[PackagePlan], list[tuple[uuid.UUID, str]], int]:
            workers = [(worker.id, worker.display_name) for worker in workers_of(session, outlet_id)]
            return package_plans(session, outlet_id), workers, read_outlet_facts(session, outlet_id).cash_rounding_unit

        ReadOp(self, self.session.database, read).success(self._facts_read).run_in_background()

    def _facts_read(self, facts: tuple[list[PackagePlan], list[tuple[uuid.UUID, str]], int]) -> None:
        self.plans, workers, self.cash_unit = facts
        for plan in self.plans:
            self.plan.addItem(self.tr("{name} · {sessions} sessions · {days} days · {price}").format(
                name=plan.name, sessions=plan.sessions, days=plan.days,
                price=format_rupiah(plan.price, self.language)), plan.code)  # fmt: skip
        for worker_id, name in workers:
            self.worker.addItem(name, str(worker_id))
        self._update_buttons()
        self._show_due()

    def _show_due(self) -> None:
        """What the chosen package costs by the chosen method, before F3: in cash rounded down to the cash unit."""
        if not self.plans:
            look.set_text(self.due, "")
            return
        plan = self.plans[self.plan.currentIndex()]
        price = package_price(plan.price, str(self.method.currentData()), self.cash_unit)
        text = format_rupiah(price, self.language)
        if price != plan.price:
            text = self.tr("{price} (cash, rounded down from {listed})").format(
                price=text, listed=format_rupiah(plan.price, self.language))  # fmt: skip
        look.set_text(self.due, text)

    def find_customers(self) -> None:
        text, outlet_id = self.search.text().strip(), self.session.actor.outlet_id
        ReadOp(self, self.session.database, lambda s: search_customers(s, outlet_id, text).rows).success(
            self._show_customers
        ).run_in_background()

    def _show_customers(self, rows: list[CustomerRow]) -> None:
        self.customers.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.name} · …{row.phone_tail}" if row.phone_tail else row.name)
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.customers.addItem(item)
        if rows:
            self.customers.setCurrentRow(0)
            self.customers.setFocus()
        else:
            self._show_packages(None, [])
            self._say(self.tr("No customer found"))

    def _customer_chosen(self, row: int) -> None:
        item = self.customers.item(row)
        customer: CustomerRow | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if customer is None:
            self._show_packages(None, [])
            return
        self._read_packages(customer)

    def _read_packages(self, customer: CustomerRow) -> None:
        outlet_id, today = self.session.actor.outlet_id, self.session.today()
        ReadOp(self, self.session.database, lambda s: customer_packages(s, outlet_id, customer.id, today)).success(
            lambda views: self._show_packages(customer, views)
        ).run_in_background()

    def _show_packages(self, customer: CustomerRow | None, views: list[PackageView]) -> None:
        self.customer, self.packages = customer, views
        self.package_list.clear()
        for view in views:
            self.package_list.addItem(self._describe(view))
        if views:
            self.package_list.setCurrentRow(0)
        elif customer is not None:
            self.package_list.addItem(self.tr("No packages yet"))
        self._update_buttons()

    def _describe(self, view: PackageView) -> str:
        states = {PackageState.ACTIVE: self.tr("active"), PackageState.USED_UP: self.tr("used up"),
                  PackageState.EXPIRED: self.tr("expired"), PackageState.REFUNDED: self.tr("refunded")}  # fmt: skip
        return self.tr("{name} · {used} of {sessions} used · {left} left · until {day} · held {held} · {state}").format(
            name=view.name, used=view.used, sessions=view.sessions, left=view.left,
            day=view.expires_on.strftime("%d/%m/%Y"), held=format_rupiah(view.held, self.language),
            state=states[view.state])  # fmt: skip

    def chosen_package(self) -> PackageView | None:
        row = self.package_list.currentRow()
        return self.packages[row] if 0 <= row < len(self.packages) else None

    def _update_buttons(self) -> None:
        package = self.chosen_package()
        self.use_button.setEnabled(package is not None and package.state is PackageState.ACTIVE
                                   and self.worker.count() > 0)  # fmt: skip
        self.sell_button.setEnabled(self.customer is not None and self.plan.count() > 0)
        self.undo_button.setEnabled(package is not None and package.used > 0  # the service refuses past the last day
                                    and package.state in (PackageState.ACTIVE, PackageState.USED_UP)
                                    and package.expires_on >= self.session.today())  # fmt: skip
        self.refund_button.setEnabled(package is not None and package.state is PackageState.ACTIVE)

    def _method_changed(self) -> None:
        self.reference.setEnabled(self.method.currentData() in REFERENCED)

    # --- writing --------------------------------------------------------------------------------------------------
    def use_session(self) -> None:
        package, customer = self.chosen_package(), self.customer
        if package is None or customer is None or package.state is not PackageState.ACTIVE or not self.worker.count():
            return
        actor, worker_id = self.session.actor, uuid.UUID(str(self.worker.currentData()))
        WriteOp(
            self, self.session.database, lambda s: use_package(s, actor, package.id, worker_id), USE_CHANGES
        ).success(lambda used: self._used(customer, package, used)).run_in_background()

    def _used(self, customer: CustomerRow, package: PackageView, used: UsedSession) -> None:
        self._say(self.tr("Session {number} of {name} used for {worker} · {left} left · receipt {receipt}").format(
            number=used.session_no, name=package.name, worker=self.worker.currentText(), left=used.left,
            receipt=used.sale.sale.receipt_no))  # fmt: skip
        self._read_packages(customer)

    def sell(self) -> None:
        customer = self.customer
        if customer is None or not self.plans:
            return
        plan = self.plans[self.plan.currentIndex()]
        method = str(self.method.currentData())
        reference = self.reference.text().strip() if method in REFERENCED else ""
        # in cash the price rounded down to the outlet's cash unit, what the customer pays and the package holds
        price = package_price(plan.price, method, self.cash_unit)
        actor, tender = self.session.actor, Tender(method, price, reference)
        WriteOp(self, self.session.database, lambda s: sell_package(s, actor, customer.id, plan.code, tender),
                SELL_CHANGES).success(lambda sold: self._sold(customer, sold)).failure(
            self._sale_refused).run_in_background()  # fmt: skip

    def _sale_refused(self, error: Exception) -> None:
        """Shown as every refusal is; the cash unit is read again, in case a manager changed it since."""
        show_error(self, error)
        outlet_id = self.session.actor.outlet_id
        ReadOp(self, self.session.database, lambda s: read_outlet_facts(s, outlet_id).cash_rounding_unit).success(
            self._cash_unit_read).run_in_background()  # fmt: skip

    def _cash_unit_read(self, unit: int) -> None:
        self.cash_unit = unit
        self._show_due()

    def _sold(self, customer: CustomerRow, sold: SoldPackage) -> None:
        self._say(self.tr("{name} sold to {customer} for {price} · last day {day}").format(
            name=sold.name, customer=customer.name, price=format_rupiah(sold.price, self.language),
            day=sold.expires_on.strftime("%d/%m/%Y")))  # fmt: skip
        self.reference.clear()
        self._read_packages(customer)

    # --- undoing a session, refunding: a reason and a supervisor's approval -----------------------------------------
    def undo(self) -> None:
        package, customer = self.chosen_package(), self.customer
        if package is None or customer is None or not self.undo_button.isEnabled():
            return
        dialog = ReasonDialog(
            self.tr("Undo the last session"),
            self.tr("{name}: its last session used is given back, its sale voided").format(name=package.name),
            self,
        )
        dialog.chosen.connect(lambda reason: self._undo(customer, package, reason))
        self.dialog = dialog
        dialog.open()

    def _undo(self, customer: CustomerRow, package: PackageView, reason: str) -> None:
        actor = self.session.actor

        def work(session: Session, approval: Approval | None) -> UndoneSession:
            use_id = last_session(session, package.id)
            if use_id is None:
                raise ValidationError(self.tr("No session of this package is left to undo"))
            return undo_session(session, actor, use_id, reason, approval=approval)

        def done(undone: UndoneSession) -> None:
            self._say(self.tr("A session of {name} is back ({value}) · {left} left · void receipt {receipt}").format(
                name=package.name, value=format_rupiah(undone.value, self.language), left=undone.left,
                receipt=undone.void_receipt_no))  # fmt: skip
            self._read_packages(customer)

        run_with_approval(self, self.session.database, self.tr("Undo a session of {name}").format(name=package.name),
                          work, done, action="package.undo", changes=USE_CHANGES)  # fmt: skip

    def refund(self) -> None:
        package, customer = self.chosen_package(), self.customer
        if package is None or customer is None or package.state is not PackageState.ACTIVE:
            return
        dialog = ReasonDialog(self.tr("Refund the package"), self.tr(
            "{name}: {held} given back by {method}; the package then has no sessions").format(
            name=package.name, method=self.method.currentText(), held=format_rupiah(
                given_back(package.held, self.cash_unit if self.method.currentData() == "cash" else 1), self.language)),
            self)  # fmt: skip
        dialog.chosen.connect(lambda reason: self._refund(customer, package, reason))
        self.dialog = dialog
        dialog.open()

    def _refund(self, customer: CustomerRow, package: PackageView, reason: str) -> None:
        actor, method = self.session.actor, str(self.method.currentData())
        reference = self.reference.text().strip() if method in REFERENCED else ""

        def work(session: Session, approval: Approval | None) -> RefundedPackage:
            return refund_package(session, actor, package.id, method, reason, reference=reference, approval=approval)

        def done(refunded: RefundedPackage) -> None:
            self._say(self.tr("{name} refunded: {amount} given back").format(
                name=package.name, amount=format_rupiah(refunded.amount, self.language)))  # fmt: skip
            self.reference.clear()
            self._read_packages(customer)

        run_with_approval(self, self.session.database, self.tr("Refund {name}").format(name=package.name), work,
                          done, action="package.refund", changes=SELL_CHANGES)  # fmt: skip
