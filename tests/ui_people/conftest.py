"""The users and customers screens, driven offscreen; they read refusals in English (Indonesian: tests/i18n)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from ska_pos.i18n import current_language, set_language


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    previous = current_language()
    set_language("en")
    yield
    set_language(previous)


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box is answered Yes at once (never shown), its text kept."""
    said: list[str] = []

    def answer(box: QMessageBox) -> int:
        said.append(box.text())
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return said
