"""Voids and refunds: new sales that reverse old lines, payments, stock and the workers' earnings with them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, func, insert, select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import (
    EarningEntry,
    OrderStatusChange,
    PackageUse,
    Payment,
    Sale,
    SaleLine,
    StockMovement,
    new_id,
)
from ska_pos.db.types import quantity_sum
from ska_pos.domain.pricing import cash_rounding
from ska_pos.i18n import _
from ska_pos.services import audit, journal
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.auth import require_approval
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import requires
from ska_pos.services.reversal_amounts import (
    CreditPart,
    LineReversal,
    SaleReversal,
    check_method,
    reverse_line,
    reverse_sale_totals,
    untaxed_reversed,
)
from ska_pos.services.sale_context import Place, business_date, next_receipt, numbered, place_of
from ska_pos.services.sales import CompletedSale
from ska_pos.services.stock import ledger as stock_ledger
from ska_pos.services.stock import recipes
from ska_pos.services.text_lengths import check_length


@dataclass(frozen=True)
class RefundRequest:
    line_id: uuid.UUID
    quantity: Decimal


@requires("sale.void")
def void_sale(
    session: Session, actor: Actor, sale_id: uuid.UUID, reason: str, *, approval: Approval | None,
    now: datetime | None = None,
) -> CompletedSale:  # fmt: skip
    """Reverse a whole sale the same day or later; paid back by the methods it was paid with."""
    sale, approver_id = _reversible_sale(session, actor, sale_id, reason, approval, "sale.void")
    if _reversals_of(session, sale.id):
        raise ValidationError(_("This sale already has a void or refund; refund the remaining lines instead"))
    requests = [RefundRequest(line.id, line.quantity) for line in sale.lines]
    return _reverse(session, actor, sale, requests, "void", reason, approver_id, now, method=None, reference="")


@requires("sale.refund")
def refund_lines(
    session: Session, actor: Actor, sale_id: uuid.UUID, requests: Sequence[RefundRequest], reason: str, *,
    approval: Approval | None, method: str = "cash", reference: str = "", now: datetime | None = None,
) -> CompletedSale:  # fmt: skip
    sale, approver_id = _reversible_sale(session, actor, sale_id, reason, approval, "sale.refund")
    if not requests:
        raise ValidationError(_("Choose the lines to refund"))
    check_method(method)
    if method in ("transfer", "ewallet") and not reference.strip():
        raise ValidationError(_("A transfer or e-wallet payment needs its reference"))
    check_length(reference, Payment.reference, _("payment reference"))
    return _reverse(session, actor, sale, list(requests), "refund", reason, approver_id, now, method, reference)


def void_package_session(
    session: Session, actor: Actor, sale_id: uuid.UUID, reason: str, approver_id: uuid.UUID,
    now: datetime | None = None,
) -> CompletedSale:  # fmt: skip
    """The sale of a package's session voided, for `packages.undo` (which checked the approval and gives the session
    back): its payment, what the package held, goes back to the package, and the worker's credit is reversed."""
    sale = session.get(Sale, sale_id, with_for_update=True)
    if sale is None or sale.outlet_id != actor.outlet_id or sale.kind != "sale":
        raise NotFound(_("No such sale in this outlet"))
    if _reversals_of(session, sale.id):
        raise ValidationError(_("This sale already has a void or refund; refund the remaining lines instead"))
    requests = [RefundRequest(line.id, line.quantity) for line in sale.lines]
    return _reverse(session, actor, sale, requests, "void", reason, approver_id, now, method=None, reference="",
                    package_undo=True)  # fmt: skip


def _reversible_sale(
    session: Session, actor: Actor, sale_id: uuid.UUID, reason: str, approval: Approval | None, action: str
) -> tuple[Sale, uuid.UUID]:
    # Two tills cannot reverse the same sale at once: the row is locked on PostgreSQL, and on SQLite the
    # transaction began with BEGIN IMMEDIATE, so every check below reads under the write lock.
    sale = session.get(Sale, sale_id, with_for_update=True)
    if sale is None or sale.outlet_id != actor.outlet_id:
        raise NotFound(_("No such sale in this outlet"))
    if sale.kind != "sale":
        raise ValidationError(_("Only a sale can be voided or refunded"))
    if not reason.strip():
        raise ValidationError(_("Give a reason"))
    return sale, require_approval(session, approval, action)


def _reversals_of(session: Session, sale_id: uuid.UUID) -> list[uuid.UUID]:
    return list(session.scalars(select(Sale.id).where(Sale.reverses_sale_id == sale_id)))


