"""`ska-pos order` for a galeri jahit: a customer measured, an order taken with a taking, own cloth and a fitting,
shown, its fitting done, the workload by promised date, and the "not taking orders until" switch refusing intake."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from order_shop import build_order_shop
from shop import PINS, Shop, ShopFile

from ska_pos.cli.main import main
from ska_pos.cli.order_commands import PIN_ENV
from ska_pos.db.database import Database
from ska_pos.db.models import Customer

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # Monday 09:00 in Jakarta
CASHIER = ["--user", "kasir", "--outlet", "JHT", "--till", "T1"]
MANAGER = ["--user", "manajer", "--outlet", "JHT", "--till", "T1"]


@pytest.fixture
def url(shop_file: ShopFile, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PIN_ENV, PINS["kasir"])

    def add_ratna(database: Database, shop: Shop) -> None:
        orders = build_order_shop(shop)
        with database.transaction() as s:
            s.add(Customer(sentra_id=orders.tailor.sentra_id, name="Ratna Dewi"))

    return shop_file(add_ratna)


def order(url: str, who: list[str], *args: str) -> int:
    return main(["--lang", "en", "--db", url, "order", args[0], *who, *args[1:]])


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_tailoring_order_with_measurements_cloth_and_a_fitting(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert order(url, CASHIER, "measure", "--customer", "Ratna", "--garment", "kebaya", "--value", "chest=88,5",
                 "--value", "waist=70") == 0  # fmt: skip
    assert "Measurements of Kebaya kept" in capsys.readouterr().out
    assert order(url, CASHIER, "measurements", "--customer", "Ratna") == 0
    out = capsys.readouterr().out
    assert "Kebaya" in out
    assert "Chest" in out
    assert "88.5" in out
    assert order(url, CASHIER, "take", "--item", "KMJ=1", "--name", "Pak Joko", "--garment", "kemeja",
                 "--value", "neck=40", "--own-cloth", "Batik 2 m", "--promised", "2026-12-10T15:00",
                 "--fitting", "2026-12-09T10:00") == 0  # fmt: skip
    assert "JHT-261207-001" in capsys.readouterr().out
    assert order(url, CASHIER, "fitted", "JHT-261207-001", "--note", "Leher pas") == 0
    assert order(url, CASHIER, "show", "JHT-261207-001") == 0
    out = capsys.readouterr().out
    assert "Customer's own cloth: Batik 2 m" in out
    assert "Measurements: Shirt (cm)" in out
    assert "done" in out
    assert order(url, CASHIER, "due", "--days", "7") == 0
    out = capsys.readouterr().out
    assert "JHT-261207-001" in out
    assert "Pak Joko" in out
    monkeypatch.setenv(PIN_ENV, PINS["manajer"])
    assert order(url, MANAGER, "template", "--garment", "rok", "--measure", "waist", "--measure", "skirt_length") == 0
    assert "Skirt: Waist (waist), Skirt length (skirt_length)" in capsys.readouterr().out
    assert order(url, MANAGER, "pause", "--until", "2026-12-20", "--message", "Menjelang Lebaran") == 0
    monkeypatch.setenv(PIN_ENV, PINS["kasir"])
    assert order(url, CASHIER, "take", "--item", "KMJ=1", "--name", "Bu Ani") != 0
    assert "takes no orders until 20-12-2026: Menjelang Lebaran" in capsys.readouterr().err


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_manager_renames_a_garment_type_and_the_customers_card_reads_it(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert order(url, CASHIER, "measure", "--customer", "Ratna", "--garment", "kebaya", "--value", "chest=88") == 0
    capsys.readouterr()
    monkeypatch.setenv(PIN_ENV, PINS["manajer"])
    assert order(url, MANAGER, "template", "rename", "--garment", "kebaya", "--name", "Kebaya encim") == 0
    assert capsys.readouterr().out.startswith("Kebaya encim: Chest (chest)")
    assert order(url, MANAGER, "template", "rename", "--garment", "rok", "--name", "kebaya ENCIM") != 0
    assert "Another garment type is already called Kebaya encim" in capsys.readouterr().err
    assert order(url, MANAGER, "template", "rename", "--garment", "rok") != 0  # no --name
    assert "template rename --garment CODE --name TEXT" in capsys.readouterr().err
    monkeypatch.setenv(PIN_ENV, PINS["kasir"])
    assert order(url, CASHIER, "measurements", "--customer", "Ratna", "--all") == 0
    assert "Kebaya encim" in capsys.readouterr().out  # the taking from before the rename
    assert order(url, CASHIER, "template", "rename", "--garment", "rok", "--name", "Rok span") != 0  # managers only
