"""Small dialogs of the sale screen: a discount (percent or rupiah), a price, and one line of text.

Each is opened with `open()`; after `accepted` read `discount()`, `amount()` or `text()`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QWidget

from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import format_rupiah, parse_percent, parse_rupiah, percent_text
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import scale_font, touch_height
from ska_pos.ui.widgets import big_button, hint_room, named


def _field(object_name: str, accessible: str, text: str = "") -> QLineEdit:
    field = named(QLineEdit(text), object_name, accessible)
    touch_height(field, 56)
    scale_font(field, 1.3, bold=False)
    field.selectAll()
    return field


class DiscountDialog(TillDialog):
    """`discount()` is None after "No discount"."""

    def __init__(
        self, title: str, base: int, current: Discount | None, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("discountDialog", title, parent)
        self.language = language
        self._discount: Discount | None = None
        about = QLabel(self.tr("Before discount: {amount}").format(amount=format_rupiah(base, language)))
        self.percent = big_button(self.tr("Percent (%)"), "discountPercent", self.tr("Discount in percent"))
        self.rupiah = big_button(self.tr("Rupiah (Rp)"), "discountRupiah", self.tr("Discount in rupiah"))
        kinds = QButtonGroup(self)
        self.body.addWidget(about)
        row = QHBoxLayout()
        self.body.addLayout(row)
        for button in (self.percent, self.rupiah):
            button.setCheckable(True)
            touch_height(button, 56)
            kinds.addButton(button)
            row.addWidget(button)
        self.percent.setChecked(current is None or current.kind == "percent")
        self.rupiah.setChecked(not self.percent.isChecked())
        shown = ""
        if current is not None:
            shown = percent_text(current.value, language) if current.kind == "percent" else str(current.value)
        self.value = _field("discountValue", self.tr("Discount"), shown)
        self.value.setPlaceholderText(self.tr("For example 10 (percent) or 5000 (rupiah)"))
        hint_room(self.value)  # the dialog is as wide as its hint, in large type too
        self.value.returnPressed.connect(self.try_accept)
        remove = big_button(self.tr("No discount"), "discountRemove", self.tr("Remove the discount"))
        remove.clicked.connect(self._remove)
        touch_height(remove, 56)
        self.body.addWidget(self.value)
        self.body.addWidget(remove)
        self.finish_layout()
        self.value.setFocus()

    def discount(self) -> Discount | None:
        return self._discount

    def _remove(self) -> None:
        self._discount = None
        self.accept()

    def check(self) -> str | None:
        try:
            discount = self._parse(self.value.text().strip())
        except ValueError as error:  # the message says what a discount may be; inf, nan and words are not one
            return str(error)
        self._discount = discount if discount.value else None
        return None

    def _parse(self, text: str) -> Discount:
        if self.rupiah.isChecked():
            return Discount.rupiah(parse_rupiah(text, self.language))
        return Discount.percent(parse_percent(text))


class AmountDialog(TillDialog):
    """A rupiah amount, such as a new price."""

    def __init__(
        self, object_name: str, title: str, prompt: str, current: int, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(object_name, title, parent)
        self.language = language
        self._amount = current
        self.body.addWidget(QLabel(prompt))
        self.value = _field(f"{object_name}Value", prompt, str(current))
        self.value.returnPressed.connect(self.try_accept)
        self.body.addWidget(self.value)
        self.finish_layout()
        self.value.setFocus()
        self.value.selectAll()

    def amount(self) -> int:
        return self._amount

    def check(self) -> str | None:
        try:
            self._amount = parse_rupiah(self.value.text(), self.language)
        except ValueError as error:
            return str(error)
        return None


class TextDialog(TillDialog):
    """One line of text: a label for a held sale, a kitchen note, a table number or a quantity."""

    def __init__(
        self,
        object_name: str,
        title: str,
        prompt: str,
        current: str = "",
        *,
        max_length: int = 120,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(object_name, title, parent)
        self.required = required
        self.body.addWidget(QLabel(prompt))
        self.value = _field(f"{object_name}Value", prompt, current)
        self.value.setMaxLength(max_length)
        self.value.returnPressed.connect(self.try_accept)
        self.body.addWidget(self.value)
        self.finish_layout()
        self.value.setFocus()
        self.value.selectAll()

    def text(self) -> str:
        return self.value.text().strip()

    def check(self) -> str | None:
        if self.required and not self.text():
            return self.tr("Please fill this in")
        return None
