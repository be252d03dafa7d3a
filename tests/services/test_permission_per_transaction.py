"""A login is checked once per transaction, not once per checked call: a sale's several checked services read the
user once. The check is forgotten when the transaction ends, so a user deactivated or given another role since is
refused in the very next transaction, even one run by the same session object."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from shop import Shop, act_as
from sqlalchemy import event, update

from ska_pos.db.models import User
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, print_jobs, sales, setup
from ska_pos.services.cart import Cart
from ska_pos.services.permissions import NotAllowed


@contextmanager
def user_reads(shop: Shop) -> Iterator[list[str]]:
    """The statements that read the user table, as the database receives them."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "app_user" in statement:
            seen.append(statement)

    event.listen(shop.db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(shop.db.engine, "before_cursor_execute", note)


def _cart(shop: Shop) -> Cart:
    with shop.db.reading() as s:
        cart = Cart(shop.cashier.outlet_id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(1))
    return cart


def test_a_sale_and_its_prints_read_the_cashier_once(shop: Shop) -> None:
    cart = _cart(shop)
    with user_reads(shop) as seen, shop.db.transaction() as s:
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])
        print_jobs.queue_sale_prints(s, shop.cashier, done.sale_id, open_drawer=True)
    assert len(seen) == 1, seen


def test_each_transaction_checks_the_login_again(shop: Shop) -> None:
    with user_reads(shop) as seen:
        for _ in range(2):
            with shop.db.transaction() as s:
                sales.complete_sale(s, shop.cashier, _cart(shop), [Tender("cash", 10_000)])
    assert len(seen) == 2, seen


@pytest.mark.parametrize("change", [{"active": False}, {"role": "supervisor"}])
def test_a_user_changed_between_two_transactions_of_one_session_is_refused(
    shop: Shop, change: dict[str, object]
) -> None:
    manager = act_as(shop, "manager")
    with shop.db.sessions() as s:
        setup.create_category(s, manager, s.merge(shop.cafe), "Satu")
        s.commit()
        with shop.db.transaction() as other:  # another transaction (a manager's screen) changes the user
            other.execute(update(User).where(User.id == manager.user_id).values(**change))
        with pytest.raises(NotAllowed):
            setup.create_category(s, manager, s.merge(shop.cafe), "Dua")
        s.rollback()
        with pytest.raises(NotAllowed):  # and after a rollback too
            setup.create_category(s, manager, s.merge(shop.cafe), "Tiga")


def test_a_user_changed_in_the_same_transaction_is_refused_at_the_next_check(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        setup.create_category(s, manager, s.merge(shop.cafe), "Satu")
        user = s.get(User, manager.user_id)
        assert user is not None
        user.active = False
        with pytest.raises(NotAllowed):
            setup.create_category(s, manager, s.merge(shop.cafe), "Dua")
        s.rollback()
