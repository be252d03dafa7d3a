"""Nothing clips, at any size, in either language, in either text size (issue 10, part 6).

Every screen and dialog of `tests/ui_layout/screens.py` is shown at 1366x768 and at 1024x768 (a dialog at its own
size, never larger than the screen), in Indonesian and English, with normal and large text; every label, button,
tab title and table header it shows must hold its text (`fit.clips_in`). A window of `ska_pos.ui` that the walk
never shows fails the test too, so a new dialog cannot escape it.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop

import ska_pos.ui
from ska_pos.ui import ops
from ska_pos.ui.theme import apply_theme, load_fonts
from ska_pos.ui.translation import install_language
from ui_layout.fit import Clip, clips_in
from ui_layout.screens import SCREENS, Entry, Place, make_place

SCREEN_SIZES = {"1366x768": QSize(1366, 768), "1024x768": QSize(1024, 768)}

# Widgets of ska_pos.ui that are parts of the walked windows, or windows the walk cannot show, and why.
NOT_WINDOWS: dict[str, str] = {
    "AroundTheSale": "the main window's part that opens the pages around the sale; its pages are walked",
    "FollowsPreferences": "the main window's part that applies language and text size; it shows nothing of its own",
    "HostsThePrintQueue": "the main window's part that keeps the print queue; its status panel is walked",
    "KeepsTheTillClaim": "the main window's part that keeps the till's claim; it shows nothing of its own",
    "LogsIn": "the main window's part that leads to a login; its pages are walked",
    "MainWindow": "a stack that shows the walked pages one at a time",
    "PageStack": "the main window's part that shows the walked pages one at a time",
    "RunsTheSession": "the main window's part that runs a login's session; its pages are walked",
}


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: QWidget) -> int:
        raise AssertionError(f"a blocking modal dialog was opened: {self.objectName()} {self.accessibleName()}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture(scope="module")
def font_family(qapp: QApplication) -> str:
    return load_fonts()


def _settle(qtbot: QtBot) -> None:
    """Until the screen's data has arrived and its layouts have settled (a wrapped label asks again after a resize)."""
    qtbot.waitUntil(lambda: not ops._running, timeout=10_000)
    for _round in range(4):
        QApplication.processEvents()


def _show(widget: QWidget, entry: Entry, screen: QSize, qtbot: QtBot) -> None:
    if entry.page:
        widget.resize(screen)
    else:
        own = widget.size() if widget.testAttribute(Qt.WidgetAttribute.WA_Resized) else widget.sizeHint()
        widget.resize(own.boundedTo(screen))
    widget.show()
    _settle(qtbot)
    if not entry.page:  # what Qt does on showing a dialog whose contents arrived: no larger than the screen
        widget.resize(widget.size().boundedTo(screen))
        _settle(qtbot)


def _window_clips(widget: QWidget, where: str, screen: QSize) -> list[Clip]:
    clips = []
    for axis, got, needed in (("window width", screen.width(), widget.width()),
                              ("window height", screen.height(), widget.height())):  # fmt: skip
        if needed > got:
            clips.append(Clip(where, widget.objectName(), widget.windowTitle(), axis, needed, got))
    return clips


def walk(place: Place, qtbot: QtBot, text_size: str) -> tuple[list[Clip], set[type]]:
    found: list[Clip] = []
    seen: set[type] = set()
    for entry in SCREENS:
        widget = entry.build(place)
        qtbot.addWidget(widget)
        for size_name, screen in SCREEN_SIZES.items():
            _show(widget, entry, screen, qtbot)
            where = f"{entry.name} {size_name} / {place.language} / {text_size}"
            found += _window_clips(widget, where, screen)
            found += clips_in(widget, where)
        seen |= {type(child) for child in [widget, *widget.findChildren(QWidget)]}
        widget.close()
    return found, seen


@functools.cache
def windows_of_the_app() -> frozenset[type]:
    """Every QWidget subclass defined in ska_pos.ui."""
    found = set()
    for module_info in pkgutil.walk_packages(ska_pos.ui.__path__, "ska_pos.ui."):
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QWidget):
                found.add(cls)
    return frozenset(found)


# Each walk builds every screen of the app: minutes under load, more than the 300 s default.
@pytest.mark.timeout(900)
@pytest.mark.parametrize("text_size", ["normal", "large"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_no_text_is_cut_off(qtbot: QtBot, shop: Shop, font_family: str, language: str,
                            text_size: str) -> None:  # fmt: skip
    install_language(language)
    apply_theme(QApplication.instance(), large_text=text_size == "large", family=font_family)  # type: ignore[arg-type]
    place = make_place(shop, language)
    try:
        clips, seen = walk(place, qtbot, text_size)
    finally:
        place.dispatcher.close()
    assert not clips, f"{len(clips)} texts do not fit:\n" + "\n".join(str(clip) for clip in clips)
    unwalked = {
        cls.__name__
        for cls in windows_of_the_app()
        if not any(issubclass(shown, cls) for shown in seen) and cls.__name__ not in NOT_WINDOWS
    }
    assert not unwalked, f"not walked (add them to tests/ui_layout/screens.py): {sorted(unwalked)}"
