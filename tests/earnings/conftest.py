"""Earnings tests read refusal messages in English (the message ids); Indonesian is checked in tests/i18n."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from shop import Shop, act_as

from ska_pos.i18n import current_language, set_language
from ska_pos.services.actor import Actor


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    previous = current_language()
    set_language("en")
    yield
    set_language(previous)


@pytest.fixture
def manager(shop: Shop) -> Actor:
    """The shop's manager, logged in at the café till."""
    return act_as(shop, "manager")
