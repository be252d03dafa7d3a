"""Review 8: whether a till's claim is stale is judged on the clock of the computer asking, not one shared clock."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from shop import Shop

from ska_pos import clock
from ska_pos.services.till_claims import Machine, TillInUse, claim_till, renew_claim

FRONT = Machine(uuid.uuid4(), "KASIR-DEPAN")
BACK = Machine(uuid.uuid4(), "KASIR-BELAKANG")


def test_a_computer_whose_clock_runs_ahead_cannot_take_a_till_that_is_in_use(shop: Shop) -> None:
    # Two computers on one PostgreSQL server: FRONT's clock is right, BACK's runs 3 minutes ahead (no NTP in the
    # outlet). FRONT opened the till and renewed its claim a second ago, so the till is in use.
    now = clock.now()
    with shop.db.transaction() as s:
        claim_till(s, shop.cashier.till_id, FRONT, now=now)
    with shop.db.transaction() as s:
        renew_claim(s, shop.cashier.till_id, FRONT, now=now + timedelta(seconds=1))
    back_clock = now + timedelta(seconds=2) + timedelta(minutes=3)
    with pytest.raises(TillInUse), shop.db.transaction() as s:
        claim_till(s, shop.cashier.till_id, BACK, now=back_clock)
