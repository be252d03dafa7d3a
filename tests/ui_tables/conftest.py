"""The manager's tables screen, driven offscreen; refusals are read in English (Indonesian: tests/i18n)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _in_english(english_messages: None) -> None:
    pass
