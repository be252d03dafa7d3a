"""A package's expiry is a money event of a till: its row carries the till and the till's own sequence number and
is in the till's journal; its breakage is dated the day the expiry is recorded (a closed day's summary never
changes), the package's last day kept on the row; and it runs by itself when a till closes its day or opens a shift
on a new day, once per package."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime

import pytest
import time_machine
from package_shop import PackageShop, at, build_package_shop, creambath, day_after
from shop import Shop, act_as
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import JournalEntry, PackageExpiry, PackageSale
from ska_pos.domain.settlement import Tender
from ska_pos.services import journal_verify, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.journal_closings import close_day
from ska_pos.services.packages.balances import package_days
from ska_pos.services.packages.expiry import expire_packages
from ska_pos.services.packages.ledger import sell_package, use_package

DAY = date(2026, 12, 7)


@pytest.fixture
def salon(shop: Shop) -> PackageShop:
    return build_package_shop(shop, [creambath(shop, "CB5", days=3)])


def _sell(salon: PackageShop) -> PackageSale:
    with salon.shop.db.transaction() as s:
        sold = sell_package(s, salon.shop.salon_cashier, salon.customer_id, "CB5", Tender("cash", 100_001),
                            now=at(DAY))  # fmt: skip
        package = s.get(PackageSale, sold.package_id)
        assert package is not None
        s.expunge(package)
        return package


def _supervisor(salon: PackageShop) -> Actor:
    return act_as(salon.shop, "spv", outlet_id=salon.shop.salon.id, till_id=salon.shop.salon_cashier.till_id)


def test_an_expiry_is_written_at_the_till_with_its_sequence_and_journal_entry(salon: PackageShop) -> None:
    package = _sell(salon)
    after = at(day_after(package.expires_on, 1))
    with salon.shop.db.transaction() as s:
        assert expire_packages(s, _supervisor(salon), salon.shop.salon.id, now=after) == 1
    with salon.shop.db.transaction() as s:
        expiry = s.scalars(select(PackageExpiry)).one()
        assert (expiry.till_id, expiry.seq) == (salon.shop.salon_cashier.till_id, 1)
        entry = s.scalars(select(JournalEntry).where(JournalEntry.record_id == expiry.id)).one()
        assert (entry.type, entry.till_id) == ("package_expiry", expiry.till_id)
        payload = json.loads(entry.payload)
        assert (payload["amount"], payload["sessions_left"], payload["package_id"]) == (
            100_001, 5, str(package.id))  # fmt: skip
        report = journal_verify.verify(s)
    assert report.ok, list(report.lines())


def test_breakage_is_dated_the_day_the_expiry_is_recorded_not_back_in_a_closed_day(salon: PackageShop) -> None:
    package = _sell(salon)
    day_after_last, recorded = day_after(package.expires_on, 1), day_after(package.expires_on, 10)
    with salon.shop.db.reading() as s:
        before = package_days(s, [salon.shop.salon.id], day_after_last, day_after_last)
    with salon.shop.db.transaction() as s:
        expire_packages(s, _supervisor(salon), salon.shop.salon.id, now=at(recorded))
    with salon.shop.db.reading() as s:
        expiry = s.scalars(select(PackageExpiry)).one()
        assert (expiry.business_date, expiry.expires_on) == (recorded, package.expires_on)
        assert package_days(s, [salon.shop.salon.id], day_after_last, day_after_last) == before  # unchanged
        assert package_days(s, [salon.shop.salon.id], recorded, recorded).breakage == 100_001


def _close_shift_and_day(salon: PackageShop, day_of_close: int) -> None:
    cashier = salon.shop.salon_cashier
    with salon.shop.db.transaction() as s:
        shifts.close_shift(s, cashier, {100_000: 2}, now=at(day_after(DAY, day_of_close)))
    manager = act_as(salon.shop, "manager", outlet_id=salon.shop.salon.id, till_id=cashier.till_id)
    with salon.shop.db.transaction() as s:
        close_day(s, manager, day=day_after(DAY, day_of_close), now=at(day_after(DAY, day_of_close)))


def test_closing_the_day_expires_what_is_due_once(salon: PackageShop) -> None:
    package = _sell(salon)  # its last day is DAY + 2
    _close_shift_and_day(salon, 3)
    with salon.shop.db.reading() as s:
        expiry = s.scalars(select(PackageExpiry)).one()
        assert (expiry.package_id, expiry.business_date) == (package.id, day_after(DAY, 3))
        types = list(s.scalars(select(JournalEntry.type).where(
            JournalEntry.till_id == expiry.till_id).order_by(JournalEntry.seq)))  # fmt: skip
        assert types[-2:] == ["package_expiry", "day_close"]  # in the closing of the day it is dated
    with salon.shop.db.transaction() as s:
        assert expire_packages(s, _supervisor(salon), salon.shop.salon.id, now=at(day_after(DAY, 4))) == 0


def test_opening_a_shift_on_a_new_day_expires_what_is_due(salon: PackageShop) -> None:
    cashier = salon.shop.salon_cashier
    package = _sell(salon)
    with salon.shop.db.transaction() as s:
        shifts.close_shift(s, cashier, {100_000: 2}, now=at(DAY))
    with salon.shop.db.transaction() as s:
        shifts.open_shift(s, cashier, 100_000, now=at(package.expires_on))  # its last day: still valid
        assert s.scalar(select(func.count()).select_from(PackageExpiry)) == 0
        shifts.close_shift(s, cashier, {100_000: 1}, now=at(package.expires_on))
    with salon.shop.db.transaction() as s:
        shifts.open_shift(s, cashier, 100_000, now=at(day_after(package.expires_on, 1)))
    with salon.shop.db.reading() as s:
        expiry = s.scalars(select(PackageExpiry)).one()
        assert expiry.business_date == day_after(package.expires_on, 1)


EARLY = datetime(2026, 12, 7, 23, 30, tzinfo=UTC)  # 06:30 of 8 December in Jakarta, still the 7th in UTC


def _day_close_covering(s: Session, seq: int) -> str | None:
    for payload in s.scalars(select(JournalEntry.payload).where(JournalEntry.type == "day_close")):
        closing = json.loads(payload)
        if closing["first_seq"] <= seq <= closing["last_seq"]:
            return str(closing["business_date"])
    return None


def test_an_expiry_at_an_early_shift_opening_waits_for_the_earlier_days_closing(shop: Shop) -> None:
    """A till that closes its days, the 7th's sales not closed yet: breakage dated the 8th written at the 06:30
    opening would fall in the 7th's closing; the closing of the 7th expires it just after itself, in the 8th's."""
    salon = build_package_shop(shop, [creambath(shop, "CB5", days=2)])  # sold on the 6th: last day the 7th
    cashier, before = shop.salon_cashier, day_after(DAY, -1)
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=cashier.till_id)
    with shop.db.transaction() as s:
        sold = sell_package(s, cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(before))
        use_package(s, cashier, sold.package_id, shop.siti.id, now=at(before))  # a sale of the 6th
        shifts.close_shift(s, cashier, {100_000: 2}, now=at(before))
        close_day(s, manager, day=before, now=at(before))  # the till closes its days
        shifts.open_shift(s, cashier, 100_000, now=at(DAY))
        use_package(s, cashier, sold.package_id, shop.siti.id, now=at(DAY))  # a sale of the 7th
        shifts.close_shift(s, cashier, {100_000: 1}, now=at(DAY))
    with time_machine.travel(EARLY, tick=False):
        with shop.db.transaction() as s:
            shifts.open_shift(s, cashier, 100_000)
        with shop.db.transaction() as s:
            close_day(s, manager)  # the 7th, the day of the till's last sale
        with shop.db.reading() as s:
            expiry = s.scalars(select(PackageExpiry)).one()
            assert expiry.business_date == day_after(DAY, 1)
            assert _day_close_covering(s, _entry_seq(s, expiry.id)) is None  # not in the 7th's closing
        with shop.db.transaction() as s:
            shifts.close_shift(s, cashier, {100_000: 1})
            close_day(s, manager, day=day_after(DAY, 1))
    with shop.db.transaction() as s:
        assert _day_close_covering(s, _entry_seq(s, expiry.id)) == "2026-12-08"
        report = journal_verify.verify(s)
    assert report.ok, list(report.lines())


def test_an_earlier_day_is_not_closed_over_an_expiry_dated_after_it(shop: Shop) -> None:
    """No sale waits for its closing, so the 06:30 opening expires the package, dated the 8th: the 7th can no
    longer be closed on its own (its closing would hold the 8th's breakage), as after a sale of the 8th."""
    salon = build_package_shop(shop, [creambath(shop, "CB5", days=1)])
    cashier = shop.salon_cashier
    with shop.db.transaction() as s:
        sell_package(s, cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(DAY))
        shifts.close_shift(s, cashier, {100_000: 2}, now=at(DAY))
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=cashier.till_id)
    with time_machine.travel(EARLY, tick=False):
        with shop.db.transaction() as s:
            shifts.open_shift(s, cashier, 100_000)
        with shop.db.reading() as s:
            assert s.scalars(select(PackageExpiry.business_date)).one() == day_after(DAY, 1)
        with shop.db.transaction() as s, pytest.raises(ValidationError, match="can no longer be closed on its own"):
            close_day(s, manager, day=DAY)
        with shop.db.transaction() as s:
            shifts.close_shift(s, cashier, {100_000: 1})
            close_day(s, manager, day=day_after(DAY, 1))
    with shop.db.reading() as s:
        expiry = s.scalars(select(PackageExpiry)).one()
        assert _day_close_covering(s, _entry_seq(s, expiry.id)) == "2026-12-08"


