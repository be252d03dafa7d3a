"""Payouts, their reversal and a manager's adjustment: who may, what is refused, what is written and audited."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from shop import Shop, act_as
from sqlalchemy import func, select

from earnings.ledger_helpers import sell
from ska_pos import clock
from ska_pos.db.models import AuditEntry, EarningEntry, Payout
from ska_pos.services.actor import Actor
from ska_pos.services.earnings import Period, check_ledger, worker_balance
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.payouts import record_adjustment, record_payout, reverse_payout

pytestmark = pytest.mark.dates

PAID_ON = date(2026, 11, 20)


@pytest.fixture
def siti_owed(shop: Shop) -> Shop:
    sell(shop, [(shop.es_teh, Decimal(5), ())])  # 25.000 at 40%: Siti is owed 10.000
    return shop


def payouts_count(shop: Shop) -> int:
    with shop.db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Payout)) or 0)


def test_a_cash_payout_lowers_the_balance_and_is_audited(siti_owed: Shop, manager: Actor) -> None:
    shop = siti_owed
    with shop.db.transaction() as s:
        payout = record_payout(s, manager, shop.siti.id, 6_000, "cash", paid_on=PAID_ON, note="  November  ",
                               period=Period(date(2026, 11, 1), date(2026, 11, 30)))  # fmt: skip
    with shop.db.reading() as s:
        assert worker_balance(s, shop.siti.id) == 4_000
        stored = s.get(Payout, payout.id)
        assert stored is not None
        assert (stored.amount, stored.method, stored.paid_on, stored.paid_by_id, stored.note) == (
            6_000, "cash", PAID_ON, shop.manager.id, "November")  # fmt: skip
        assert (stored.period_from, stored.period_to) == (date(2026, 11, 1), date(2026, 11, 30))
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "payout")).one()
        assert audit.user_id == shop.manager.id
        assert json.loads(audit.details)["amount"] == 6_000


def test_a_transfer_needs_a_reference(siti_owed: Shop, manager: Actor) -> None:
    with siti_owed.db.transaction() as s, pytest.raises(ValidationError, match="reference"):
        record_payout(s, manager, siti_owed.siti.id, 5_000, "transfer", reference="  ", paid_on=PAID_ON)
    with siti_owed.db.transaction() as s:
        payout = record_payout(s, manager, siti_owed.siti.id, 5_000, "transfer", reference=" TRF-1 ", paid_on=PAID_ON)
        assert payout.reference == "TRF-1"


@pytest.mark.parametrize("amount", [0, -5_000, True, 2_000_000_000])
def test_amounts_that_are_refused(siti_owed: Shop, manager: Actor, amount: int) -> None:
    with siti_owed.db.transaction() as s, pytest.raises(ValidationError):
        record_payout(s, manager, siti_owed.siti.id, amount, "cash", paid_on=PAID_ON)
    assert payouts_count(siti_owed) == 0


def test_more_than_the_balance_needs_a_reason_which_is_kept(siti_owed: Shop, manager: Actor) -> None:
    shop = siti_owed
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="more than Siti's balance"):
        record_payout(s, manager, shop.siti.id, 10_001, "cash", paid_on=PAID_ON)
    assert payouts_count(shop) == 0
    with shop.db.transaction() as s:
        payout = record_payout(s, manager, shop.siti.id, 15_000, "cash", paid_on=PAID_ON,
                               over_balance_reason="Uang muka biaya sekolah anak")  # fmt: skip
        assert payout.over_balance_reason == "Uang muka biaya sekolah anak"
    with shop.db.reading() as s:
        assert worker_balance(s, shop.siti.id) == -5_000


def test_the_reason_is_not_stored_when_the_balance_covers_the_payout(siti_owed: Shop, manager: Actor) -> None:
    with siti_owed.db.transaction() as s:
        payout = record_payout(s, manager, siti_owed.siti.id, 10_000, "cash", paid_on=PAID_ON,
                               over_balance_reason="not needed")  # fmt: skip
        assert payout.over_balance_reason == ""


def test_only_managers_and_admins_pay(siti_owed: Shop, manager: Actor) -> None:
    shop = siti_owed
    supervisor = act_as(shop, "supervisor")
    for actor in (shop.cashier, supervisor):
        with shop.db.transaction() as s, pytest.raises(PermissionDenied):
            record_payout(s, actor, shop.siti.id, 1_000, "cash", paid_on=PAID_ON)
    admin = act_as(shop, "admin")
    with shop.db.transaction() as s:
        record_payout(s, admin, shop.siti.id, 1_000, "cash", paid_on=PAID_ON)
    assert payouts_count(shop) == 1


def test_other_refusals(siti_owed: Shop, manager: Actor) -> None:
    shop = siti_owed
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="cash or by transfer"):
        record_payout(s, manager, shop.siti.id, 1_000, "qris", paid_on=PAID_ON)
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="future"):
        record_payout(
            s, manager, shop.siti.id, 1_000, "cash", paid_on=clock.today_in("Asia/Jakarta") + timedelta(days=3)
        )
    assert payouts_count(shop) == 0


def test_a_payout_is_reversed_by_a_new_negative_one(siti_owed: Shop, manager: Actor) -> None:
    shop = siti_owed
    with shop.db.transaction() as s:
        payout_id = record_payout(s, manager, shop.siti.id, 6_000, "cash", paid_on=PAID_ON).id
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="reason"):
        reverse_payout(s, manager, payout_id, " ")
    with shop.db.transaction() as s:
        reversal = reverse_payout(s, manager, payout_id, "Salah pekerja")
        assert (reversal.amount, reversal.reverses_payout_id) == (-6_000, payout_id)
        reversal_id = reversal.id
    with shop.db.reading() as s:
        assert worker_balance(s, shop.siti.id) == 10_000
        assert s.get(Payout, payout_id) is not None  # the original stays on record
    for target in (payout_id, reversal_id):
        with shop.db.transaction() as s, pytest.raises(ValidationError):
            reverse_payout(s, manager, target, "again")


def test_an_adjustment_changes_the_earnings_with_its_reason(siti_owed: Shop, manager: Actor) -> None:
    shop = siti_owed
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="reason"):
        record_adjustment(s, manager, shop.siti.id, 2_500, "   ")
    with shop.db.transaction() as s, pytest.raises(ValidationError):
        record_adjustment(s, manager, shop.siti.id, 0, "nol")
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        record_adjustment(s, shop.cashier, shop.siti.id, 2_500, "Bonus")
    with shop.db.transaction() as s:
        entry = record_adjustment(s, manager, shop.siti.id, -2_500, "Kelebihan hitung minggu lalu")
        day = entry.business_date
    with shop.db.reading() as s:
        stored = s.scalars(select(EarningEntry).where(EarningEntry.kind == "adjustment")).one()
        assert (stored.amount, stored.credited_amount, stored.reason) == (-2_500, 0, "Kelebihan hitung minggu lalu")
        assert stored.created_by_id == shop.manager.id
        assert worker_balance(s, shop.siti.id) == 7_500
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "earning_adjustment"))
        assert check_ledger(s, Period(day, day)).balanced
