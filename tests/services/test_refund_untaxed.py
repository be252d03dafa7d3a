"""Refunds of lines with untaxed options: such options bear neither service charge nor PBJT (domain/pricing.py), so
a refund gives back the service and PBJT its lines paid, shared by their taxed net, not by their whole net."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from modifier_menu import add_drink_modifiers
from shop import Shop, approved

from ska_pos.db.models import Sale
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales
from ska_pos.services.cart import Cart
from ska_pos.services.modifiers import GroupForm, OptionForm

NOON_JAKARTA = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)
TOPPING = GroupForm("Topping", 0, 1, (OptionForm("Boba", 10_000, taxed=False),))


def _boba_and_plain_tea(shop: Shop) -> uuid.UUID:
    """Es Teh with untaxed Boba (Rp15.000) and a plain Es Teh (Rp5.000): net 20.000, of it taxed 10.000."""
    menu = add_drink_modifiers(shop, TOPPING)
    cart = Cart(shop.cafe.id)
    with shop.db.transaction() as s:
        cart_ops.add_by_code(s, cart, "8990001")
        cart_ops.set_modifiers(s, cart, 0, [menu.option(shop, "Boba")])
        cart_ops.add_by_code(s, cart, "8990001")
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA)
    return done.sale_id


def _amounts(shop: Shop, sale_id: uuid.UUID) -> tuple[int, int, int, int]:
    with shop.db.reading() as s:
        sale = s.get(Sale, sale_id)
        assert sale is not None
        return sale.net_total, sale.service_charge, sale.tax_amount, sale.total


def _refund(shop: Shop, sale_id: uuid.UUID, line_no: int, quantity: Decimal = Decimal(1)) -> uuid.UUID:
    with shop.db.transaction() as s:
        sale = s.get(Sale, sale_id)
        assert sale is not None
        request = [reversals.RefundRequest(sale.lines[line_no].id, quantity)]
        approval = approved(s, "sale.refund")
        return reversals.refund_lines(s, shop.cashier, sale_id, request, "salah", approval=approval,
                                      now=NOON_JAKARTA).sale_id  # fmt: skip


def test_a_refund_gives_back_what_its_line_paid_and_the_rest_what_is_left(shop: Shop) -> None:
    sale_id = _boba_and_plain_tea(shop)
    # service 5 % of the taxed 10.000 = 500; PBJT 10 % of 10.500 = 1.050
    assert _amounts(shop, sale_id) == (20_000, 500, 1_050, 21_550)
    # The Boba line paid service 5 % of its taxed 5.000 = 250, PBJT 10 % of 5.250 = 525: 15.775, not 16.163
    assert _amounts(shop, _refund(shop, sale_id, 0)) == (-15_000, -250, -525, -15_775)
    assert _amounts(shop, _refund(shop, sale_id, 1)) == (-5_000, -250, -525, -5_775)


def test_a_part_refund_of_a_line_with_untaxed_options_takes_its_share_and_the_last_what_is_left(shop: Shop) -> None:
    sale_id = _boba_and_plain_tea(shop)
    # A third of the Boba line, then the plain tea, then the rest of the Boba line: each step its taxed share
    first = _amounts(shop, _refund(shop, sale_id, 0, Decimal("0.333")))
    assert first == (-4_995, -83, -175, -5_253)  # of it Boba 3.330, taxed 1.665: service 83, PBJT 175
    second = _amounts(shop, _refund(shop, sale_id, 1))
    assert second == (-5_000, -250, -525, -5_775)
    third = _amounts(shop, _refund(shop, sale_id, 0, Decimal("0.667")))
    assert third == (-10_005, -167, -350, -10_522)
    assert [sum(step) for step in zip(first, second, third, strict=True)] == [-20_000, -500, -1_050, -21_550]


def test_a_void_gives_back_the_whole_sale(shop: Shop) -> None:
    sale_id = _boba_and_plain_tea(shop)
    with shop.db.transaction() as s:
        void = reversals.void_sale(s, shop.cashier, sale_id, "salah", approval=approved(s, "sale.void"),
                                   now=NOON_JAKARTA)  # fmt: skip
    assert _amounts(shop, void.sale_id) == (-20_000, -500, -1_050, -21_550)