def test_a_till_that_does_not_close_its_days_expires_at_the_opening_still(shop: Shop) -> None:
    """No day closing to wait for: the 06:30 opening expires what is due, dated the 8th."""
    salon = build_package_shop(shop, [creambath(shop, "CB5", days=1)])
    cashier = shop.salon_cashier
    with shop.db.transaction() as s:
        sold = sell_package(s, cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(DAY))
        use_package(s, cashier, sold.package_id, shop.siti.id, now=at(DAY))
        shifts.close_shift(s, cashier, {100_000: 2}, now=at(DAY))
    with time_machine.travel(EARLY, tick=False), shop.db.transaction() as s:
        shifts.open_shift(s, cashier, 100_000)
    with shop.db.reading() as s:
        assert s.scalars(select(PackageExpiry.business_date)).one() == day_after(DAY, 1)


def _entry_seq(s: Session, record_id: uuid.UUID) -> int:
    return s.scalars(select(JournalEntry.seq).where(JournalEntry.record_id == record_id)).one()


def test_the_default_day_close_covers_an_expiry_dated_after_the_last_sale(shop: Shop) -> None:
    """A till that has never closed a day: its 06:30 opening expires the package, dated the 8th, over the 7th's sale.
    The day-close button (no day named) closes the 8th, both days' entries in it, instead of being refused for the
    7th (before, it chose the day of the last sale and was refused until a later sale)."""
    salon = build_package_shop(shop, [creambath(shop, "CB5", days=1)])
    cashier = shop.salon_cashier
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=cashier.till_id)
    with shop.db.transaction() as s:
        sold = sell_package(s, cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(DAY))
        use_package(s, cashier, sold.package_id, shop.siti.id, now=at(DAY))  # a sale of the 7th
        shifts.close_shift(s, cashier, {100_000: 2}, now=at(DAY))
    with time_machine.travel(EARLY, tick=False), shop.db.transaction() as s:
        shifts.open_shift(s, cashier, 100_000)
    evening = at(day_after(DAY, 1))
    with shop.db.transaction() as s:
        shifts.close_shift(s, cashier, {100_000: 1}, now=evening)
        close_day(s, manager, now=evening)
    with shop.db.reading() as s:
        expiry = s.scalars(select(PackageExpiry)).one()
        assert _day_close_covering(s, _entry_seq(s, expiry.id)) == "2026-12-08"