def _reverse(
    session: Session, actor: Actor, sale: Sale, requests: list[RefundRequest], kind: str, reason: str,
    approver_id: uuid.UUID | None, now: datetime | None, method: str | None, reference: str, *,
    package_undo: bool = False,
) -> CompletedSale:  # fmt: skip
    if session.scalar(select(OrderStatusChange.id).where(OrderStatusChange.sale_id == sale.id)) is not None:
        # Its payments are the order's deposits and debt (docs/orders.md): mirrored, they would belong to nothing.
        raise ValidationError(_("This sale completed an order ({order}); it cannot be voided or refunded at the "
                                "till", order=sale.note))  # fmt: skip
    if not package_undo and session.scalar(select(PackageUse.id).where(PackageUse.sale_id == sale.id)) is not None:
        # Paid by what the package held: mirrored, that payment would belong to nothing and the session stay used.
        raise ValidationError(_("This sale used a session of a prepaid package; it cannot be voided or refunded at "
                                "the till"))  # fmt: skip
    place = place_of(session, actor)
    moment = now or clock.now()
    day = business_date(place, moment)
    line_reversals, empties_sale = _line_reversals(session, sale, requests)
    already = _already_reversed(session, sale.id) | {"untaxed": _untaxed_already_reversed(session, sale)}
    totals = reverse_sale_totals(sale, line_reversals, already, empties_sale=empties_sale)
    rounding = _refund_rounding(session, sale, totals.total, already, empties_sale, method, place.cash_rounding_unit)
    seq, receipt_no = next_receipt(session, place, day)
    new_sale_id = new_id()
    row = _reversal_row(new_sale_id, actor, place, sale, totals, kind, reason, approver_id, day, seq, receipt_no,
                        moment) | {"rounding": rounding, "paid": totals.total + rounding}  # fmt: skip
    with numbered(place, receipt_no):
        session.execute(insert(Sale), [row])
    line_rows, entry_rows = _write_lines(
        session, actor, place.outlet_id, new_sale_id, line_reversals, kind, day, approver_id, reason
    )
    payments = _mirrored_payments(sale) if method is None else [(method, totals.total + rounding, reference)]
    payment_rows = [
        {"id": new_id(), "sale_id": new_sale_id, "method": m, "amount": amount, "tendered": amount, "change": 0,
         "reference": ref, "created_at": moment}
        for m, amount, ref in payments if amount
    ]  # fmt: skip
    if payment_rows:
        session.execute(insert(Payment), payment_rows)
    journal.append_sale(session, row, line_rows, payment_rows, entry_rows)
    audit.record(session, kind, user_id=actor.user_id, entity="sale", entity_id=sale.id, approved_by_id=approver_id,
                 till_id=actor.till_id, reason=reason, receipt_no=receipt_no, total=totals.total)  # fmt: skip
    return CompletedSale(new_sale_id, receipt_no, totals.total, totals.total + rounding, 0, rounding)


def _refund_rounding(
    session: Session,
    sale: Sale,
    total: int,
    already: dict[str, int],
    empties_sale: bool,
    method: str | None,
    unit: int,
) -> int:
    """The rounding that makes this reversal pay back what docs/discounts.md ("Cash rounding") promises.

    Cash is rounded on the running total of the sale's *cash* refunds alone (refunds by QRIS, transfer or e-wallet
    are exact and take no part in it): the cash handed back so far is the cash-refunded total so far rounded up to
    the unit, in the customer's favour, so small refunds never each gain a rounding. What a drawer pays out is
    always a multiple of the unit, and never more than is left of what the customer paid (rounded down to the unit
    when that cap decides, so a QRIS-paid sale refunded whole in cash keeps the last few rupiah)."""
    earlier = _earlier_refunds(session, sale.id)
    left = sale.paid + earlier["paid"]  # what the customer paid and has not had back yet (positive)
    if method == "cash":
        at_most = -(left + cash_rounding(left, unit))  # what is left, rounded down to the unit (negative)
        cash_refunded = earlier["cash_total"] + total
        handed_back = cash_refunded + cash_rounding(cash_refunded, unit)
        step = at_most if empties_sale else max(handed_back - earlier["cash_paid"], at_most)
        return step - total
    if empties_sale:  # gives back what is left of the sale's rounding: the sale and its reversals come to zero
        return -(sale.rounding + already["rounding"])
    return 0


def _earlier_refunds(session: Session, sale_id: uuid.UUID) -> dict[str, int]:
    """What earlier reversals of the sale paid back in all (`paid`), and the totals and payments of those paid in
    cash (`cash_total`, `cash_paid`); all negative sums."""
    paid = session.scalar(select(func.coalesce(func.sum(Sale.paid), 0)).where(Sale.reverses_sale_id == sale_id))
    in_cash = exists().where(Payment.sale_id == Sale.id, Payment.method == "cash")
    cash_total = session.scalar(
        select(func.coalesce(func.sum(Sale.total), 0)).where(Sale.reverses_sale_id == sale_id, in_cash)
    )
    cash_paid = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Sale.reverses_sale_id == sale_id, Payment.method == "cash")
    )
    return {"paid": int(paid or 0), "cash_total": int(cash_total or 0), "cash_paid": int(cash_paid or 0)}


