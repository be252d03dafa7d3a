"""Order tests read refusal messages in English (the message ids); Indonesian is checked in tests/i18n."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from order_shop import OrderShop, build_order_shop
from shop import Shop

from ska_pos.i18n import current_language, set_language


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    previous = current_language()
    set_language("en")
    yield
    set_language(previous)


@pytest.fixture
def orders(shop: Shop) -> OrderShop:
    return build_order_shop(shop)
