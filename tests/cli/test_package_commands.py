"""`ska-pos package`: the salon's plans listed, a package sold to a listed customer, sessions used by a worker and
the customer's packages shown, through the real command entry point on a database file (PIN from SKA_POS_PIN)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from package_shop import build_package_shop
from shop import PINS, ShopFile
from sqlalchemy import func, select
from time_machine import TimeMachineFixture

from ska_pos.cli.main import main
from ska_pos.cli.order_commands import APPROVER_PIN_ENV, PIN_ENV
from ska_pos.db.database import open_database
from ska_pos.db.models import PackageRefund, PackageUndo, PackageUse

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # Monday 09:00 in Jakarta
AT_THE_TILL = ["--user", "kasir", "--outlet", "SLN", "--till", "T1"]


@pytest.fixture
def url(shop_file: ShopFile, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PIN_ENV, PINS["kasir"])
    return shop_file(lambda _database, shop: build_package_shop(shop))


def package(url: str, *args: str) -> int:
    return main(["--lang", "en", "--db", url, "package", args[0], *AT_THE_TILL, *args[1:]])


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_package_sold_used_and_shown(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert package(url, "list") == 0
    assert "CB5: Creambath 5x, 5 sessions in 90 days, Rp100,001" in capsys.readouterr().out
    assert package(url, "sell", "cb5", "--customer", "Wati", "--amount", "100,001") == 0
    assert "Package Creambath 5x sold: 5 sessions, last day 06/03/2027" in capsys.readouterr().out
    assert package(url, "use", "--customer", "0812-1111-2222", "--worker", "W001") == 0
    out = capsys.readouterr().out
    assert "Session 1 of Creambath 5x used (Rp20,001); 4 left; receipt" in out
    assert package(url, "list", "--customer", "Wati") == 0
    assert "Creambath 5x: 1 of 5 used, 4 left, last day 06/03/2027, held Rp80,000 (active)" in capsys.readouterr().out
    assert package(url, "sell", "CB5", "--customer", "Wati", "--amount", "5,000") == 1  # not the price: refused
    assert package(url, "use", "--customer", "Nobody", "--worker", "W001") == 1
    database = open_database(url)
    with database.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageUse)) == 1
    database.dispose()


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_manager_adds_a_plan_and_a_cashier_may_not(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = ["plan", "HS3", "--name", "Potong 3x", "--service", "potong", "--sessions", "3", "--days", "60",
            "--price", "60,000"]  # fmt: skip
    assert package(url, *plan) == 1  # the cashier
    monkeypatch.setenv(PIN_ENV, PINS["manajer"])
    assert main(["--lang", "en", "--db", url, "package", "plan", "--user", "manajer", "--outlet", "SLN", "--till",
                 "T1", *plan[1:]]) == 0  # fmt: skip
    assert "Plan HS3 saved" in capsys.readouterr().out
    monkeypatch.setenv(PIN_ENV, PINS["kasir"])
    assert package(url, "list") == 0
    out = capsys.readouterr().out
    assert "CB5: Creambath 5x" in out
    assert "HS3: Potong 3x, 3 sessions in 60 days, Rp60,000" in out


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_package_refunded_with_a_supervisors_pin(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert package(url, "sell", "CB5", "--customer", "Wati", "--amount", "100,001") == 0
    assert package(url, "use", "--customer", "Wati", "--worker", "W001") == 0
    capsys.readouterr()
    refund = ["refund", "--customer", "Wati", "--method", "transfer", "--reference", "BCA 9", "--reason", "Pindah"]
    assert package(url, *refund) == 1  # the cashier alone
    assert "supervisor's approval" in capsys.readouterr().err
    monkeypatch.setenv(APPROVER_PIN_ENV, PINS["spv"])
    assert package(url, *refund, "--approver", "spv") == 0
    assert "Package Creambath 5x refunded: Rp80,000 given back for 4 sessions" in capsys.readouterr().out
    assert package(url, "list", "--customer", "Wati") == 0
    assert "held Rp0 (refunded)" in capsys.readouterr().out
    database = open_database(url)
    with database.reading() as s:
        assert s.scalars(select(PackageRefund.amount)).all() == [80_000]
    database.dispose()


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_session_undone_with_a_supervisors_pin(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert package(url, "sell", "CB5", "--customer", "Wati", "--amount", "100,001") == 0
    assert package(url, "use", "--customer", "Wati", "--worker", "W001") == 0
    capsys.readouterr()
    monkeypatch.setenv(APPROVER_PIN_ENV, PINS["spv"])
    assert package(url, "undo", "--customer", "Wati", "--reason", "Salah", "--approver", "spv") == 0
    assert "A session of Creambath 5x is back (Rp20,001); 5 left; void receipt" in capsys.readouterr().out
    assert package(url, "undo", "--customer", "Wati", "--reason", "Lagi", "--approver", "spv") == 1  # none left
    database = open_database(url)
    with database.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageUndo)) == 1
    database.dispose()


def test_the_undo_skips_a_package_whose_sessions_cannot_be_undone(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, time_machine: TimeMachineFixture
) -> None:
    """An older package of the same plan, expired, comes first among the packages not active: the undo takes the
    last session of the used-up one, which it can undo, not refuse on the expired one."""
    time_machine.move_to(MORNING - timedelta(days=100), tick=True)
    assert package(url, "sell", "CB5", "--customer", "Wati", "--amount", "100,001") == 0
    assert package(url, "use", "--customer", "Wati", "--worker", "W001") == 0
    time_machine.move_to(MORNING, tick=True)
    assert package(url, "sell", "CB5", "--customer", "Wati", "--amount", "100,001") == 0
    for _ in range(5):
        assert package(url, "use", "--customer", "Wati", "--worker", "W001") == 0
    capsys.readouterr()
    monkeypatch.setenv(APPROVER_PIN_ENV, PINS["spv"])
    assert package(url, "undo", "--customer", "Wati", "--reason", "Salah", "--approver", "spv") == 0, (
        capsys.readouterr().err)  # fmt: skip
    assert "A session of Creambath 5x is back (Rp20,000); 1 left" in capsys.readouterr().out
