"""Completing sales through the services: what is written, and that it all adds up."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from shop import Shop
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, Payment, Sale, SaleLine, StockMovement
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales
from ska_pos.services.cart import Cart

NOON_JAKARTA = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)


def sell(shop: Shop, codes: list[str], tenders: list[Tender], **cart_fields: object) -> sales.CompletedSale:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id, **cart_fields)  # type: ignore[arg-type]
        for code in codes:
            cart_ops.add_by_code(s, cart, code)
        return sales.complete_sale(s, shop.cashier, cart, tenders, now=NOON_JAKARTA)


def test_a_cash_sale_writes_lines_credits_payment_stock_and_change(shop: Shop) -> None:
    done = sell(shop, ["8990001", "8990001", "8990003"], [Tender("cash", 50_000)])
    # 2 x 5.000 + 12.500 = 22.500; service 5% = 1.125; PBJT 10% of 23.625 = 2.363 (half up); total 25.988
    assert (done.total, done.change) == (25_988, 24_012)
    assert done.receipt_no == "KFE-T1-20261129-0001"
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        assert [(line.name, line.quantity, line.net_amount) for line in sale.lines] == [
            ("Es Teh Manis", Decimal("2.000"), 10_000),
            ("Keripik Singkong", Decimal("1.000"), 12_500),
        ]
        assert (sale.service_charge, sale.tax_amount, sale.business_date) == (1_125, 2_363, date(2026, 11, 29))
        entries = s.execute(select(EarningEntry.credited_amount, EarningEntry.amount).order_by(EarningEntry.amount))
        # drinks 40% of 10.000 for Siti; snacks category rule 60% of 12.500
        assert entries.all() == [(10_000, 4_000), (12_500, 7_500)]
        payment = s.scalars(select(Payment)).one()
        assert (payment.amount, payment.tendered, payment.change) == (25_988, 50_000, 24_012)
        assert s.scalars(select(StockMovement.quantity)).all() == [Decimal("-1.000")]


def test_receipt_numbers_are_gapless_per_till_per_day(shop: Shop) -> None:
    numbers = [sell(shop, ["8990002"], [Tender("qris", 9_240)]).receipt_no for _ in range(3)]
    assert numbers == [f"KFE-T1-20261129-000{n}" for n in (1, 2, 3)]


def test_a_sale_discount_is_spread_over_the_lines_and_they_add_up(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        for code in ("8990001", "8990002", "8990003"):
            cart_ops.add_by_code(s, cart, code)
        cart_ops.set_sale_discount(s, cart, Discount.rupiah(1_000))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA)
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        assert sum(line.sale_discount_part for line in sale.lines) == 1_000
        assert sum(line.net_amount for line in sale.lines) == sale.net_total == 25_500 - 1_000
        assert sale.total == sale.net_total + sale.service_charge + sale.tax_amount


def test_a_line_split_between_two_workers_credits_both_exactly(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.salon.id)
        cart_ops.add_item(s, cart, shop.potong.id, Decimal(1))
        cart_ops.set_workers(s, cart, 0, [(shop.siti.id, 3_333), (shop.budi.id, 6_667)])
        done = sales.complete_sale(s, shop.salon_cashier, cart, [Tender("cash", 25_000)], now=NOON_JAKARTA)
    with shop.db.reading() as s:
        rows = s.execute(select(EarningEntry.credited_amount, EarningEntry.amount).where(
            EarningEntry.sale_id == done.sale_id).order_by(EarningEntry.credited_amount)).all()  # fmt: skip
    assert rows == [(8_333, 4_167), (16_667, 8_334)]
    assert sum(credited for credited, _amount in rows) == 25_000


def test_cash_rounding_is_recorded_as_its_own_amount(shop: Shop) -> None:
    with shop.db.transaction() as s:
        s.merge(shop.cafe).cash_rounding_unit = 100
    done = sell(shop, ["8990001", "8990001", "8990003"], [Tender("cash", 30_000)])
    assert (done.total, done.rounding, done.paid, done.change) == (25_988, -88, 25_900, 4_100)


def test_a_mixed_payment_settles_exactly(shop: Shop) -> None:
    done = sell(shop, ["8990003"], [Tender("transfer", 10_000, "TRF-1"), Tender("cash", 5_000)])
    with shop.db.reading() as s:
        payments = s.execute(select(Payment.method, Payment.amount).where(Payment.sale_id == done.sale_id))
        assert sorted(payments.all()) == [("cash", done.total - 10_000), ("transfer", 10_000)]


def test_nothing_but_the_sale_itself_is_written_per_sale(shop: Shop) -> None:
    sell(shop, ["8990001"], [Tender("cash", 10_000)])
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
        assert s.scalar(select(func.count()).select_from(SaleLine)) == 1
