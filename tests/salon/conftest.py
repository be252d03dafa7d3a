"""Salon tests read refusal messages in English (the message ids); Indonesian is checked in tests/i18n."""

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
