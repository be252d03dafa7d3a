"""A bill split by items at the till: each part a sale of its own lines, the parts adding up to the bill."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from shop import Shop
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, Sale, SaleLine
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.domain.split_bill import split_in_shares
from ska_pos.services import cart_ops, journal_verify, sales, split_sales
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.sale_context import place_of

NOON_JAKARTA = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)


def _bill(shop: Shop, discount: Discount | None = None) -> Cart:
    with shop.db.reading() as s:
        cart = Cart(shop.cafe.id, sale_discount=discount, sale_discount_approved_by=shop.supervisor.id)
        for code in ("8990001", "8990001", "8990002", "8990003"):  # two Es Teh (one line), Kopi, Keripik
            cart_ops.add_by_code(s, cart, code)
    assert len(cart.lines) == 3
    return cart


def _pay_parts(shop: Shop, bill: Cart, groups: list[list[int]]) -> list[sales.CompletedSale]:
    done = []
    for part in range(len(groups)):
        with shop.db.transaction() as s:
            done.append(split_sales.complete_bill_part(s, shop.cashier, bill, groups, part, [Tender("cash", 100_000)],
                                                 now=NOON_JAKARTA))  # fmt: skip
    return done


@pytest.mark.parametrize("discount", [None, Discount.rupiah(1_001), Discount.percent(1_250)])
def test_the_parts_sales_add_up_to_the_bill_to_the_rupiah(shop: Shop, discount: Discount | None) -> None:
    bill = _bill(shop, discount)
    with shop.db.reading() as s:
        whole = bill.priced(place_of(s, shop.cashier).tax)
    done = _pay_parts(shop, bill, [[0, 2], [1]])
    assert sum(part.total for part in done) == whole.total
    assert len({part.receipt_no for part in done}) == 2
    with shop.db.reading() as s:
        rows = s.scalars(select(Sale).where(Sale.id.in_([part.sale_id for part in done]))).all()
        assert sum(sale.service_charge for sale in rows) == whole.service_charge
        assert sum(sale.tax_amount for sale in rows) == whole.tax_amount
        assert sum(sale.net_total for sale in rows) == whole.net_total
        for sale in rows:  # each sale is whole in itself
            assert sale.total == sale.net_total + sale.service_charge + sale.tax_amount
            assert sale.net_total == sum(line.net_amount for line in sale.lines)
        names = [[line.name for line in sale.lines] for sale in sorted(rows, key=lambda sale: sale.seq)]
        assert names == [["Es Teh Manis", "Keripik Singkong"], ["Kopi Tubruk"]]
        # The workers are credited on each part's lines, as on any sale.
        credited = s.scalar(select(func.sum(EarningEntry.credited_amount)))
        assert credited == whole.net_total


def test_the_parts_are_journaled_and_verify(shop: Shop) -> None:
    _pay_parts(shop, _bill(shop, Discount.rupiah(1_001)), [[0], [1], [2]])
    with shop.db.reading() as s:
        report = journal_verify.verify(s)
    assert [*report.problems, *(p for chain in report.chains for p in chain.problems)] == []


@pytest.mark.parametrize(
    ("groups", "part", "words"),
    [([[0, 1], [1]], 0, "exactly one part"), ([[0, 1], [2]], 2, "no part 3"), ([[0, 1, 2]], 0, "two parts")],
)
def test_a_wrong_split_is_refused_and_writes_nothing(shop: Shop, groups: list[list[int]], part: int,
                                                     words: str) -> None:  # fmt: skip
    bill = _bill(shop)
    with shop.db.transaction() as s, pytest.raises(ValidationError, match=words):
        split_sales.complete_bill_part(s, shop.cashier, bill, groups, part, [Tender("cash", 100_000)])
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SaleLine)) == 0


def test_equal_shares_are_one_sale_paid_by_each_share(shop: Shop) -> None:
    """In shares every part pays for every line: the bill stays one sale (one receipt, its lines credited once) with
    one payment per share, each share the split's part of the total."""
    bill = _bill(shop)
    with shop.db.reading() as s:
        whole = bill.priced(place_of(s, shop.cashier).tax)
    shares = split_in_shares(whole, 3)
    tenders = [
        Tender("qris", shares[0].total),
        Tender("ewallet", shares[1].total, "OVO-123"),
        Tender("cash", shares[2].total),
    ]
    with shop.db.transaction() as s:
        done = sales.complete_sale(s, shop.cashier, bill, tenders, now=NOON_JAKARTA)
    assert (done.total, done.change) == (whole.total, 0)
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        assert sorted(payment.amount for payment in sale.payments) == sorted(share.total for share in shares)
