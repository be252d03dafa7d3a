from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import BP_WHOLE
from ska_pos.domain.pricing import LineInput, SaleTotals, TaxSettings, price_sale
from ska_pos.domain.split_bill import MAX_SHARES, BillPart, split_by_items, split_in_shares

CAFE = TaxSettings(tax_rate_bp=1000, service_rate_bp=500)
NETT = TaxSettings(tax_rate_bp=1000, prices_include_tax=True, service_rate_bp=500, service_included=True)

MODES = st.sampled_from(
    [
        TaxSettings(),
        CAFE,
        TaxSettings(tax_rate_bp=1000, service_rate_bp=500, service_before_discount=True),
        TaxSettings(tax_rate_bp=1000, prices_include_tax=True, service_rate_bp=500),
        TaxSettings(tax_rate_bp=1000, prices_include_tax=True, service_rate_bp=500, service_before_discount=True),
        TaxSettings(tax_rate_bp=1000, prices_include_tax=True),
        NETT,
        TaxSettings(tax_rate_bp=700, service_rate_bp=1250),
    ]
)
LINES = st.lists(
    st.builds(
        LineInput,
        st.integers(1, 5).map(Decimal),
        st.integers(0, 200_000),
        st.none()
        | st.builds(Discount.percent, st.integers(0, BP_WHOLE))
        | st.builds(Discount.rupiah, st.integers(0, 50_000)),
    ),
    min_size=2,
    max_size=8,
)
SALE_DISCOUNT = (
    st.none() | st.builds(Discount.percent, st.integers(0, 5000)) | st.builds(Discount.rupiah, st.integers(0, 100_000))
)


def _assert_adds_up(parts: tuple[BillPart, ...], bill: SaleTotals) -> None:
    assert sum(part.total for part in parts) == bill.total
    assert sum(part.net_amount for part in parts) == bill.net_total
    assert sum(part.service_charge for part in parts) == bill.service_charge
    assert sum(part.tax_amount for part in parts) == bill.tax_amount
    assert sum(part.included_tax for part in parts) == bill.included_tax_total
    assert sum(part.included_service for part in parts) == bill.included_service_total


@st.composite
def _groups(draw: st.DrawFn, line_count: int) -> list[list[int]]:
    count = draw(st.integers(2, line_count))
    owners = draw(
        st.permutations(
            list(range(count))
            + draw(st.lists(st.integers(0, count - 1), min_size=line_count - count, max_size=line_count - count))
        )
    )
    return [[line for line, owner in enumerate(owners) if owner == part] for part in range(count)]


@settings(max_examples=300)
@given(lines=LINES, sale_discount=SALE_DISCOUNT, tax=MODES, data=st.data())
def test_parts_by_items_add_up_to_the_bill_to_the_rupiah(
    lines: list[LineInput], sale_discount: Discount | None, tax: TaxSettings, data: st.DataObject
) -> None:
    bill = price_sale(lines, sale_discount, tax)
    groups = data.draw(_groups(len(lines)))
    parts = split_by_items(bill, tax, groups)
    _assert_adds_up(parts, bill)
    for part, group in zip(parts, groups, strict=True):
        assert part.lines == tuple(group)
        assert part.net_amount == sum(bill.lines[i].net_amount for i in group)
        assert part.included_tax == sum(bill.lines[i].included_tax for i in group)
        _assert_tax_follows_the_mode(part, tax)


@settings(max_examples=300)
@given(lines=LINES, sale_discount=SALE_DISCOUNT, tax=MODES, count=st.integers(2, MAX_SHARES))
def test_equal_shares_add_up_to_the_bill_and_differ_by_a_rupiah_at_most(
    lines: list[LineInput], sale_discount: Discount | None, tax: TaxSettings, count: int
) -> None:
    bill = price_sale(lines, sale_discount, tax)
    if bill.total < count:
        with pytest.raises(ValueError, match=r"\S"):
            split_in_shares(bill, count)
        return
    parts = split_in_shares(bill, count)
    _assert_adds_up(parts, bill)
    totals = [part.total for part in parts]
    assert max(totals) - min(totals) <= 1
    for part in parts:
        # Each share holds the bill's PBJT (and service charge) at the bill's proportion, within a rupiah.
        assert abs(part.tax_amount * bill.total - bill.tax_amount * part.total) <= bill.total
        assert abs(part.service_charge * bill.total - bill.service_charge * part.total) <= bill.total
        assert abs(part.net_amount * bill.total - bill.net_total * part.total) <= 2 * bill.total
        if bill.net_total >= 3 * count:  # only a bill almost wholly service and tax could leave a part below zero
            assert part.net_amount >= 0


