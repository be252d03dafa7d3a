"""Pricing a sale: line amounts, line and sale discounts, PBJT tax (inclusive or exclusive) and service charge.

Every amount is whole rupiah and the lines always add up to the totals exactly: the sale discount and the tax (and
service charge) contained in inclusive prices are shared over the lines by largest remainder.

"Nett" prices (Indonesian cafés) hold both the PBJT and the service charge. The PBJT base is the net revenue plus
the service charge, so a nett amount is taken apart from the outside in: first the tax, `amount - amount / (1 +
tax)`, then the service charge inside what is left, `base - base / (1 + service)`. A menu price of Rp27.500 with
service 5 % and PBJT 10 %: PBJT base 27.500 / 1,1 = Rp25.000, PBJT Rp2.500; net 25.000 / 1,05 = 23.809,5 ->
Rp23.810, service Rp1.190; and 23.810 + 1.190 + 2.500 = Rp27.500, what the menu says, to the rupiah.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ska_pos.domain.discounts import Discount, allocate
from ska_pos.domain.money import BP_WHOLE, apply_bp, line_amount, round_half_up
from ska_pos.i18n import _

PBJT_MAX_BP = 1000


@dataclass(frozen=True)
class TaxSettings:
    """An outlet's PBJT restaurant tax (at most 10%) and service charge, both in basis points."""

    tax_rate_bp: int = 0
    prices_include_tax: bool = False
    service_rate_bp: int = 0
    service_included: bool = False  # the menu price holds the service charge too ("nett" with the tax included)
    # The service charge is taken on the amount before the line and sale discounts (the PBJT base stays subtotal
    # - discount + service charge); only for a service charge added on top of the price.
    service_before_discount: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.tax_rate_bp <= PBJT_MAX_BP:
            raise ValueError(_("The tax rate must be between 0% and 10%"))
        if not 0 <= self.service_rate_bp <= BP_WHOLE:
            raise ValueError(_("The service charge must be between 0% and 100%"))
        if self.service_before_discount and self.service_included:
            raise ValueError(_("A service charge inside the menu price cannot be taken before the discount"))


@dataclass(frozen=True)
class LineInput:
    """One line to price; a negative quantity prices a refund."""

    quantity: Decimal
    unit_price: int
    discount: Discount | None = None
    untaxed_unit_price: int = 0  # the part of `unit_price` outside PBJT and service charge (untaxed modifiers)


@dataclass(frozen=True)
class PricedLine:
    """A priced line; `net_amount` is its revenue without tax or service charge, after every discount."""

    gross: int
    line_discount: int
    sale_discount_part: int
    included_tax: int
    net_amount: int
    included_service: int = 0
    untaxed_amount: int = 0  # the part of `net_amount` outside PBJT and service charge
    untaxed_gross: int = 0  # the part of `gross` outside PBJT and service charge

    @property
    def taxed_net(self) -> int:
        return self.net_amount - self.untaxed_amount

    @property
    def after_discounts(self) -> int:
        return self.gross - self.line_discount - self.sale_discount_part


@dataclass(frozen=True)
class SaleTotals:
    """The priced lines and the sale's totals; `total` is what the customer owes before any cash rounding."""

    lines: tuple[PricedLine, ...]
    subtotal: int
    line_discount_total: int
    sale_discount_total: int
    net_total: int
    service_charge: int
    tax_amount: int
    included_tax_total: int
    total: int
    included_service_total: int = 0


def price_sale(
    lines: Sequence[LineInput], sale_discount: Discount | None = None, tax: TaxSettings = TaxSettings()
) -> SaleTotals:
    """Price `lines` with their own discounts, then `sale_discount` spread over them, then tax and service."""
    for line in lines:
        _check_line(line)
    grosses = [line_amount(line.quantity, line.unit_price) for line in lines]
    line_discounts = [_off(line.discount, gross) for line, gross in zip(lines, grosses, strict=True)]
    discounted = [gross - off for gross, off in zip(grosses, line_discounts, strict=True)]
    sale_parts = allocate(_off(sale_discount, sum(discounted)), [max(amount, 0) for amount in discounted])
    afters = [amount - part for amount, part in zip(discounted, sale_parts, strict=True)]
    untaxed = [untaxed_part(line, gross, after) for line, gross, after in zip(lines, grosses, afters, strict=True)]
    taxed = [after - out for after, out in zip(afters, untaxed, strict=True)]
    included = _parts_inside(taxed, tax.tax_rate_bp) if tax.prices_include_tax else [0] * len(afters)
    before_tax = [after - inside for after, inside in zip(taxed, included, strict=True)]
    service = _parts_inside(before_tax, tax.service_rate_bp) if tax.service_included else [0] * len(afters)
    untaxed_grosses = [line_amount(line.quantity, line.untaxed_unit_price) for line in lines]
    priced = tuple(
        PricedLine(gross, off, part, inside, base - in_service + out, in_service, out, out_of_gross)
        for gross, off, part, inside, base, in_service, out, out_of_gross in zip(
            grosses, line_discounts, sale_parts, included, before_tax, service, untaxed, untaxed_grosses, strict=True
        )
    )
    return _totals(priced, tax)


