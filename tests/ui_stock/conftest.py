"""The stock screens' tests read the services' refusals in English and answer every question with Yes."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _in_english(english_messages: None) -> None:
    """Every test here reads messages in English (tests/conftest.py)."""


@pytest.fixture(autouse=True)
def yes_to_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Yes))
