"""Completing a sale: the sale, its lines, worker credits, payments, stock and earnings in one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, bindparam, insert, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import EarningEntry, Item, Payment, Sale, SaleLine, SaleLineModifier, User, Worker, new_id
from ska_pos.db.models.base import table_of
from ska_pos.domain.modifiers import ModifierGroup, choose
from ska_pos.domain.money import BP_WHOLE, format_rupiah
from ska_pos.domain.pricing import PricedLine, SaleTotals
from ska_pos.domain.settlement import PaymentError, SettledPayment, Settlement, Tender, settle
from ska_pos.domain.split_bill import part_totals, split_by_items
from ska_pos.i18n import _, current_language
from ska_pos.services import audit, journal
from ska_pos.services.actor import Actor, role_at_least
from ska_pos.services.cart import Cart, CartLine
from ska_pos.services.cart_ops import (
    check_cart_total,
    check_line_quantity,
    check_price,
    discount_needs_approval,
    sale_discount_needs_approval,
)
from ska_pos.services.earnings_rules import credits_for_line, pick_rule, rule_candidates
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.modifiers import groups_for_item
from ska_pos.services.permissions import requires
from ska_pos.services.prices import day_price
from ska_pos.services.sale_context import Place, business_date, next_receipt, numbered, place_of
from ska_pos.services.sale_print_plan import sale_print_plan
from ska_pos.services.stock import consigned, recipes
from ska_pos.services.stock import ledger as stock_ledger
from ska_pos.services.text_lengths import check_length
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
    tracked = _check_cart(session, actor, cart, business_date(place, moment))
    return _complete(session, actor, place, cart, cart.priced(place.tax), tenders, moment, tracked, open_drawer)


@requires("sale.complete")
def complete_bill_part(
    session: Session, actor: Actor, bill: Cart, groups: Sequence[Sequence[int]], part: int, tenders: Sequence[Tender],
    *, now: datetime | None = None, open_drawer: bool = False,
) -> CompletedSale:  # fmt: skip
    """Part `part` of `bill` split by items into `groups` of line indices, written as a sale of its own lines.

    The whole bill is checked and priced, and the part takes its lines as the bill priced them and its share of the
    bill's service charge and PBJT (domain/split_bill.py): the sales of all the parts add up to the bill to the
    rupiah, and each is a sale like any other in the daily summary, the export, the PBJT report and a later refund.
    """
    place = place_of(session, actor)
    moment = now or clock.now()
    tracked = _check_cart(session, actor, bill, business_date(place, moment))
    whole = bill.priced(place.tax)
    try:
        parts = split_by_items(whole, place.tax, groups)
    except ValueError as error:
        raise ValidationError(str(error)) from error
    if not 0 <= part < len(parts):
        raise ValidationError(_("This bill has no part {number}", number=part + 1))
    chosen = parts[part]
    lines = [bill.lines[index] for index in chosen.lines]
    part_cart = replace(bill, lines=lines)
    return _complete(session, actor, place, part_cart, part_totals(whole, chosen), tenders, moment, tracked,
                     open_drawer)  # fmt: skip


def _complete(
    session: Session, actor: Actor, place: Place, cart: Cart, totals: SaleTotals, tenders: Sequence[Tender],
    moment: datetime, tracked: set[uuid.UUID], open_drawer: bool,
) -> CompletedSale:  # fmt: skip
    _check_tender_texts(tenders)
    try:
        settlement = settle(totals.total, tenders, place.cash_rounding_unit)
    except PaymentError as error:
        raise ValidationError(str(error)) from error
    plan = sale_print_plan(session, place.till_id, place.outlet_id, place.shift_id) if open_drawer else None
    drawer = plan is not None and plan.printers.prints_receipts and plan.printers.receipt.kick_drawer
    sale_id, receipt_no = _write_sale(session, actor, place, cart, totals, settlement, moment, tracked, drawer)
    remember(session, sale_id, WrittenSale(place.outlet_id, place.shift_id, "sale", plan, drawer))
    return CompletedSale(sale_id, receipt_no, totals.total, settlement.paid, settlement.change, settlement.rounding)


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
    tracked = _check_cart(session, actor, cart, business_date(place, moment), frozen=True)
    _check_tender_texts(tenders)
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
    sale_id, receipt_no = _write_sale(session, actor, place, cart, totals, settlement, moment, tracked, False)
    remember(session, sale_id, WrittenSale(place.outlet_id, place.shift_id, "sale", None, False))
    written = CompletedSale(sale_id, receipt_no, totals.total, settlement.paid, settlement.change, settlement.rounding)
    return OrderSale(written, applied, due - debt, debt)


def _check_cart(session: Session, actor: Actor, cart: Cart, day: date, *, frozen: bool = False) -> set[uuid.UUID]:
    """Every check before the first write; returns the items whose stock is tracked. `frozen`: an order's lines,
    priced when it was taken."""
    if cart.is_empty():
        raise ValidationError(_("The cart is empty"))
    if cart.outlet_id != actor.outlet_id:
        raise ValidationError(_("This cart belongs to another outlet"))
    check_length(cart.order_type, Sale.order_type, _("order type"))
    check_length(cart.table_no, Sale.table_no, _("table number"))
    items = _check_items(session, actor, cart.lines, day, frozen=frozen)
    check_cart_total(cart.lines)
    _check_workers(session, cart.lines)
    if not frozen:  # an order's sale: its lines' prices (and options) were fixed when the order was taken
        _check_prices(cart, items)
        _check_modifiers(session, cart.lines)
    _check_approvals(session, cart)
    return {line.item_id for line in cart.lines if items[line.item_id].track_stock and not line.is_service}


# Built once: constructing a statement costs more than running it on this hot path.
# The price is the one in effect on the sale's business day (services/prices.py), in this same one query.
_ITEMS = select(
    Item.id,
    Item.outlet_id,
    Item.active,
    Item.track_stock,
    day_price(bindparam("day", type_=Date())).label("price"),
    Item.name,
    Item.min_quantity,
).where(Item.id.in_(bindparam("ids", expanding=True)))
_WORKERS_ACTIVE = select(Worker.id, Worker.active).where(Worker.id.in_(bindparam("ids", expanding=True)))
_INSERTS = {model: insert(table_of(model)) for model in (Sale, SaleLine, SaleLineModifier, Payment, EarningEntry)}


def _check_items(
    session: Session, actor: Actor, lines: Sequence[CartLine], day: date, *, frozen: bool = False
) -> dict[uuid.UUID, Any]:
    rows = session.connection().execute(_ITEMS, {"ids": list({line.item_id for line in lines}), "day": day})
    items = {row.id: row for row in rows}
    for line in lines:
        item = items.get(line.item_id)
        if item is None or not (item.active or frozen):
            raise ValidationError(_("{name} is not for sale", name=line.name))
        if item.outlet_id != actor.outlet_id:
            raise ValidationError(_("{name} belongs to another outlet", name=line.name))
        # Today's minimum, not the one copied onto the line: a held cart may predate it (an order's charged
        # quantity already has the minimum of its day).
        minimum = line.min_quantity if frozen else item.min_quantity
        judged = line if line.min_quantity == minimum else replace(line, min_quantity=minimum)
        check_line_quantity(judged, line.quantity)
        check_price(line.unit_price)
        if line.is_service and not line.workers:
            raise ValidationError(_("Choose the worker who performed {name}", name=line.name))
    return items


def _check_tender_texts(tenders: Sequence[Tender]) -> None:
    for tender in tenders:
        check_length(tender.reference, Payment.reference, _("payment reference"))


def _check_workers(session: Session, lines: Sequence[CartLine]) -> None:
    wanted = {credit.worker_id for line in lines for credit in line.workers}
    if not wanted:
        return
    active = dict(session.connection().execute(_WORKERS_ACTIVE, {"ids": list(wanted)}).all())
    for line in lines:
        for credit in line.workers:
            if not active.get(credit.worker_id, False):
                raise ValidationError(_("{name} is no longer active", name=credit.display_name))
            if credit.split_bp <= 0:
                raise ValidationError(_("Each worker's share must be more than 0%"))
        if len({credit.worker_id for credit in line.workers}) != len(line.workers):
            raise ValidationError(_("Each worker can be named only once on a line"))
        if line.workers and sum(credit.split_bp for credit in line.workers) != BP_WHOLE:
            raise ValidationError(_("The workers' shares must add up to 100%"))


def _check_prices(cart: Cart, items: dict[uuid.UUID, Any]) -> None:
    """The list price is the sale's day's; a held cart from before a price change must be rung up again."""
    for line in cart.lines:
        price = items[line.item_id].price
        if line.list_price != price:
            raise ValidationError(_("The price of {name} is now {price}; remove the line and add it again",
                                    name=line.name, price=format_rupiah(price, current_language())))  # fmt: skip


def _check_modifiers(session: Session, lines: Sequence[CartLine]) -> None:
    """The options of a line with modifier groups, judged against its item's groups as they are today: required
    groups answered, and each option still offered at the price it was rung up at (a held cart may predate a
    change). Each item's groups are read once, however many lines it has."""
    groups: dict[uuid.UUID, tuple[ModifierGroup, ...]] = {}
    for line in lines:
        if not line.modifiers_offered and not line.modifiers:
            continue
        if line.item_id not in groups:
            groups[line.item_id] = groups_for_item(session, line.item_id)
        try:
            chosen = choose(groups[line.item_id], [modifier.option_id for modifier in line.modifiers])
        except ValueError as error:
            raise ValidationError(str(error)) from error
        if set(chosen) != set(line.modifiers):
            raise ValidationError(_("The options of {name} have changed; choose them again", name=line.name))


