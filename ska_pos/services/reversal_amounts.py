"""The amounts of a void or refund, taken from the original lines so that reversals never exceed the sale.

A partial refund takes its proportion (rounded half up); the refund that empties a line takes exactly what is
left, so a line refunded in several steps is reversed to the rupiah, and so are its workers' earnings. Every
part (of the line, and of each worker's credit, earnings and quantity) is worked out on the running total of
what the line has given back so far, less what earlier steps took: no step takes more than its share, so no
worker's credit goes below zero on the way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ska_pos.db.models import EarningEntry, Sale, SaleLine
from ska_pos.domain.discounts import allocate
from ska_pos.domain.earnings import ShareRule, split_credit
from ska_pos.domain.money import BP_WHOLE, format_quantity, round_half_up
from ska_pos.domain.pricing import LineInput, untaxed_part
from ska_pos.domain.settlement import PAYMENT_METHODS
from ska_pos.i18n import _, current_language
from ska_pos.services.earnings_rules import QUANTITY_FACTOR, QUANTITY_QUANTUM, split_quantity, worker_amounts
from ska_pos.services.errors import ValidationError

AMOUNT_FIELDS = ("gross_amount", "line_discount", "sale_discount_part", "included_tax")


@dataclass(frozen=True)
class CreditPart:
    """An original credit of a line and an amount of it: what earlier reversals took, or what this one takes
    (negative: credited amount, earnings and quantity)."""

    entry: EarningEntry
    credited_amount: int
    amount: int
    quantity: Decimal


@dataclass(frozen=True)
class LineReversal:
    line: SaleLine
    quantity: Decimal
    empties_line: bool
    amounts: dict[str, int]
    credits: list[CreditPart] = field(default_factory=list)
    untaxed: int = 0  # the part of `net_amount` from untaxed options, which bore no service charge or PBJT
    included_service: int = 0  # the service charge a "nett" price held (negative, as the amounts)

    @property
    def net_amount(self) -> int:
        return self.after_discounts - self.amounts["included_tax"] - self.included_service

    @property
    def taxed_net(self) -> int:
        return self.net_amount - self.untaxed

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


def reverse_line(line: SaleLine, quantity: Decimal, done: dict[str, Any], entries: list[CreditPart]) -> LineReversal:
    """`done` holds what earlier reversals of this line took (negative sums); `entries` its credits likewise."""
    remaining = line.quantity + done["quantity"]
    if quantity > remaining:
        left = format_quantity(remaining, current_language(), line.unit)
        raise ValidationError(_("Only {quantity} of {name} is left to refund", quantity=left, name=line.name))
    empties = quantity == remaining
    taken = -done["quantity"] + quantity  # of the line, with this reversal
    amounts = {name: _part(getattr(line, name), done[name], taken, line.quantity) for name in AMOUNT_FIELDS}
    after_before = done["gross_amount"] - done["line_discount"] - done["sale_discount_part"]
    after = amounts["gross_amount"] - amounts["line_discount"] - amounts["sale_discount_part"]
    untaxed = untaxed_reversed(line, after_before + after) - untaxed_reversed(line, after_before)
    # A nett price holds the service charge too: the line's net is what is left without it (pricing), and the
    # reversal gives it back in proportion, on the running total, like the stored amounts.
    service_held = (
        line.gross_amount - line.line_discount - line.sale_discount_part - line.included_tax - line.net_amount
    )
    service_done = after_before - done["included_tax"] - done["net_amount"]
    service = _part(service_held, service_done, taken, line.quantity)
    reversal = LineReversal(line, quantity, empties, amounts, untaxed=untaxed, included_service=service)
    net_before = done["net_amount"]
    reversal.credits.extend(_credits(reversal, entries, net_before + reversal.net_amount, taken))
    return reversal


def untaxed_reversed(line: SaleLine, after_reversed: int) -> int:
    """The untaxed options' part of what reversals took of a line's amount after discounts (`after_reversed`, a
    negative sum), by the rule that priced the line: rounded on the running total, so the reversals of a line
    together give back exactly its untaxed part."""
    untaxed_each = sum(modifier.price for modifier in line.modifiers if not modifier.taxed)
    if not untaxed_each:
        return 0
    return -untaxed_part(LineInput(line.quantity, line.unit_price, untaxed_unit_price=untaxed_each),
                         line.gross_amount, -after_reversed)  # fmt: skip


def line_untaxed(line: SaleLine) -> int:
    """The part of a sale line's net amount from its untaxed options."""
    return -untaxed_reversed(line, -(line.gross_amount - line.line_discount - line.sale_discount_part))


def _part(original: int, done: int, taken: Decimal, line_quantity: Decimal) -> int:
    """Rounded on the running total, so no step reverses more than its share and the last takes what is left."""
    return -round_half_up(original * taken / line_quantity) - done


