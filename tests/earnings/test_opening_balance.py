"""The earnings table shows the balance brought forward, so every row reads true: opening + earnings - paid = balance,
on the screen, in the CSV and XLSX exports and on the printed report."""

from __future__ import annotations

import csv
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop

from earnings.ledger_helpers import sell
from earnings.ui_fixtures import session_of
from ska_pos.reports.earnings_report_pdf import render_earnings_report_pdf
from ska_pos.services.actor import Actor
from ska_pos.services.earnings import Period, worker_earnings
from ska_pos.services.earnings.report import earnings_report, report_rows, write_rows
from ska_pos.services.payouts import record_payout
from ska_pos.ui.manager.earnings_model import EarningsTableModel
from ska_pos.ui.manager.worker_detail import WorkerDetailDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from pdf_text import read_pdf

NOV = Period(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def carried(shop: Shop, manager: Actor) -> Shop:
    """Siti earned 6.000 in October and 2.000 in November, and was paid 1.000 in November: she opens November at
    6.000 and closes it at 7.000."""
    sell(shop, [(shop.es_teh, Decimal(3), ())], day=date(2026, 10, 30))
    sell(shop, [(shop.es_teh, Decimal(1), ())], day=date(2026, 11, 5))
    with shop.db.transaction() as s:
        record_payout(s, manager, shop.siti.id, 1_000, "cash", paid_on=date(2026, 11, 7))
    return shop


def siti_row(shop: Shop) -> tuple[int, int, int, int]:
    with shop.db.reading() as s:
        (row,) = [r for r in worker_earnings(s, NOV) if r.worker_code == "W001"]
    return row.opening_balance, row.earnings, row.payouts, row.balance


def test_the_service_gives_the_balance_brought_forward(carried: Shop) -> None:
    assert siti_row(carried) == (6_000, 2_000, 1_000, 7_000)


def test_the_table_on_screen_has_an_opening_balance_column(carried: Shop, qtbot: QtBot) -> None:
    with carried.db.reading() as s:
        rows = worker_earnings(s, NOV)
    model = EarningsTableModel("en")
    model.set_rows(rows)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-5:] == ["Opening balance", "Earnings", "Tips", "Paid out", "Balance"]
    siti = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "W001")
    shown = [model.index(siti, c).data() for c in range(model.columnCount() - 5, model.columnCount())]
    assert shown == ["Rp6,000", "Rp2,000", "Rp0", "Rp1,000", "Rp7,000"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_exports_add_up_on_every_row(carried: Shop, tmp_path: Path, fmt: str) -> None:
    with carried.db.reading() as s:
        rows = report_rows(worker_earnings(s, NOV))
    out = tmp_path / f"earnings.{fmt}"
    write_rows(rows, fmt, out)
    if fmt == "csv":
        with out.open(encoding="utf-8") as handle:
            table = [dict(row) for row in csv.DictReader(handle)]
    else:
        sheet = load_workbook(out).active
        assert sheet is not None
        header, *body = [list(row) for row in sheet.iter_rows(values_only=True)]
        table = [dict(zip(header, row, strict=True)) for row in body]
    for row in table:
        opening, earned, paid, balance = (int(row[k]) for k in ("opening_balance", "earnings", "payouts", "balance"))
        assert opening + earned - paid == balance
    assert [int(row["opening_balance"]) for row in table if row["worker_code"] == "W001"] == [6_000]


def test_the_printed_report_shows_the_opening_balance(carried: Shop) -> None:
    with carried.db.reading() as s:
        report = earnings_report(s, NOV)
    text = read_pdf(render_earnings_report_pdf(report)).text
    assert "Saldo awal" in text
    assert "W001 Siti Rahayu Rp5.000 Rp6.000 Rp2.000 Rp0 Rp1.000 Rp7.000" in text


def test_the_worker_detail_shows_the_opening_balance(carried: Shop, qtbot: QtBot) -> None:
    with carried.db.reading() as s:
        (row,) = worker_earnings(s, NOV, worker_ids=[carried.siti.id])
    detail = WorkerDetailDialog(session_of(carried), row, NOV)
    qtbot.addWidget(detail)
    shown = {key: label.text() for key, (_caption, label) in detail.figures.items()}
    assert (shown["opening"], shown["earnings"], shown["payouts"], shown["balance"]) == (
        "Rp6,000", "Rp2,000", "Rp1,000", "Rp7,000")  # fmt: skip
