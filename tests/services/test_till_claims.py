"""One till, one computer: a second computer is told plainly before its cashier starts; a computer that stopped
can be taken over, saying so."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from races import DONE, race
from shop import Shop, as_admin
from sqlalchemy import select
from till_races import claim_tills as claim_race

from ska_pos.db.models import AuditEntry, TillClaim
from ska_pos.services import setup
from ska_pos.services.this_till import load_local_config, this_machine
from ska_pos.services.till_claims import (
    STALE_AFTER,
    Machine,
    TillInUse,
    TillTakenOver,
    claim_till,
    release_till,
    renew_claim,
)

FRONT = Machine(uuid.uuid4(), "KASIR-DEPAN")
BACK = Machine(uuid.uuid4(), "KASIR-BELAKANG")


def claim(shop: Shop, machine: Machine) -> str | None:
    with shop.db.transaction() as s:
        return claim_till(s, shop.cashier.till_id, machine).takeover_notice()


def renewed_ago(shop: Shop, ago: timedelta) -> None:
    """The claim was last renewed `ago` by the database's clock (time-machine does not move the database's)."""
    with shop.db.transaction() as s:
        claim = s.get(TillClaim, shop.cashier.till_id)
        assert claim is not None
        claim.renewed_at = claim.renewed_at - ago


def test_a_second_computer_is_told_the_till_is_open_elsewhere(shop: Shop) -> None:
    assert claim(shop, FRONT) is None
    assert claim(shop, FRONT) is None  # the same computer again (a restart): still its till
    with pytest.raises(TillInUse, match=r"Till T1 is open on another computer \(KASIR-DEPAN\)"):
        claim(shop, BACK)
    with shop.db.reading() as s:
        assert s.scalar(select(TillClaim.hostname)) == "KASIR-DEPAN"


def test_the_message_is_indonesian_for_an_indonesian_till(shop: Shop) -> None:
    from ska_pos.i18n import set_language

    claim(shop, FRONT)
    set_language("id")
    with pytest.raises(TillInUse, match=r"Mesin kasir T1 sedang dibuka di komputer lain \(KASIR-DEPAN\)"):
        claim(shop, BACK)


def test_a_released_till_opens_at_once_elsewhere(shop: Shop) -> None:
    claim(shop, FRONT)
    with shop.db.transaction() as s:
        release_till(s, shop.cashier.till_id, BACK)  # not its claim: nothing happens
    with pytest.raises(TillInUse):
        claim(shop, BACK)
    with shop.db.transaction() as s:
        release_till(s, shop.cashier.till_id, FRONT)
    assert claim(shop, BACK) is None


def test_a_stopped_computer_is_taken_over_saying_so_and_learns_it(shop: Shop) -> None:
    claim(shop, FRONT)
    renewed_ago(shop, STALE_AFTER + timedelta(seconds=1))
    notice = claim(shop, BACK)
    assert notice is not None
    assert "KASIR-DEPAN" in notice
    assert "takes it over" in notice
    with shop.db.reading() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "till_takeover")) == "till_takeover"
    with pytest.raises(TillTakenOver, match="KASIR-BELAKANG"), shop.db.transaction() as s:
        renew_claim(s, shop.cashier.till_id, FRONT)  # the front computer wakes up
    with shop.db.transaction() as s:
        renew_claim(s, shop.cashier.till_id, BACK)


def test_renewing_keeps_the_claim_fresh(shop: Shop) -> None:
    claim(shop, FRONT)
    renewed_ago(shop, STALE_AFTER * 3)
    with shop.db.transaction() as s:
        renew_claim(s, shop.cashier.till_id, FRONT)
    with pytest.raises(TillInUse):
        claim(shop, BACK)


def test_the_machine_id_is_made_once_and_kept_in_the_settings_file(tmp_path: Path) -> None:
    first = this_machine(tmp_path)
    assert this_machine(tmp_path) == first
    assert load_local_config(tmp_path).machine_id == first.machine_id
    assert this_machine(tmp_path / "other").machine_id != first.machine_id


ROUNDS = 10


@pytest.mark.parametrize("shop_fixture", ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)])
def test_two_computers_claiming_one_till_at_once_one_gets_it(shop_fixture: str, request: pytest.FixtureRequest) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    with shop.db.transaction() as s:
        cafe = s.get(type(shop.cafe), shop.cafe.id)
        assert cafe is not None
        till_ids = [setup.create_till(s, as_admin(s), cafe, f"R{n}").id for n in range(ROUNDS)]
    outcomes = race(claim_race, [(shop.db.url, FRONT, till_ids), (shop.db.url, BACK, till_ids)], ROUNDS)
    for outcome in outcomes:
        assert outcome.count(DONE) == 1, outcomes
        assert "is open on another computer" in next(text for text in outcome if text != DONE), outcomes


def test_a_claim_let_go_meanwhile_is_claimed_again_saying_so(shop: Shop, caplog: pytest.LogCaptureFixture) -> None:
    claim(shop, FRONT)
    renewed_ago(shop, STALE_AFTER * 2)  # FRONT looked stopped ...
    claim(shop, BACK)  # ... BACK took the till over, sold, and logged out
    with shop.db.transaction() as s:
        release_till(s, shop.cashier.till_id, BACK)
    with shop.db.transaction() as s:
        notice = renew_claim(s, shop.cashier.till_id, FRONT)  # FRONT wakes up
    assert notice is not None
    assert "till T1 was let go meanwhile" in notice
    assert "claimed again" in caplog.text
    with shop.db.reading() as s:
        assert s.scalar(select(TillClaim.hostname)) == "KASIR-DEPAN"
    with shop.db.transaction() as s:
        assert renew_claim(s, shop.cashier.till_id, FRONT) is None  # an ordinary renewal says nothing