def _assert_tax_follows_the_mode(part: BillPart, tax: TaxSettings) -> None:
    """A part's PBJT is, within a rupiah, the rate on its own base in the outlet's pricing mode."""
    rate = tax.tax_rate_bp / BP_WHOLE
    service_rate = tax.service_rate_bp / BP_WHOLE
    added = part.tax_amount - part.included_tax
    if tax.service_included:
        assert added == 0
        assert part.service_charge == part.included_service
    elif tax.prices_include_tax:
        assert part.included_service == 0
        assert abs(added - rate * part.service_charge) <= 1
    else:
        assert part.included_tax == 0
        assert abs(added - rate * (part.net_amount + part.service_charge)) <= 1
    if not tax.service_included and not tax.service_before_discount:
        assert abs(part.service_charge - service_rate * part.net_amount) <= 1


def test_two_coffees_and_a_cake_split_by_items() -> None:
    bill = price_sale([LineInput(Decimal(2), 15000), LineInput(Decimal(1), 25000)], tax=CAFE)
    assert (bill.net_total, bill.service_charge, bill.tax_amount, bill.total) == (55000, 2750, 5775, 63525)
    coffees, cake = split_by_items(bill, CAFE, [[0], [1]])
    assert (coffees.net_amount, coffees.service_charge, coffees.tax_amount, coffees.total) == (30000, 1500, 3150, 34650)
    assert (cake.net_amount, cake.service_charge, cake.tax_amount, cake.total) == (25000, 1250, 2625, 28875)


def test_the_parts_do_not_round_again() -> None:
    # Three lines of Rp1.010: service 5 % of 3.030 = 151,5 -> 152 on the bill, where each line priced alone would
    # round 50,5 up to 51 three times (153) and the parts would ask Rp1 more than the bill.
    bill = price_sale([LineInput(Decimal(1), 1010)] * 3, tax=CAFE)
    assert (bill.service_charge, bill.tax_amount, bill.total) == (152, 318, 3500)
    assert price_sale([LineInput(Decimal(1), 1010)], tax=CAFE).total * 3 == 3501
    parts = split_by_items(bill, CAFE, [[0], [1], [2]])
    assert [part.service_charge for part in parts] == [51, 51, 50]
    assert [part.total for part in parts] == [1167, 1167, 1166]


def test_nett_bill_in_three_shares() -> None:
    bill = price_sale([LineInput(Decimal(1), 27500), LineInput(Decimal(1), 22000)], tax=NETT)
    parts = split_in_shares(bill, 3)
    assert [part.total for part in parts] == [16500, 16500, 16500]
    assert sum(part.tax_amount for part in parts) == bill.tax_amount == 4500


@pytest.mark.parametrize(
    "groups",
    [[[0, 1]], [[0], []], [[0], [0, 1]], [[0], [2]], [[0], [1, 1]]],
    ids=["one part", "an empty part", "a line twice", "a line missing", "a line twice in one part"],
)
def test_groups_must_cover_every_line_once(groups: list[list[int]]) -> None:
    bill = price_sale([LineInput(Decimal(1), 1000), LineInput(Decimal(1), 2000)], tax=CAFE)
    with pytest.raises(ValueError, match=r"\S"):
        split_by_items(bill, CAFE, groups)


def test_shares_are_between_two_and_the_most() -> None:
    bill = price_sale([LineInput(Decimal(1), 100000)], tax=CAFE)
    for count in (0, 1, MAX_SHARES + 1):
        with pytest.raises(ValueError, match=r"\S"):
            split_in_shares(bill, count)


def test_a_refund_is_not_split() -> None:
    bill = price_sale([LineInput(Decimal(-1), 1000), LineInput(Decimal(1), 2000)], tax=CAFE)
    with pytest.raises(ValueError, match=r"\S"):
        split_by_items(bill, CAFE, [[0], [1]])


def test_an_untaxed_option_bears_no_pbjt_in_its_part() -> None:
    tax = TaxSettings(tax_rate_bp=1000, service_rate_bp=0)
    bill = price_sale([LineInput(Decimal(1), 30000, untaxed_unit_price=10000), LineInput(Decimal(1), 20000)], tax=tax)
    assert bill.tax_amount == 4000  # on the taxed 20.000 of the drink and the 20.000 cake
    drink, cake = split_by_items(bill, tax, [[0], [1]])
    assert (drink.tax_amount, cake.tax_amount) == (2000, 2000)  # not 2.400 and 1.600 by their nets
