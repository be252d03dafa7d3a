"""Bad input is refused with a clear message and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from shop import Shop, approved
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import AuditEntry, EarningEntry, Payment, Sale, SaleLine, StockMovement
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, shifts
from ska_pos.services.cart import Cart, WorkerCredit
from ska_pos.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError

RECORDS = (Sale, SaleLine, Payment, EarningEntry, StockMovement, AuditEntry)


def counts(shop: Shop) -> list[int]:
    with shop.db.reading() as s:
        return [s.scalar(select(func.count()).select_from(model)) or 0 for model in RECORDS]


def refused(shop: Shop, action: Callable[[Session], object], error: type[ServiceError], words: str) -> None:
    before = counts(shop)
    with pytest.raises(error) as raised, shop.db.transaction() as s:
        action(s)
    assert words in raised.value.message
    assert counts(shop) == before


def cafe_cart(s: Session, shop: Shop, *codes: str) -> Cart:
    cart = Cart(shop.cafe.id)
    for code in codes:
        cart_ops.add_by_code(s, cart, code)
    return cart


def test_zero_or_negative_quantity(shop: Shop) -> None:
    for quantity in (Decimal(0), Decimal(-1)):
        refused(shop, lambda s, q=quantity: cart_ops.add_item(s, Cart(shop.cafe.id), shop.es_teh.id, q),
                ValidationError, "more than zero")  # fmt: skip
    refused(shop, lambda s: cart_ops.set_quantity(cafe_cart(s, shop, "8990001"), 0, Decimal(0)), ValidationError,
            "more than zero")  # fmt: skip


def test_a_quantity_is_checked_again_when_the_sale_completes(shop: Shop) -> None:
    def tampered(s: Session) -> None:
        cart = cafe_cart(s, shop, "8990001")
        cart.replace_line(0, quantity=Decimal(-2))
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])

    refused(shop, tampered, ValidationError, "more than zero")


def test_negative_price(shop: Shop) -> None:
    def negative(s: Session) -> None:
        cart_ops.set_price(s, cafe_cart(s, shop, "8990001"), 0, -500, approval=approved(s, "price.override"))

    refused(shop, negative, ValidationError, "negative")


def test_unknown_barcode(shop: Shop) -> None:
    refused(shop, lambda s: cafe_cart(s, shop, "0000000"), NotFound, "0000000")


def test_payment_short_of_the_total(shop: Shop) -> None:
    refused(shop, lambda s: sales.complete_sale(s, shop.cashier, cafe_cart(s, shop, "8990003"),
                                                [Tender("cash", 10_000)]), ValidationError, "short")  # fmt: skip


def test_non_cash_payment_over_the_total(shop: Shop) -> None:
    refused(shop, lambda s: sales.complete_sale(s, shop.cashier, cafe_cart(s, shop, "8990001"),
                                                [Tender("qris", 999_999)]), ValidationError, "more than")  # fmt: skip


def test_transfer_without_reference(shop: Shop) -> None:
    refused(shop, lambda s: sales.complete_sale(s, shop.cashier, cafe_cart(s, shop, "8990001"),
                                                [Tender("transfer", 6_000)]), ValidationError, "reference")  # fmt: skip


def test_inactive_worker(shop: Shop) -> None:
    refused(shop, lambda s: cart_ops.set_workers(s, cafe_cart(s, shop, "8990001"), 0, [(shop.retired.id, 10_000)]),
            ValidationError, "Joko")  # fmt: skip

    def sneaked_in(s: Session) -> None:
        cart = cafe_cart(s, shop, "8990001")
        cart.replace_line(0, workers=(WorkerCredit(shop.retired.id, "Joko"),))
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])

    refused(shop, sneaked_in, ValidationError, "Joko")


def test_an_item_of_another_outlet(shop: Shop) -> None:
    refused(shop, lambda s: cart_ops.add_item(s, Cart(shop.cafe.id), shop.potong.id), ValidationError,
            "another outlet")  # fmt: skip
    # a salon barcode does not exist in the café
    refused(shop, lambda s: cafe_cart(s, shop, "8990009"), NotFound, "8990009")


def test_a_service_with_no_worker(shop: Shop) -> None:
    def no_worker(s: Session) -> None:
        cart = Cart(shop.salon.id)
        cart_ops.add_item(s, cart, shop.potong.id)
        sales.complete_sale(s, shop.salon_cashier, cart, [Tender("cash", 25_000)])

    refused(shop, no_worker, ValidationError, "Potong Rambut")


def test_an_empty_cart(shop: Shop) -> None:
    refused(shop, lambda s: sales.complete_sale(s, shop.cashier, Cart(shop.cafe.id), [Tender("cash", 1)]),
            ValidationError, "empty")  # fmt: skip


def test_selling_without_an_open_shift(shop: Shop) -> None:
    with shop.db.transaction() as s:
        shifts.close_shift(s, shop.cashier, {100_000: 2})

    refused(shop, lambda s: sales.complete_sale(s, shop.cashier, cafe_cart(s, shop, "8990001"),
                                                [Tender("cash", 10_000)]), ValidationError, "shift")  # fmt: skip


def test_a_changed_price_or_big_discount_needs_a_supervisor(shop: Shop) -> None:
    refused(shop, lambda s: cart_ops.set_price(s, cafe_cart(s, shop, "8990001"), 0, 4_000, approval=None),
            PermissionDenied, "supervisor")  # fmt: skip
    refused(shop, lambda s: cart_ops.set_price(s, cafe_cart(s, shop, "8990001"), 0, 4_000,
                                               approval=approved(s, "price.override", "cashier")),
            PermissionDenied, "supervisor")  # fmt: skip
    refused(shop, lambda s: cart_ops.set_sale_discount(s, cafe_cart(s, shop, "8990001"), Discount.percent(2_500)),
            PermissionDenied, "supervisor")  # fmt: skip

    def forged(s: Session) -> None:
        cart = cafe_cart(s, shop, "8990001")
        cart.replace_line(0, unit_price=1)
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])

    refused(shop, forged, PermissionDenied, "supervisor")


def test_an_approved_price_override_is_sold_and_audited(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = cafe_cart(s, shop, "8990001")
        cart_ops.set_price(s, cart, 0, 4_000, approval=approved(s, "price.override"))
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])
    with shop.db.reading() as s:
        assert s.scalars(select(AuditEntry.action)).all() == ["price_override"]
        assert s.scalars(select(SaleLine.unit_price)).all() == [4_000]
