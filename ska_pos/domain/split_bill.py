"""Splitting one priced bill into parts paid separately: by items, or in equal shares.

The bill is priced once, as a whole (`price_sale`), and the parts share out its figures; pricing each part on its
own would round its service charge and PBJT again and the parts could miss the bill by a rupiah or two. Every
figure of the bill (net revenue, service charge, PBJT, the tax and service held inside the prices) is shared by
largest remainder, as discounts are, so the parts add up to the bill to the rupiah, figure by figure.

By items, each line goes whole to one part: the part takes its lines' own figures (net, the tax and service inside
their prices), and its share of what the bill adds on top: the service charge in proportion to the part's service
base, the added PBJT in proportion to what the PBJT is added on (the part's net plus service charge when prices
exclude tax, its service charge alone when they include it, nothing when they are nett).

In equal shares, the total is shared evenly (the parts differ by a rupiah at most) and every figure of the bill in
proportion to the parts' totals, so each part holds the bill's tax at the bill's rate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ska_pos.domain.discounts import allocate
from ska_pos.domain.pricing import SaleTotals, TaxSettings, line_service_base
from ska_pos.i18n import _

MAX_SHARES = 20


@dataclass(frozen=True)
class BillPart:
    """One part of a split bill; `lines` are the indices of the bill's lines it pays (all of them for a share).

    As in `SaleTotals`, `tax_amount` counts the PBJT inside the prices too (`included_tax`), and `net_amount` holds
    neither tax nor service charge.
    """

    lines: tuple[int, ...]
    net_amount: int
    service_charge: int
    tax_amount: int
    included_tax: int
    included_service: int

    @property
    def total(self) -> int:
        """What the customer pays for this part, before any cash rounding."""
        return self.net_amount + self.service_charge + self.tax_amount


def split_by_items(bill: SaleTotals, tax: TaxSettings, groups: Sequence[Sequence[int]]) -> tuple[BillPart, ...]:
    """The parts paying `groups` of the bill's lines; every line must be in exactly one group, no group empty."""
    _check_groups(len(bill.lines), groups)
    if any(line.after_discounts < 0 for line in bill.lines):
        raise ValueError(_("A refund cannot be split"))
    nets = [sum(bill.lines[i].net_amount for i in group) for group in groups]
    inside_tax = [sum(bill.lines[i].included_tax for i in group) for group in groups]
    inside_service = [sum(bill.lines[i].included_service for i in group) for group in groups]
    if tax.service_included:
        services = inside_service
    else:
        bases = [sum(line_service_base(bill.lines[i], tax) for i in group) for group in groups]
        services = allocate(bill.service_charge, bases)
    taxed_nets = [sum(bill.lines[i].taxed_net for i in group) for group in groups]  # untaxed options bear no PBJT
    added_tax = allocate(bill.tax_amount - bill.included_tax_total, _added_tax_bases(tax, taxed_nets, services))
    return tuple(
        BillPart(tuple(group), net, service, inside + added, inside, in_service)
        for group, net, service, inside, added, in_service in zip(
            groups, nets, services, inside_tax, added_tax, inside_service, strict=True
        )
    )


def split_in_shares(bill: SaleTotals, count: int) -> tuple[BillPart, ...]:
    """The bill in `count` equal parts (2 to MAX_SHARES), each paying for every line."""
    if not 2 <= count <= MAX_SHARES:
        raise ValueError(_("A bill is split into 2 to {most} parts", most=MAX_SHARES))
    if bill.total < count:
        raise ValueError(_("This bill is too small to split into {count} parts", count=count))
    totals = allocate(bill.total, [1] * count)
    services = allocate(bill.service_charge, totals)
    taxes = allocate(bill.tax_amount, totals)
    inside_tax = allocate(bill.included_tax_total, totals)
    inside_service = allocate(bill.included_service_total, totals)
    every_line = tuple(range(len(bill.lines)))
    return tuple(
        BillPart(every_line, total - service - tax, service, tax, inside, in_service)
        for total, service, tax, inside, in_service in zip(
            totals, services, taxes, inside_tax, inside_service, strict=True
        )
    )


def _added_tax_bases(tax: TaxSettings, nets: list[int], services: list[int]) -> list[int]:
    if not tax.prices_include_tax:
        return [net + service for net, service in zip(nets, services, strict=True)]
    return services if not tax.service_included else [0] * len(nets)


def _check_groups(line_count: int, groups: Sequence[Sequence[int]]) -> None:
    if len(groups) < 2:
        raise ValueError(_("A split bill has at least two parts"))
    if any(not group for group in groups):
        raise ValueError(_("Every part of a split bill pays for at least one item"))
    chosen = sorted(index for group in groups for index in group)
    if chosen != list(range(line_count)):
        raise ValueError(_("Every item of the bill goes to exactly one part"))


def part_totals(bill: SaleTotals, part: BillPart) -> SaleTotals:
    """A part paid by items as the totals of a sale of its own lines: the lines as the whole bill priced them (with
    their share of the sale discount), the service charge and PBJT the split gave the part."""
    lines = tuple(bill.lines[index] for index in part.lines)
    return SaleTotals(
        lines=lines,
        subtotal=sum(line.gross for line in lines),
        line_discount_total=sum(line.line_discount for line in lines),
        sale_discount_total=sum(line.sale_discount_part for line in lines),
        net_total=part.net_amount,
        service_charge=part.service_charge,
        tax_amount=part.tax_amount,
        included_tax_total=part.included_tax,
        total=part.total,
        included_service_total=part.included_service,
    )
