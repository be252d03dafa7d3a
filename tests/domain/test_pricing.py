from dataclasses import astuple
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import BP_WHOLE, round_half_up
from ska_pos.domain.pricing import LineInput, PricedLine, SaleTotals, TaxSettings, cash_rounding, price_sale

TWO_COFFEES = [LineInput(Decimal("2"), 15000)]


def test_exclusive_tax_with_service_charge() -> None:
    totals = price_sale(TWO_COFFEES, tax=TaxSettings(tax_rate_bp=1000, service_rate_bp=500))
    assert totals.lines == (PricedLine(30000, 0, 0, 0, 30000),)
    assert totals.subtotal == 30000
    assert totals.net_total == 30000
    assert totals.service_charge == 1500
    assert totals.tax_amount == 3150  # 10% of 31.500: the service charge is part of the PBJT base
    assert totals.included_tax_total == 0
    assert totals.total == 34650


def test_inclusive_tax_with_service_charge() -> None:
    tax = TaxSettings(tax_rate_bp=1000, prices_include_tax=True, service_rate_bp=500)
    totals = price_sale(TWO_COFFEES, tax=tax)
    assert totals.net_total == 27273  # 30.000 / 1.1 = 27.272,7
    assert totals.included_tax_total == 2727
    assert totals.lines == (PricedLine(30000, 0, 0, 2727, 27273),)
    assert totals.service_charge == 1364  # 5% of 27.273 = 1.363,65
    assert totals.tax_amount == 2727 + 136  # tax on the service charge: 136,4
    assert totals.total == 31500


NETT = TaxSettings(tax_rate_bp=1000, prices_include_tax=True, service_rate_bp=500, service_included=True)


def test_nett_menu_price_holds_service_and_tax_to_the_rupiah() -> None:
    """Rp27.500 nett, service 5 %, PBJT 10 %: PBJT base 27.500 / 1,1 = 25.000; net 25.000 / 1,05 = 23.809,5."""
    totals = price_sale([LineInput(Decimal("1"), 27500)], tax=NETT)
    assert totals.lines == (PricedLine(27500, 0, 0, 2500, 23810, 1190),)
    assert (totals.net_total, totals.service_charge, totals.tax_amount) == (23810, 1190, 2500)
    assert totals.tax_amount == (totals.net_total + totals.service_charge) // 10  # the PBJT base holds the service
    assert totals.total == 27500


def test_nett_shares_tax_and_service_over_lines_and_discounts() -> None:
    lines = [LineInput(Decimal("2"), 27500), LineInput(Decimal("1"), 18000, Discount.percent(1000))]
    totals = price_sale(lines, Discount.rupiah(2000), NETT)
    assert totals.total == 55000 + 16200 - 2000
    assert totals.tax_amount == 6291  # 69.200 - 69.200 / 1,1 = 6.290,9
    assert totals.service_charge == 62909 - 59913  # 62.909 / 1,05 = 59.913,3
    assert [line.after_discounts for line in totals.lines] == [53455, 15745]  # the Rp2.000 off shared 1.545 + 455
    assert [line.net_amount for line in totals.lines] == [46281, 13632]  # 59.913 shared by largest remainder


def test_service_included_without_tax_included_adds_the_tax_on_top() -> None:
    tax = TaxSettings(tax_rate_bp=1000, service_rate_bp=500, service_included=True)
    totals = price_sale([LineInput(Decimal("1"), 21000)], tax=tax)
    assert (totals.net_total, totals.service_charge, totals.tax_amount, totals.total) == (20000, 1000, 2100, 23100)


def test_no_tax_no_service_by_default() -> None:
    totals = price_sale(TWO_COFFEES)
    assert (totals.net_total, totals.service_charge, totals.tax_amount, totals.total) == (30000, 0, 0, 30000)


DISCOUNTED = [
    LineInput(Decimal("2"), 15000, Discount.percent(1000)),  # 30.000 - 3.000
    LineInput(Decimal("1"), 8000),
    LineInput(Decimal("0.5"), 7000, Discount.rupiah(500)),  # 3.500 - 500
]


def test_sale_discount_is_spread_by_largest_remainder() -> None:
    totals = price_sale(DISCOUNTED, sale_discount=Discount.rupiah(5000))
    # 5.000 over 27.000 / 8.000 / 3.000 = 3.552,63 / 1.052,63 / 394,74: the two largest remainders get a rupiah.
    assert [line.sale_discount_part for line in totals.lines] == [3553, 1052, 395]
    assert [line.line_discount for line in totals.lines] == [3000, 0, 500]
    assert [line.after_discounts for line in totals.lines] == [23447, 6948, 2605]
    assert (totals.subtotal, totals.line_discount_total, totals.sale_discount_total) == (41500, 3500, 5000)
    assert totals.net_total == totals.total == 33000


