"""Defects a review found, each pinned by a test: approvals, zero totals, rounding, fixed shares, partial refunds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from shop import PINS, Shop, approved, as_admin
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, Payment, Sale, SaleLine
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import auth, cart_ops, reversals, sales, setup, shifts
from ska_pos.services.cart import Cart
from ska_pos.services.catalog_file import CatalogImportError
from ska_pos.services.catalog_import import import_catalog
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.reversals import RefundRequest


def test_wrong_approval_pins_count_towards_the_lockout(shop: Shop) -> None:
    for _ in range(auth.MAX_FAILED_PINS):
        with shop.db.transaction() as s:
            assert not auth.approve(s, "spv", "0000", "sale.void").ok
    with shop.db.transaction() as s:
        result = auth.approve(s, "spv", PINS["spv"], "sale.void")
    assert not result.ok
    assert result.locked_until is not None


def test_a_cashier_cannot_approve(shop: Shop) -> None:
    with shop.db.transaction() as s:
        assert not auth.approve(s, "kasir", PINS["kasir"], "sale.void").ok
        assert auth.approve(s, "spv", PINS["spv"], "sale.void").ok


def test_a_discount_is_judged_again_on_the_final_cart(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(10))
        cart_ops.set_sale_discount(s, cart, Discount.rupiah(8_000))  # 10% of 80.000: within the limit
        cart_ops.set_quantity(cart, 0, Decimal(1))  # now 100% off
        with pytest.raises(PermissionDenied):
            sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 1)])


def test_a_stale_or_forged_list_price_is_refused(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id)
        cart.replace_line(0, list_price=100, unit_price=100)
        with pytest.raises(ValidationError, match="remove the line"):
            sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])


def test_a_free_sale_completes_without_payments(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id)
        cart_ops.set_sale_discount(s, cart, Discount.percent(10_000), approval=approved(s, "discount.over_limit"))
        done = sales.complete_sale(s, shop.cashier, cart, [])
    assert done.total == 0
    with shop.db.transaction() as s:
        void = reversals.void_sale(s, shop.cashier, done.sale_id, "Tamu", approval=approved(s, "sale.void"))
    assert void.total == 0


def test_a_void_gives_back_the_cash_rounding_too(shop: Shop) -> None:
    with shop.db.transaction() as s:
        s.merge(shop.cafe).cash_rounding_unit = 100
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id)
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, done.sale_id, "Salah", approval=approved(s, "sale.void"))
    with shop.db.reading() as s:
        assert s.scalar(select(func.sum(Sale.total + Sale.rounding))) == 0
        assert s.scalar(select(func.sum(Sale.paid))) == 0
        assert s.scalar(select(func.sum(Payment.amount))) == 0


def test_a_fixed_share_split_between_workers_pays_the_whole_rule(shop: Shop) -> None:
    with shop.db.transaction() as s:
        salon = s.merge(shop.salon)
        potong = s.merge(shop.potong)
        setup.add_share_rule(s, as_admin(s), salon, valid_from=date(2026, 1, 2), fixed_per_unit=15_000, item=potong)
        third = setup.create_worker(
            s, as_admin(s), s.merge(shop.siti).outlets[0].sentra, "W010", "Ani Lestari", [salon]
        )
        cart = Cart(shop.salon.id)
        cart_ops.add_item(s, cart, shop.potong.id)
        cart_ops.set_workers(s, cart, 0, [(shop.siti.id, 3_334), (shop.budi.id, 3_333), (third.id, 3_333)])
        done = sales.complete_sale(s, shop.salon_cashier, cart, [Tender("cash", 25_000)])
    with shop.db.reading() as s:
        amounts = s.scalars(select(EarningEntry.amount).where(EarningEntry.sale_id == done.sale_id)).all()
        quantities = s.scalars(select(EarningEntry.quantity).where(EarningEntry.sale_id == done.sale_id)).all()
    assert sum(amounts) == 15_000
    assert sum(quantities) == Decimal(1)


def test_partial_refunds_never_reverse_more_discount_than_the_line_had(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(4))
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(1))
        cart_ops.set_sale_discount(s, cart, Discount.rupiah(5))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])
    with shop.db.reading() as s:
        kopi = s.scalars(select(SaleLine).where(SaleLine.sale_id == done.sale_id, SaleLine.sku == "KOPI")).one()
    for _ in range(4):
        with shop.db.transaction() as s:
            reversals.refund_lines(s, shop.cashier, done.sale_id, [RefundRequest(kopi.id, Decimal(1))], "x",
                                   approval=approved(s, "sale.refund"))  # fmt: skip
    with shop.db.reading() as s:
        parts = s.scalars(select(SaleLine.sale_discount_part).where(SaleLine.reverses_line_id == kopi.id)).all()
    assert all(part <= 0 for part in parts)
    assert sum(parts) == -kopi.sale_discount_part


def test_a_transfer_refund_needs_its_reference(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id)
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])
        line_id = s.scalars(select(SaleLine.id).where(SaleLine.sale_id == done.sale_id)).one()
    with pytest.raises(ValidationError, match="reference"), shop.db.transaction() as s:
        reversals.refund_lines(s, shop.cashier, done.sale_id, [RefundRequest(line_id, Decimal(1))], "x",
                               approval=approved(s, "sale.refund"), method="transfer")  # fmt: skip


def test_a_given_approval_is_always_checked(shop: Shop) -> None:
    # A cashier's PIN approves nothing (auth.approve), so what can still be wrong is an approval for another action.
    with pytest.raises(PermissionDenied), shop.db.transaction() as s:
        shifts.move_cash(s, shop.cashier, "in", 5_000, "Tambah", approval=approved(s, "sale.void"))


def test_a_malformed_catalog_lists_rows_instead_of_crashing(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("sku,name,price,min_quantity\nA1,Satu,1000,NaN\nA2,Dua,1000,1e999999999\nES TEH,Tiga,1000,\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(CatalogImportError) as raised, shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
    assert [e.split(":")[0] for e in raised.value.errors] == ["Row 2", "Row 3", "Row 4"]
