"""The catalogue screens' tests read the services' refusals in English (the message ids)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ska_pos.i18n import current_language, set_language


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    previous = current_language()
    set_language("en")
    yield
    set_language(previous)


@pytest.fixture(autouse=True)
def yes_to_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Yes))