def test_discounts_with_exclusive_tax() -> None:
    totals = price_sale(DISCOUNTED, Discount.rupiah(5000), TaxSettings(tax_rate_bp=1000))
    assert (totals.net_total, totals.tax_amount, totals.total) == (33000, 3300, 36300)


def test_discounts_with_inclusive_tax_share_the_included_tax_over_the_lines() -> None:
    totals = price_sale(DISCOUNTED, Discount.rupiah(5000), TaxSettings(tax_rate_bp=1000, prices_include_tax=True))
    # 3.000 over 23.447 / 6.948 / 2.605 = 2.131,55 / 631,64 / 236,82
    assert [line.included_tax for line in totals.lines] == [2131, 632, 237]
    assert [line.net_amount for line in totals.lines] == [21316, 6316, 2368]
    assert (totals.net_total, totals.tax_amount, totals.total) == (30000, 3000, 33000)


def test_refund_is_the_mirror_image_of_the_sale() -> None:
    tax = TaxSettings(tax_rate_bp=1000, prices_include_tax=True, service_rate_bp=500)
    sale = price_sale([LineInput(Decimal("1"), 15000)], tax=tax)
    refund = price_sale([LineInput(Decimal("-1"), 15000)], tax=tax)
    assert (sale.net_total, sale.service_charge, sale.tax_amount, sale.total) == (13636, 682, 1432, 15750)
    assert (refund.net_total, refund.service_charge, refund.tax_amount, refund.total) == (-13636, -682, -1432, -15750)


def test_mixed_sale_and_refund_lines_keep_their_signs() -> None:
    totals = price_sale(
        [LineInput(Decimal("1"), 20000), LineInput(Decimal("-1"), 5000)],
        tax=TaxSettings(tax_rate_bp=1000, prices_include_tax=True),
    )
    assert [line.included_tax for line in totals.lines] == [1818, -454]
    assert [line.net_amount for line in totals.lines] == [18182, -4546]
    assert totals.net_total == 13636


def test_no_sale_discount_on_a_refund() -> None:
    totals = price_sale([LineInput(Decimal("-1"), 15000)], sale_discount=Discount.percent(1000))
    assert totals.sale_discount_total == 0
    assert totals.total == -15000


def test_empty_sale() -> None:
    assert price_sale([]) == SaleTotals((), 0, 0, 0, 0, 0, 0, 0, 0)


def test_refuses_zero_quantity_and_negative_price() -> None:
    with pytest.raises(ValueError, match=r"\S"):
        price_sale([LineInput(Decimal("0"), 15000)])
    with pytest.raises(ValueError, match=r"\S"):
        price_sale([LineInput(Decimal("1"), -1)])


@pytest.mark.parametrize(
    "settings_args",
    [{"tax_rate_bp": 1001}, {"tax_rate_bp": -1}, {"service_rate_bp": 10001}, {"service_rate_bp": -1}],
)
def test_tax_settings_refuse_out_of_range_rates(settings_args: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="%"):
        TaxSettings(**settings_args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("total", "unit", "adjustment"),
    [
        (34650, 100, -50),
        (34650, 500, -150),
        (34650, 1000, -650),
        (34600, 100, 0),
        (34650, 0, 0),
        (34650, 1, 0),
        (-15750, 100, -50),  # a refund rounds in the customer's favour too: 15.800 back
    ],
)
def test_cash_rounding_never_makes_the_customer_pay_more(total: int, unit: int, adjustment: int) -> None:
    assert cash_rounding(total, unit) == adjustment


def test_cash_rounding_refuses_a_negative_unit() -> None:
    with pytest.raises(ValueError, match=r"\S"):
        cash_rounding(1000, -100)


quantities = st.integers(min_value=1, max_value=100_000).map(lambda n: Decimal(n).scaleb(-3))
discounts = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=BP_WHOLE).map(Discount.percent),
    st.integers(min_value=0, max_value=10_000_000).map(Discount.rupiah),
)
line_inputs = st.builds(LineInput, quantities, st.integers(min_value=0, max_value=5_000_000), discounts)
tax_settings = st.builds(
    TaxSettings,
    st.integers(min_value=0, max_value=1000),
    st.booleans(),
    st.integers(min_value=0, max_value=BP_WHOLE),
    st.booleans(),
)


