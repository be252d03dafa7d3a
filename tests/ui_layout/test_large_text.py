"""Large text ("Teks besar") is really larger: every text of every screen at least 1.25 times its normal height.

Each screen and dialog of the layout walk is built with normal text and again with large text (as the theme applies
it: `ska_pos.ui.theme.apply_theme`); every named label, button, field and table is measured by the height of the
font it paints with (a style sheet's font-size included).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui import ops
from ska_pos.ui.theme import apply_theme, load_fonts
from ska_pos.ui.translation import install_language
from ui_layout.screens import SCREENS, Place, make_place

LARGER_AT_LEAST = 1.25
MEASURED = (QLabel, QAbstractButton, QLineEdit, QAbstractItemView)


@pytest.fixture
def themed(qapp: QApplication) -> str:
    """The shipped fonts' family (the folder's conftest puts the application's style sheet and font back)."""
    return load_fonts()


def text_heights(place: Place, qtbot: QtBot) -> dict[str, int]:
    """Pixel height of the font of every named text, by "screen / objectName"."""
    heights: dict[str, int] = {}
    for entry in SCREENS:
        widget = entry.build(place)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        qtbot.waitUntil(lambda: not ops._running, timeout=10_000)
        QApplication.processEvents()
        for child in [widget, *widget.findChildren(QWidget)]:
            if isinstance(child, MEASURED) and child.objectName() and child.isVisible():
                heights[f"{entry.name} / {child.objectName()}"] = QFontInfo(child.font()).pixelSize()
        widget.close()
    return heights


# The walk builds every screen of the app: about 4 minutes under load, so it gets more than the 300 s default.
@pytest.mark.timeout(900)
def test_large_text_is_at_least_a_quarter_larger_everywhere(qtbot: QtBot, shop: Shop, themed: str) -> None:
    install_language("id")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sizes = {}
    for large in (False, True):
        apply_theme(app, large_text=large, family=themed)
        place = make_place(shop, "id")
        try:
            sizes[large] = text_heights(place, qtbot)
        finally:
            place.dispatcher.close()
    common = sizes[False].keys() & sizes[True].keys()
    assert len(common) > 300, "the walk should measure the texts of every screen"
    small = sorted(
        f"{name}: {sizes[False][name]} px -> {sizes[True][name]} px"
        for name in common
        if sizes[True][name] < LARGER_AT_LEAST * sizes[False][name]
    )
    assert not small, f"{len(small)} texts are not {LARGER_AT_LEAST}x larger in large text:\n" + "\n".join(small)


def named_heights(widget: QWidget) -> dict[str, int]:
    return {
        child.objectName(): QFontInfo(child.font()).pixelSize()
        for child in [widget, *widget.findChildren(QWidget)]
        if isinstance(child, MEASURED) and child.objectName() and child.isVisible()
    }


def test_the_sale_screen_open_when_large_text_is_chosen_grows_too(qtbot: QtBot, shop: Shop, themed: str) -> None:
    """The menu's "Large text" rebuilds the menu, but the till page (and the sale in progress) is kept: its texts
    must grow as much as a new screen's."""
    install_language("id")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, large_text=False, family=themed)
    place = make_place(shop, "id")
    try:
        till = next(entry for entry in SCREENS if entry.name == "sale screen, a sale made").build(place)
        qtbot.addWidget(till)
        till.resize(1366, 768)
        till.show()
        qtbot.waitUntil(lambda: not ops._running, timeout=10_000)
        before = named_heights(till)
        apply_theme(app, large_text=True, family=themed)
        QApplication.processEvents()
        after = named_heights(till)
    finally:
        place.dispatcher.close()
    small = sorted(
        f"{name}: {before[name]} px -> {after[name]} px"
        for name in before.keys() & after.keys()
        if after[name] < LARGER_AT_LEAST * before[name]
    )
    assert not small, f"{len(small)} texts did not grow {LARGER_AT_LEAST}x:\n" + "\n".join(small)
