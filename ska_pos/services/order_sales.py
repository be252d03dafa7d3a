"""The sale that completes an order (docs/orders.md): deposits applied, the rest paid now or owed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.domain.settlement import PaymentError, SettledPayment, Settlement, Tender, settle
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.permissions import requires
from ska_pos.services.sale_checks import check_cart, check_tender_texts
from ska_pos.services.sale_context import business_date, place_of
from ska_pos.services.sale_writing import write_sale
from ska_pos.services.sales import CompletedSale
from ska_pos.services.written_sales import WrittenSale, remember


@dataclass(frozen=True)
class OrderSale:
    """An order's completion sale (services/orders): what the deposits paid, what is paid now, what is owed."""

    sale: CompletedSale
    applied: int
    paid_now: int
    debt: int


@requires("order.move")
def complete_order_sale(
    session: Session, actor: Actor, cart: Cart, tenders: Sequence[Tender], *, held: int, now: datetime | None = None
) -> OrderSale:
    """The sale that completes an order (docs/orders.md), written as every sale is: its PBJT, service charge and
    the workers' earnings are recognised here, once. The lines keep the prices frozen when the order was taken
    (neither today's price nor a changed minimum is asked; an item stopped since may still be delivered). What is
    `held` for the customer pays it first (payment `deposit`); `tenders` pay what remains now, in full (with change)
    or in part; what they leave is owed (payment `debt`, paid later against the order)."""
    place = place_of(session, actor)
    moment = now or clock.now()
    tracked = check_cart(session, actor, cart, business_date(place, moment), frozen=True)
    check_tender_texts(tenders)
    totals = cart.priced(place.tax)
    applied = min(max(held, 0), totals.total)
    due = totals.total - applied
    given = sum(tender.amount for tender in tenders)
    try:
        if not tenders:
            settlement = Settlement((), 0, 0, 0)
        elif given < due:  # a part now, the rest owed: no change, no rounding
            settlement = settle(given, tenders)
        else:
            settlement = settle(due, tenders, place.cash_rounding_unit)
    except PaymentError as error:
        raise ValidationError(str(error)) from error
    debt = due - settlement.paid + settlement.rounding
    owed = [SettledPayment(method, amount, amount, 0, "") for method, amount in (("deposit", applied), ("debt", debt))
            if amount]  # fmt: skip
    settlement = replace(settlement, payments=settlement.payments + tuple(owed), paid=settlement.paid + applied + debt)
    sale_id, receipt_no = write_sale(session, actor, place, cart, totals, settlement, moment, tracked, False)
    remember(session, sale_id, WrittenSale(place.outlet_id, place.shift_id, "sale", None, False))
    written = CompletedSale(sale_id, receipt_no, totals.total, settlement.paid, settlement.change, settlement.rounding)
    return OrderSale(written, applied, due - debt, debt)