def _check_approvals(session: Session, cart: Cart) -> None:
    """Approvals are judged again on the final cart: a discount within the limit can exceed it after a change."""
    for line in cart.lines:
        base = line.price_each * line.quantity
        if line.discount_approved_by is None and discount_needs_approval(session, cart, line.discount, base):
            raise PermissionDenied(_("This needs a supervisor's approval"))
    if cart.sale_discount_approved_by is None and sale_discount_needs_approval(session, cart, cart.sale_discount):
        raise PermissionDenied(_("This needs a supervisor's approval"))
    named = [cart.sale_discount_approved_by]
    named += [approver for line in cart.lines for approver in (line.price_override_by, line.discount_approved_by)]
    approvers = {approver for approver in named if approver is not None}
    if any(line.unit_price != line.list_price and line.price_override_by is None for line in cart.lines):
        raise PermissionDenied(_("A changed price needs a supervisor's approval"))
    if not approvers:
        return
    roles = dict(session.connection().execute(select(User.id, User.role).where(User.id.in_(approvers))).all())
    if any(not role_at_least(roles.get(approver, ""), "supervisor") for approver in approvers):
        raise PermissionDenied(_("This needs a supervisor's approval"))


def _write_sale(
    session: Session,
    actor: Actor,
    place: Place,
    cart: Cart,
    totals: SaleTotals,
    settlement: Settlement,
    moment: datetime,
    tracked: set[uuid.UUID],
    drawer_opened: bool,
) -> tuple[uuid.UUID, str]:
    """Core inserts on the session's connection: the till's hot path, several times cheaper than ORM flushes."""
    day = business_date(place, moment)
    seq, receipt_no = next_receipt(session, place, day)
    sale_id = new_id()
    sale = _sale_row(sale_id, actor, place, cart, totals, settlement, day, seq, receipt_no, moment)
    line_rows, entry_rows, stock_rows = _line_rows(session, actor, place, cart, totals, sale_id, day, tracked)
    stock_rows += recipes.consumption(session, place.outlet_id, line_rows)  # a café item's ingredients
    modifier_rows = _modifier_rows(cart, line_rows)
    payment_rows = [_payment_row(sale_id, payment, moment) for payment in settlement.payments]
    connection = session.connection()
    with numbered(place, receipt_no):
        connection.execute(_INSERTS[Sale], [sale])
    connection.execute(_INSERTS[SaleLine], line_rows)
    if modifier_rows:
        connection.execute(_INSERTS[SaleLineModifier], modifier_rows)
    if payment_rows:  # a sale of Rp0 (a gift, a full approved discount) has none
        connection.execute(_INSERTS[Payment], payment_rows)
    if entry_rows:
        connection.execute(_INSERTS[EarningEntry], entry_rows)
    stock_ledger.post(session, actor, stock_rows, moment=moment)
    _audit_overrides(session, actor, cart, sale_id)
    journal.append_sale(session, sale, line_rows, payment_rows, entry_rows, drawer_opened=drawer_opened)
    return sale_id, receipt_no


