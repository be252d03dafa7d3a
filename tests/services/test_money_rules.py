"""Money and quantities at the till (field test, item 4): each rule holds where the cart is changed and again
when the sale is written."""

from __future__ import annotations

from decimal import Decimal

import pytest
from shop import Shop, approved, as_admin
from sqlalchemy import func, select

from ska_pos import clock
from ska_pos.db.models import EarningEntry, Item, Outlet, Payment, Sale
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.i18n import set_language
from ska_pos.services import cart_ops, reversals, sales, setup
from ska_pos.services.cart import Cart
from ska_pos.services.daily_summary import daily_summary
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.reversals import RefundRequest
from ska_pos.services.sale_context import business_date, place_of


def _laundry_item(shop: Shop) -> Item:
    with shop.db.transaction() as s:
        outlet = s.get(Outlet, shop.salon.id)
        assert outlet is not None
        return setup.create_item(s, as_admin(s), outlet, "KILOAN", "Cuci Kiloan", 7000, kind="service", unit="kg",
                                 min_quantity=Decimal(3))  # fmt: skip


def _set_rounding(shop: Shop, unit: int) -> None:
    with shop.db.transaction() as s:
        s.merge(shop.cafe).cash_rounding_unit = unit


# The minimum quantity -------------------------------------------------------------------------------------


def test_the_minimum_quantity_holds_after_the_line_is_added(shop: Shop) -> None:
    item = _laundry_item(shop)
    cart = Cart(shop.salon.id)
    with shop.db.reading() as s:
        cart_ops.add_item(s, cart, item.id, Decimal(1))
    assert cart.lines[0].quantity == Decimal(3)
    for quantity in (Decimal(2), cart.lines[0].quantity - 1, Decimal("2.999")):  # F7, the − key
        with pytest.raises(ValidationError, match=r"Cuci Kiloan is sold from 3 kg"):
            cart_ops.set_quantity(cart, 0, quantity)
    assert cart.lines[0].quantity == Decimal(3)
    cart_ops.set_quantity(cart, 0, Decimal("4.5"))
    assert cart.lines[0].quantity == Decimal("4.5")


def test_a_sale_under_the_minimum_quantity_is_refused(shop: Shop) -> None:
    item = _laundry_item(shop)
    cart = Cart(shop.salon.id)
    with shop.db.reading() as s:
        cart_ops.add_item(s, cart, item.id)
        cart_ops.set_workers(s, cart, 0, [(shop.siti.id, 10_000)])
    cart.replace_line(0, quantity=Decimal(2), min_quantity=None)  # as a cart held before the rule came back
    with pytest.raises(ValidationError, match="sold from 3 kg"), shop.db.transaction() as s:
        sales.complete_sale(s, shop.salon_cashier, cart, [Tender("cash", 50_000)])
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0


def test_a_cart_held_before_lines_kept_their_minimum_reads_back(shop: Shop) -> None:
    cart = Cart(shop.cafe.id)
    with shop.db.reading() as s:
        cart_ops.add_item(s, cart, shop.kopi.id)
    held = cart.to_json().replace(', "min_quantity": null', "")
    assert "min_quantity" not in held
    assert Cart.from_json(held).lines[0].min_quantity is None


# Cash refunds are rounded like cash sales -------------------------------------------------------------------


def test_a_partial_cash_refund_is_rounded_in_the_customer_s_favour(shop: Shop) -> None:
    _set_rounding(shop, 100)
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(2))  # 16.000 + service 800 + PBJT 1.680 = 18.480
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 20_000)])
    assert (done.total, done.rounding, done.paid) == (18_480, -80, 18_400)
    with shop.db.reading() as s:
        line_id = s.scalars(select(Sale).where(Sale.id == done.sale_id)).one().lines[0].id
    refunds = []
    for _step in range(2):
        with shop.db.transaction() as s:
            refunds.append(reversals.refund_lines(s, shop.cashier, done.sale_id, [RefundRequest(line_id, Decimal(1))],
                                                  "Salah pesan", approval=approved(s, "sale.refund")))  # fmt: skip
    # 9.240 back for one coffee: the cashier hands back Rp9.300, never Rp9.240; the last refund settles the rest.
    assert [(r.total, r.rounding, r.paid) for r in refunds] == [(-9_240, -60, -9_300), (-9_240, 140, -9_100)]
    with shop.db.reading() as s:
        assert s.scalar(select(func.sum(Payment.amount))) == 0


