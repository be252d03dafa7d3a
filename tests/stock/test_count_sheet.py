"""The count sheet: the open stock take's items by category with empty columns to count into, from the CLI and as
plain data; a category's count lists that category only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from shop import Shop, act_as, as_admin
from sqlalchemy import select

from ska_pos.cli.main import main
from ska_pos.db.models import Item
from ska_pos.reports.count_sheet import render_count_sheet_pdf
from ska_pos.services import setup
from ska_pos.services.stock import counts
from ska_pos.services.stock.count_sheet import count_sheet


def _start(shop: Shop, category: bool = False) -> object:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        category_id = s.scalar(select(Item.category_id).where(Item.id == shop.keripik.id)) if category else None
        return counts.start_count(s, manager, category_id=category_id).id


def test_the_sheet_lists_the_tracked_items_by_category_without_their_on_hand(shop: Shop) -> None:
    with shop.db.transaction() as s:
        admin, cafe = as_admin(s), s.merge(shop.cafe)
        setup.create_item(s, admin, cafe, "GULA", "Gula Aren", 20_000, category=s.merge(shop.drinks),
                          track_stock=True, barcodes=["8991111"])  # fmt: skip
        setup.create_item(s, admin, cafe, "TAS", "Tas Anyaman", 50_000, track_stock=True)
    whole = _start(shop)
    with shop.db.reading() as s:
        sheet = count_sheet(s, whole)  # type: ignore[arg-type]
    assert [(g.category, [(line.sku, line.barcode) for line in g.lines]) for g in sheet.groups] == [
        ("Camilan", [("KRPK", "8990003")]),
        ("Minuman", [("GULA", "8991111")]),
        ("", [("TAS", "")]),  # no category: last
    ]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(render_count_sheet_pdf(sheet, "id"))).pages)
    assert "Lembar hitung KFE" in text
    assert "Keripik Singkong" in text
    assert "Counted" not in text  # in Indonesian throughout


def test_a_category_count_lists_that_category_only(shop: Shop) -> None:
    count_id = _start(shop, category=True)
    with shop.db.reading() as s:
        sheet = count_sheet(s, count_id)  # type: ignore[arg-type]
    assert (sheet.covers, [g.category for g in sheet.groups]) == ("Camilan", ["Camilan"])


def test_the_cli_writes_the_open_counts_sheet_and_says_when_none_is_open(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, out = f"sqlite:///{tmp_path / 'pos.sqlite3'}", tmp_path / "sheet.pdf"
    assert main(["--lang", "en", "--db", url, "stock", "count-sheet", "--outlet", "KFE", "-o", str(out)]) != 0
    assert "No stock take is open at KFE" in capsys.readouterr().err
    _start(shop)
    assert main(["--lang", "en", "--db", url, "stock", "count-sheet", "--outlet", "KFE", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Count sheet written to" in capsys.readouterr().out
