"""The stock commands: `stock check` and `verify` rebuild on-hand from the ledger and say where it differs; the
margin report and the receiving note are written as files."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from shop import Shop

from ska_pos import clock
from ska_pos.cli.main import main
from stock.helpers import receive, sell, supplier


def test_stock_check_and_verify_report_an_on_hand_record_that_differs(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 5, 7_000)
    sell(shop, shop.keripik.id, 2)
    url = f"sqlite:///{tmp_path / 'pos.sqlite3'}"
    assert main(["--lang", "en", "--db", url, "stock", "check"]) == 0
    assert "Stock is right: 1 items and outlets agree with the ledger" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", url, "verify"]) == 0
    assert "Stock: 1 items and outlets checked against the stock ledger" in capsys.readouterr().out
    with sqlite3.connect(tmp_path / "pos.sqlite3") as raw:
        raw.execute("UPDATE stock_on_hand SET quantity = quantity + 1000")
    expected = "Stock of KRPK Keripik Singkong at KFE: the ledger says 3, the on-hand record says 4"
    assert main(["--lang", "en", "--db", url, "stock", "check"]) == 1
    out = capsys.readouterr().out
    assert expected in out
    assert "1 differences found in 1 items and outlets" in out
    assert main(["--lang", "en", "--db", url, "verify"]) == 1
    assert expected in capsys.readouterr().out


def test_the_margin_report_and_the_receiving_note_are_written(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = receive(shop, supplier(shop), shop.keripik.id, 5, 7_000)
    sell(shop, shop.keripik.id, 2)
    url = f"sqlite:///{tmp_path / 'pos.sqlite3'}"
    day = clock.now().date().isoformat()
    out_csv = tmp_path / "margin.csv"
    assert main(["--lang", "en", "--db", url, "report", "margin", "--from", "2000-01-01", "--to", "2100-01-01",
                 "-o", str(out_csv)]) == 0  # fmt: skip
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8-sig")))
    assert [(r["level"], r["sku"], r["revenue"], r["cost"], r["margin"]) for r in rows] == [
        ("item", "KRPK", "25000", "14000", "11000"), ("category", "", "25000", "14000", "11000"),
        ("outlet", "", "25000", "14000", "11000")]  # fmt: skip
    assert main(["--lang", "id", "--db", url, "report", "margin", "--from", day, "--to", day, "--outlet", "KFE",
                 "-o", str(tmp_path / "margin.pdf")]) == 0  # fmt: skip
    assert (tmp_path / "margin.pdf").read_bytes().startswith(b"%PDF")
    assert number == "TRM-KFE-00001"
    assert main(["--lang", "id", "--db", url, "stock", "note", "--outlet", "kfe", "--number", number, "-o",
                 str(tmp_path / "note.pdf")]) == 0  # fmt: skip
    assert (tmp_path / "note.pdf").read_bytes().startswith(b"%PDF")
    assert main(["--lang", "en", "--db", url, "stock", "on-hand", "--outlet", "KFE"]) == 0
    assert "KRPK" in capsys.readouterr().out
