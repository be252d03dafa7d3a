"""The three ways to take a payment in the payment dialog: cash, QRIS and a referenced transfer or e-wallet.

`CashPanel.tendered(int)` with the cash handed over; `QrisPanel.received(int)` when the cashier confirms the
customer paid the amount in the QR; `ReferencePanel.tendered(int, str)` with amount and reference. `TipPanel`, above
them, takes an optional tip and whom it goes to (`changed()` as it is typed; Enter goes on to whom, then `done()`).
"""

from __future__ import annotations

import math
import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ska_pos.domain.money import format_rupiah, parse_rupiah
from ska_pos.domain.qris import QrisError, make_dynamic, merchant_city, merchant_name
from ska_pos.ui.till.qr_image import qr_pixmap
from ska_pos.ui.till.sizing import scale_font, touch_height
from ska_pos.ui.widgets import TOUCH_TARGET_PX, ButtonRows, big_button, hint_room, named

ROUND_NOTES = (5_000, 10_000, 20_000, 50_000, 100_000)
ALWAYS_OFFERED = (50_000, 100_000)
MAX_ROUND_AMOUNTS = 5
QR_SIZE_PX = 320
ERROR_STYLE = "color: #9b1c1c; font-weight: bold;"
QUICK_TIPS = (2_000, 5_000, 10_000)


def round_amounts(due: int) -> list[int]:
    """The amounts a customer likely hands over for `due`: the next round sums, and Rp50.000 and Rp100.000."""
    candidates = {math.ceil(due / note) * note for note in ROUND_NOTES} | set(ALWAYS_OFFERED)
    return sorted(amount for amount in candidates if amount > due)[:MAX_ROUND_AMOUNTS]


def _amount_field(object_name: str, accessible: str) -> QLineEdit:
    field = named(QLineEdit(), object_name, accessible)
    touch_height(field, 60)
    scale_font(field, 1.6)
    return field


class CashPanel(QWidget):
    tendered = Signal(int)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language, self.due = language, 0
        self.quick = named(ButtonRows(), "cashQuickAmounts", self.tr("Quick amounts"))
        self.amount = _amount_field("cashAmount", self.tr("Cash received"))
        self.amount.setPlaceholderText(self.tr("Cash received, then Enter"))
        self.amount.textChanged.connect(self._show_change)
        self.amount.returnPressed.connect(self._take_typed)
        self.change = named(QLabel(""), "cashChange", self.tr("Change"))
        self.change.setProperty("role", "total")
        scale_font(self.change, 2.6)
        self.change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = named(QLabel(""), "cashProblem", self.tr("Problem"))
        self.problem.setStyleSheet(ERROR_STYLE)
        take = big_button(self.tr("Take cash (Enter)"), "cashTake", self.tr("Take the cash typed"))
        take.setProperty("role", "primary")
        take.clicked.connect(self._take_typed)
        touch_height(take, 60)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Quick amounts")))
        layout.addWidget(self.quick)
        layout.addWidget(QLabel(self.tr("Cash received")))
        for widget in (self.amount, take, self.problem, self.change):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.amount)

    def set_due(self, due: int) -> None:
        self.due = due
        for row in self.quick.rows:
            for old in row:
                old.deleteLater()
        amounts = [(self.tr("Exact: {amount}").format(amount=format_rupiah(due, self.language)), due, "cashExact")]
        amounts += [(format_rupiah(value, self.language), value, f"cashQuick{value}") for value in round_amounts(due)]
        buttons: list[QWidget] = []
        for text, value, name in amounts:
            button = big_button(text, name, self.tr("Cash {amount}").format(amount=format_rupiah(value, self.language)))
            touch_height(button, 60)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, value=value: self.tendered.emit(value))
            buttons.append(button)
        # three to a row, each row filling the width; fewer where whole amounts do not fit (large text)
        self.quick.set_rows([buttons[start : start + 3] for start in range(0, len(buttons), 3)])
        self.amount.setText(str(due))
        self.amount.selectAll()

    def _typed(self) -> int | None:
        try:
            return parse_rupiah(self.amount.text(), self.language)
        except ValueError:
            return None

    def _show_change(self) -> None:
        given = self._typed()
        self.problem.setText("")
        if given is None or given <= self.due:  # change only when there is some: no "Change Rp0" in large type
            self.change.setText("")
            self.change.setAccessibleName(self.tr("Change"))
            return
        text = self.tr("Change {amount}").format(amount=format_rupiah(given - self.due, self.language))
        self.change.setText(text)
        self.change.setAccessibleName(text)

    def _take_typed(self) -> None:
        given = self._typed()
        if given is None or given <= 0:
            self.problem.setText(self.tr("⚠ Type the cash received, for example 50000"))
            return
        self.tendered.emit(given)


