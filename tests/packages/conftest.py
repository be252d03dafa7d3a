"""Package tests read refusal messages in English (the message ids); Indonesian is checked in tests/i18n."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _english(english_messages: None) -> None:
    return None
