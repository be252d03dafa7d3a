"""A driver's IntegrityError in plain words: a race with another till (a unique key) is worth trying again; an
entry that breaks a rule of the data (a CHECK, as for a Rp0 payment) is not, and is told apart, on both databases."""

from __future__ import annotations

from decimal import Decimal

import pytest
from shop import Shop, as_admin
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from ska_pos.db.models import Payment, new_id
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, setup
from ska_pos.services.cart import Cart
from ska_pos.services.errors import DatabaseProblem, plain_database_error

RACE = "Someone else saved the same record"


def _a_payment_of_nothing(shop: Shop) -> IntegrityError:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(1))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("qris", 9_240)])
    with pytest.raises(IntegrityError) as raised, shop.db.transaction() as s:
        s.execute(insert(Payment), [{"id": new_id(), "sale_id": done.sale_id, "method": "cash", "amount": 0}])
    return raised.value


def _the_same_category_twice(shop: Shop) -> IntegrityError:
    with shop.db.transaction() as s:
        setup.create_category(s, as_admin(s), s.merge(shop.cafe), "Kue Basah")
    with pytest.raises(IntegrityError) as raised, shop.db.transaction() as s:
        setup.create_category(s, as_admin(s), s.merge(shop.cafe), "Kue Basah")
    return raised.value


def _check_words(shop: Shop) -> None:
    broken = plain_database_error(_a_payment_of_nothing(shop))
    assert isinstance(broken, DatabaseProblem)
    assert "breaks a rule of the data: ck_payment_amount" in broken.message
    assert RACE not in broken.message
    race = plain_database_error(_the_same_category_twice(shop))
    assert isinstance(race, DatabaseProblem)
    assert RACE in race.message


def test_a_check_failure_is_a_broken_rule_and_a_unique_key_a_race_on_sqlite(shop: Shop) -> None:
    _check_words(shop)


def test_a_check_failure_is_a_broken_rule_and_a_unique_key_a_race_on_postgresql(pg_shop: Shop) -> None:
    _check_words(pg_shop)