def test_refunds_one_by_one_hand_back_whole_coins_and_never_more_than_was_paid(shop: Shop) -> None:
    _set_rounding(shop, 100)
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(10))  # 50.000 + 2.500 + 5.250 = 57.750
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 60_000)])
        line_id = s.get(Sale, done.sale_id).lines[0].id  # type: ignore[union-attr]
    assert done.paid == 57_700
    handed_back = []
    for _step in range(10):
        with shop.db.transaction() as s:
            refund = reversals.refund_lines(s, shop.cashier, done.sale_id, [RefundRequest(line_id, Decimal(1))],
                                            "Salah", approval=approved(s, "sale.refund"))  # fmt: skip
        assert refund.total == -5_775
        handed_back.append(-refund.paid)
    # Rp5.775 is never handed back: each step rounds the running total, so 4 glasses give back 23.100 exactly.
    assert handed_back[:4] == [5_800, 5_800, 5_800, 5_700]
    assert all(amount % 100 == 0 for amount in handed_back)
    assert sum(handed_back) == done.paid


def test_a_partial_refund_by_qris_is_not_rounded(shop: Shop) -> None:
    _set_rounding(shop, 100)
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(2))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("qris", 18_480)])
        line_id = s.get(Sale, done.sale_id).lines[0].id  # type: ignore[union-attr]
    with shop.db.transaction() as s:
        refund = reversals.refund_lines(s, shop.cashier, done.sale_id, [RefundRequest(line_id, Decimal(1))], "Salah",
                                        approval=approved(s, "sale.refund"), method="qris")  # fmt: skip
    assert (refund.total, refund.rounding, refund.paid) == (-9_240, 0, -9_240)


# The sale discount is judged on what it takes off ------------------------------------------------------------


def test_a_sale_discount_on_top_of_line_discounts_is_judged_on_the_whole_discount(shop: Shop) -> None:
    cart = Cart(shop.cafe.id)
    with shop.db.reading() as s:
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(10))  # Rp50.000
        cart_ops.set_line_discount(s, cart, 0, Discount.percent(1000))  # 10%: within the limit
        # 10% more off Rp45.000 takes Rp9.500 of Rp50.000 off in all: 19%, past the 10% limit.
        with pytest.raises(PermissionDenied):
            cart_ops.set_sale_discount(s, cart, Discount.percent(1000))
        assert cart.sale_discount is None
        cart_ops.set_sale_discount(s, cart, Discount.percent(1000), approval=approved(s, "discount.over_limit"))
    assert cart.sale_discount_approved_by == shop.supervisor.id


def test_a_sale_discount_within_the_limit_needs_no_approval(shop: Shop) -> None:
    cart = Cart(shop.cafe.id)
    with shop.db.reading() as s:
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(10))
        cart_ops.set_line_discount(s, cart, 0, Discount.rupiah(2_000))  # 4%
        cart_ops.set_sale_discount(s, cart, Discount.rupiah(3_000))  # with it 10%: the limit itself
    assert cart.sale_discount_approved_by is None


def test_the_sale_refuses_a_sale_discount_that_passed_the_limit_unapproved(shop: Shop) -> None:
    cart = Cart(shop.cafe.id)
    with shop.db.reading() as s:
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(10))
        cart_ops.set_sale_discount(s, cart, Discount.percent(1000))  # 10% alone: fine
        cart_ops.set_line_discount(s, cart, 0, Discount.percent(1000))  # then a line discount under it
    with pytest.raises(PermissionDenied), shop.db.transaction() as s:
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])


