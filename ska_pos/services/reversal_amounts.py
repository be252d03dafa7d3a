"""The amounts of a void or refund, taken from the original lines so that reversals never exceed the sale.

A partial refund takes its proportion (rounded half up); the refund that empties a line takes exactly what is
left, so a line refunded in several steps is reversed to the rupiah, and so are its workers' earnings.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ska_pos.db.models import EarningEntry, Sale, SaleLine
from ska_pos.domain.earnings import ShareRule, split_credit
from ska_pos.domain.money import round_half_up
from ska_pos.domain.settlement import PAYMENT_METHODS
from ska_pos.i18n import _
from ska_pos.services.earnings_rules import worker_amounts
from ska_pos.services.errors import ValidationError

AMOUNT_FIELDS = ("gross_amount", "line_discount", "sale_discount_part", "included_tax")


@dataclass(frozen=True)
class LineReversal:
    line: SaleLine
    quantity: Decimal
    empties_line: bool
    amounts: dict[str, int]
    credits: list[tuple[EarningEntry, int, int]] = field(default_factory=list)

    @property
    def net_amount(self) -> int:
        return self.after_discounts - self.amounts["included_tax"]

    @property
    def after_discounts(self) -> int:
        a = self.amounts
        return a["gross_amount"] - a["line_discount"] - a["sale_discount_part"]

    def row(self, line_id: uuid.UUID, sale_id: uuid.UUID, number: int) -> dict[str, Any]:
        line = self.line
        return {
            "id": line_id, "sale_id": sale_id, "line_no": number, "item_id": line.item_id,
            "category_id": line.category_id, "reverses_line_id": line.id, "sku": line.sku, "name": line.name,
            "unit": line.unit, "quantity": -self.quantity, "list_price": line.list_price,
            "unit_price": line.unit_price, "net_amount": self.net_amount, **self.amounts,
        }  # fmt: skip


def reverse_line(
    line: SaleLine, quantity: Decimal, done: dict[str, Any], entries: list[tuple[EarningEntry, int, int]]
) -> LineReversal:
    """`done` holds what earlier reversals of this line took (negative sums); `entries` its credits likewise."""
    remaining = line.quantity + done["quantity"]
    if quantity > remaining:
        raise ValidationError(_("Only {quantity} of {name} is left to refund", quantity=remaining, name=line.name))
    empties = quantity == remaining
    taken = -done["quantity"] + quantity  # of the line, with this reversal
    amounts = {name: _part(getattr(line, name), done[name], taken, line.quantity) for name in AMOUNT_FIELDS}
    reversal = LineReversal(line, quantity, empties, amounts)
    reversal.credits.extend(_credits(reversal, entries))
    return reversal


def _part(original: int, done: int, taken: Decimal, line_quantity: Decimal) -> int:
    """Rounded on the running total, so no step reverses more than its share and the last takes what is left."""
    return -round_half_up(original * taken / line_quantity) - done


def _credits(
    reversal: LineReversal, entries: list[tuple[EarningEntry, int, int]]
) -> list[tuple[EarningEntry, int, int]]:
    if not entries:
        return []
    if reversal.empties_line:
        return [
            (entry, -(entry.credited_amount + credited), -(entry.amount + amount))
            for entry, credited, amount in entries
        ]
    splits = [entry.split_bp for entry, _c, _a in entries]
    parts = split_credit(reversal.net_amount, splits)
    amounts = worker_amounts(_rule_of(entries[0][0]), parts, reversal.net_amount, -reversal.quantity, splits)
    return [(entry, part, amount) for (entry, _c, _a), part, amount in zip(entries, parts, amounts, strict=True)]


def _rule_of(entry: EarningEntry) -> ShareRule | None:
    """The rule copied onto the original credit: later rule changes never alter a reversal."""
    if not entry.rule_kind:
        return None
    return ShareRule(entry.rule_kind, entry.rule_percent_bp, entry.rule_fixed_per_unit)  # type: ignore[arg-type]


@dataclass(frozen=True)
class SaleReversal:
    subtotal: int
    line_discount_total: int
    sale_discount_total: int
    net_total: int
    service_charge: int
    tax_amount: int
    total: int


def reverse_sale_totals(
    sale: Sale, reversals: list[LineReversal], already: dict[str, int], *, empties_sale: bool
) -> SaleReversal:
    """Sale-level service charge and added tax follow the refunded net; the last refund takes what is left."""
    net = sum(r.net_amount for r in reversals)
    included = sum(r.amounts["included_tax"] for r in reversals)
    added_tax_of_sale = sale.tax_amount - sum(line.included_tax for line in sale.lines)
    added_tax_done = already["tax_amount"] - already["included_tax"]
    taken_net = -(already["net_total"] + net)
    service = _sale_part(sale.service_charge, already["service_charge"], taken_net, sale.net_total, empties_sale)
    added_tax = _sale_part(added_tax_of_sale, added_tax_done, taken_net, sale.net_total, empties_sale)
    after_discounts = sum(r.after_discounts for r in reversals)
    return SaleReversal(
        subtotal=sum(r.amounts["gross_amount"] for r in reversals),
        line_discount_total=sum(r.amounts["line_discount"] for r in reversals),
        sale_discount_total=sum(r.amounts["sale_discount_part"] for r in reversals),
        net_total=net,
        service_charge=service,
        tax_amount=included + added_tax,
        total=after_discounts + service + added_tax,
    )


def _sale_part(original: int, done: int, taken_net: int, sale_net: int, empties_sale: bool) -> int:
    """The part of a sale-level amount that follows the refunded net, rounded on the running total."""
    if empties_sale:
        return -(original + done)
    if sale_net == 0:
        return 0
    return -round_half_up(Decimal(original) * taken_net / sale_net) - done


def check_method(method: str) -> None:
    if method not in PAYMENT_METHODS:
        raise ValidationError(_("Unknown payment method {method}", method=method))
