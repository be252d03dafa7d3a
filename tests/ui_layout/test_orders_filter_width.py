"""The orders board's filter holds its longest choice, however fast the database answered.

The filter's stages arrive from the database after the board is built. Sized at its first show (Qt's default), the
filter was as wide as its first two choices when the layout pass came first and as its longest when the database
answered first, which a warm process (tests that ran before) does: the search field beside it was then 180 px
narrower, and the no-clipping walk passed alone and failed after other tests (its Indonesian hint was cut at 1024 px
in large text).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui import ops
from ui_layout.screens import SCREENS, make_place


def test_the_filter_grows_to_its_longest_choice_after_a_first_show(qtbot: QtBot, shop: Shop) -> None:
    place = make_place(shop, "en")
    try:
        board = next(entry for entry in SCREENS if entry.name == "orders board").build(place)
        qtbot.addWidget(board)
        board.resize(QSize(1024, 768))
        board.show()
        choices = board.findChild(QComboBox, "ordersFilter")
        assert choices is not None
        first = choices.sizeHint().width()  # laid out before the stages arrived: the slow database's order
        qtbot.waitUntil(lambda: not ops._running and choices.count() > 2, timeout=10_000)
        QApplication.processEvents()
        longest = max(choices.fontMetrics().horizontalAdvance(choices.itemText(i)) for i in range(choices.count()))
        assert choices.width() > first
        assert choices.width() >= longest
    finally:
        place.dispatcher.close()
