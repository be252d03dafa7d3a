"""The search panel asks for the next page of results once, when the cashier reaches the end of what is shown, and
never because the list has not yet measured the rows just added below."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ska_pos.ui.till.search_panel import SearchPanel

PAGE = 30


def rows(first: int) -> list[tuple[uuid.UUID, str]]:
    return [(uuid.uuid4(), f"Aneka Kue {n:03d}") for n in range(first, first + PAGE)]


def test_rows_added_below_do_not_ask_for_yet_another_page(qtbot: QtBot) -> None:
    panel = SearchPanel(QWidget())
    qtbot.addWidget(panel)
    panel.resize(400, 500)  # shorter than a page: the list scrolls
    panel.show()
    qtbot.waitExposed(panel)
    asked: list[int] = []
    panel.moreWanted.connect(lambda: asked.append(panel.results.count()))
    panel.show_results(rows(0), "aneka", more=True)
    qtbot.wait(50)  # laid out, as on a screen the cashier looks at
    assert asked == []

    panel.results.setCurrentRow(PAGE - 1)  # End, or the arrows, to the last row
    assert asked == [PAGE]
    panel.add_results(rows(PAGE), more=True)
    qtbot.wait(50)
    assert asked == [PAGE]  # the cashier is on row 30 of 60: nothing more is read until they go on
    assert panel.results.currentRow() == PAGE - 1

    bar = panel.results.verticalScrollBar()
    bar.setValue(bar.maximum())  # by touch, to the end of the 60
    assert asked == [PAGE, 2 * PAGE]


def test_a_short_page_that_leaves_the_end_in_view_asks_for_the_next_at_once(qtbot: QtBot) -> None:
    panel = SearchPanel(QWidget())
    qtbot.addWidget(panel)
    panel.resize(400, 3000)  # tall enough for every row: there is no scrolling to the end
    panel.show()
    qtbot.waitExposed(panel)
    asked: list[int] = []
    panel.moreWanted.connect(lambda: asked.append(panel.results.count()))
    panel.show_results(rows(0), "aneka", more=True)
    panel.results.setCurrentRow(PAGE - 1)
    assert asked == [PAGE]
    panel.add_results(rows(PAGE)[:3], more=True)
    assert asked == [PAGE, PAGE + 3]  # the end is in view, and the current row is not the last: ask again
