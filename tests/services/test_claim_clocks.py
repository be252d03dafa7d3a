"""Whether a till's claim is stale is judged on the database's clock, never on the clock of the computer asking."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
import time_machine
from shop import Shop
from sqlalchemy import select

from ska_pos import clock
from ska_pos.db.models import TillClaim
from ska_pos.services.till_claims import Machine, TillInUse, claim_till, renew_claim

FRONT = Machine(uuid.uuid4(), "KASIR-DEPAN")
BACK = Machine(uuid.uuid4(), "KASIR-BELAKANG")


def test_a_computer_whose_clock_runs_ahead_cannot_take_a_till_that_is_in_use(shop: Shop) -> None:
    # Two computers on one PostgreSQL server: FRONT's clock is right, BACK's runs 3 minutes ahead (no NTP in the
    # outlet). FRONT opened the till and renewed its claim a second ago, so the till is in use.
    now = clock.now()
    with shop.db.transaction() as s:
        claim_till(s, shop.cashier.till_id, FRONT)
    with shop.db.transaction() as s:
        renew_claim(s, shop.cashier.till_id, FRONT)
    back_clock = now + timedelta(seconds=2) + timedelta(minutes=3)
    with time_machine.travel(back_clock, tick=False), pytest.raises(TillInUse), shop.db.transaction() as s:
        claim_till(s, shop.cashier.till_id, BACK)


@pytest.mark.parametrize("shop_fixture", ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)])
def test_a_computer_whose_clock_runs_behind_can_take_a_till_that_stopped(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    with shop.db.transaction() as s:
        claim_till(s, shop.cashier.till_id, FRONT)
        claim = s.get(TillClaim, shop.cashier.till_id)
        assert claim is not None
        claim.renewed_at = claim.renewed_at - timedelta(minutes=3)  # FRONT stopped three minutes ago
    back_clock = clock.now() - timedelta(minutes=10)  # BACK's clock is 10 minutes slow
    with time_machine.travel(back_clock, tick=False), shop.db.transaction() as s:
        notice = claim_till(s, shop.cashier.till_id, BACK).takeover_notice()
    assert notice is not None
    assert "KASIR-DEPAN" in notice


@pytest.mark.parametrize("shop_fixture", ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)])
def test_the_database_writes_claim_times_as_utc_in_the_columns_own_form(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    before = clock.now()
    with shop.db.transaction() as s:
        claim_till(s, shop.cashier.till_id, FRONT)
    after = clock.now()
    with shop.db.reading() as s:
        claimed_at, renewed_at = s.execute(select(TillClaim.claimed_at, TillClaim.renewed_at)).one()
    for moment in (claimed_at, renewed_at):  # this machine's clock is the database's here: the same moment, in UTC
        assert before - timedelta(seconds=1) <= moment <= after + timedelta(seconds=1)
    if shop_fixture == "shop":
        with shop.db.engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT renewed_at FROM till_claim").scalar_one()
        assert len(stored) == len("2026-12-06 04:55:43.123456"), stored
