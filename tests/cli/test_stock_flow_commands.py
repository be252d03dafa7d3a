"""`ska-pos stock transfer send|receive|list|note` and `ska-pos import recipes` on the demo sentra."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from cli.demo_admin import log_in_as, make_demo
from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.models import (
    AuditEntry,
    EarningEntry,
    Item,
    JournalEntry,
    Outlet,
    StockMovement,
    StockTransferReceivedLine,
    Till,
    Worker,
)
from ska_pos.i18n import current_language, set_language
from ska_pos.services.actor import NO_PLACE
from ska_pos.services.journal_verify import verify
from ska_pos.services.stock import recipes


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    previous = current_language()
    pins = make_demo(url, "--days", "0")
    log_in_as(monkeypatch, "admin", pins["admin"])
    yield url
    set_language(previous)


def run(url: str, *words: str) -> int:
    return main(["--lang", "en", "--db", url, *words])


def test_goods_are_sent_listed_and_received_with_a_loss(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(demo_db)
    with database.reading() as s:
        sku = s.scalars(select(Item.sku).join(Outlet, Outlet.id == Item.outlet_id)
                        .where(Outlet.code == "TKO", Item.name == "Emping Melinjo")).one()  # fmt: skip
    assert run(demo_db, "stock", "transfer", "send", "--from", "TKO", "--to", "KFE", "--item", f"{sku}=3") == 0
    assert "Transfer KRM-TKO-00003 sent" in capsys.readouterr().out
    assert run(demo_db, "stock", "transfer", "list", "--outlet", "KFE") == 0
    assert "2 transfers on the way" in capsys.readouterr().out  # the demo's own, and this one
    assert run(demo_db, "stock", "transfer", "receive", "KRM-TKO-00003", "--arrived", f"{sku}=2") == 1
    assert "Say why" in capsys.readouterr().err
    assert run(demo_db, "stock", "transfer", "receive", "krm-tko-00003", "--arrived", f"{sku}=2", "--reason",
               "remuk") == 0  # fmt: skip
    assert run(demo_db, "stock", "transfer", "receive", "KRM-TKO-00003") == 1
    assert "was received already" in capsys.readouterr().err
    with database.reading() as s:
        assert (
            s.scalar(select(StockTransferReceivedLine.lost).where(StockTransferReceivedLine.loss_reason == "remuk"))
            == 1
        )
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "cli.stock_transfer_receive")) is not None
    database.dispose()


def test_recipes_are_imported_from_a_file(demo_db: str, tmp_path: Path) -> None:
    path = tmp_path / "resep.json"
    path.write_text(json.dumps([{"item": "Teh Tarik", "ingredients": [
        {"item": "BHNSUSU", "quantity": "120", "unit": "ml"}]}]), encoding="utf-8")  # fmt: skip
    assert run(demo_db, "import", "recipes", str(path), "--outlet", "KFE") == 0
    database = open_database(demo_db)
    with database.reading() as s:
        teh = s.scalars(select(Item.id).join(Outlet, Outlet.id == Item.outlet_id)
                        .where(Outlet.code == "KFE", Item.name == "Teh Tarik")).one()  # fmt: skip
        assert recipes.recipe_of(s, teh) == [("BHNSUSU", "Susu segar", Decimal(120), "ml")]
    database.dispose()


def test_a_makers_pieces_lost_on_the_way_are_journaled_at_the_receiving_outlets_till(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before the fix the command (at no till) journaled the maker's credit under the nil till: a chain of no till.
    database = open_database(demo_db)
    with database.reading() as s:
        sku, maker = s.execute(
            select(Item.sku, Worker.code).join(StockMovement, StockMovement.item_id == Item.id)
            .join(Worker, Worker.id == StockMovement.worker_id).join(Outlet, Outlet.id == Item.outlet_id)
            .where(Outlet.code == "TKO", Item.name == "Emping Melinjo", StockMovement.kind == "consign_in")
        ).one()  # fmt: skip
        kfe_t1 = s.scalars(select(Till.id).join(Outlet, Outlet.id == Till.outlet_id)
                           .where(Outlet.code == "KFE", Till.code == "T1")).one()  # fmt: skip
    assert run(demo_db, "stock", "transfer", "send", "--from", "TKO", "--to", "KFE", "--item", f"{sku}=2@{maker}") == 0
    number = capsys.readouterr().out.split()[1]
    assert run(demo_db, "stock", "transfer", "receive", number, "--arrived", f"{sku}=1", "--reason", "jatuh") == 0
    with database.reading() as s:
        entry = s.scalars(select(EarningEntry).where(EarningEntry.kind == "adjustment")).one()
        journaled = s.scalars(select(JournalEntry).where(JournalEntry.record_id == entry.id)).one()
        assert journaled.till_id == kfe_t1 != NO_PLACE
        assert s.scalar(select(JournalEntry.id).where(JournalEntry.till_id == NO_PLACE)) is None
        assert verify(s).ok, list(verify(s).lines())
    pdf = tmp_path / "kiriman.pdf"
    assert run(demo_db, "stock", "transfer", "note", number.lower(), "-o", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert f"Note {number} written" in capsys.readouterr().out
    assert run(demo_db, "stock", "transfer", "note", "KRM-TKO-09999", "-o", str(pdf)) == 1
    assert "No transfer KRM-TKO-09999" in capsys.readouterr().err
    database.dispose()
