"""Wrong PINs typed at the same moment (two tills, or a script running `ska-pos` commands side by side against
the server) all count towards the lockout: the counter is read and written under the user's row lock."""

from __future__ import annotations

import threading

import pytest
from shop import Shop

from ska_pos.db.models import User
from ska_pos.services import auth

TRIES = auth.MAX_FAILED_PINS


@pytest.mark.postgres
def test_wrong_pins_tried_at_once_all_count_towards_the_lockout_on_postgresql(pg_shop: Shop) -> None:
    start = threading.Barrier(TRIES)
    refused: list[str] = []

    def guess(pin: str) -> None:
        start.wait(timeout=60)
        with pg_shop.db.transaction() as s:
            refused.append(auth.login_for_command(s, "kasir", pin).message)

    threads = [threading.Thread(target=guess, args=(f"90{n:02d}",)) for n in range(TRIES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(refused) == TRIES
    with pg_shop.db.reading() as s:
        user = auth.find_user(s, "kasir")
        assert isinstance(user, User)
        assert (user.failed_pin_count, user.locked_until is not None) == (TRIES, True), refused
