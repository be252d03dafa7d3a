"""The window walk's tests leave the application as they found it, and can be run in reverse order.

A walk applies the theme (the application's style sheet and font, large text or not) and builds hundreds of windows;
each test here gets back the style sheet and font it started with, and the windows it left (the walk's stand-in sale
screen and the dialogs parented to it are no test's to close) are closed and deleted, so the next test neither
inherits their look nor has `apply_theme` rescale them. The languages are put back by tests/conftest.py.

`SKA_POS_TESTS_REVERSED=1` runs the collected tests in reverse order: a test that passes only after (or only
without) another shows up as a failure in one of the two orders.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from ska_pos.ui.theme import apply_theme, load_fonts

REVERSED = "SKA_POS_TESTS_REVERSED"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if os.environ.get(REVERSED) == "1":
        items.reverse()


@pytest.fixture(autouse=True)
def application_as_found(qapp: QApplication) -> Iterator[None]:
    style, font = qapp.styleSheet(), QFont(qapp.font())
    windows = set(QApplication.topLevelWidgets())
    yield
    for window in set(QApplication.topLevelWidgets()) - windows:
        if isValid(window):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.setStyleSheet(style)
    qapp.setFont(font)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """The theme in large text for the test (the tests that measure a screen as a large-text user sees it)."""
    style, font = qapp.styleSheet(), qapp.font()
    apply_theme(qapp, large_text=True, family=load_fonts())
    yield
    qapp.setStyleSheet(style)
    qapp.setFont(font)
