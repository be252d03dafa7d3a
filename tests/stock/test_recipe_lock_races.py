"""Two tills selling at once, one a café item whose recipe uses an ingredient the other sells by itself. The sale
locked its tracked items first (to see whose consigned pieces they are) and its ingredients later, with the items:
a sale of [item, kopi] held the item and waited for the milk; a sale of [milk, item] held the milk and waited for the
item, and PostgreSQL killed one as a deadlock. Every stock row a sale writes is now locked in one sorted pass."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from races import DONE, race, wait_until_blocked
from shop import Shop, as_admin, log_in
from stock_races import sell_together

from ska_pos.services import setup, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.stock import recipes
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.recipes import Ingredient, RecipeSpec
from stock.helpers import ledger_sum

ROUNDS = 8
SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]


def _milk_snack_and_a_second_till(shop: Shop) -> tuple[uuid.UUID, uuid.UUID, Actor]:
    """Milk (a kopi takes 150 g of it) and a snack, both tracked; a second till with its shift open."""
    with shop.db.transaction() as s:
        admin, cafe = as_admin(s), s.merge(shop.cafe)
        # Keys are time-ordered: the milk, made first, sorts before the snack, so the old order crossed.
        milk = setup.create_item(s, admin, cafe, "SUSU", "Susu Segar", 9_000, unit="kg", track_stock=True).id
        snack = setup.create_item(s, admin, cafe, "RMPY", "Rempeyek", 6_000, track_stock=True).id
        assert milk < snack
        recipes.import_recipes(s, admin, cafe.id, [RecipeSpec("KOPI", (Ingredient("SUSU", Decimal(150), "g"),))])
        till = setup.create_till(s, admin, cafe, "T2")
        other = log_in(s, "kasir", cafe.id, till.id)
        shifts.open_shift(s, other, 100_000)
    return milk, snack, other


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_an_ingredient_sold_by_itself_and_in_a_recipe_at_two_tills_at_once_never_deadlocks(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    milk, snack, other = _milk_snack_and_a_second_till(shop)
    racers = [(shop.db.url, shop.cashier, [snack, shop.kopi.id]), (shop.db.url, other, [milk, snack])]
    outcomes = race(sell_together, racers, ROUNDS)
    assert outcomes == [[DONE, DONE]] * ROUNDS
    assert ledger_sum(shop, milk) == -ROUNDS * (1 + Decimal("0.15"))
    assert ledger_sum(shop, snack) == -2 * ROUNDS
    with shop.db.reading() as s:
        assert check_stock(s).ok


@pytest.mark.postgres
def test_the_crossing_made_certain_a_recipe_sale_holds_all_its_rows_before_the_other_sale_starts(
    pg_shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sale of [snack, kopi] is stopped just before its ingredients are worked out, until the sale of [milk, snack]
    # at the other till waits for a lock. Before the fix the first held only the snack there, the second took the
    # milk and waited for the snack, and PostgreSQL ended one of them as a deadlock.
    shop = pg_shop
    milk, snack, other = _milk_snack_and_a_second_till(shop)
    reached, go_on = threading.Event(), threading.Event()
    real = recipes.consumption

    def paused(*args: Any) -> Any:
        if threading.current_thread().name == "kopi":
            reached.set()
            go_on.wait(timeout=30)
        return real(*args)

    monkeypatch.setattr(recipes, "consumption", paused)
    outcomes: dict[str, str] = {}

    def selling(name: str, actor: Actor, items: list[uuid.UUID]) -> Callable[[], None]:
        def run() -> None:
            try:
                with shop.db.transaction() as s:
                    sell_together(s, 0, actor, items)
                outcomes[name] = DONE
            except Exception as error:  # reported to the test's thread
                outcomes[name] = f"{type(error).__name__}: {error}"

        return run

    first = threading.Thread(target=selling("kopi", shop.cashier, [snack, shop.kopi.id]), name="kopi")
    second = threading.Thread(target=selling("milk", other, [milk, snack]), name="milk")
    first.start()
    assert reached.wait(timeout=30)
    second.start()
    with shop.db.reading() as watcher:
        wait_until_blocked(watcher)
    go_on.set()
    for thread in (first, second):
        thread.join(timeout=60)
    assert outcomes == {"kopi": DONE, "milk": DONE}
    assert ledger_sum(shop, milk) == -1 - Decimal("0.15")