def _line_reversals(session: Session, sale: Sale, requests: list[RefundRequest]) -> tuple[list[LineReversal], bool]:
    """The reversal of each requested line, and whether they leave nothing of the sale to refund."""
    lines = {line.id: line for line in sale.lines}
    if len({request.line_id for request in requests}) != len(requests):
        raise ValidationError(_("Each line can be named only once"))
    reversals = []
    for request in requests:
        line = lines.get(request.line_id)
        if line is None:
            raise NotFound(_("That line is not part of this sale"))
        if request.quantity <= 0:
            raise ValidationError(_("The quantity must be more than zero"))
        done = _reversed_line_parts(session, line.id)
        reversals.append(reverse_line(line, request.quantity, done, _entries_of(session, line.id)))
    emptied = {r.line.id for r in reversals if r.empties_line}
    untouched = [line for line in sale.lines if line.id not in {r.line.id for r in reversals}]
    empties_sale = len(emptied) + sum(_fully_reversed(session, line) for line in untouched) == len(sale.lines)
    return reversals, empties_sale


def _fully_reversed(session: Session, line: SaleLine) -> bool:
    return bool(line.quantity + _reversed_line_parts(session, line.id)["quantity"] == 0)


def _reversed_line_parts(session: Session, line_id: uuid.UUID) -> dict[str, Any]:
    row = session.execute(
        select(
            quantity_sum(SaleLine.quantity).label("quantity"),
            func.coalesce(func.sum(SaleLine.gross_amount), 0).label("gross_amount"),
            func.coalesce(func.sum(SaleLine.line_discount), 0).label("line_discount"),
            func.coalesce(func.sum(SaleLine.sale_discount_part), 0).label("sale_discount_part"),
            func.coalesce(func.sum(SaleLine.included_tax), 0).label("included_tax"),
            func.coalesce(func.sum(SaleLine.net_amount), 0).label("net_amount"),
        ).where(SaleLine.reverses_line_id == line_id)
    ).one()
    # PostgreSQL sums BIGINT as NUMERIC: money back to int, the quantity is already a typed Decimal.
    return {key: value if key == "quantity" else int(value) for key, value in row._mapping.items()}


def _entries_of(session: Session, line_id: uuid.UUID) -> list[CreditPart]:
    """Each original credit of a line with what earlier refunds already took back from it."""
    originals = list(session.scalars(select(EarningEntry).where(EarningEntry.sale_line_id == line_id)))
    result = []
    for entry in originals:
        credited, amount, quantity = session.execute(
            select(
                func.coalesce(func.sum(EarningEntry.credited_amount), 0),
                func.coalesce(func.sum(EarningEntry.amount), 0),
                quantity_sum(EarningEntry.quantity),
            ).where(EarningEntry.reverses_entry_id == entry.id)
        ).one()
        result.append(CreditPart(entry, int(credited), int(amount), quantity))
    return result


def _already_reversed(session: Session, sale_id: uuid.UUID) -> dict[str, int]:
    """What earlier voids and refunds of this sale already took back, as sums (negative)."""
    row = session.execute(
        select(
            func.coalesce(func.sum(Sale.service_charge), 0),
            func.coalesce(func.sum(Sale.tax_amount), 0),
            func.coalesce(func.sum(Sale.rounding), 0),
            func.coalesce(func.sum(Sale.net_total), 0),
            func.coalesce(func.sum(Sale.total), 0),
        ).where(Sale.reverses_sale_id == sale_id)
    ).one()
    included = session.scalar(
        select(func.coalesce(func.sum(SaleLine.included_tax), 0))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.reverses_sale_id == sale_id)
    )
    service, tax, rounding, net, total = (int(value) for value in row)
    return {"service_charge": service, "tax_amount": tax, "rounding": rounding, "net_total": net, "total": total,
            "included_tax": int(included or 0)}  # fmt: skip


def _untaxed_already_reversed(session: Session, sale: Sale) -> int:
    """What earlier reversals took of the untaxed options of the sale's lines (negative)."""
    taken = 0
    for line in sale.lines:
        if any(not modifier.taxed for modifier in line.modifiers):
            done = _reversed_line_parts(session, line.id)
            taken += untaxed_reversed(line, done["gross_amount"] - done["line_discount"] - done["sale_discount_part"])
    return taken


def _mirrored_payments(sale: Sale) -> list[tuple[str, int, str]]:
    return [(payment.method, -payment.amount, payment.reference) for payment in sale.payments]