class QrisPanel(QWidget):
    received = Signal(int)

    def __init__(self, static_payload: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.static_payload, self.language = static_payload, language
        self.payload, self.due = "", 0
        self.image = named(QLabel(""), "qrisImage", self.tr("QRIS code for the customer to scan"))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(QR_SIZE_PX, QR_SIZE_PX)
        self.image.setStyleSheet("background: #ffffff;")
        self.amount = named(QLabel(""), "qrisAmount", self.tr("Amount in the QRIS code"))
        self.amount.setProperty("role", "title")
        scale_font(self.amount, 1.8)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.merchant = named(QLabel(""), "qrisMerchant", self.tr("Merchant name in the QRIS code"))
        self.merchant.setProperty("role", "title")
        self.merchant.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.merchant.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Show this to the customer. Their app must show the same merchant name. When it says paid, press "
                "Payment received."
            )
        )
        self.hint.setWordWrap(True)
        self.confirm = big_button(
            self.tr("Payment received"), "qrisReceived", self.tr("The customer's QRIS payment was received")
        )
        self.confirm.setProperty("role", "primary")
        self.confirm.setAutoDefault(False)
        touch_height(self.confirm, 64)
        self.confirm.clicked.connect(lambda: self.received.emit(self.due))
        layout = QVBoxLayout(self)
        for widget in (self.image, self.amount, self.merchant, self.hint, self.confirm):
            layout.addWidget(widget)
        self.setFocusProxy(self.confirm)

    def set_due(self, due: int) -> None:
        self.due = due
        self.amount.setText(format_rupiah(due, self.language))
        try:
            self.payload = make_dynamic(self.static_payload, due)
        except QrisError as error:
            self.payload = ""
            message = (
                str(error)
                if self.static_payload
                else self.tr("QRIS is not set up for this outlet: a manager sets it in Manager, Outlets, QRIS code")
            )
            self.image.setText(f"⚠ {message}")
            self.image.setAccessibleName(message)
            self.merchant.setText("")
            self.confirm.setEnabled(False)
            return
        self._show_merchant()
        self.image.setPixmap(qr_pixmap(self.payload, QR_SIZE_PX))
        self.confirm.setEnabled(True)

    def _show_merchant(self) -> None:
        """The name (and city) the customer's app shows after scanning, so the cashier can check it is ours."""
        try:
            name, city = merchant_name(self.payload), merchant_city(self.payload)
        except QrisError:
            name, city = self.tr("(no merchant name in the code)"), ""
        text = self.tr("Merchant: {name}, {city}").format(name=name, city=city) if city else name
        self.merchant.setText(text)
        self.merchant.setAccessibleName(text)