def _sale_row(
    sale_id: uuid.UUID,
    actor: Actor,
    place: Place,
    cart: Cart,
    totals: SaleTotals,
    settlement: Settlement,
    day: Any,
    seq: int,
    receipt_no: str,
    moment: datetime,
) -> dict[str, Any]:
    return {
        "id": sale_id, "outlet_id": place.outlet_id, "till_id": place.till_id, "shift_id": place.shift_id,
        "cashier_id": actor.user_id, "customer_id": cart.customer_id, "kind": "sale", "receipt_no": receipt_no,
        "business_date": day, "seq": seq, "sold_at": moment, "subtotal": totals.subtotal,
        "line_discount_total": totals.line_discount_total, "sale_discount_total": totals.sale_discount_total,
        "net_total": totals.net_total, "service_charge": totals.service_charge,
        "service_rate_bp": place.tax.service_rate_bp, "tax_amount": totals.tax_amount,
        "tax_rate_bp": place.tax.tax_rate_bp, "prices_include_tax": place.tax.prices_include_tax,
        "service_included": place.tax.service_included, "service_before_discount": place.tax.service_before_discount,
        "total": totals.total, "rounding": settlement.rounding, "paid": settlement.paid,
        "change": settlement.change, "order_type": cart.order_type, "table_no": cart.table_no, "note": cart.note,
    }  # fmt: skip


