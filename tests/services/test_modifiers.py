"""Modifier groups: defined and audited as catalogue data, chosen on a cart line, frozen onto the sale line and
counted in its price, its tax and its worker's earnings."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from modifier_menu import SUGAR, add_drink_modifiers
from shop import Shop, act_as, approved
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from ska_pos.db.models import AuditEntry, EarningEntry, Sale, SaleLineModifier
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, modifiers, receipts, reversals, sales
from ska_pos.services.cart import Cart
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.modifiers import GroupForm, OptionForm
from ska_pos.services.sales_export import COLUMNS, export_rows

NOON_JAKARTA = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)


def _iced_tea(shop: Shop, *options: str) -> Cart:
    menu = add_drink_modifiers(shop)
    cart = Cart(shop.cafe.id)
    with shop.db.transaction() as s:
        line = cart_ops.add_by_code(s, cart, "8990001")
        assert (line.modifiers_offered, line.modifiers_required) == (True, True)
        cart_ops.set_modifiers(s, cart, 0, [menu.option(shop, name) for name in options])
    return cart


def test_groups_are_offered_by_category_and_audited(shop: Shop) -> None:
    add_drink_modifiers(shop)
    with shop.db.reading() as s:
        names = [group.name for group in modifiers.groups_for_item(s, shop.es_teh.id)]
        assert names == ["Gula", "Es", "Ukuran"]
        assert modifiers.groups_for_item(s, shop.keripik.id) == ()  # snacks: none
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "modifier_group")).all()
        assert actions.count("modifier_group_added") == 3
        assert actions.count("modifier_group_offered") == 3


def test_only_a_manager_defines_groups(shop: Shop) -> None:
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        modifiers.add_group(s, shop.cashier, shop.cafe.id, SUGAR)


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (GroupForm(" ", 1, 1, (OptionForm("A"),)), "name"),
        (GroupForm("Gula", 2, 1, (OptionForm("A"), OptionForm("B"))), "minimum"),
        (GroupForm("Gula", 2, 2, (OptionForm("A"),)), "options"),
        (GroupForm("Gula", 0, 1, (OptionForm("A"), OptionForm("a"))), "same name"),
        (GroupForm("Gula", 0, 1, (OptionForm("A", -1),)), "negative"),
    ],
)
def test_a_bad_group_is_refused_and_writes_nothing(shop: Shop, form: GroupForm, message: str) -> None:
    manager = act_as(shop, "manager")
    with pytest.raises(ValidationError, match=message), shop.db.transaction() as s:
        modifiers.add_group(s, manager, shop.cafe.id, form)
    with shop.db.reading() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "modifier_group_added")) is None


def test_required_groups_must_be_answered_within_their_limits(shop: Shop) -> None:
    menu = add_drink_modifiers(shop)
    cart = Cart(shop.cafe.id)
    with shop.db.transaction() as s:
        cart_ops.add_by_code(s, cart, "8990001")
        with pytest.raises(ValidationError, match="Ukuran"):
            cart_ops.set_modifiers(s, cart, 0, [menu.option(shop, "Less sugar")])
        two = [menu.option(shop, name) for name in ("Less sugar", "No sugar", "Large")]
        with pytest.raises(ValidationError, match="at most 1 of Gula"):
            cart_ops.set_modifiers(s, cart, 0, two)
        assert cart.lines[0].modifiers == ()
        with pytest.raises(ValidationError, match="Gula"):  # rung up without answering: the sale refuses
            sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA)


def test_a_second_scan_of_a_drink_with_options_is_a_line_of_its_own(shop: Shop) -> None:
    add_drink_modifiers(shop)
    cart = Cart(shop.cafe.id)
    with shop.db.transaction() as s:
        cart_ops.add_by_code(s, cart, "8990001")
        cart_ops.add_by_code(s, cart, "8990001")
    assert [line.quantity for line in cart.lines] == [Decimal(1), Decimal(1)]


def test_the_options_are_priced_frozen_and_shown(shop: Shop) -> None:
    cart = _iced_tea(shop, "Less sugar", "Large")
    with shop.db.transaction() as s:
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA)
    # 5.000 + 5.000 large = 10.000; service 5 % = 500; PBJT 10 % of 10.500 = 1.050; 11.550
    assert done.total == 11_550
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        line = sale.lines[0]
        amounts = (line.unit_price, line.list_price, line.gross_amount, line.net_amount)
        assert amounts == (10_000, 10_000, 10_000, 10_000)
        assert [(m.group_name, m.option_name, m.price) for m in line.modifiers] == [
            ("Gula", "Less sugar", 0), ("Ukuran", "Large", 5_000)
        ]  # fmt: skip
        # the worker who made the drink is credited on the whole line, options included (drinks: 40 %)
        assert s.scalars(select(EarningEntry.amount)).all() == [4_000]
        receipt = receipts.receipt_data(s, done.sale_id)
        assert [(m.option, m.price) for m in receipt.lines[0].modifiers] == [("Less sugar", 0), ("Large", 5_000)]
        ticket = receipts.kitchen_ticket(s, done.sale_id)
        assert ticket.items[0].modifiers == ("Gula: Less sugar", "Ukuran: Large")
        row = next(export_rows(s, sale.business_date, sale.business_date))
        assert dict(zip(COLUMNS, row, strict=True))["modifiers"] == "Gula: Less sugar; Ukuran: Large"


def test_an_option_price_change_later_never_changes_the_sale_and_a_held_line_is_asked_again(shop: Shop) -> None:
    cart = _iced_tea(shop, "Normal", "Large")
    manager = act_as(shop, "manager")
    large = cart.lines[0].modifiers[1].option_id
    with shop.db.transaction() as s:
        modifiers.set_option_price(s, manager, large, 6_000, True)
    with pytest.raises(ValidationError, match="choose them again"), shop.db.transaction() as s:
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA)
    with shop.db.transaction() as s:
        cart_ops.set_modifiers(s, cart, 0, [m.option_id for m in cart.lines[0].modifiers])
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA)
    with shop.db.transaction() as s:
        modifiers.set_option_price(s, manager, large, 9_000, True)
    with shop.db.reading() as s:
        assert s.scalars(select(SaleLineModifier.price).order_by(SaleLineModifier.position)).all() == [0, 6_000]
        assert receipts.receipt_data(s, done.sale_id).lines[0].unit_price == 11_000


def test_sold_options_are_never_updated_or_deleted(shop: Shop) -> None:
    cart = _iced_tea(shop, "Normal", "Regular")
    with shop.db.transaction() as s:
        sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA)
    for statement in ("UPDATE sale_line_modifier SET price = 1", "DELETE FROM sale_line_modifier"):
        with pytest.raises(DBAPIError, match="never updated or deleted"), shop.db.transaction() as s:
            s.execute(text(statement))


def test_an_untaxed_option_bears_neither_service_nor_pbjt(shop: Shop) -> None:
    cup = GroupForm("Gelas", 1, 1, (OptionForm("Own cup"), OptionForm("Paper cup", 2_000, taxed=False)))
    menu = add_drink_modifiers(shop, cup)
    cart = Cart(shop.cafe.id)
    with shop.db.transaction() as s:
        cart_ops.add_by_code(s, cart, "8990001")
        paper = next(o.id for g in modifiers.groups_for_item(s, shop.es_teh.id) for o in g.options if o.price)
        cart_ops.set_modifiers(s, cart, 0, [paper])
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA)
    assert menu.sugar is not None
    # taxed 5.000: service 250, PBJT 10 % of 5.250 = 525; the cup's 2.000 as it is: 7.775
    assert done.total == 7_775


def test_a_discount_is_spread_over_lines_with_options_to_the_rupiah(shop: Shop) -> None:
    cart = _iced_tea(shop, "No sugar", "Large")
    with shop.db.transaction() as s:
        cart_ops.add_by_code(s, cart, "8990003")
        cart_ops.set_sale_discount(s, cart, Discount.rupiah(1_001))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA)
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        # 10.000 : 12.500, the extra rupiah to the larger remainder
        assert [line.sale_discount_part for line in sale.lines] == [445, 556]
        assert sum(line.net_amount for line in sale.lines) == sale.net_total == 22_500 - 1_001


def test_a_refund_receipt_shows_the_options_of_the_line_it_gives_back(shop: Shop) -> None:
    cart = _iced_tea(shop, "Less sugar", "Large")
    with shop.db.transaction() as s:
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA)
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        line_id = sale.lines[0].id
    with shop.db.transaction() as s:
        request = [reversals.RefundRequest(line_id, Decimal(1))]
        refund = reversals.refund_lines(
            s, shop.cashier, done.sale_id, request, "spilled", approval=approved(s, "sale.refund"), now=NOON_JAKARTA
        )
    with shop.db.reading() as s:
        data = receipts.receipt_data(s, refund.sale_id)
        assert [m.option for m in data.lines[0].modifiers] == ["Less sugar", "Large"]
        assert data.total == 11_550


def test_a_held_cart_keeps_its_options(shop: Shop) -> None:
    cart = _iced_tea(shop, "No sugar", "Large")
    again = Cart.from_json(cart.to_json())
    assert again == cart
    assert again.lines[0].price_each == 10_000
