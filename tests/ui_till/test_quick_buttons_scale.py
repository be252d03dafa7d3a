"""The quick buttons of an outlet with many categories and items: the categories never push the totals and the Pay
button off a 1366x768 screen, a category's items are read a page at a time as the cashier scrolls, and the scroll
bars are wide enough for a finger."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop, act_as

from ska_pos.services import setup
from ska_pos.ui.till.quick_buttons import MORE_WHEN_PX, PAGE_SIZE
from ska_pos.ui.till.sale_screen import SaleScreen
from ska_pos.ui.till.search_pages import PAGE_SIZE as SEARCH_PAGE
from ui_till.helpers import ScreenFactory

SCREEN_W, SCREEN_H = 1366, 768


def add_categories(shop: Shop, count: int, items_in_first: int = 0) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        cafe = s.merge(shop.cafe)
        for n in range(count):
            category = setup.create_category(s, manager, cafe, f"Aneka {n:03d}", sort_order=-1)  # before the shop's own
            for m in range(items_in_first if n == 0 else 0):
                setup.create_item(s, manager, cafe, f"ANK{m:03d}", f"Aneka Kue {m:03d}", 1_000 + m, category=category)


def inside_the_screen(screen: SaleScreen, widget: QWidget) -> bool:
    top_left = widget.mapTo(screen, QPoint(0, 0))
    return (
        widget.isVisible()
        and top_left.x() >= 0
        and top_left.y() >= 0
        and top_left.x() + widget.width() <= SCREEN_W
        and top_left.y() + widget.height() <= SCREEN_H
    )


def test_a_hundred_and_one_categories_leave_the_totals_and_pay_on_a_1366x768_screen(
    qtbot: QtBot, shop: Shop, make_screen: ScreenFactory
) -> None:
    add_categories(shop, 99)  # and the shop's Minuman and Camilan: 101
    screen = make_screen()
    qtbot.waitUntil(lambda: screen.quick is not None and len(screen.quick.category_buttons()) == 101)
    qtbot.waitUntil(lambda: screen.quick.category_scroll.isVisible())
    assert screen.minimumSizeHint().height() <= SCREEN_H
    screen.resize(SCREEN_W, SCREEN_H)
    qtbot.wait(50)  # the layout of the resize
    pay = screen.findChild(QPushButton, "actionPay")
    assert pay is not None
    assert inside_the_screen(screen, pay)
    assert inside_the_screen(screen, screen.totals.total)
    assert screen.quick.category_scroll.height() <= 2 * 60  # two rows of categories; the rest scroll
    last = screen.quick.category_buttons()[-1]
    screen.quick.show_category(100)  # a category out of sight is scrolled into view when chosen
    qtbot.waitUntil(lambda: last.isChecked())
    assert last.visibleRegion().boundingRect().height() == last.height()


def test_a_category_s_items_are_read_a_page_at_a_time_as_the_cashier_scrolls(
    qtbot: QtBot, shop: Shop, make_screen: ScreenFactory
) -> None:
    add_categories(shop, 1, items_in_first=3 * PAGE_SIZE + 5)
    screen = make_screen()
    quick = screen.quick
    qtbot.waitUntil(lambda: len(quick.item_buttons()) >= PAGE_SIZE)
    qtbot.wait(200)
    assert len(quick.item_buttons()) < 3 * PAGE_SIZE + 5  # not the whole category at once
    bar = quick.item_scroll.verticalScrollBar()
    for _ in range(10):
        if not quick.has_more():
            break
        shown = len(quick.item_buttons())
        qtbot.waitUntil(lambda: bar.maximum() > bar.value() + MORE_WHEN_PX)  # the last page laid out
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda shown=shown: len(quick.item_buttons()) > shown)
    names = [button.accessibleName().split(",")[0] for button in quick.item_buttons()]
    assert names == [f"Aneka Kue {m:03d}" for m in range(3 * PAGE_SIZE + 5)]  # every one, in order, once


def test_another_category_chosen_while_a_page_is_read_shows_only_its_own_items(
    qtbot: QtBot, shop: Shop, make_screen: ScreenFactory
) -> None:
    add_categories(shop, 1, items_in_first=PAGE_SIZE)
    screen = make_screen()
    quick = screen.quick
    qtbot.waitUntil(lambda: len(quick.category_buttons()) == 3)
    minuman = next(i for i, c in enumerate(quick.categories) if c.name == "Minuman")
    quick.show_category(0)
    quick.show_category(minuman)  # before the first category's page came back
    qtbot.waitUntil(lambda: len(quick.item_buttons()) == 2)
    qtbot.wait(200)
    assert [b.accessibleName().split(",")[0] for b in quick.item_buttons()] == ["Es Teh Manis", "Kopi Tubruk"]


def test_the_scroll_bars_are_touch_targets(qtbot: QtBot, shop: Shop, make_screen: ScreenFactory) -> None:
    add_categories(shop, 20, items_in_first=2 * PAGE_SIZE)
    screen = make_screen()
    qtbot.waitUntil(lambda: len(screen.quick.item_buttons()) >= PAGE_SIZE)
    for area in (screen.quick.item_scroll, screen.quick.category_scroll):
        bar = area.verticalScrollBar()
        qtbot.waitUntil(bar.isVisible)
        assert bar.width() >= 44
        assert bar.accessibleName()


def test_a_search_shows_a_page_and_the_next_ones_as_the_cashier_reaches_the_end(
    qtbot: QtBot, shop: Shop, make_screen: ScreenFactory
) -> None:
    add_categories(shop, 1, items_in_first=2 * SEARCH_PAGE + 5)
    screen = make_screen()
    qtbot.keyClicks(screen.search.field, "aneka")
    qtbot.waitUntil(screen.search.showing_results)
    results = screen.search.results
    assert results.count() == SEARCH_PAGE
    assert screen.search.caption.text() == f"The first {SEARCH_PAGE} for “aneka”: scroll or arrow down for more"
    # by keyboard: into the results, then End (or arrows down) to the last row asks for the next page
    qtbot.keyClick(screen.search.field, Qt.Key.Key_Down)
    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: results.count() == 2 * SEARCH_PAGE)
    assert results.currentRow() == SEARCH_PAGE - 1  # the row the cashier was on stays chosen
    # by touch: scrolling to the end asks for the last page
    bar = results.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: results.count() == 2 * SEARCH_PAGE + 5)
    assert screen.search.caption.text() == f"{2 * SEARCH_PAGE + 5} found for “aneka”"
    names = [results.item(row).text().split("  ·  ")[0] for row in range(results.count())]
    assert len(set(names)) == len(names)  # no item shown twice across the pages
    qtbot.keyClicks(screen.search.field, " kue 03")
    qtbot.waitUntil(lambda: results.count() == 10)  # Aneka Kue 030 to 039
    assert screen.search.caption.text() == "10 found for “aneka kue 03”"
