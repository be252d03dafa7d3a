"""A shift belongs to whoever holds it: taking one over is said and recorded, and a till keeps its open shift."""

from __future__ import annotations

import json
import uuid

import pytest
from shop import Shop, act_as, approved
from sqlalchemy import select

from ska_pos.db.models import AuditEntry, JournalEntry
from ska_pos.services import shifts
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.this_till import check_till_change


def supervisor_at_cafe(shop: Shop) -> Actor:
    return act_as(shop, "supervisor")


def test_the_opener_holds_the_shift_until_someone_takes_it_over(shop: Shop) -> None:
    spv = supervisor_at_cafe(shop)
    with shop.db.reading() as s:
        holder = shifts.shift_holder(s, shop.cashier.till_id)
    assert holder is not None
    assert (holder.user_id, holder.full_name) == (shop.cashier.user_id, "Rina Kasir")
    with shop.db.transaction() as s:
        shifts.take_over_shift(s, spv, holder.shift_id)
    with shop.db.reading() as s:
        taken = shifts.shift_holder(s, shop.cashier.till_id)
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == shifts.TAKE_OVER)).all()
    assert taken is not None
    assert (taken.shift_id, taken.user_id, taken.full_name) == (holder.shift_id, spv.user_id, "Dewi Supervisor")
    assert [(e.user_id, e.entity_id, e.till_id) for e in entries] == [
        (spv.user_id, str(holder.shift_id), shop.cashier.till_id)
    ]
    assert json.loads(entries[0].details) == {"taken_from": str(shop.cashier.user_id)}


def open_shift_id(shop: Shop) -> uuid.UUID:
    with shop.db.reading() as s:
        holder = shifts.shift_holder(s, shop.cashier.till_id)
    assert holder is not None
    return holder.shift_id


def close_the_shift(shop: Shop) -> None:
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        shifts.close_shift(
            s, shop.cashier, {100_000: expected // 100_000}, approval=approved(s, "shift.close_difference")
        )


def test_the_holder_taking_over_again_records_nothing(shop: Shop) -> None:
    with shop.db.transaction() as s:
        shifts.take_over_shift(s, shop.cashier, open_shift_id(shop))
    with shop.db.reading() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == shifts.TAKE_OVER)).all() == []


def test_no_open_shift_cannot_be_taken_over(shop: Shop) -> None:
    asked_about = open_shift_id(shop)
    close_the_shift(shop)
    with pytest.raises(ValidationError, match="No shift is open"), shop.db.transaction() as s:
        shifts.take_over_shift(s, supervisor_at_cafe(shop), asked_about)


def test_a_shift_closed_and_reopened_meanwhile_is_not_the_one_taken_over(shop: Shop) -> None:
    asked_about = open_shift_id(shop)  # the supervisor is asked "take over Rina's shift?" ...
    close_the_shift(shop)  # ... while Rina closes it at the till and opens a new one
    with shop.db.transaction() as s:
        shifts.open_shift(s, shop.cashier, 200_000)
    with pytest.raises(ValidationError, match="was closed meanwhile"), shop.db.transaction() as s:
        shifts.take_over_shift(s, supervisor_at_cafe(shop), asked_about)
    with shop.db.reading() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == shifts.TAKE_OVER)).all() == []
        holder = shifts.shift_holder(s, shop.cashier.till_id)
    assert holder is not None
    assert holder.user_id == shop.cashier.user_id


def test_a_till_with_an_open_shift_is_not_swapped_for_another(shop: Shop) -> None:
    cafe, salon = shop.cashier.till_id, shop.salon_cashier.till_id
    with pytest.raises(ValidationError, match="Close the shift first"), shop.db.reading() as s:
        check_till_change(s, cafe, salon)
    with shop.db.reading() as s:
        check_till_change(s, cafe, cafe)  # staying is always fine
        check_till_change(s, None, salon)  # a machine with no till yet
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        shifts.close_shift(
            s, shop.cashier, {100_000: expected // 100_000}, approval=approved(s, "shift.close_difference")
        )
    with shop.db.reading() as s:
        check_till_change(s, cafe, salon)  # the shift is closed: nothing is left behind


def test_a_take_over_is_journaled_in_the_tills_chain(shop: Shop) -> None:
    spv = supervisor_at_cafe(shop)
    with shop.db.reading() as s:
        holder = shifts.shift_holder(s, shop.cashier.till_id)
    assert holder is not None
    with shop.db.transaction() as s:
        shifts.take_over_shift(s, spv, holder.shift_id)
    with shop.db.reading() as s:
        [entry] = s.scalars(select(JournalEntry).where(JournalEntry.type == "shift_take_over")).all()
    payload = json.loads(entry.payload)
    assert (entry.till_id, payload["user_id"], payload["taken_from_id"]) == (
        shop.cashier.till_id, str(spv.user_id), str(holder.user_id))  # fmt: skip
