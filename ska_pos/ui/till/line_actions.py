"""Changing the selected line or the whole sale through a dialog: worker, discount, quantity, price, kitchen note.

Discounts past the outlet's limit and changed prices ask a supervisor (`ui.approval.ask_approval`) and pass the
approval (for that one action, short-lived) on to `cart_ops`, which checks it.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_quantity, format_rupiah
from ska_pos.services import catalog
from ska_pos.services.actor import Approval
from ska_pos.ui import approval
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till.line_dialogs import AmountDialog, DiscountDialog, TextDialog
from ska_pos.ui.till.worker_dialog import WorkerDialog

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_screen import SaleScreen

MAX_NOTE_LENGTH = 200


class LineActions(QObject):
    def __init__(self, screen: SaleScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.controller = screen.controller
        self.language = screen.session.language

    def choose_worker(self, index: int | None = None) -> None:
        index = self.screen.selected_line() if index is None else index
        if index is None:
            return
        outlet_id = self.controller.cart.outlet_id

        def read(session: Session) -> list[tuple[uuid.UUID, str]]:
            return [(w.id, w.display_name) for w in catalog.workers_of(session, outlet_id)]

        ReadOp(self.screen, self.screen.session.database, read).success(
            lambda workers: self._choose_worker(index, workers)
        ).run_in_background()

    def _choose_worker(self, index: int, workers: list[tuple[uuid.UUID, str]]) -> None:
        if index >= len(self.controller.cart.lines):
            return  # the line went while the workers were read
        line = self.controller.cart.lines[index]
        dialog = WorkerDialog(workers, line.workers, line.name, self.screen, language=self.language)
        self.screen.open_dialog(dialog, lambda: self.controller.set_workers(index, dialog.credits()))

    def line_discount(self) -> None:
        index = self.screen.selected_line()
        if index is None:
            return
        line = self.controller.cart.lines[index]
        base = self.controller.totals().lines[index].gross
        title = self.tr("Discount on {item}").format(item=line.name)
        dialog = DiscountDialog(title, base, line.discount, self.language, self.screen)

        def apply() -> None:
            discount = dialog.discount()

            def decided(needed: bool) -> None:
                approved, given = self._approve(needed, title, "discount.over_limit")
                if approved:
                    self.screen.attempt(lambda: self.controller.set_line_discount(index, discount, given))

            self.controller.line_discount_needs_approval(index, discount, decided)

        self.screen.open_dialog(dialog, apply)

    def sale_discount(self) -> None:
        if self.screen.say_if_empty():
            return
        cart = self.controller.cart
        base = self.controller.totals().subtotal - self.controller.totals().line_discount_total
        title = self.tr("Discount on the whole sale")
        dialog = DiscountDialog(title, base, cart.sale_discount, self.language, self.screen)

        def apply() -> None:
            discount = dialog.discount()

            def decided(needed: bool) -> None:
                approved, given = self._approve(needed, title, "discount.over_limit")
                if approved:
                    self.screen.attempt(lambda: self.controller.set_sale_discount(discount, given))

            self.controller.sale_discount_needs_approval(discount, decided)

        self.screen.open_dialog(dialog, apply)

    def quantity(self) -> None:
        index = self.screen.selected_line()
        if index is None:
            return
        line = self.controller.cart.lines[index]
        shown = format_quantity(line.quantity, self.language)
        prompt = self.tr("Quantity of {item} ({unit}), for example 1,5").format(item=line.name, unit=line.unit)
        dialog = TextDialog(
            "quantityDialog", self.tr("Quantity"), prompt, shown, max_length=12, required=True, parent=self.screen
        )
        self.screen.open_dialog(dialog, lambda: self.controller.set_quantity(index, dialog.text()))

    def price(self) -> None:
        index = self.screen.selected_line()
        if index is None:
            return
        line = self.controller.cart.lines[index]
        prompt = self.tr("New unit price of {item} (list price {price})").format(
            item=line.name, price=format_rupiah(line.list_price, self.language)
        )
        dialog = AmountDialog(
            "priceDialog", self.tr("Change the price"), prompt, line.unit_price, self.language, self.screen
        )

        def apply() -> None:
            price = dialog.amount()
            what = self.tr("Price of {item}: {old} → {new}").format(
                item=line.name,
                old=format_rupiah(line.list_price, self.language),
                new=format_rupiah(price, self.language),
            )
            approved, given = self._approve(price != line.list_price, what, "price.override")
            if approved:
                self.controller.set_price(index, price, given)

        self.screen.open_dialog(dialog, apply)

    def note(self) -> None:
        index = self.screen.selected_line()
        if index is None:
            return
        line = self.controller.cart.lines[index]
        prompt = self.tr("Note for the kitchen on {item}, for example: less sugar").format(item=line.name)
        dialog = TextDialog(
            "noteDialog", self.tr("Kitchen note"), prompt, line.note, max_length=MAX_NOTE_LENGTH, parent=self.screen
        )
        self.screen.open_dialog(dialog, lambda: self.controller.set_note(index, dialog.text()))

    def _approve(self, needed: bool, what: str, action: str) -> tuple[bool, Approval | None]:
        """(go ahead, approval): no approval needed, or a supervisor approved; False when cancelled."""
        if not needed:
            return True, None
        given = approval.ask_approval(self.screen, self.screen.session.database, what, action)
        if given is None:
            self.screen.say(self.tr("Not changed: a supervisor did not approve"), "error")
            return False, None
        return True, given