# Workers' credits in partial refunds ---------------------------------------------------------------------------


def test_no_worker_s_credit_goes_negative_during_partial_refunds(shop: Shop) -> None:
    with shop.db.transaction() as s:
        salon = s.get(Outlet, shop.salon.id)
        assert salon is not None
        sentra = salon.sentra
        ani = setup.create_worker(s, as_admin(s), sentra, "W009", "Ani Lestari", [salon], display_name="Ani")
        pin = setup.create_item(s, as_admin(s), salon, "JEPIT", "Jepit Rambut", 10, barcodes=["8990010"])
        workers = [(shop.siti.id, 3400), (shop.budi.id, 3300), (ani.id, 3300)]
        cart = Cart(shop.salon.id)
        cart_ops.add_item(s, cart, pin.id, Decimal(10))  # Rp100: credits 34, 33, 33
        cart_ops.set_workers(s, cart, 0, workers)
        done = sales.complete_sale(s, shop.salon_cashier, cart, [Tender("cash", 100)])
        line_id = s.get(Sale, done.sale_id).lines[0].id  # type: ignore[union-attr]
    for step in range(1, 11):
        with shop.db.transaction() as s:
            reversals.refund_lines(s, shop.salon_cashier, done.sale_id, [RefundRequest(line_id, Decimal(1))],
                                   "Rusak", approval=approved(s, "sale.refund"), method="qris")  # fmt: skip
        with shop.db.reading() as s:
            left = s.execute(
                select(EarningEntry.worker_id, func.sum(EarningEntry.credited_amount), func.sum(EarningEntry.amount),
                       func.sum(EarningEntry.quantity))
                .where(EarningEntry.sale_id.in_(select(Sale.id).where(
                    (Sale.id == done.sale_id) | (Sale.reverses_sale_id == done.sale_id))))
                .group_by(EarningEntry.worker_id)
            ).all()  # fmt: skip
        credited = {worker: int(amount) for worker, amount, _earned, _qty in left}
        assert all(int(amount) >= 0 and int(earned) >= 0 for _w, amount, earned, _q in left), (step, left)
        # Each worker keeps their share of what is left of the line, to the rupiah.
        assert sorted(credited.values(), reverse=True)[0] <= (10 - step) * 10 * 3400 // 10_000 + 1
    assert set(credited.values()) == {0}


# No payment of Rp0 -------------------------------------------------------------------------------------------------


def test_no_cash_payment_of_rp0_when_the_rounding_covers_the_cash_part(shop: Shop) -> None:
    _set_rounding(shop, 100)
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id)  # 8.000 + 400 + 840 = 9.240
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("qris", 9_200), Tender("cash", 100)])
    assert (done.rounding, done.paid, done.change) == (-40, 9_200, 100)
    with shop.db.reading() as s:
        assert s.execute(select(Payment.method, Payment.amount)).all() == [("qris", 9_200)]
        summary = daily_summary(s, business_date(shop.cafe, clock.now()), outlet_code="KFE")
    assert [(p.method, p.count) for p in summary.payments] == [("qris", 1)]


# One way to write a quantity -------------------------------------------------------------------------------------


def test_a_refund_message_writes_the_quantity_as_people_read_it(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(2))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 50_000)])
        line_id = s.get(Sale, done.sale_id).lines[0].id  # type: ignore[union-attr]
    set_language("id")
    with pytest.raises(ValidationError) as refused, shop.db.transaction() as s:
        reversals.refund_lines(s, shop.cashier, done.sale_id, [RefundRequest(line_id, Decimal(3))], "Salah",
                               approval=approved(s, "sale.refund"))  # fmt: skip
    assert "2.000" not in refused.value.message
    assert " 2 " in refused.value.message