def untaxed_part(line: LineInput, gross: int, after: int) -> int:
    """The untaxed share of a line's amount after discounts: its untaxed price's share of the gross."""
    if not line.untaxed_unit_price or not gross:
        return 0
    return round_half_up(Decimal(after) * line_amount(line.quantity, line.untaxed_unit_price) / gross)


def _check_line(line: LineInput) -> None:
    if line.quantity == 0:
        raise ValueError(_("A line's quantity cannot be zero"))
    if line.unit_price < 0:
        raise ValueError(_("A unit price cannot be negative"))
    if not 0 <= line.untaxed_unit_price <= line.unit_price:
        raise ValueError(_("The untaxed part of a price must be between zero and the price"))


def _off(discount: Discount | None, base: int) -> int:
    return discount.amount_off(base) if discount is not None else 0


def _inside(amount: int, rate_bp: int) -> int:
    """The tax (or service charge) at `rate_bp` contained in an `amount` that includes it."""
    return amount - round_half_up(Decimal(amount) * BP_WHOLE / (BP_WHOLE + rate_bp))


def _parts_inside(amounts: list[int], rate_bp: int) -> list[int]:
    """What `amounts` contain at `rate_bp`, taken from their sum and shared over them by largest remainder."""
    # Sales and refund lines are shared separately so each line's part keeps the sign of its amount.
    sales = [max(amount, 0) for amount in amounts]
    refunds = [max(-amount, 0) for amount in amounts]
    on_sales = _inside(sum(sales), rate_bp)
    on_refunds = _inside(sum(amounts), rate_bp) - on_sales
    return [a + b for a, b in zip(allocate(on_sales, sales), allocate(on_refunds, refunds), strict=True)]


def _totals(lines: tuple[PricedLine, ...], tax: TaxSettings) -> SaleTotals:
    net_total = sum(line.net_amount for line in lines)
    taxed_net = sum(line.taxed_net for line in lines)  # untaxed modifiers bear neither service nor PBJT
    included_total = sum(line.included_tax for line in lines)
    included_service = sum(line.included_service for line in lines)
    service = included_service if tax.service_included else apply_bp(service_base(lines, tax), tax.service_rate_bp)
    # Exclusive: tax on net plus service. Inclusive: the prices hold their tax; only a service charge added on top
    # is taxed on top. Nett (both included): nothing is added.
    added_base = (0 if tax.service_included else service) if tax.prices_include_tax else taxed_net + service
    added_tax = apply_bp(added_base, tax.tax_rate_bp)
    return SaleTotals(
        lines=lines,
        subtotal=sum(line.gross for line in lines),
        line_discount_total=sum(line.line_discount for line in lines),
        sale_discount_total=sum(line.sale_discount_part for line in lines),
        net_total=net_total,
        service_charge=service,
        tax_amount=included_total + added_tax,
        included_tax_total=included_total,
        total=net_total + service + included_total + added_tax,
        included_service_total=included_service,
    )


def service_base(lines: Sequence[PricedLine], tax: TaxSettings) -> int:
    """What a service charge added on top is taken on: the net revenue, or, before discount, the lines' gross
    without the tax their prices hold; untaxed options bear no service charge either way."""
    if not tax.service_before_discount:
        return sum(line.taxed_net for line in lines)
    return sum(line_service_base(line, tax) for line in lines)


def line_service_base(line: PricedLine, tax: TaxSettings) -> int:
    """One line's part of `service_base` (a line's own figure; the sale's sum is what the charge is taken on)."""
    if not tax.service_before_discount:
        return line.taxed_net
    taxed_gross = line.gross - line.untaxed_gross
    return taxed_gross - _inside(taxed_gross, tax.tax_rate_bp) if tax.prices_include_tax else taxed_gross


# A new outlet rounds a cash total down to Rp100 (DESIGN: totals such as Rp63.294 cannot be paid in coins); the
# outlet may choose another unit, or 0 for none.
DEFAULT_CASH_ROUNDING_UNIT = 100


def cash_rounding(total: int, unit: int) -> int:
    """The adjustment that rounds a cash `total` down to a multiple of `unit`, so the customer never pays more.

    For a refund (negative total) rounding down pays the customer more, for the same reason. Unit 0 or 1: none.
    """
    if unit < 0:
        raise ValueError(_("The cash rounding unit cannot be negative"))
    if unit <= 1:
        return 0
    return -(total % unit)
