"""The users and customers screens, driven offscreen; they read refusals in English (Indonesian: tests/i18n)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def _in_english(english_messages: None) -> None:
    """Every test here reads messages in English (tests/conftest.py)."""


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box is answered Yes at once (never shown), its text kept."""
    said: list[str] = []

    def answer(box: QMessageBox) -> int:
        said.append(box.text())
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return said
