"""A computer is a till only once an administrator enrolled it (issue 11, part 5): who may, what is recorded, and
how a till moves from one computer to another."""

from __future__ import annotations

import uuid

import pytest
from shop import Shop, act_as, as_admin
from sqlalchemy import select

from ska_pos.db.database import Database
from ska_pos.db.models import AuditEntry, TillEnrolment
from ska_pos.demo.builder import build_demo
from ska_pos.services import outlets, shifts
from ska_pos.services.errors import ValidationError
from ska_pos.services.permissions import NotAllowed
from ska_pos.services.till_claims import Machine, TillInUse, claim_till, release_till
from ska_pos.services.till_enrolment import TillEnrolledElsewhere, enrol_till, enrolled_place, latest_enrolment

FRONT = Machine(uuid.uuid4(), "KASIR-DEPAN")
BACK = Machine(uuid.uuid4(), "KASIR-BELAKANG")


def enrol(shop: Shop, till_id: uuid.UUID, machine: Machine, reason: str = "", current: uuid.UUID | None = None) -> None:
    with shop.db.transaction() as s:
        enrol_till(s, as_admin(s), till_id, machine, current_till=current, take_over_reason=reason)


def place_for(shop: Shop, till_id: uuid.UUID | None, machine: Machine) -> str | None:
    with shop.db.reading() as s:
        place = enrolled_place(s, till_id, machine.machine_id)
    return None if place is None else f"{place.outlet_code}/{place.till_code}"


def test_a_computer_with_no_till_chosen_is_no_till(shop: Shop) -> None:
    assert place_for(shop, None, FRONT) is None
    assert place_for(shop, uuid.uuid4(), FRONT) is None  # a till that is not (or no longer) there


def test_an_administrator_enrols_a_computer_and_the_database_says_who_when_and_which(shop: Shop) -> None:
    till = shop.cashier.till_id
    enrol(shop, till, FRONT)
    assert place_for(shop, till, FRONT) == "KFE/T1"
    assert place_for(shop, till, BACK) is None  # the same till chosen on another computer: not its till
    with shop.db.reading() as s:
        row = latest_enrolment(s, till)
        assert row is not None
        admin_id = s.scalar(select(AuditEntry.user_id).where(AuditEntry.action == "till_enrol"))
        assert (row.machine_id, row.hostname, row.enrolled_by_id, row.replaced_machine_id) == (
            FRONT.machine_id, "KASIR-DEPAN", admin_id, None)  # fmt: skip
        assert admin_id is not None
    enrol(shop, till, FRONT)  # again on the same computer: nothing new to record
    with shop.db.reading() as s:
        assert len(s.scalars(select(TillEnrolment)).all()) == 1


@pytest.mark.parametrize("who", ["cashier", "supervisor", "manager"])
def test_only_an_administrator_enrols(shop: Shop, who: str) -> None:
    actor = act_as(shop, who)
    with shop.db.transaction() as s, pytest.raises(NotAllowed):
        enrol_till(s, actor, shop.cashier.till_id, FRONT)
    with shop.db.reading() as s:
        assert s.scalars(select(TillEnrolment)).all() == []


def test_a_till_of_another_computer_is_taken_over_only_with_a_reason(shop: Shop) -> None:
    till = shop.cashier.till_id
    enrol(shop, till, FRONT)
    with pytest.raises(TillEnrolledElsewhere, match=r"enrolled on another computer \(KASIR-DEPAN\)"):
        enrol(shop, till, BACK)
    with pytest.raises(TillEnrolledElsewhere):
        enrol(shop, till, BACK, reason="   ")
    assert place_for(shop, till, FRONT) == "KFE/T1"
    enrol(shop, till, BACK, reason="Laptop depan rusak")
    assert place_for(shop, till, BACK) == "KFE/T1"
    assert place_for(shop, till, FRONT) is None  # the old computer asks for an enrolment again
    with shop.db.reading() as s:
        rows = s.scalars(select(TillEnrolment).order_by(TillEnrolment.enrolled_at)).all()
        assert [(r.hostname, r.replaced_machine_id, r.reason) for r in rows] == [
            ("KASIR-DEPAN", None, ""), ("KASIR-BELAKANG", FRONT.machine_id, "Laptop depan rusak")]  # fmt: skip


def test_a_till_open_right_now_on_another_computer_cannot_be_taken_over(shop: Shop) -> None:
    till = shop.cashier.till_id
    enrol(shop, till, FRONT)
    with shop.db.transaction() as s:
        claim_till(s, till, FRONT)
    with pytest.raises(TillInUse, match="KASIR-DEPAN"):
        enrol(shop, till, BACK, reason="Laptop depan rusak")
    with shop.db.transaction() as s:
        release_till(s, till, FRONT)
    enrol(shop, till, BACK, reason="Laptop depan rusak")
    assert place_for(shop, till, BACK) == "KFE/T1"


def test_a_computer_leaves_its_till_only_once_the_shift_is_closed(shop: Shop) -> None:
    cafe, salon = shop.cashier.till_id, shop.salon_cashier.till_id
    with pytest.raises(ValidationError, match="open shift"):
        enrol(shop, salon, FRONT, current=cafe)
    with shop.db.transaction() as s:
        shifts.close_shift(s, shop.cashier, {100_000: 2})
    enrol(shop, salon, FRONT, current=cafe)
    assert place_for(shop, salon, FRONT) == "SLN/T1"


def test_an_inactive_till_is_not_enrolled_and_a_deactivated_one_is_no_computers_till(shop: Shop) -> None:
    with shop.db.transaction() as s:
        admin = as_admin(s)
        new_till = outlets.add_till(s, admin, shop.cafe.id, "T2")
    enrol(shop, new_till, FRONT)
    with shop.db.transaction() as s:
        outlets.set_till_active(s, as_admin(s), new_till, False)
    assert place_for(shop, new_till, FRONT) is None
    with pytest.raises(ValidationError, match="not active"):
        enrol(shop, new_till, BACK)


def test_a_till_chosen_before_enrolment_existed_keeps_its_computer(shop: Shop) -> None:
    """The upgrade day: a till in use whose computer's settings name it, and no enrolment yet, goes on selling."""
    assert place_for(shop, shop.cashier.till_id, FRONT) == "KFE/T1"


def test_the_demo_enrols_the_computer_it_is_made_on_as_the_cafes_till(db: Database) -> None:
    result = build_demo(db, days=0, machine=FRONT)
    assert result.enrolled_till == "KFE/T1"
    with db.reading() as s:
        place = enrolled_place(s, result.enrolled_till_id, FRONT.machine_id)
        assert place is not None
        assert (place.outlet_code, place.till_code) == ("KFE", "T1")
        assert s.scalars(select(TillEnrolment.hostname)).all() == ["KASIR-DEPAN"]
