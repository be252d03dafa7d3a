"""`ska-pos` commands end to end on a temporary database: init, demo, export sales, import catalog."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cli.demo_admin import log_in_as, make_demo
from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.models import AuditEntry, Item, Sale, SaleLine, User, Worker
from ska_pos.i18n import set_language


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_init_creates_the_schema(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--db", url, "init"]) == 0
    assert "Database ready at schema 0" in capsys.readouterr().out


@pytest.mark.dates  # the demo sells up to yesterday in Jakarta
def test_demo_then_export_agrees_with_the_sales(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--db", url, "demo", "--days", "2", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "kasir1" in out
    database = open_database(url)
    with database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Item)) >= 150
        assert 20 <= (s.scalar(select(func.count()).select_from(Worker)) or 0) <= 40
        assert s.scalar(select(func.count()).select_from(User)) == 5
        first, last = s.execute(select(func.min(Sale.business_date), func.max(Sale.business_date))).one()
        net = s.scalar(select(func.sum(SaleLine.net_amount)))
        lines = s.scalar(select(func.count()).select_from(SaleLine))
    target = tmp_path / "sales.csv"
    assert main(["--db", url, "export", "sales", "--from", str(first), "--to", str(last), "-o", str(target)]) == 0
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len({(r["receipt_no"], r["line_no"]) for r in rows}) == lines
    assert sum(int(r["credited_amount"]) for r in rows) == net  # every demo line is credited to a worker
    database.dispose()


@pytest.mark.dates  # the demo sells up to yesterday in Jakarta
def test_demo_refuses_a_database_with_data(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--db", url, "demo", "--days", "0"]) == 0
    assert main(["--lang", "en", "--db", url, "demo", "--days", "0"]) == 1
    assert "already has data" in capsys.readouterr().err


@pytest.mark.dates  # the demo sells up to yesterday in Jakarta
def test_import_catalog_reports_bad_rows_and_imports_nothing(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log_in_as(monkeypatch, "admin", make_demo(url, "--days", "0")["admin"])
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,name,price\nOK1,Baik,1000\nNO1,Buruk,abc\n", encoding="utf-8")
    assert main(["--lang", "en", "--db", url, "import", "catalog", str(bad), "--outlet", "TKO"]) == 1
    assert "Row 3" in capsys.readouterr().err
    good = tmp_path / "good.csv"
    good.write_text("sku,name,price\nOK1,Baik,1000\nOK2,Juga Baik,2.500\n", encoding="utf-8")
    assert main(["--lang", "en", "--db", url, "import", "catalog", str(good), "--outlet", "TKO"]) == 0
    assert "2 new items" in capsys.readouterr().out


def test_messages_are_indonesian_by_default(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    set_language("id")
    code = main(["--db", url, "export", "sales", "--from", "2026-11-02", "--to", "2026-11-01", "-o", "x.csv"])
    assert code == 1
    assert "sebelum" in capsys.readouterr().err


def test_the_entry_point_runs_as_a_program(url: str) -> None:
    result = subprocess.run([sys.executable, "-m", "ska_pos", "--db", url, "init"], capture_output=True, text=True,
                            check=False, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_import_catalog_needs_an_administrators_pin_and_records_who_ran_it(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pins = make_demo(url, "--days", "0")
    good = tmp_path / "good.csv"
    good.write_text("sku,name,price\nOK1,Baik,1000\n", encoding="utf-8")
    command = ["--lang", "en", "--db", url, "import", "catalog", str(good), "--outlet", "TKO"]
    log_in_as(monkeypatch, "admin", "000000" if pins["admin"] != "000000" else "111111")
    assert main(command) == 1
    assert "Wrong PIN" in capsys.readouterr().err
    log_in_as(monkeypatch, "manajer", pins["manajer"])
    assert main(command) == 1
    assert "Only an administrator" in capsys.readouterr().err
    monkeypatch.delenv("SKA_POS_ADMIN_USER")
    monkeypatch.delenv("SKA_POS_ADMIN_PIN")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(command) == 1
    assert "PIN" in capsys.readouterr().err
    database = open_database(url)
    with database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Item).where(Item.sku == "OK1")) == 0
    database.dispose()
    log_in_as(monkeypatch, "admin", pins["admin"])
    assert main(command) == 0
    database = open_database(url)
    with database.reading() as s:
        ran = s.scalars(select(AuditEntry).where(AuditEntry.action == "cli.import_catalog")).one()
        assert ran.user_id == s.scalar(select(User.id).where(User.username == "admin"))
        assert "good.csv" in ran.details
    database.dispose()