def _credits(reversal: LineReversal, entries: list[CreditPart], net_so_far: int, taken: Decimal) -> list[CreditPart]:
    """Each worker's part of this step: the split of the line's running net (`net_so_far`, negative, with this
    step) and running quantity (`taken`), less what earlier steps took from that worker."""
    if not entries:
        return []
    if reversal.empties_line:
        return [CreditPart(e.entry, -(e.entry.credited_amount + e.credited_amount), -(e.entry.amount + e.amount),
                           -(e.entry.quantity + e.quantity)) for e in entries]  # fmt: skip
    splits = [e.entry.split_bp for e in entries]
    if sum(splits) != BP_WHOLE or sum(e.entry.quantity for e in entries) != reversal.line.quantity:
        return _owners_credits(reversal, entries, net_so_far, taken)
    credited = split_credit(net_so_far, splits)
    earned = worker_amounts(_rule_of(entries[0].entry), credited, net_so_far, -taken, splits)
    quantities = split_quantity(-taken, splits)
    return [
        CreditPart(e.entry, part - e.credited_amount, amount - e.amount, worker_quantity - e.quantity)
        for e, part, amount, worker_quantity in zip(entries, credited, earned, quantities, strict=True)
    ]


def _owners_credits(
    reversal: LineReversal, entries: list[CreditPart], net_so_far: int, taken: Decimal
) -> list[CreditPart]:
    """A line whose pieces had more than one owner (a maker's consigned pieces and the outlet's own, each credited
    apart): each credit gives back the part of the line taken so far, as the goods go back to each owner in
    proportion. The credited amounts share the line's running net by what each was credited, so they still add up
    to the refunded net; each earning and quantity is its own proportion, on the running total."""
    line = reversal.line
    # What no entry holds (the outlet's part credited to nobody) is weighed too, and then left out.
    covered = sum(e.entry.credited_amount for e in entries)
    credited = allocate(
        net_so_far, [*(max(e.entry.credited_amount, 0) for e in entries), max(line.net_amount - covered, 0)]
    )[:-1]
    held = [int(e.entry.quantity * QUANTITY_FACTOR) for e in entries]
    unheld = max(int(line.quantity * QUANTITY_FACTOR) - sum(held), 0)
    thousandths = allocate(-int(taken * QUANTITY_FACTOR), [*held, unheld])[:-1]
    return [
        CreditPart(e.entry, part - e.credited_amount,
                   -round_half_up(e.entry.amount * taken / line.quantity) - e.amount,
                   (Decimal(quantity) / QUANTITY_FACTOR).quantize(QUANTITY_QUANTUM) - e.quantity)
        for e, part, quantity in zip(entries, credited, thousandths, strict=True)
    ]  # fmt: skip


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
    """Sale-level service charge and added tax follow the refunded taxed net (untaxed options bore neither); the
    last refund takes what is left. A service charge inside the prices ("nett") comes back with each line instead.
    `already["untaxed"]` is what earlier reversals took of the untaxed options."""
    net = sum(r.net_amount for r in reversals)
    included = sum(r.amounts["included_tax"] for r in reversals)
    added_tax_of_sale = sale.tax_amount - sum(line.included_tax for line in sale.lines)
    added_tax_done = already["tax_amount"] - already["included_tax"]
    sale_taxed_net = sale.net_total - sum(line_untaxed(line) for line in sale.lines)
    taken = -(already["net_total"] - already["untaxed"] + sum(r.taxed_net for r in reversals))
    if sale.service_included:  # inside the prices: each line gives back what its price held
        service = sum(r.included_service for r in reversals)
    else:
        service = _sale_part(sale.service_charge, already["service_charge"], taken, sale_taxed_net, empties_sale)
    added_tax = _sale_part(added_tax_of_sale, added_tax_done, taken, sale_taxed_net, empties_sale)
    after_discounts = sum(r.after_discounts for r in reversals)
    return SaleReversal(
        subtotal=sum(r.amounts["gross_amount"] for r in reversals),
        line_discount_total=sum(r.amounts["line_discount"] for r in reversals),
        sale_discount_total=sum(r.amounts["sale_discount_part"] for r in reversals),
        net_total=net,
        service_charge=service,
        tax_amount=included + added_tax,
        total=after_discounts + (0 if sale.service_included else service) + added_tax,
    )


def _sale_part(original: int, done: int, taken_net: int, sale_net: int, empties_sale: bool) -> int:
    """The part of a sale-level amount that follows the refunded taxed net, rounded on the running total."""
    if empties_sale:
        return -(original + done)
    if sale_net == 0:
        return 0
    return -round_half_up(Decimal(original) * taken_net / sale_net) - done


def check_method(method: str) -> None:
    if method not in PAYMENT_METHODS:
        raise ValidationError(_("Unknown payment method {method}", method=method))
