"""The finish's sessions step shows each line's service and package whole in large text at 1024x768: a long name
wraps onto a second line instead of hiding behind a sideways scroll bar a cashier would have to drag."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui.translation import install_language
from ui_layout import salon_screens
from ui_layout.screens import make_place


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_lines_service_and_package_are_read_whole(qtbot: QtBot, shop: Shop, large_text: None, language: str) -> None:
    install_language(language)
    place = make_place(shop, language)
    try:
        choice = salon_screens._session_choice(place, tick=1)
        qtbot.addWidget(choice)
        choice.show()
        qtbot.waitExposed(choice)
        lines = choice.lines
        assert lines.horizontalScrollBar().maximum() == 0
        for row in range(lines.count()):
            shown = lines.visualItemRect(lines.item(row))
            assert shown.right() <= lines.viewport().width()
            assert shown.height() >= 2 * lines.fontMetrics().height()  # the long names took a second line
    finally:
        place.dispatcher.close()
