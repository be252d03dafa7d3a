"""Writing a checked sale: the sale, its lines, options, payments, worker earnings, stock, audit and journal rows."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ska_pos.db.models import EarningEntry, Payment, Sale, SaleLine, SaleLineModifier, new_id
from ska_pos.db.models.base import table_of
from ska_pos.db.prepared import PreparedInsert
from ska_pos.domain.money import BP_WHOLE
from ska_pos.domain.pricing import PricedLine, SaleTotals
from ska_pos.domain.settlement import Settlement
from ska_pos.services import audit, journal
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart, CartLine
from ska_pos.services.earnings_rules import credits_for_line, pick_rule, rule_candidates
from ska_pos.services.sale_context import Place, business_date, next_receipt, numbered
from ska_pos.services.stock import consigned, recipes
from ska_pos.services.stock import ledger as stock_ledger

# Built once: constructing a statement costs more than running it on this hot path (db/prepared.py).
_TABLES = (Sale, SaleLine, SaleLineModifier, Payment, EarningEntry)
_INSERTS = {model: PreparedInsert(insert(table_of(model))) for model in _TABLES}


def write_sale(
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
    used = recipes.recipes_of(session, [line.item_id for line in cart.lines])  # a café item's ingredients
    # Every stock row the sale writes (the items and their ingredients, which may be sold on their own too) is
    # locked in one sorted pass before any is read: locking the items first and the ingredients later let two sales
    # each hold a row the other waited for (PostgreSQL's deadlock).
    stock_ledger.lock(session, [(item, place.outlet_id) for item in tracked | recipes.ingredients(used)])
    line_rows, entry_rows, stock_rows = _line_rows(session, actor, place, cart, totals, sale_id, day, tracked)
    stock_rows += recipes.consumption(place.outlet_id, line_rows, used)
    modifier_rows = _modifier_rows(cart, line_rows)
    payment_rows = [_payment_row(sale_id, payment, moment) for payment in settlement.payments]
    connection = session.connection()
    with numbered(place, receipt_no):
        _INSERTS[Sale].run(connection, [sale])
    _INSERTS[SaleLine].run(connection, line_rows)
    _INSERTS[SaleLineModifier].run(connection, modifier_rows)
    _INSERTS[Payment].run(connection, payment_rows)  # a sale of Rp0 (a gift, a full approved discount) has none
    _INSERTS[EarningEntry].run(connection, entry_rows)
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