def assert_lines_add_up(totals: SaleTotals, tax: TaxSettings) -> None:
    after = sum(line.after_discounts for line in totals.lines)
    assert sum(line.net_amount for line in totals.lines) == totals.net_total
    assert sum(line.included_tax for line in totals.lines) == totals.included_tax_total
    assert sum(line.included_service for line in totals.lines) == totals.included_service_total
    assert totals.subtotal - totals.line_discount_total - totals.sale_discount_total == after
    assert totals.net_total + totals.included_tax_total + totals.included_service_total == after
    assert totals.total == totals.net_total + totals.service_charge + totals.tax_amount
    before_tax = after - totals.included_tax_total
    if tax.prices_include_tax:
        assert before_tax == round_half_up(Decimal(after) * BP_WHOLE / (BP_WHOLE + tax.tax_rate_bp))
    else:
        assert totals.included_tax_total == 0
    if tax.service_included:
        assert totals.service_charge == totals.included_service_total
        assert totals.net_total == round_half_up(Decimal(before_tax) * BP_WHOLE / (BP_WHOLE + tax.service_rate_bp))
    else:
        assert totals.included_service_total == 0
    if tax.prices_include_tax and tax.service_included:
        assert totals.total == after  # nett: the customer pays the menu prices, not a rupiah more or less


@settings(max_examples=300, deadline=None)
@given(st.lists(line_inputs, max_size=12), discounts, tax_settings)
def test_lines_always_add_up(lines: list[LineInput], sale_discount: Discount | None, tax: TaxSettings) -> None:
    totals = price_sale(lines, sale_discount, tax)
    assert_lines_add_up(totals, tax)
    for line in totals.lines:
        assert 0 <= line.line_discount <= line.gross
        assert line.sale_discount_part >= 0
        assert line.after_discounts >= 0
        assert 0 <= line.included_tax <= line.after_discounts


@settings(max_examples=200, deadline=None)
@given(st.lists(line_inputs, min_size=1, max_size=8), st.lists(st.booleans(), min_size=8, max_size=8), tax_settings)
def test_refund_lines_add_up_and_mirror_sales(lines: list[LineInput], refunded: list[bool], tax: TaxSettings) -> None:
    plain = [LineInput(line.quantity, line.unit_price) for line in lines]
    mixed = [
        LineInput(-line.quantity if back else line.quantity, line.unit_price)
        for line, back in zip(plain, refunded, strict=False)
    ]
    assert_lines_add_up(price_sale(mixed, Discount.percent(500), tax), tax)
    sale = price_sale(plain, tax=tax)
    refund = price_sale([LineInput(-line.quantity, line.unit_price) for line in plain], tax=tax)
    assert astuple(refund)[1:] == tuple(-amount for amount in astuple(sale)[1:])


def test_service_charge_before_discount_is_taken_on_the_undiscounted_amount() -> None:
    lines = [LineInput(Decimal(2), 50000, Discount.rupiah(10000))]
    tax = TaxSettings(tax_rate_bp=1000, service_rate_bp=500, service_before_discount=True)
    totals = price_sale(lines, Discount.rupiah(10000), tax)
    assert totals.net_total == 80000
    assert totals.service_charge == 5000  # 5 % of 100.000, before both discounts
    assert totals.tax_amount == 8500  # PBJT on 80.000 + 5.000
    assert totals.total == 93500


def test_service_charge_before_discount_with_tax_inside_the_price() -> None:
    tax = TaxSettings(tax_rate_bp=1000, prices_include_tax=True, service_rate_bp=500, service_before_discount=True)
    totals = price_sale([LineInput(Decimal(1), 110000)], Discount.rupiah(11000), tax)
    assert totals.service_charge == 5000  # 5 % of 100.000, the price without the PBJT it holds, before discount


def test_an_untaxed_option_bears_no_service_charge_before_discount_either() -> None:
    # a Rp30.000 drink of which Rp5.000 is an untaxed option, 10 % off the sale, service 5 % before discount
    tax = TaxSettings(tax_rate_bp=1000, service_rate_bp=500, service_before_discount=True)
    totals = price_sale([LineInput(Decimal(1), 30000, untaxed_unit_price=5000)], Discount.rupiah(3000), tax)
    assert totals.service_charge == 1250  # 5 % of the taxed 25.000, not of the whole 30.000
    assert totals.net_total == 27000
    assert totals.tax_amount == round_half_up(Decimal(27000 - 4500 + 1250) / 10)  # the option's 4.500 untaxed


def test_a_nett_service_charge_cannot_be_before_discount() -> None:
    with pytest.raises(ValueError, match=r"\S"):
        TaxSettings(1000, True, 500, service_included=True, service_before_discount=True)