def _line_rows(
    session: Session,
    actor: Actor,
    place: Place,
    cart: Cart,
    totals: SaleTotals,
    sale_id: uuid.UUID,
    day: Any,
    tracked: set[uuid.UUID],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[stock_ledger.Movement]]:
    candidates = rule_candidates(session, place.outlet_id, day)
    # A maker's consigned pieces are sold first; the maker earns the agreed price for each (services/stock).
    on_shelf = consigned.balances(session, place.outlet_id, list(tracked)) if tracked else {}
    lines: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    stock: list[stock_ledger.Movement] = []
    for number, (line, priced) in enumerate(zip(cart.lines, totals.lines, strict=True), start=1):
        line_id = new_id()
        lines.append(_line_row(line_id, sale_id, number, line, priced))
        held = on_shelf.get(line.item_id) if line.item_id in tracked else None
        theirs = min(line.quantity, held.quantity) if held is not None else Decimal(0)
        their_net = int(priced.net_amount * theirs / line.quantity) if theirs else 0
        if held is not None and theirs:
            on_shelf[line.item_id] = replace(held, quantity=held.quantity - theirs)
            entries.append(_consigned_entry(actor, place, sale_id, line_id, day, held, theirs, their_net))
            stock.append(stock_ledger.Movement(line.item_id, place.outlet_id, "sale", -theirs, held.agreed_price,
                                               sale_line_id=line_id, worker_id=held.worker_id))  # fmt: skip
        owned = line.quantity - theirs
        if not owned:
            continue
        rule = pick_rule(candidates, line.item_id, line.category_id, day)
        for credit in credits_for_line(line.workers, priced.net_amount - their_net, owned, rule):
            entries.append({
                "id": new_id(), "worker_id": credit.worker_id, "outlet_id": place.outlet_id, "sale_id": sale_id,
                "sale_line_id": line_id, "kind": "sale", "business_date": day, "split_bp": credit.split_bp,
                "quantity": credit.quantity, "credited_amount": credit.credited_amount, "amount": credit.amount,
                "share_rule_id": rule.rule_id if rule else None, "rule_kind": rule.rule.kind if rule else "",
                "rule_percent_bp": rule.rule.percent_bp if rule else 0,
                "rule_fixed_per_unit": rule.rule.fixed_per_unit if rule else 0, "created_by_id": actor.user_id,
            })  # fmt: skip
        if line.item_id in tracked:
            # The cost is the moving average at this moment, frozen onto the movement (stock_ledger.post).
            stock.append(stock_ledger.Movement(line.item_id, place.outlet_id, "sale", -owned,
                                               sale_line_id=line_id))  # fmt: skip
    return lines, entries, stock