def _reversal_row(
    sale_id: uuid.UUID, actor: Actor, place: Place, original: Sale, totals: SaleReversal, kind: str, reason: str,
    approver_id: uuid.UUID | None, day: date, seq: int, receipt_no: str, moment: datetime,
) -> dict[str, Any]:  # fmt: skip
    return {
        "id": sale_id, "outlet_id": place.outlet_id, "till_id": place.till_id, "shift_id": place.shift_id,
        "cashier_id": actor.user_id, "customer_id": original.customer_id, "kind": kind,
        "reverses_sale_id": original.id, "reason": reason.strip(), "approved_by_id": approver_id,
        "receipt_no": receipt_no, "business_date": day, "seq": seq, "sold_at": moment,
        "subtotal": totals.subtotal, "line_discount_total": totals.line_discount_total,
        "sale_discount_total": totals.sale_discount_total, "net_total": totals.net_total,
        "service_charge": totals.service_charge, "service_rate_bp": original.service_rate_bp,
        "tax_amount": totals.tax_amount, "tax_rate_bp": original.tax_rate_bp,
        "prices_include_tax": original.prices_include_tax, "service_included": original.service_included,
        "service_before_discount": original.service_before_discount,
        "total": totals.total, "rounding": 0,
        "paid": totals.total, "change": 0, "order_type": original.order_type, "table_no": original.table_no,
    }  # fmt: skip


def _stock_back(
    parts: list[tuple[Decimal, int, uuid.UUID | None]], quantity: Decimal
) -> list[tuple[Decimal, int, uuid.UUID | None]]:
    """What a reversal of `quantity` puts back, shared over the line's sale movements (the maker's consigned part and
    the outlet's own) in proportion, to the thousandth; the last part takes what rounding left."""
    total = sum((part[0] for part in parts), Decimal(0))
    if not parts or total == 0:
        return []
    back, left = [], quantity
    for number, (sold, cost, maker) in enumerate(parts, start=1):
        share = left if number == len(parts) else (quantity * sold / total).quantize(Decimal("0.001"))
        left -= share
        if share:
            back.append((share, cost, maker))
    return back


def _write_lines(
    session: Session, actor: Actor, outlet_id: uuid.UUID, sale_id: uuid.UUID, reversals: list[LineReversal],
    kind: str, day: date, approver_id: uuid.UUID | None, reason: str,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:  # fmt: skip
    # Stock goes back only where the sale took it out, whatever the item's settings are today.
    # It goes back at the cost frozen when it was sold, never at today's average, and a maker's consigned pieces go
    # back to being the maker's.
    sold: dict[uuid.UUID | None, list[tuple[Decimal, int, uuid.UUID | None]]] = {}
    for row in session.execute(
        select(StockMovement.sale_line_id, StockMovement.quantity, StockMovement.unit_cost, StockMovement.worker_id)
        .where(StockMovement.sale_line_id.in_([r.line.id for r in reversals]), StockMovement.kind != "recipe")
        .order_by(StockMovement.seq)
    ):  # fmt: skip
        sold.setdefault(row.sale_line_id, []).append((-row.quantity, row.unit_cost, row.worker_id))
    lines: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    stock: list[stock_ledger.Movement] = []
    used: list[tuple[uuid.UUID, Decimal, uuid.UUID, Decimal]] = []  # a café item's ingredients go back too
    for number, reversal in enumerate(reversals, start=1):
        line_id = new_id()
        used.append((reversal.line.id, reversal.line.quantity, line_id, reversal.quantity))
        lines.append(reversal.row(line_id, sale_id, number))
        for part in reversal.credits:
            entry = part.entry
            entries.append({
                "id": new_id(), "worker_id": entry.worker_id, "outlet_id": outlet_id, "sale_id": sale_id,
                "sale_line_id": line_id, "kind": kind, "business_date": day, "split_bp": entry.split_bp,
                "quantity": part.quantity, "credited_amount": part.credited_amount,
                "amount": part.amount, "share_rule_id": entry.share_rule_id, "rule_kind": entry.rule_kind,
                "rule_percent_bp": entry.rule_percent_bp, "rule_fixed_per_unit": entry.rule_fixed_per_unit,
                "reverses_entry_id": entry.id, "reason": reason, "created_by_id": actor.user_id,
                "approved_by_id": approver_id,
            })  # fmt: skip
        for quantity, cost, maker in _stock_back(sold.get(reversal.line.id, []), reversal.quantity):
            stock.append(stock_ledger.Movement(reversal.line.item_id, outlet_id, kind, quantity, cost,
                                               reason=reason, sale_line_id=line_id, worker_id=maker))  # fmt: skip
    session.execute(insert(SaleLine), lines)
    if entries:
        session.execute(insert(EarningEntry), entries)
    stock += recipes.given_back(session, outlet_id, kind, reason, used)
    stock_ledger.post(session, actor, stock)
    return lines, entries
