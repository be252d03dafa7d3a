"""The services take the time from the one clock and the date from the outlet's calendar.

At 17:30 UTC on 31 December 2026 it is already 00:30 on 1 January 2027 in Jakarta, while the machine (put in
São Paulo's zone by time-machine, so that no test leans on the zone of the machine it runs on) still says
14:30 on 31 December. Whatever the service, "today" is the outlet's 1 January 2027.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from moments import NEW_YEAR_IN_JAKARTA, NEW_YEAR_IN_JAKARTA_SEEN_FROM_SAO_PAULO
from shop import Shop, act_as
from sqlalchemy import select

from ska_pos import clock
from ska_pos.cli.main import main
from ska_pos.db.database import Database
from ska_pos.db.models import AuditEntry, Sale, ShareRule
from ska_pos.domain.outlet_profile import default_profile
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, personal_data, sales, workers
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.daily_summary import summary_today
from ska_pos.services.earnings.period import today_at
from ska_pos.services.errors import ValidationError
from ska_pos.services.first_start import FirstStart, create_first_start
from ska_pos.services.payouts import record_adjustment, record_payout
from ska_pos.services.personal_data import PersonalData
from ska_pos.services.workers import WorkerForm
from ska_pos.ui.till_session import TillSession

NEW_YEAR = date(2027, 1, 1)

pytestmark = pytest.mark.time_machine(NEW_YEAR_IN_JAKARTA_SEEN_FROM_SAO_PAULO, tick=False)


@pytest.fixture
def manager(shop: Shop) -> Actor:
    return act_as(shop, "manager")


def test_the_clock_is_in_utc_and_the_date_is_the_zones() -> None:
    assert clock.now() == NEW_YEAR_IN_JAKARTA
    assert clock.now().tzinfo == UTC
    assert clock.today_in("Asia/Jakarta") == NEW_YEAR
    assert clock.today_in("UTC") == date(2026, 12, 31)
    assert clock.now_in("Asia/Jayapura").hour == 2


def test_a_sale_lands_on_the_outlets_new_year(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990001")
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])
    assert done.receipt_no == "KFE-T1-20270101-0001"
    with shop.db.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        assert (sale.business_date, sale.sold_at) == (NEW_YEAR, NEW_YEAR_IN_JAKARTA)


def test_model_defaults_take_the_clocks_time(shop: Shop, manager: Actor) -> None:
    with shop.db.transaction() as s:
        record_adjustment(s, manager, shop.siti.id, 500, "Bonus")
    with shop.db.reading() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.at.desc()).limit(1)).one()
        assert entry.at == NEW_YEAR_IN_JAKARTA


def test_a_payout_and_an_adjustment_made_now_are_dated_the_outlets_today(shop: Shop, manager: Actor) -> None:
    with shop.db.transaction() as s:
        assert today_at(s, manager) == NEW_YEAR
        record_adjustment(s, manager, shop.siti.id, 5_000, "Bonus tahun baru")
        payout = record_payout(s, manager, shop.siti.id, 1_000, "cash", paid_on=NEW_YEAR)
        assert (payout.paid_on, payout.paid_at) == (NEW_YEAR, NEW_YEAR_IN_JAKARTA)
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="future"):
        record_payout(s, manager, shop.siti.id, 1_000, "cash", paid_on=NEW_YEAR + timedelta(days=1))


def test_consent_given_today_in_jakarta_is_not_in_the_future(shop: Shop, manager: Actor) -> None:
    personal = PersonalData("3171234567890123", "0812-3456-7890", NEW_YEAR, "BRI", "0123")
    with shop.db.transaction() as s:
        view = workers.add_worker(s, manager, WorkerForm("W010", "Dewi", outlet_ids=(shop.cafe.id,), personal=personal))
        assert personal_data.read_personal_data(s, manager, view.id) == personal
    later = WorkerForm(
        "W010",
        "Dewi",
        outlet_ids=(shop.cafe.id,),
        personal=replace(personal, consent_date=NEW_YEAR + timedelta(days=1)),
    )
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="future"):
        workers.edit_worker(s, manager, view.id, later)


def test_the_first_share_rule_starts_on_the_outlets_today(db: Database) -> None:
    request = FirstStart("Sentra Budi Luhur", "Kafe Budi", "kafe", "T1", "Ibu Admin", "123456", "123456")
    with db.transaction() as s:
        create_first_start(s, request)
    with db.reading() as s:
        assert s.scalars(select(ShareRule.valid_from)).one() == NEW_YEAR


def test_the_daily_summary_defaults_to_the_outlets_today(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with shop.db.reading() as s:
        assert summary_today(s, "KFE") == NEW_YEAR
        assert summary_today(s) == NEW_YEAR
    out = tmp_path / "summary.pdf"
    assert main(["--lang", "en", "--db", shop.db.url, "report", "daily", "--outlet", "KFE", "-o", str(out)]) == 0
    assert "for 2027-01-01" in capsys.readouterr().out


def test_a_till_screen_s_today_is_its_outlets(shop: Shop) -> None:
    session = TillSession(
        shop.db, shop.cashier, "kasir", "Rina Kasir", "KFE", "Kafe", default_profile("kafe"), "T1", "id"
    )
    assert session.today() == NEW_YEAR
    assert replace(session, outlet_timezone="Asia/Makassar").today() == NEW_YEAR
    assert replace(session, outlet_timezone="UTC").today() == date(2026, 12, 31)
