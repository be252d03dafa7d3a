"""The till's way into the tabs: the floor view (Ctrl+E, or the Tables button where the outlet's profile has tables),
then the chosen table's tab, worked with the till's own cart (a round is the cart sent; paying loads the tab into
the cart and the till's payment, shares and split by items pay it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ska_pos.services.cart import Cart, CartLine
from ska_pos.services.receipt_output import pick_up_waiting
from ska_pos.services.tabs.state import FloorTable
from ska_pos.ui import op_changes
from ska_pos.ui.service_op import ServiceOp
from ska_pos.ui.tabs.floor_dialog import FloorDialog
from ska_pos.ui.tabs.tab_dialog import TabDialog

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_presenter import SalePresenter


class PresenterTill:
    """The till as a tab sees it: the sale presenter's cart, message bar and printers."""

    def __init__(self, presenter: SalePresenter) -> None:
        self.presenter = presenter
        self.database = presenter.session.database
        self.actor = presenter.session.actor

    def cart_lines(self) -> list[CartLine]:
        return list(self.presenter.controller.snapshot().lines)

    def clear_cart(self) -> None:
        self.presenter.controller.clear()

    def load_cart(self, cart: Cart) -> None:
        self.presenter.controller.load(cart)

    def tickets_queued(self, unprinted: list[str]) -> None:
        """The tickets were written with the round: the queue prints them now."""
        printing = self.presenter.dispatcher.printing
        ServiceOp(None, self.database, lambda _db: pick_up_waiting(printing), {op_changes.PRINTING}).run_in_background()
        if unprinted:
            self.say(
                QCoreApplication.translate("TabDialog", "No printer for {stations}: tell them by hand").format(
                    stations=", ".join(unprinted)
                )
            )

    def say(self, text: str, kind: str = "info") -> None:
        self.presenter.view.say(text, kind)


def open_tables(presenter: SalePresenter) -> None:
    """The floor view; a table chosen opens its tab (a free one opens when the first round is sent)."""
    if presenter.busy:
        return
    till = PresenterTill(presenter)
    parent = presenter.view.dialog_parent()
    floor = FloorDialog(parent, till.database, till.actor.outlet_id)

    def chosen(table: FloorTable) -> None:
        TabDialog(parent, till, table).open()

    floor.chosen.connect(chosen)
    floor.open()
