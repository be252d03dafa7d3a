"""The counter's order screens for the layout walk (`screens.SCREENS`): the board with an order chosen, the intake
with a line, a payment on an order, the stage's worker. They run on the order shop's laundry (tests/order_shop.py),
built once per walk's shop."""

from __future__ import annotations

from decimal import Decimal

from order_shop import OrderShop, build_order_shop
from PySide6.QtWidgets import QWidget

from ska_pos.domain.outlet_profile import default_profile
from ska_pos.domain.settlement import Tender
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.orders.counter import CounterFacts, counter_facts
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.ui.till_session import TillSession
from ui_layout.screens import Place, dialog, page

_built: dict[int, OrderShop] = {}


def order_shop_of(place: Place) -> OrderShop:
    """The walk's shop with its laundry (an order taken) and galeri jahit, built once per shop."""
    orders = _built.get(id(place.shop))
    if orders is None or orders.shop is not place.shop:
        orders = build_order_shop(place.shop)
        with place.shop.db.transaction() as s:
            siti = WorkerCredit(place.shop.siti.id, "Siti")
            take_order(s, orders.laundry_cashier, OrderForm(
                [OrderLineForm(orders.kiloan.id, Decimal("2.5"), "Jangan pakai pewangi", (siti,)),
                 OrderLineForm(orders.selimut.id, Decimal(1))],
                customer_name="Ibu Anisa Rahmawati", phone="0812-3456-7890", deposit=Tender("cash", 20_000),
            ))  # fmt: skip
        _built[id(place.shop)] = orders
    return orders


def _laundry(place: Place) -> tuple[OrderShop, TillSession, CounterFacts]:
    orders = order_shop_of(place)
    session = TillSession(place.shop.db, orders.laundry_cashier, "kasir", "Rina Kasir", "LDR", "Laundry Bersih",
                          default_profile("laundry"), "T1", place.language)  # fmt: skip
    with place.shop.db.reading() as s:
        facts = counter_facts(s, orders.laundry.id)
    return orders, session, facts


@page("orders board")
def _board(place: Place) -> QWidget:
    from ska_pos.ui.orders.orders_page import OrdersPage

    _orders, session, _facts = _laundry(place)
    return OrdersPage(session, place.dispatcher)


@dialog("order intake")
def _intake(place: Place) -> QWidget:
    from ska_pos.ui.orders.intake_dialog import IntakeDialog
    from ska_pos.ui.orders.intake_lines import Found, Line

    orders, session, facts = _laundry(place)
    intake = IntakeDialog(session, facts, place.sale_screen)
    kiloan = Found(orders.kiloan.id, "Cuci Setrika Kiloan", "kg", 6000, Decimal(3))
    intake.order_lines.lines.append(Line(kiloan, Decimal("2.5"), "Jangan pakai pewangi", (place.shop.siti.id, "Siti")))
    intake.order_lines._show_lines()
    return intake


@dialog("order payment")
def _payment(place: Place) -> QWidget:
    from ska_pos.ui.orders.money_dialog import OrderMoneyDialog

    return OrderMoneyDialog(place.language, "Terima pembayaran", "Pesanan LDR-261206-001: uang muka atau cicilan",
                            place.sale_screen)  # fmt: skip


@dialog("stage worker")
def _stage_worker(place: Place) -> QWidget:
    from ska_pos.ui.orders.stage_dialog import StageWorkerDialog

    _orders, _session, facts = _laundry(place)
    return StageWorkerDialog("Dicuci", facts.workers, place.sale_screen)


@dialog("order give back")
def _give_back(place: Place) -> QWidget:
    from ska_pos.ui.orders.give_back_dialog import GiveBackDialog

    _laundry(place)
    dialog = GiveBackDialog(place.language, "LDR-261206-001", 20_000, 500, place.sale_screen)
    dialog.fields.amount.setText("4250")
    dialog.reason_field.setText("Bed cover tidak jadi dicuci")
    return dialog


@dialog("order debt list")
def _debt_list(place: Place) -> QWidget:
    from ska_pos.services.orders.money_lists import MoneyKind
    from ska_pos.ui.orders.money_list_dialog import MoneyListDialog

    _orders, session, _facts = _laundry(place)
    return MoneyListDialog(session, MoneyKind.DEBTS, place.sale_screen)


@dialog("order deposits held list")
def _held_list(place: Place) -> QWidget:
    from ska_pos.services.orders.money_lists import MoneyKind
    from ska_pos.ui.orders.money_list_dialog import MoneyListDialog

    _orders, session, _facts = _laundry(place)
    return MoneyListDialog(session, MoneyKind.HELD, place.sale_screen)
