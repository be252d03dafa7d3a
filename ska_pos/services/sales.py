"""Completing a counter sale: the sale, its lines, worker credits, payments, stock and earnings in one transaction.

The checks are in sale_checks.py and the rows in sale_writing.py; a split bill's parts are written by split_sales.py
and an order's completion sale by order_sales.py, through the same checks and the same writing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.domain.pricing import SaleTotals
from ska_pos.domain.settlement import PaymentError, Tender, settle
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.permissions import requires
from ska_pos.services.sale_checks import check_cart, check_tender_texts
from ska_pos.services.sale_context import Place, business_date, place_of
from ska_pos.services.sale_print_plan import sale_print_plan
from ska_pos.services.sale_writing import write_sale
from ska_pos.services.tabs.closing import record_tab_sale
from ska_pos.services.written_sales import WrittenSale, remember


@dataclass(frozen=True)
class CompletedSale:
    sale_id: uuid.UUID
    receipt_no: str
    total: int
    paid: int
    change: int
    rounding: int


@requires("sale.complete")
def complete_sale(
    session: Session,
    actor: Actor,
    cart: Cart,
    tenders: Sequence[Tender],
    *,
    now: datetime | None = None,
    open_drawer: bool = False,
) -> CompletedSale:
    """Write the whole sale, or nothing: every check comes before the first insert. `open_drawer`: the cashier
    takes cash, so the receipt opens the drawer where the till's receipt printer is set to; the sale's journal
    entry says so, and `print_jobs.queue_sale_prints` in the same transaction queues that receipt."""
    place = place_of(session, actor)
    moment = now or clock.now()
    tracked = check_cart(session, actor, cart, business_date(place, moment))
    done = settle_and_write(session, actor, place, cart, cart.priced(place.tax), tenders, moment, tracked, open_drawer)
    if cart.tab_id is not None:  # an open tab paid at the end (services/tabs)
        record_tab_sale(session, actor, cart, done.sale_id)
    return done


def settle_and_write(
    session: Session, actor: Actor, place: Place, cart: Cart, totals: SaleTotals, tenders: Sequence[Tender],
    moment: datetime, tracked: set[uuid.UUID], open_drawer: bool,
) -> CompletedSale:  # fmt: skip
    """A cart already checked (`check_cart`) and priced: settled by `tenders` and written, with its print plan."""
    check_tender_texts(tenders)
    try:
        settlement = settle(totals.total, tenders, place.cash_rounding_unit)
    except PaymentError as error:
        raise ValidationError(str(error)) from error
    plan = sale_print_plan(session, place.till_id, place.outlet_id, place.shift_id) if open_drawer else None
    drawer = plan is not None and plan.printers.prints_receipts and plan.printers.receipt.kick_drawer
    sale_id, receipt_no = write_sale(session, actor, place, cart, totals, settlement, moment, tracked, drawer)
    remember(session, sale_id, WrittenSale(place.outlet_id, place.shift_id, "sale", plan, drawer))
    return CompletedSale(sale_id, receipt_no, totals.total, settlement.paid, settlement.change, settlement.rounding)
