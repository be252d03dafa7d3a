"""`ska-pos order`: a laundry order taken, listed, shown, paid, moved, collected and another cancelled, through the
real command entry point, on a database file, as the cashier of the laundry's till (PIN from SKA_POS_PIN)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from order_shop import build_order_shop
from reports.pdf_text import read_pdf
from shop import PINS, Shop, ShopFile
from sqlalchemy import func, select

from ska_pos.cli.main import main
from ska_pos.cli.order_commands import APPROVER_PIN_ENV, PIN_ENV
from ska_pos.db.database import Database, open_database
from ska_pos.db.models import CustomerOrder, OrderCancellation, OrderPayment, User
from ska_pos.services.customers import CustomerForm, add_customer

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # Monday 09:00 in Jakarta
NIGHT = datetime(2026, 12, 6, 18, 42, tzinfo=UTC)  # Monday 01:42 in Jakarta
AT_THE_TILL = ["--user", "kasir", "--outlet", "LDR", "--till", "T1"]


@pytest.fixture
def url(shop_file: ShopFile, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PIN_ENV, PINS["kasir"])

    def add_customers(database: Database, shop: Shop) -> None:
        orders = build_order_shop(shop)
        with database.transaction() as s:
            for name, phone in (("Ibu Anisa Rahma", "0812-1111-2222"), ("Anisa Putri", "0813-3333-4444")):
                add_customer(s, orders.laundry_cashier, CustomerForm(name, phone))

    return shop_file(add_customers)


def order(url: str, *args: str) -> int:
    return main(["--lang", "en", "--db", url, "order", args[0], *AT_THE_TILL, *args[1:]])


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_laundry_order_from_intake_to_collection(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert order(url, "take", "--item", "KILO=4.2@W001", "--name", "Bu Ani", "--phone", "0812-3456-7890",
                 "--amount", "10,000") == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Order LDR-261207-001 taken: lines Rp25,200, down payment Rp10,000" in out
    assert order(url, "list") == 0
    out = capsys.readouterr().out
    assert "LDR-261207-001" in out
    assert "Received" in out
    assert "Bu Ani" in out
    assert "9 Dec 2026 09:00" in out  # 48 hours after intake, inside the opening hours
    assert "1 of 1 orders (page 1)" in out
    assert order(url, "show", "ldr-261207-001") == 0
    out = capsys.readouterr().out
    assert "(minimum 3 kg charged)" not in out  # 4.2 kg weighed: more than the minimum
    assert "Held: Rp10,000" in out
    assert "Due at collection: Rp15,200" in out
    assert order(url, "advance", "LDR-261207-001") == 1  # washing names its worker
    assert "--worker" in capsys.readouterr().err
    assert order(url, "advance", "LDR-261207-001", "--worker", "W002") == 0
    assert "moved to: Washing" in capsys.readouterr().out
    assert order(url, "pay", "LDR-261207-001", "--amount", "5000") == 0
    assert "held Rp15,000" in capsys.readouterr().out
    for _stage in ("drying", "ironing"):
        assert order(url, "advance", "LDR-261207-001", "--worker", "W002") == 0
    assert order(url, "advance", "LDR-261207-001") == 0
    out = capsys.readouterr().out
    assert "moved to: Ready for pickup" in out
    assert "recognised Rp25,200, owed Rp10,200" in out
    assert order(url, "advance", "LDR-261207-001") == 1
    assert "ska-pos order collect" in capsys.readouterr().err
    assert order(url, "collect", "LDR-261207-001") == 1  # the laundry does not let customers pay later
    assert "owes Rp10,200" in capsys.readouterr().err
    assert order(url, "collect", "LDR-261207-001", "--amount", "20000") == 0
    out = capsys.readouterr().out
    assert "Order LDR-261207-001 collected" in out
    assert "Change: Rp9,800" in out
    assert order(url, "list") == 0
    assert "0 of 0 orders" in capsys.readouterr().out  # the board: open orders only
    assert order(url, "list", "--all", "--stage", "collected") == 0
    assert "LDR-261207-001" in capsys.readouterr().out
    database = open_database(url)
    with database.reading() as s:
        paid = s.scalars(select(OrderPayment.amount).order_by(OrderPayment.seq)).all()
    database.dispose()
    assert paid == [10_000, 5_000, 10_200]  # the change stayed in the customer's hand, not on the order


@pytest.mark.time_machine(NIGHT, tick=True)
def test_a_night_intake_is_promised_at_opening_and_overdue_lists_it_once_past(
    url: str, capsys: pytest.CaptureFixture[str], time_machine: object
) -> None:
    assert order(url, "take", "--item", "SLMT=1", "--name", "Pak Budi") == 0
    assert order(url, "take", "--item", "SLMT=2", "--name", "Bu Rina", "--promised", "2026-12-07T10:00") == 0
    capsys.readouterr()
    assert order(url, "list") == 0
    out = capsys.readouterr().out
    assert "9 Dec 2026 08:00" in out  # 01:42 + 48 hours is 01:42: the laundry opens at 08:00
    assert "7 Dec 2026 10:00" in out
    assert order(url, "list", "--overdue") == 0
    assert "0 of 0 orders" in capsys.readouterr().out
    time_machine.move_to(datetime(2026, 12, 7, 3, 30, tzinfo=UTC))  # type: ignore[attr-defined]  # 10:30 there
    assert order(url, "list", "--overdue") == 0
    out = capsys.readouterr().out
    assert "Bu Rina" in out
    assert "Pak Budi" not in out
    assert "1 of 1 orders" in out


@pytest.mark.time_machine(MORNING, tick=True)
def test_cancelling_needs_a_supervisor_and_a_wrong_pin_cancels_nothing(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert order(url, "take", "--item", "KILO=2", "--name", "Bu Ani", "--amount", "8000") == 0
    assert order(url, "show", "LDR-261207-001") == 0
    assert "(minimum 3 kg charged)" in capsys.readouterr().out
    assert order(url, "cancel", "LDR-261207-001", "--reason", "changed her mind") == 1
    assert "supervisor's approval" in capsys.readouterr().err
    monkeypatch.setenv(APPROVER_PIN_ENV, "0000")
    assert order(url, "cancel", "LDR-261207-001", "--reason", "changed her mind", "--approver", "spv") == 1
    assert "Wrong PIN" in capsys.readouterr().err
    database = open_database(url)
    with database.reading() as s:
        assert s.scalar(select(func.count()).select_from(OrderCancellation)) == 0
        assert s.scalar(select(User.failed_pin_count).where(User.username == "spv")) == 1  # the wrong PIN counts
    database.dispose()
    monkeypatch.setenv(APPROVER_PIN_ENV, PINS["spv"])
    assert order(url, "cancel", "LDR-261207-001", "--reason", "changed her mind", "--approver", "spv") == 0
    assert "cancelled: fee kept Rp0, given back Rp8,000" in capsys.readouterr().out
    assert order(url, "list", "--all") == 0
    assert "cancelled" in capsys.readouterr().out
    assert order(url, "pay", "LDR-261207-001", "--amount", "1000") == 1
    assert "cancelled" in capsys.readouterr().err


def test_a_wrong_pin_or_another_outlet_acts_on_nothing(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert order(url, "take", "--item", "KILO=4", "--name", "Bu Ani") == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--db", url, "order", "show", "--user", "kasir", "--outlet", "JHT", "--till", "T1",
                 "LDR-" + "X"]) == 1  # fmt: skip
    assert "No order" in capsys.readouterr().err
    monkeypatch.setenv(PIN_ENV, "0000")
    assert order(url, "take", "--item", "KILO=4", "--name", "Bu Ani") == 1
    assert "Wrong PIN" in capsys.readouterr().err
    monkeypatch.setenv(PIN_ENV, PINS["kasir"])
    assert order(url, "take", "--item", "KOPI=1", "--name", "Bu Ani") == 1  # the café's item
    assert "No item KOPI" in capsys.readouterr().err
    assert order(url, "list") == 0
    assert "1 of 1 orders" in capsys.readouterr().out


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_ticket_and_the_bag_tags_as_pdf_files(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert order(url, "take", "--item", "KILO=2", "--name", "Ibu Anisa Rahma", "--amount", "8,000") == 0
    target = tmp_path / "out" / "ticket.pdf"
    target.parent.mkdir()
    assert order(url, "ticket", "LDR-261207-001", str(target), "--bags", "2") == 0
    out = capsys.readouterr().out
    assert "2 bag tags were written" in out
    ticket = read_pdf(target.read_bytes()).texts[0]
    assert "LDR-261207-001" in ticket
    assert "minimum 3 kg charged" in ticket
    assert "Promised 9 Dec 2026 09:00" in ticket
    tags = read_pdf((tmp_path / "out" / "ticket-tags.pdf").read_bytes()).texts
    assert len(tags) == 2
    assert "AR" in tags[0]
    assert "IAR" not in tags[0]
    assert "bag 1 of 2" in tags[0]
    assert order(url, "ticket", "LDR-261207-001", str(target), "--bags", "99") == 1


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_bags_taken_in_are_kept_and_their_tags_printed_again(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert order(url, "take", "--item", "KILO=5", "--name", "Ibu Anisa Rahma", "--bags", "3") == 0
    assert order(url, "show", "LDR-261207-001") == 0
    assert "Bags: 3" in capsys.readouterr().out
    target = tmp_path / "ticket.pdf"
    assert order(url, "ticket", "LDR-261207-001", str(target)) == 0  # no --bags: as many as were taken in
    assert "3 bag tags were written" in capsys.readouterr().out
    assert len(read_pdf((tmp_path / "ticket-tags.pdf").read_bytes()).texts) == 3
    assert order(url, "ticket", "LDR-261207-001", str(target), "--bags", "0") == 0
    assert "bag tags" not in capsys.readouterr().out
    assert order(url, "take", "--item", "KILO=5", "--name", "Ibu Anisa", "--bags", "21") == 1
    assert "1 to 20 bags" in capsys.readouterr().err


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_customer_from_the_list_by_phone_or_name_and_never_a_guess(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert order(url, "take", "--item", "KILO=3", "--customer", "0812 1111 2222") == 0
    assert order(url, "take", "--item", "KILO=3", "--customer", "anisa putri") == 0  # a whole name picks it
    capsys.readouterr()
    assert order(url, "take", "--item", "KILO=3", "--customer", "anisa") == 1
    err = capsys.readouterr().err
    assert "2 customers match anisa: Anisa Putri (••••4444), Ibu Anisa Rahma (••••2222)" in err
    assert order(url, "take", "--item", "KILO=3", "--customer", "Siti") == 1
    assert "No customer in the list matches Siti" in capsys.readouterr().err
    assert order(url, "take", "--item", "KILO=3", "--customer", "Putri", "--phone", "0812-9999-0000") == 1
    with pytest.raises(SystemExit):
        order(url, "take", "--item", "KILO=3")  # who the customer is must be said
    capsys.readouterr()
    assert order(url, "list") == 0
    out = capsys.readouterr().out
    assert "2 of 2 orders" in out
    assert "Ibu Anisa Rahma" in out
    assert "Anisa Putri" in out
    database = open_database(url)
    with database.reading() as s:
        assert s.scalar(select(func.count(CustomerOrder.id)).where(CustomerOrder.customer_id.is_not(None))) == 2
    database.dispose()