class ReferencePanel(QWidget):
    tendered = Signal(int, str)

    def __init__(self, method: str, method_name: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language, self.due = language, 0
        prefix = "transfer" if method == "transfer" else "ewallet"
        self.amount = _amount_field(f"{prefix}Amount", self.tr("Amount by {method}").format(method=method_name))
        self.reference = named(
            QLineEdit(), f"{prefix}Reference", self.tr("Reference of the {method} payment").format(method=method_name)
        )
        touch_height(self.reference, 56)
        self.reference.setPlaceholderText(self.tr("Reference or transaction number (required)"))
        hint_room(self.reference)
        self.problem = named(QLabel(""), f"{prefix}Problem", self.tr("Problem"))
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        add = big_button(self.tr("Add payment (Enter)"), f"{prefix}Add", self.tr("Add this payment"))
        add.setProperty("role", "primary")
        add.setAutoDefault(False)
        add.clicked.connect(self._add)
        touch_height(add, 60)
        self.amount.returnPressed.connect(self.reference.setFocus)
        self.reference.returnPressed.connect(self._add)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Amount")))
        layout.addWidget(self.amount)
        layout.addWidget(QLabel(self.tr("Reference")))
        for widget in (self.reference, add, self.problem):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.reference)

    def set_due(self, due: int) -> None:
        self.due = due
        self.amount.setText(str(due))
        self.reference.clear()
        self.problem.setText("")

    def _add(self) -> None:
        try:
            amount = parse_rupiah(self.amount.text(), self.language)
        except ValueError as error:
            self.problem.setText(f"⚠ {error}")
            return
        if not self.reference.text().strip():
            self.problem.setText(self.tr("⚠ Type the reference of the payment"))
            self.reference.setFocus()
            return
        if not 0 < amount <= self.due:
            self.problem.setText(self.tr("⚠ The amount must be between Rp1 and the amount still due"))
            return
        self.tendered.emit(amount, self.reference.text().strip())


class TipPanel(QWidget):
    """An optional tip: typed (F6 reaches it) or a quick amount, to the bill's workers by share or to one of them."""

    changed = Signal()
    done = Signal()

    def __init__(
        self, workers: tuple[tuple[uuid.UUID, str], ...], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language, self._amount = language, 0
        self.amount_field = named(QLineEdit(), "paymentTip", self.tr("Tip (F6)"),
                                  self.tr("A tip from the customer, kept apart from the sale"))  # fmt: skip
        self.amount_field.setPlaceholderText(self.tr("Tip (F6), optional"))
        touch_height(self.amount_field, TOUCH_TARGET_PX)
        self.amount_field.textChanged.connect(self._typed)
        self.amount_field.returnPressed.connect(self._to_worker)
        self.worker = named(QComboBox(), "paymentTipWorker", self.tr("Who gets the tip"))
        self.worker.addItem(self.tr("The bill's workers, by their share"), None)
        for worker_id, name in workers:
            self.worker.addItem(name, worker_id)
        touch_height(self.worker, TOUCH_TARGET_PX)
        self.worker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.worker.setMinimumContentsLength(16)  # a long name is cut in the closed box, whole in its list
        self.worker.installEventFilter(self)
        self.problem = named(QLabel(""), "paymentTipProblem", self.tr("Problem"))
        self.problem.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        amounts, whom = QHBoxLayout(), QHBoxLayout()
        amounts.addWidget(QLabel(self.tr("Tip")))
        amounts.addWidget(self.amount_field, 2)
        for value in QUICK_TIPS:
            text = format_rupiah(value, language)
            button = big_button(text, f"paymentTip{value}", self.tr("Tip {amount}").format(amount=text))
            button.setAutoDefault(False)
            touch_height(button, TOUCH_TARGET_PX)
            button.clicked.connect(lambda _checked=False, value=value: self.amount_field.setText(str(value)))
            amounts.addWidget(button)
        whom.addWidget(QLabel(self.tr("Tip goes to")))
        whom.addWidget(self.worker, 2)
        whom.addWidget(self.problem, 1)
        layout.addLayout(amounts)
        layout.addLayout(whom)
        self.setLayout(layout)

    def amount(self) -> int:
        return self._amount

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on whom the tip goes to is done with the tip: back to the payment."""
        enter = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.worker and enter and event.type() == QEvent.Type.KeyPress:
            self.done.emit()
            return True
        return super().eventFilter(watched, event)

    def worker_id(self) -> uuid.UUID | None:
        chosen = self.worker.currentData()
        return chosen if isinstance(chosen, uuid.UUID) else None

    def _to_worker(self) -> None:
        self.worker.setFocus()

    def say(self, text: str) -> None:
        self.problem.setText(f"⚠ {text}")

    def _typed(self) -> None:
        text = self.amount_field.text().strip()
        self.problem.setText("")
        try:
            amount = parse_rupiah(text, self.language) if text else 0
        except ValueError as error:
            self.say(str(error))
            amount = 0
        if amount < 0:
            self.say(self.tr("A tip is more than zero"))
            amount = 0
        if amount != self._amount:
            self._amount = amount
            self.changed.emit()
