"""One outlet's settings as a form: receipt texts and logo, worker names on receipts, PBJT, service charge ("nett"
prices), cash rounding, discount limit and idle lock. Saved through `services.outlets` in one transaction.

The form only shows and collects values; the service validates them and says what is wrong in the user's words.
Percentages are typed like `10` or `12,5` and rupiah like `100` (read by the domain's parsers, never as floats).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah, parse_percent, parse_rupiah, percent_text
from ska_pos.services import outlets
from ska_pos.services.outlets import MAX_IDLE_LOCK_MINUTES, OutletSettings
from ska_pos.services.receipt_logo import set_receipt_logo, thermal_logo
from ska_pos.ui.background_op import BackgroundOp
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import SETTINGS
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named, touch_field, touch_push


def choose_logo_file(parent: QWidget, title: str) -> Path | None:
    """The picture file the manager chooses (tests replace this function)."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, "", "PNG, JPG (*.png *.jpg *.jpeg)")
    return Path(chosen) if chosen else None


class OutletForm(QWidget):
    saved = Signal(object)  # the names of what changed
    qrisRequested = Signal(object)  # the outlet's id: the QRIS set-up dialog (built elsewhere) opens

    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "outletForm", self.tr("Outlet settings"))
        self.session = session
        self.outlet_id: uuid.UUID | None = None
        self.loaded: OutletSettings | None = None
        self.name = touch_field("outletName", self.tr("Outlet name"))
        self.address = self._text("outletAddress", self.tr("Address"))
        self.phone = touch_field("outletPhone", self.tr("Phone"))
        self.header = self._text("outletReceiptHeader", self.tr("Receipt header (one line each)"))
        self.footer = self._text("outletReceiptFooter", self.tr("Receipt footer (one line each)"))
        self.show_workers = self._box("outletShowWorkers", self.tr("Print worker names on customer receipts"))
        self.workers_note = look.text(
            self.tr(
                "The sentra decides: the names show customers who made or served what they bought, and tell them "
                "who the workers are. Leave it off where a worker's privacy comes first."
            ),
            "outletShowWorkersNote",
        )
        self.tax_rate = touch_field("outletTaxRate", self.tr("PBJT rate in percent (0 to 10)"))
        self.tax_included = self._box("outletPricesIncludeTax", self.tr("Menu prices include the PBJT"))
        self.service_rate = touch_field("outletServiceRate", self.tr("Service charge in percent"))
        self.service_included = self._box(
            "outletServiceIncluded", self.tr("Prices include the service charge too (nett)")
        )
        self.service_before_discount = self._box(
            "outletServiceBeforeDiscount", self.tr("Service charge on the amount before discount")
        )
        self.rounding = touch_field("outletCashRounding", self.tr("Round cash totals down to (rupiah; 0 for none)"))
        self.discount_limit = touch_field("outletDiscountLimit", self.tr("Discount without a supervisor, up to (%)"))
        self.idle_lock = named(QSpinBox(), "outletIdleLock", self.tr("Lock the till after idle minutes"))
        self.idle_lock.setRange(1, MAX_IDLE_LOCK_MINUTES)
        self.idle_lock.setMinimumHeight(TOUCH_TARGET_PX)
        self.logo_state = look.text("", "outletLogoState", self.tr("Receipt logo"))
        self.choose_logo = touch_push("outletChooseLogo", self.tr("Choose a &logo…"),
                                        self.tr("Choose a PNG or JPG logo for the receipts"))  # fmt: skip
        self.remove_logo = touch_push("outletRemoveLogo", self.tr("Remove the logo"), self.tr("Remove the logo"))
        self.qris = touch_push("outletQris", self.tr("&QRIS…"), self.tr("Set up the outlet's QRIS code"))
        self.save_button = touch_push("outletSave", self.tr("&Save outlet settings"),
                                        self.tr("Save the outlet settings"))  # fmt: skip
        self.save_button.setProperty("role", "primary")
        self.error = look.text("", "outletFormError", self.tr("Outlet settings problem"))
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self._store_logo(None))
        self.qris.clicked.connect(lambda: self.qrisRequested.emit(self.outlet_id))
        self.save_button.clicked.connect(self.save)
        self._lay_out()
        self.setEnabled(False)

    def _lay_out(self) -> None:
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Name"), self.name), (self.tr("Address"), self.address), (self.tr("Phone"), self.phone),
            (self.tr("Receipt header"), self.header), (self.tr("Receipt footer"), self.footer),
            ("", self.show_workers), ("", self.workers_note),
            (self.tr("PBJT (%)"), self.tax_rate), ("", self.tax_included),
            (self.tr("Service charge (%)"), self.service_rate), ("", self.service_included),
            ("", self.service_before_discount),
            (self.tr("Cash rounding (Rp)"), self.rounding), (self.tr("Discount limit (%)"), self.discount_limit),
            (self.tr("Idle lock (minutes)"), self.idle_lock),
        )  # fmt: skip
        for label, field in rows:
            if label:
                caption = QLabel(label)
                caption.setBuddy(field)
                form.addRow(caption, field)
            else:
                form.addRow(field)
        logo = QGridLayout()  # two buttons a row: the form fits a 1024 px screen in large text
        logo.addWidget(self.logo_state, 0, 0, 1, 2)
        logo.addWidget(self.choose_logo, 1, 0)
        logo.addWidget(self.remove_logo, 1, 1)
        logo.addWidget(self.qris, 2, 0)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addLayout(logo)
        layout.addWidget(self.error)
        layout.addWidget(self.save_button)
        self.setLayout(layout)

    def _text(self, object_name: str, label: str) -> QPlainTextEdit:
        field = named(QPlainTextEdit(), object_name, label)
        field.setTabChangesFocus(True)  # Tab moves on, as in every other field: the form works by keyboard alone
        field.setFixedHeight(TOUCH_TARGET_PX * 2)
        return field

    def _box(self, object_name: str, label: str) -> QCheckBox:
        box = named(QCheckBox(label), object_name, label)
        box.setMinimumHeight(TOUCH_TARGET_PX)
        return box

    def load(self, outlet_id: uuid.UUID, has_logo: bool) -> None:
        self.outlet_id = outlet_id

        def work(session: Session) -> OutletSettings:
            return outlets.outlet_settings(session, outlet_id)

        ReadOp(self, self.session.database, work).success(
            lambda values: self._show(values, has_logo)
        ).run_in_background()

    def _show(self, values: OutletSettings, has_logo: bool) -> None:
        language = self.session.language
        self.loaded = values
        self.name.setText(values.name)
        self.address.setPlainText(values.address)
        self.phone.setText(values.phone)
        self.header.setPlainText(values.receipt_header)
        self.footer.setPlainText(values.receipt_footer)
        self.show_workers.setChecked(values.show_workers_on_receipt)
        self.tax_rate.setText(percent_text(values.tax_rate_bp, language))
        self.tax_included.setChecked(values.prices_include_tax)
        self.service_rate.setText(percent_text(values.service_rate_bp, language))
        self.service_included.setChecked(values.service_included)
        self.service_before_discount.setChecked(values.service_before_discount)
        self.rounding.setText(format_rupiah(values.cash_rounding_unit, language).removeprefix("Rp"))
        self.discount_limit.setText(percent_text(values.discount_limit_bp, language))
        self.idle_lock.setValue(values.idle_lock_minutes)
        self._show_logo(has_logo)
        look.set_text(self.error, "")
        self.setEnabled(True)

    def _show_logo(self, has_logo: bool) -> None:
        look.set_text(self.logo_state, self.tr("Logo: yes") if has_logo else self.tr("Logo: none"))
        self.remove_logo.setEnabled(has_logo)

    def values(self) -> OutletSettings:
        """What the form says; ValueError (in the user's words) for a number that cannot be read."""
        language = self.session.language
        return OutletSettings(
            name=self.name.text(), address=self.address.toPlainText().strip(), phone=self.phone.text(),
            receipt_header=self.header.toPlainText().strip(), receipt_footer=self.footer.toPlainText().strip(),
            show_workers_on_receipt=self.show_workers.isChecked(),
            tax_rate_bp=parse_percent(self.tax_rate.text()), prices_include_tax=self.tax_included.isChecked(),
            service_rate_bp=parse_percent(self.service_rate.text()),
            service_included=self.service_included.isChecked(),
            service_before_discount=self.service_before_discount.isChecked(),
            cash_rounding_unit=parse_rupiah(self.rounding.text(), language),
            discount_limit_bp=parse_percent(self.discount_limit.text()), idle_lock_minutes=self.idle_lock.value(),
        )  # fmt: skip

    def save(self) -> None:
        if self.outlet_id is None:
            return
        try:
            values = self.values()
        except ValueError as error:
            look.set_text(self.error, str(error))
            return
        actor, outlet_id = self.session.actor, self.outlet_id

        def work(session: Session) -> list[str]:
            return outlets.update_outlet_settings(session, actor, outlet_id, values)

        WriteOp(self, self.session.database, work, {SETTINGS}).success(self._saved).failure(self._failed).with_progress(
            self.tr("Saving the outlet settings…")
        ).run_in_background()

    def _saved(self, changed: list[str]) -> None:
        look.set_text(self.error, "" if changed else self.tr("Nothing was changed."))
        self.saved.emit(changed)

    def _failed(self, error: Exception) -> None:
        look.set_text(self.error, error_text(error))

    # The logo -------------------------------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        path = choose_logo_file(self, self.tr("Choose the receipt logo"))
        if path is None:
            return

        def make() -> bytes:
            return thermal_logo(path.read_bytes())

        BackgroundOp(self, make).success(self._store_logo).failure(self._failed).with_progress(
            self.tr("Preparing the logo…")
        ).run_in_background()

    def _store_logo(self, png: bytes | None) -> None:
        if self.outlet_id is None:
            return
        actor, outlet_id = self.session.actor, self.outlet_id

        def work(session: Session) -> bool:
            set_receipt_logo(session, actor, outlet_id, png)
            return png is not None

        WriteOp(self, self.session.database, work, {SETTINGS}).success(self._logo_stored).failure(
            self._failed
        ).run_in_background()

    def _logo_stored(self, has_logo: bool) -> None:
        self._show_logo(has_logo)
        look.set_text(self.error, self.tr("The logo is saved.") if has_logo else self.tr("The logo is removed."))
