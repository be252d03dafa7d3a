"""Changing the selected line or the whole sale: its quantity, price, kitchen note and discounts, each asked in a
small dialog; a price or discount beyond the cashier's limits goes ahead only with a supervisor's approval."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import format_quantity, format_rupiah
from ska_pos.services.actor import Approval
from ska_pos.ui.till.sale_view import AskAmount, AskDiscount, AskText

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_presenter import SalePresenter

MAX_NOTE_LENGTH = 200


class EditFlow(QObject):
    def __init__(self, presenter: SalePresenter) -> None:
        super().__init__(presenter)
        self.presenter = presenter

    def line_discount(self) -> None:
        presenter = self.presenter
        index = presenter.selected_line()
        if index is None:
            return
        line = presenter.cart.lines[index]
        title = self.tr("Discount on {item}").format(item=line.name)

        def apply(discount: Discount | None) -> None:
            def decided(needed: bool) -> None:
                approved, given = self._approve(needed, title, "discount.over_limit")
                if approved:
                    presenter.attempt(lambda: presenter.controller.set_line_discount(index, discount, given))

            presenter.controller.line_discount_needs_approval(index, discount, decided)

        presenter.ask(AskDiscount(title, presenter.controller.totals().lines[index].gross, line.discount), apply)

    def sale_discount(self) -> None:
        presenter = self.presenter
        if presenter.say_if_empty():
            return
        totals = presenter.controller.totals()
        title = self.tr("Discount on the whole sale")

        def apply(discount: Discount | None) -> None:
            def decided(needed: bool) -> None:
                approved, given = self._approve(needed, title, "discount.over_limit")
                if approved:
                    presenter.attempt(lambda: presenter.controller.set_sale_discount(discount, given))

            presenter.controller.sale_discount_needs_approval(discount, decided)

        base = totals.subtotal - totals.line_discount_total
        presenter.ask(AskDiscount(title, base, presenter.cart.sale_discount), apply)

    def quantity(self) -> None:
        presenter = self.presenter
        index = presenter.selected_line()
        if index is None:
            return
        line = presenter.cart.lines[index]
        prompt = self.tr("Quantity of {item} ({unit}), for example 1,5").format(item=line.name, unit=line.unit)
        shown = format_quantity(line.quantity, presenter.language)
        question = AskText("quantityDialog", self.tr("Quantity"), prompt, shown, max_length=12, required=True)
        presenter.ask(question, lambda text: presenter.controller.set_quantity(index, text))

    def price(self) -> None:
        presenter = self.presenter
        index = presenter.selected_line()
        if index is None:
            return
        line, language = presenter.cart.lines[index], presenter.language
        prompt = self.tr("New unit price of {item} (list price {price})").format(
            item=line.name, price=format_rupiah(line.list_price, language)
        )

        def apply(price: int) -> None:
            what = self.tr("Price of {item}: {old} → {new}").format(
                item=line.name,
                old=format_rupiah(line.list_price, language),
                new=format_rupiah(price, language),
            )
            approved, given = self._approve(price != line.list_price, what, "price.override")
            if approved:
                presenter.controller.set_price(index, price, given)

        presenter.ask(AskAmount("priceDialog", self.tr("Change the price"), prompt, line.unit_price), apply)

    def note(self) -> None:
        presenter = self.presenter
        index = presenter.selected_line()
        if index is None:
            return
        line = presenter.cart.lines[index]
        prompt = self.tr("Note for the kitchen on {item}, for example: less sugar").format(item=line.name)
        question = AskText("noteDialog", self.tr("Kitchen note"), prompt, line.note, max_length=MAX_NOTE_LENGTH)
        presenter.ask(question, lambda text: presenter.controller.set_note(index, text))

    def _approve(self, needed: bool, what: str, action: str) -> tuple[bool, Approval | None]:
        """(go ahead, approval): no approval needed, or a supervisor approved that one action; False when cancelled."""
        if not needed:
            return True, None
        given = self.presenter.view.ask_approval(what, action)
        if given is None:
            self.presenter.view.say(self.tr("Not changed: a supervisor did not approve"), "error")
            return False, None
        return True, given
