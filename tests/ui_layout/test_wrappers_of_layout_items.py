"""Built and shown, no screen leaves PySide holding a wrapper of a layout item (docs/architecture.md, "No Python wrapper
outlives its Qt object").

Qt deletes a layout's items (`QWidgetItem`, `QSpacerItem`: layout items that are not Qt objects) without telling
PySide, so any wrapper of one that stays registered is a crash in waiting. The guard of every Qt test
(tests/layout_guard.py) refuses the usual cause at its line; this walk of every screen of `screens.py` (the pages
before the sale, the till and its dialogs, the manager's screens) counts what is left all the same.
"""

from __future__ import annotations

import gc
from collections import Counter

import shiboken6
from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QApplication, QLayoutItem
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui import ops
from ska_pos.ui.translation import install_language
from ui_layout.screens import SCREENS, make_place

SCREEN = QSize(1366, 768)


def layout_item_wrappers() -> Counter[str]:
    gc.collect()
    return Counter(
        type(o).__name__
        for o in shiboken6.getAllValidWrappers()
        if isinstance(o, QLayoutItem) and not isinstance(o, QObject)
    )


def test_no_screen_leaves_a_wrapper_of_a_layout_item(qtbot: QtBot, shop: Shop) -> None:
    install_language("id")
    place = make_place(shop, "id")
    found: dict[str, Counter[str]] = {}
    try:
        for entry in SCREENS:
            widget = entry.build(place)
            qtbot.addWidget(widget)
            widget.resize(SCREEN if entry.page else widget.sizeHint().boundedTo(SCREEN))
            widget.show()
            qtbot.waitUntil(lambda: not ops._running, timeout=10_000)
            QApplication.processEvents()
            if left := layout_item_wrappers():
                found[entry.name] = left
            widget.close()
    finally:
        place.dispatcher.close()
    assert found == {}, f"wrappers of layout items after building these screens: {found}"
