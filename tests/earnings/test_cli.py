"""`ska-pos report earnings`: the same figures as the services, in CSV, XLSX and PDF."""

from __future__ import annotations

import csv
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from shop import Shop

from earnings.ledger_helpers import sell
from ska_pos.cli.main import main
from ska_pos.services.actor import Actor
from ska_pos.services.earnings import Period, worker_earnings
from ska_pos.services.payouts import record_payout

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from pdf_text import read_pdf

pytestmark = pytest.mark.dates

COLUMNS = [
    "worker_code",
    "worker_name",
    "credited_revenue",
    "opening_balance",
    "earnings",
    "tips",
    "payouts",
    "balance",
]


@pytest.fixture
def ledger(shop: Shop, manager: Actor) -> Shop:
    sell(shop, [(shop.es_teh, Decimal(3), ()), (shop.kopi, Decimal(2), ())], day=date(2026, 11, 5))
    sell(shop, [(shop.potong, Decimal(1), ((shop.siti.id, 5000), (shop.budi.id, 5000)))], actor=shop.salon_cashier,
         day=date(2026, 11, 6))  # fmt: skip
    with shop.db.transaction() as s:
        record_payout(s, manager, shop.budi.id, 5_000, "cash", paid_on=date(2026, 11, 7))
    return shop


def run(shop: Shop, *args: str) -> int:
    return main(["--db", shop.db.url, "--lang", "en", "report", "earnings", "--from", "2026-11-01", "--to",
                 "2026-11-30", *args])  # fmt: skip


def test_csv_has_exactly_the_columns_and_the_service_figures(ledger: Shop, tmp_path: Path) -> None:
    out = tmp_path / "earnings.csv"
    assert run(ledger, "--format", "csv", "-o", str(out)) == 0
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == COLUMNS
    assert rows[1:] == [
        ["W001", "Siti Rahayu", "27500", "0", "12250", "0", "0", "12250"],
        ["W002", "Budi Santoso", "28500", "0", "12650", "0", "5000", "7650"],
    ]
    with ledger.db.reading() as s:
        service = worker_earnings(s, Period(date(2026, 11, 1), date(2026, 11, 30)))
    assert [[r.worker_code, r.worker_name,
             *map(str, (r.credited_revenue, r.opening_balance, r.earnings, r.tips, r.payouts, r.balance))]
            for r in service] == rows[1:]  # fmt: skip


def test_one_worker_as_xlsx(ledger: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "budi.xlsx"
    assert run(ledger, "--worker", "w002", "-o", str(out)) == 0
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [
        COLUMNS, ["W002", "Budi Santoso", 28500, 0, 12650, 0, 5000, 7650]]  # fmt: skip
    assert "1 workers written" in capsys.readouterr().out


def test_pdf_is_the_earnings_table_or_one_workers_statement(ledger: Shop, tmp_path: Path) -> None:
    table, statement = tmp_path / "all.pdf", tmp_path / "siti.pdf"
    assert run(ledger, "-o", str(table)) == 0
    text = read_pdf(table.read_bytes()).text
    assert "Worker earnings" in text
    assert "W002 Budi Santoso Rp28,500 Rp0 Rp12,650 Rp0 Rp5,000 Rp7,650" in text
    assert "Ledger balanced Yes" in text
    assert run(ledger, "--worker", "W001", "--format", "pdf", "-o", str(statement)) == 0
    text = read_pdf(statement.read_bytes()).text
    assert "Your earnings" in text
    assert "Siti Rahayu, worker no. W001" in text
    assert "Still owed to you Rp12,250" in text


def test_refusals(ledger: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(ledger, "--worker", "W999", "-o", str(tmp_path / "x.csv")) == 1
    assert "Unknown worker W999" in capsys.readouterr().err
    assert run(ledger, "-o", str(tmp_path / "x.txt")) == 1
    assert "Choose --format pdf, csv or xlsx" in capsys.readouterr().err
    args = ["--db", ledger.db.url, "--lang", "en", "report", "earnings", "--from", "2026-11-30", "--to", "2026-11-01",
            "-o", str(tmp_path / "x.csv")]  # fmt: skip
    assert main(args) == 1
    assert "The period ends before it starts" in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))