def _consigned_entry(
    actor: Actor, place: Place, sale_id: uuid.UUID, line_id: uuid.UUID, day: Any, held: consigned.Consigned,
    quantity: Decimal, net: int,
) -> dict[str, Any]:  # fmt: skip
    """The maker's credit for consigned pieces: the agreed price per piece, whatever the line was sold for."""
    return {
        "id": new_id(), "worker_id": held.worker_id, "outlet_id": place.outlet_id, "sale_id": sale_id,
        "sale_line_id": line_id, "kind": "sale", "business_date": day, "split_bp": BP_WHOLE, "quantity": quantity,
        "credited_amount": net, "amount": int(held.agreed_price * quantity), "share_rule_id": None,
        "rule_kind": "fixed", "rule_percent_bp": 0, "rule_fixed_per_unit": held.agreed_price,
        "created_by_id": actor.user_id,
    }  # fmt: skip


def _line_row(
    line_id: uuid.UUID, sale_id: uuid.UUID, number: int, line: CartLine, priced: PricedLine
) -> dict[str, Any]:
    return {
        "id": line_id, "sale_id": sale_id, "line_no": number, "item_id": line.item_id,
        "category_id": line.category_id, "sku": line.sku, "name": line.name, "unit": line.unit,
        # The prices each hold the options chosen (sale_line_modifier keeps them one by one), so quantity times
        # unit price is the gross on the line, on the receipt and in every report and reversal.
        "quantity": line.quantity, "list_price": line.list_price_each, "unit_price": line.price_each,
        "price_override_by_id": line.price_override_by, "gross_amount": priced.gross,
        "line_discount": priced.line_discount, "sale_discount_part": priced.sale_discount_part,
        "included_tax": priced.included_tax, "net_amount": priced.net_amount, "note": line.note,
    }  # fmt: skip


def _modifier_rows(cart: Cart, line_rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "id": new_id(),
            "sale_line_id": row["id"],
            "position": position,
            "group_id": modifier.group_id,
            "option_id": modifier.option_id,
            "group_name": modifier.group_name,
            "option_name": modifier.option_name,
            "price": modifier.price,
            "taxed": modifier.taxed,
        }
        for line, row in zip(cart.lines, line_rows, strict=True)
        for position, modifier in enumerate(line.modifiers, start=1)
    ]


def _payment_row(sale_id: uuid.UUID, payment: Any, moment: datetime) -> dict[str, Any]:
    return {"id": new_id(), "sale_id": sale_id, "method": payment.method, "amount": payment.amount,
            "tendered": payment.tendered, "change": payment.change, "reference": payment.reference,
            "created_at": moment}  # fmt: skip


def _audit_overrides(session: Session, actor: Actor, cart: Cart, sale_id: uuid.UUID) -> None:
    """Every approved override of the sale: who approved it goes in the audit log."""
    approvals: list[tuple[str, uuid.UUID | None, dict[str, object]]] = []
    for line in cart.lines:
        prices = {"sku": line.sku, "list_price": line.list_price, "unit_price": line.unit_price}
        approvals += [("price_override", line.price_override_by, prices),
                      ("line_discount", line.discount_approved_by, {"sku": line.sku})]  # fmt: skip
    approvals.append(("sale_discount", cart.sale_discount_approved_by, {}))
    for action, approver, details in approvals:
        if approver is not None:
            audit.record(session, action, user_id=actor.user_id, entity="sale", entity_id=sale_id,
                         approved_by_id=approver, till_id=actor.till_id, **details)  # fmt: skip
