"""The sale's sums under the cart: subtotal, discounts, service, tax as the outlet has them, and the total LARGE."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ska_pos.domain.money import format_rupiah
from ska_pos.domain.pricing import SaleTotals, TaxSettings
from ska_pos.ui.till.formatting import format_percent
from ska_pos.ui.till.sizing import scale_font
from ska_pos.ui.widgets import named

TOTAL_FONT_FACTOR = 2.6
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TotalsPanel(QWidget):
    def __init__(self, tax: TaxSettings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tax, self.language = tax, language
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self._captions: dict[QLabel, QLabel] = {}
        self.subtotal = self._row("subtotalValue", self.tr("Subtotal"))
        self.discount = self._row("discountValue", self.tr("Discount"))
        service = format_percent(tax.service_rate_bp, language)
        service_included = self.tr(" (included)") if tax.service_included else ""
        self.service = self._row("serviceValue", self.tr("Service {rate}").format(rate=service) + service_included)
        included = self.tr(" (included)") if tax.prices_include_tax else ""
        tax_name = self.tr("Tax (PBJT) {rate}").format(rate=format_percent(tax.tax_rate_bp, language)) + included
        self.tax_value = self._row("taxValue", tax_name)
        self.total_caption = QLabel(self.tr("TOTAL"))
        scale_font(self.total_caption, 1.3)
        self.total = named(QLabel(""), "totalValue", self.tr("Total"))
        self.total.setProperty("role", "total")
        scale_font(self.total, TOTAL_FONT_FACTOR)
        for label in (self.total_caption, self.total):
            label.setAlignment(RIGHT)
        big = QVBoxLayout()
        big.setSpacing(0)
        big.addWidget(self.total_caption)
        big.addWidget(self.total)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addLayout(big)
        self.setLayout(layout)

    def _row(self, object_name: str, caption: str) -> QLabel:
        row = self.grid.rowCount()
        title = QLabel(caption)
        value = named(QLabel(""), object_name, caption)
        value.setAlignment(RIGHT)
        self.grid.addWidget(title, row, 0)
        self.grid.addWidget(value, row, 1)
        self._captions[value] = title
        return value

    def show_totals(self, totals: SaleTotals) -> None:
        discount = totals.line_discount_total + totals.sale_discount_total
        self._set(self.subtotal, totals.subtotal, visible=True)
        self._set(self.discount, -discount, visible=discount != 0)
        self._set(self.service, totals.service_charge, visible=self.tax.service_rate_bp > 0)
        self._set(self.tax_value, totals.tax_amount, visible=self.tax.tax_rate_bp > 0)
        text = format_rupiah(totals.total, self.language)
        self.total.setText(text)
        self.total.setAccessibleName(self.tr("Total {amount}").format(amount=text))

    def _set(self, label: QLabel, amount: int, *, visible: bool) -> None:
        caption = self._captions[label]
        label.setText(format_rupiah(amount, self.language))
        label.setAccessibleName(f"{caption.text()} {label.text()}")
        label.setVisible(visible)
        caption.setVisible(visible)
