"""`ska-pos salon`: a walk-in queued, taken and finished with a tip, and an appointment booked, refused when it
would book the worker twice, listed on the day, moved, and turned into a visit, through the real command entry
point on a database file, as the salon's cashier (PIN from SKA_POS_PIN)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from salon_shop import salon_day
from shop import PINS, Shop, ShopFile
from sqlalchemy import select

from ska_pos.cli.main import main
from ska_pos.cli.order_commands import PIN_ENV
from ska_pos.db.database import open_database
from ska_pos.db.models import EarningEntry, Worker
from ska_pos.domain.settlement import Tender

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # Monday 09:00 in Jakarta
AT_THE_TILL = ["--user", "kasir", "--outlet", "SLN", "--till", "T1"]


@pytest.fixture
def url(shop_file: ShopFile, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PIN_ENV, PINS["kasir"])
    return shop_file(lambda _database, shop: salon_day(shop))


def salon(url: str, *args: str) -> int:
    return main(["--lang", "en", "--db", url, "salon", args[0], *AT_THE_TILL, *args[1:]])


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_walk_in_queued_served_and_finished_with_a_tip(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert salon(url, "join", "--customer", "Ani", "--service", "CAT@W001") == 0
    assert salon(url, "join", "--customer", "Bela", "--service", "POTONG") == 0
    assert salon(url, "join", "--customer", "Cici", "--service", "POTONG@W001") == 0
    assert "SLN-261207-003 is in the queue" in capsys.readouterr().out
    assert salon(url, "queue") == 0
    out = capsys.readouterr().out
    assert "Any stylist: wait about 30 min" in out  # Budi takes Bela first
    assert "Siti: wait about 120 min" in out
    assert "SLN-261207-003  Cici  Potong Rambut  in 90 min" in out
    assert "SLN-261207-002  Bela (any)  Potong Rambut  in 0 min" in out
    assert salon(url, "next", "W002") == 0
    assert "Now serving SLN-261207-002" in capsys.readouterr().out
    assert salon(url, "finish", "SLN-261207-002", "--amount", "30000", "--tip", "5000") == 0
    assert "paid Rp25,000, change Rp5,000" in capsys.readouterr().out
    database = open_database(url)
    with database.reading() as s:
        assert sorted(s.execute(select(EarningEntry.kind, EarningEntry.amount)).all()) == [("sale", 12500),
                                                                                          ("tip", 5000)]  # fmt: skip
    database.dispose()


@pytest.mark.time_machine(MORNING, tick=False)
def test_a_tip_for_one_stylist_is_named_by_their_code(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert salon(url, "join", "--customer", "Bela", "--service", "POTONG@W002") == 0
    assert salon(url, "next", "W002") == 0
    assert salon(url, "finish", "SLN-261207-001", "--tip", "5000", "--tip-worker", "W404") == 1
    assert salon(url, "finish", "SLN-261207-001", "--tip", "5000", "--tip-worker", "W002") == 0
    capsys.readouterr()
    database = open_database(url)
    with database.reading() as s:
        tipped = s.execute(select(Worker.code, EarningEntry.amount).join(Worker, Worker.id == EarningEntry.worker_id)
                           .where(EarningEntry.kind == "tip")).all()  # fmt: skip
    database.dispose()
    assert tipped == [("W002", 5000)]


@pytest.mark.time_machine(MORNING, tick=False)
def test_appointments_booked_listed_moved_and_arrived(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert salon(url, "book", "--customer", "Dewi", "--at", "2026-12-07T13:00", "--service", "POTONG@W002",
                 "--phone", "12ab") == 1  # fmt: skip
    assert "12ab is not a valid phone number" in capsys.readouterr().err
    assert salon(url, "book", "--customer", "Dewi", "--at", "2026-12-07T13:00", "--service", "POTONG@W002",
                 "--service", "CAT@W001", "--phone", "0812-3456-7890") == 0  # fmt: skip
    assert salon(url, "book", "--customer", "Eka", "--at", "2026-12-07T13:15", "--service", "POTONG@W002") == 1
    assert "Budi is already booked from 13:00 to 13:30" in capsys.readouterr().err
    assert salon(url, "day") == 0
    out = capsys.readouterr().out
    assert "Dewi (…7890)  Potong Rambut" in out
    assert "13:30-15:00" in out
    key = next(line.split()[1] for line in out.splitlines() if "13:00-13:30" in line)
    assert salon(url, "move", key, "--at", "2026-12-07T16:00") == 0
    assert salon(url, "day") == 0
    assert "16:00-16:30" in capsys.readouterr().out
    assert salon(url, "arrived", key) == 0
    assert "SLN-261207-001 is in the queue" in capsys.readouterr().out
    assert salon(url, "day") == 0
    assert "arrived" in capsys.readouterr().out


@pytest.mark.time_machine(MORNING, tick=False)
def test_finish_pays_a_service_with_a_session_of_the_customers_package(
    shop_file: ShopFile, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from package_shop import build_package_shop

    from ska_pos.db.models import PackageUse
    from ska_pos.services.packages.ledger import sell_package
    from ska_pos.services.salon.queue import join_queue, start_service

    siti: list[object] = []

    def ready(_database: object, shop: Shop) -> None:
        siti.append(shop.siti.id)
        day = salon_day(shop)
        packages = build_package_shop(shop)
        with shop.db.transaction() as s:
            sell_package(s, shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
            services = [(day.cut.id, shop.siti.id), (day.colour.id, shop.budi.id)]
            taken = join_queue(s, shop.salon_cashier, "", services, customer_id=packages.customer_id)
            start_service(s, shop.salon_cashier, taken.order_id, shop.siti.id)

    monkeypatch.setenv(PIN_ENV, PINS["kasir"])
    url = shop_file(ready)
    assert salon(url, "finish", "SLN-261207-001", "--session", "CAT", "--amount", "150000") == 1
    assert "The customer holds no package with a session left for Cat Rambut" in capsys.readouterr().err
    assert salon(url, "finish", "SLN-261207-001", "--session", "POTONG", "--amount", "150000") == 0
    assert "paid Rp120,000, change Rp30,000" in capsys.readouterr().out
    database = open_database(url)
    with database.reading() as s:
        assert s.scalars(select(PackageUse.worker_id)).all() == siti  # the stylist who served
    database.dispose()