def test_a_till_whose_days_stop_being_closed_holds_an_expiry_back_one_opening_only(shop: Shop) -> None:
    """The till closed the 6th; the 7th's sale waits for a closing that never comes. The 8th's 06:30 opening leaves
    the expiry to that closing (yesterday's); the 9th's opening expires the package, no longer waiting for it."""
    salon = build_package_shop(shop, [creambath(shop, "CB5", days=2)])  # sold on the 6th: last day the 7th
    cashier, before = shop.salon_cashier, day_after(DAY, -1)
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=cashier.till_id)
    with shop.db.transaction() as s:
        sold = sell_package(s, cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(before))
        shifts.close_shift(s, cashier, {100_000: 2}, now=at(before))
        close_day(s, manager, day=before, now=at(before))
        shifts.open_shift(s, cashier, 100_000, now=at(DAY))
        use_package(s, cashier, sold.package_id, shop.siti.id, now=at(DAY))  # a sale of the 7th, never closed
        shifts.close_shift(s, cashier, {100_000: 1}, now=at(DAY))
    with time_machine.travel(EARLY, tick=False), shop.db.transaction() as s:
        shifts.open_shift(s, cashier, 100_000)
    with shop.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(PackageExpiry)) == 0  # held back for yesterday's closing
        shifts.close_shift(s, cashier, {100_000: 1}, now=at(day_after(DAY, 1)))
        shifts.open_shift(s, cashier, 100_000, now=at(day_after(DAY, 2)))
    with shop.db.reading() as s:
        assert s.scalars(select(PackageExpiry.business_date)).one() == day_after(DAY, 2)
