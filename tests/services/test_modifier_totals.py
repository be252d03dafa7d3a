"""Property: a cart whose lines carry modifiers (priced, free, taxed or not) still adds up to the rupiah, with
discounts spread by largest remainder, PBJT and service charge in every way an outlet may set them."""

from __future__ import annotations

import uuid
from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ska_pos.domain.discounts import Discount
from ska_pos.domain.modifiers import ChosenModifier
from ska_pos.domain.money import BP_WHOLE, apply_bp, line_amount
from ska_pos.domain.pricing import LineInput, TaxSettings, price_sale
from ska_pos.services.cart import Cart, CartLine

OUTLET = uuid.UUID(int=1)

quantities = st.integers(min_value=1, max_value=20_000).map(lambda n: Decimal(n).scaleb(-3))
discounts = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=BP_WHOLE).map(Discount.percent),
    st.integers(min_value=0, max_value=1_000_000).map(Discount.rupiah),
)
options = st.builds(
    lambda price, taxed: ChosenModifier(uuid.uuid4(), uuid.uuid4(), "Group", "Option", price, taxed),
    st.one_of(st.just(0), st.integers(min_value=0, max_value=50_000)),
    st.booleans(),
)
lines = st.builds(
    lambda quantity, price, discount, chosen: CartLine(
        uuid.uuid4(), "SKU", "Item", "product", "pcs", None, price, price, quantity, discount=discount,
        modifiers=tuple(chosen), modifiers_offered=bool(chosen),
    ),
    quantities,
    st.integers(min_value=0, max_value=500_000),
    discounts,
    st.lists(options, max_size=4),
)  # fmt: skip
taxes = st.builds(
    TaxSettings,
    st.integers(min_value=0, max_value=1000),
    st.booleans(),
    st.integers(min_value=0, max_value=BP_WHOLE),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(lines, min_size=1, max_size=8), discounts, taxes)
def test_a_cart_with_modifiers_adds_up_to_the_rupiah(
    cart_lines: list[CartLine], sale_discount: Discount | None, tax: TaxSettings
) -> None:
    totals = Cart(OUTLET, cart_lines, sale_discount).priced(tax)
    after = sum(line.after_discounts for line in totals.lines)
    assert totals.subtotal == sum(line_amount(line.quantity, line.price_each) for line in cart_lines)
    assert totals.subtotal - totals.line_discount_total - totals.sale_discount_total == after
    assert sum(line.net_amount for line in totals.lines) == totals.net_total
    assert totals.net_total + totals.included_tax_total + totals.included_service_total == after
    assert totals.total == totals.net_total + totals.service_charge + totals.tax_amount
    for priced in totals.lines:
        assert 0 <= priced.untaxed_amount <= priced.after_discounts
        assert 0 <= priced.included_tax <= priced.after_discounts - priced.untaxed_amount
    if not tax.service_included:
        assert totals.service_charge == apply_bp(sum(line.taxed_net for line in totals.lines), tax.service_rate_bp)
    if tax.prices_include_tax and tax.service_included:
        assert totals.total == after  # nett: the customer pays the menu prices and options, to the rupiah


@settings(max_examples=200, deadline=None)
@given(st.lists(lines, min_size=1, max_size=8), discounts, taxes)
def test_taxed_options_are_simply_part_of_the_price(
    cart_lines: list[CartLine], sale_discount: Discount | None, tax: TaxSettings
) -> None:
    taxed = [replace(line, modifiers=tuple(replace(m, taxed=True) for m in line.modifiers)) for line in cart_lines]
    plain = [LineInput(line.quantity, line.price_each, line.discount) for line in taxed]
    assert Cart(OUTLET, taxed, sale_discount).priced(tax) == price_sale(plain, sale_discount, tax)


@settings(max_examples=200, deadline=None)
@given(st.lists(lines, min_size=1, max_size=8), discounts, st.booleans())
def test_without_tax_or_service_the_taxed_flag_changes_nothing_but_the_split(
    cart_lines: list[CartLine], sale_discount: Discount | None, included: bool
) -> None:
    tax = TaxSettings(0, included, 0, included)
    taxed = [replace(line, modifiers=tuple(replace(m, taxed=True) for m in line.modifiers)) for line in cart_lines]
    mixed = Cart(OUTLET, cart_lines, sale_discount).priced(tax)
    plain = Cart(OUTLET, taxed, sale_discount).priced(tax)
    assert (mixed.total, mixed.net_total, [line.net_amount for line in mixed.lines]) == (
        plain.total, plain.net_total, [line.net_amount for line in plain.lines]
    )  # fmt: skip