# Sane bounds and text that fits ----------------------------------------------------------------------------------


def test_absurd_quantities_and_prices_are_refused_with_a_message(shop: Shop) -> None:
    cart = Cart(shop.cafe.id)
    with shop.db.reading() as s:
        with pytest.raises(ValidationError, match=r"at most 9999\.999"):
            cart_ops.add_item(s, cart, shop.kopi.id, Decimal(10) ** 12)
        cart_ops.add_item(s, cart, shop.kopi.id)
        with pytest.raises(ValidationError, match="at most"):
            cart_ops.set_quantity(cart, 0, Decimal(10_000))
        with pytest.raises(ValidationError, match=r"price can be at most Rp100,000,000"):
            cart_ops.set_price(s, cart, 0, 10**12, approval=approved(s, "price.override"))
        cart_ops.set_price(s, cart, 0, 100_000_000, approval=approved(s, "price.override"))
        with pytest.raises(ValidationError, match=r"sale can be at most Rp1,000,000,000"):
            cart_ops.set_quantity(cart, 0, Decimal(11))
    assert cart.lines[0].quantity == 1


def test_a_sale_of_a_trillion_coffees_is_not_committed(shop: Shop) -> None:
    cart = Cart(shop.cafe.id)
    with shop.db.reading() as s:
        cart_ops.add_item(s, cart, shop.kopi.id)
    cart.replace_line(0, quantity=Decimal(10) ** 12)  # past the cart's own checks, as a tampered held cart
    with pytest.raises(ValidationError, match="at most"), shop.db.transaction() as s:
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10**16)])
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0


def test_a_cash_tender_past_the_bound_is_refused(shop: Shop) -> None:
    cart = Cart(shop.cafe.id)
    with shop.db.reading() as s:
        cart_ops.add_item(s, cart, shop.kopi.id)
    with pytest.raises(ValidationError, match="at most"), shop.db.transaction() as s:
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10**15)])


def _sell_with(shop: Shop, table_no: str = "", reference: str = "") -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id, order_type="dine_in", table_no=table_no)
        cart_ops.add_item(s, cart, shop.kopi.id)
        total = cart.priced(place_of(s, shop.cashier).tax).total
        sales.complete_sale(s, shop.cashier, cart, [Tender("transfer", total, reference or "TRF-1")])


def check_text_that_does_not_fit_is_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="table number can have at most 16 characters"):
        _sell_with(shop, table_no="Teras belakang no. 12")
    with pytest.raises(ValidationError, match="payment reference can have at most 120 characters"):
        _sell_with(shop, reference="X" * 121)
    _sell_with(shop, table_no="T" * 16, reference="X" * 120)
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
        sale_id = s.scalar(select(Sale.id))
        line_id = s.get(Sale, sale_id).lines[0].id  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="payment reference"), shop.db.transaction() as s:
        reversals.refund_lines(s, shop.cashier, sale_id, [RefundRequest(line_id, Decimal(1))], "Salah",  # type: ignore[arg-type]
                               approval=approved(s, "sale.refund"), method="transfer", reference="R" * 121)  # fmt: skip
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1


def test_text_that_does_not_fit_is_refused_on_sqlite(shop: Shop) -> None:
    check_text_that_does_not_fit_is_refused(shop)


@pytest.mark.postgres
def test_text_that_does_not_fit_is_refused_on_postgresql(pg_shop: Shop) -> None:
    check_text_that_does_not_fit_is_refused(pg_shop)


# New outlets round cash ----------------------------------------------------------------------------------------------


def test_a_new_outlet_rounds_cash_to_rp100(shop: Shop) -> None:
    with shop.db.transaction() as s:
        outlet = setup.create_outlet(s, as_admin(s), s.get(Outlet, shop.cafe.id).sentra, "KF2", "Kafe Dua", "kafe")  # type: ignore[union-attr]
        assert outlet.cash_rounding_unit == 100
