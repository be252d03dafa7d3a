"""Earnings tests read refusal messages in English (the message ids); Indonesian is checked in tests/i18n."""

from __future__ import annotations

import pytest
from shop import Shop, act_as

from ska_pos.services.actor import Actor


@pytest.fixture(autouse=True)
def _in_english(english_messages: None) -> None:
    """Every test here reads messages in English (tests/conftest.py)."""


@pytest.fixture
def manager(shop: Shop) -> Actor:
    """The shop's manager, logged in at the café till."""
    return act_as(shop, "manager")
