"""Two tills acting on one tab at the same moment, each in its own process, on SQLite and on PostgreSQL: rounds
both land, numbered one after the other; a tab is paid once; a tab is not moved onto a table just opened."""

from __future__ import annotations

import pytest
from races import DONE, race
from shop import Shop
from sqlalchemy import func, select
from tab_races import act_on_tabs
from tab_shop import add_tables, rung_up, second_till

from ska_pos.db.models import Sale, TabEvent
from ska_pos.services.tabs import writes
from ska_pos.services.tabs.state import load_tab
from ska_pos.services.tabs.state import open_tabs as open_now

ROUNDS = 4
SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]


def open_tabs(shop: Shop, tables: dict[str, object], names: list[str]) -> list:  # type: ignore[type-arg]
    with shop.db.transaction() as s:
        return [writes.open_tab(s, shop.cashier, tables[name]) for name in names]  # type: ignore[arg-type]


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_sending_rounds_to_one_tab_at_once_both_land_numbered_one_and_two(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    other = second_till(shop)
    tables = add_tables(shop)
    tabs = open_tabs(shop, tables, [str(n) for n in range(1, ROUNDS + 1)])
    kopi, teh = rung_up(shop, (shop.kopi, 1)), rung_up(shop, (shop.es_teh, 1))
    outcomes = race(act_on_tabs, [(shop.db.url, shop.cashier, "send", tabs, kopi),
                                  (shop.db.url, other, "send", tabs, teh)], ROUNDS)  # fmt: skip
    assert outcomes == [[DONE, DONE]] * ROUNDS
    with shop.db.reading() as s:
        for tab_id in tabs:
            rounds = sorted(s.scalars(select(TabEvent.round_no).where(TabEvent.tab_id == tab_id)))
            assert rounds == [1, 2]
            tab = load_tab(s, tab_id)
            assert sorted(line.cart_line.name for line in tab.lines) == ["Es Teh Manis", "Kopi Tubruk"]
            assert len({line.round_no for line in tab.lines}) == 2


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_paying_one_tab_at_once_one_wins(shop_fixture: str, request: pytest.FixtureRequest) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    other = second_till(shop)
    tables = add_tables(shop)
    tabs = open_tabs(shop, tables, [str(n) for n in range(1, ROUNDS + 1)])
    with shop.db.transaction() as s:
        for tab_id in tabs:
            writes.send_round(s, shop.cashier, tab_id, rung_up(shop, (shop.kopi, 2)))
    outcomes = race(act_on_tabs, [(shop.db.url, shop.cashier, "pay", tabs, ()),
                                  (shop.db.url, other, "pay", tabs, ())], ROUNDS)  # fmt: skip
    for outcome in outcomes:
        assert outcome.count(DONE) == 1, outcomes
        assert "paid already" in next(text for text in outcome if text != DONE), outcomes
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == ROUNDS
        assert all(load_tab(s, tab_id).closed for tab_id in tabs)


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_moving_a_tab_to_a_table_another_till_just_opened_fails_cleanly(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    other = second_till(shop)
    tables = add_tables(shop)
    movers = open_tabs(shop, tables, ["1", "2", "3", "4"])
    targets = [tables[name] for name in ("7", "8", "9", "10")]
    outcomes = race(act_on_tabs, [(shop.db.url, shop.cashier, "move", list(zip(movers, targets, strict=True)), ()),
                                  (shop.db.url, other, "open", targets, ())], ROUNDS)  # fmt: skip
    for outcome in outcomes:
        assert outcome.count(DONE) == 1, outcomes
        assert "has an open tab already" in next(text for text in outcome if text != DONE), outcomes
    with shop.db.reading() as s:
        on_tables = list(open_now(s, shop.cafe.id).values())
    assert len(on_tables) == len(set(on_tables)) == 4 + sum(outcome[1] == DONE for outcome in outcomes)
