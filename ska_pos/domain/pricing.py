"""Pricing a sale: line amounts, line and sale discounts, PBJT tax (inclusive or exclusive) and service charge.

Every amount is whole rupiah and the lines always add up to the totals exactly: the sale discount and the tax
contained in inclusive prices are shared over the lines by largest remainder.
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

    def __post_init__(self) -> None:
        if not 0 <= self.tax_rate_bp <= PBJT_MAX_BP:
            raise ValueError(_("The tax rate must be between 0% and 10%"))
        if not 0 <= self.service_rate_bp <= BP_WHOLE:
            raise ValueError(_("The service charge must be between 0% and 100%"))


@dataclass(frozen=True)
class LineInput:
    """One line to price; a negative quantity prices a refund."""

    quantity: Decimal
    unit_price: int
    discount: Discount | None = None


@dataclass(frozen=True)
class PricedLine:
    """A priced line; `net_amount` is its revenue without tax or service charge, after every discount."""

    gross: int
    line_discount: int
    sale_discount_part: int
    included_tax: int
    net_amount: int

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
    included = _included_tax_parts(afters, tax) if tax.prices_include_tax else [0] * len(afters)
    priced = tuple(
        PricedLine(gross, off, part, inside, after - inside)
        for gross, off, part, inside, after in zip(grosses, line_discounts, sale_parts, included, afters, strict=True)
    )
    return _totals(priced, tax)


def _check_line(line: LineInput) -> None:
    if line.quantity == 0:
        raise ValueError(_("A line's quantity cannot be zero"))
    if line.unit_price < 0:
        raise ValueError(_("A unit price cannot be negative"))


def _off(discount: Discount | None, base: int) -> int:
    return discount.amount_off(base) if discount is not None else 0


def _tax_inside(amount: int, rate_bp: int) -> int:
    """The tax contained in a tax-inclusive `amount`."""
    return amount - round_half_up(Decimal(amount) * BP_WHOLE / (BP_WHOLE + rate_bp))


def _included_tax_parts(afters: list[int], tax: TaxSettings) -> list[int]:
    # Sales and refund lines are shared separately so each line's tax keeps the sign of its amount.
    sales = [max(amount, 0) for amount in afters]
    refunds = [max(-amount, 0) for amount in afters]
    on_sales = _tax_inside(sum(sales), tax.tax_rate_bp)
    on_refunds = _tax_inside(sum(afters), tax.tax_rate_bp) - on_sales
    return [a + b for a, b in zip(allocate(on_sales, sales), allocate(on_refunds, refunds), strict=True)]


def _totals(lines: tuple[PricedLine, ...], tax: TaxSettings) -> SaleTotals:
    net_total = sum(line.net_amount for line in lines)
    included_total = sum(line.included_tax for line in lines)
    service = apply_bp(net_total, tax.service_rate_bp)
    # Exclusive: tax on net plus service. Inclusive: the prices hold their tax; only the service is taxed on top.
    added_base = service if tax.prices_include_tax else net_total + service
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
    )


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
