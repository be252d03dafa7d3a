"""The commands that a manager runs (`ska-pos personal`, `ska-pos key rotate`) refuse a manager tied to one outlet
what belongs to another, as the services do for the screens (tests/services/test_outlet_scope.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from shop import PINS, Shop, ShopFile, act_as
from sqlalchemy import select

from ska_pos.cli.main import main
from ska_pos.db.database import Database, open_database
from ska_pos.db.models import PersonalDataView, User, Worker
from ska_pos.sealing import key_store
from ska_pos.services import workers
from ska_pos.services.personal_data import PersonalData
from ska_pos.services.workers import WorkerForm

NIK = "3171234567890123"


@pytest.fixture
def url(shop_file: ShopFile, monkeypatch: pytest.MonkeyPatch) -> str:
    """The shop with Wati, who works at the salon only, and its manager tied to the café."""
    monkeypatch.setenv("SKA_POS_PIN", PINS["manajer"])

    def add_wati(database: Database, shop: Shop) -> None:
        with database.transaction() as s:
            personal = PersonalData(NIK, "081234567890", date(2026, 1, 5), "BRI", "0123-01-004410-53-1")
            workers.add_worker(s, act_as(shop, "admin"), WorkerForm("W011", "Wati Salon", outlet_ids=(shop.salon.id,),
                                                                    personal=personal))  # fmt: skip
            manager = s.get(User, shop.manager.id)
            assert manager is not None
            manager.outlet_id = shop.cafe.id

    return shop_file(add_wati)


def _refused(url: str, capsys: pytest.CaptureFixture[str], *command: str) -> None:
    assert main(["--lang", "en", "--db", url, *command]) == 1
    captured = capsys.readouterr()
    assert "You manage only outlet KFE" in captured.err
    assert NIK not in captured.out


@pytest.mark.parametrize("outlet", ["KFE", "SLN"])
def test_a_manager_of_the_cafe_cannot_see_export_or_erase_a_salon_workers_personal_data(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], outlet: str
) -> None:
    """At the café's till Wati is not the café's worker; at the salon's till the manager is not at home."""
    who = ["--worker", "W011", "--user", "manajer", "--outlet", outlet, "--till", "T1"]
    _refused(url, capsys, "personal", "show", *who)
    _refused(url, capsys, "personal", "export", str(tmp_path / "wati.json"), *who)
    _refused(url, capsys, "personal", "erase", "--reason", "consent withdrawn", *who)
    assert not (tmp_path / "wati.json").exists()
    database = open_database(url)
    with database.reading() as s:
        assert s.scalars(select(PersonalDataView)).all() == []
        wati = s.scalar(select(Worker).where(Worker.code == "W011"))
        assert wati is not None
        assert wati.nik_sealed is not None  # not erased
    database.dispose()


def test_a_manager_of_the_cafe_cannot_seal_every_outlets_personal_data_again(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ring = key_store.load_keys(key_store.key_store())
    assert ring is not None
    _refused(url, capsys, "key", "rotate", "--user", "manajer", "--outlet", "KFE", "--till", "T1")
    after = key_store.load_keys(key_store.key_store())
    assert after is not None
    assert set(after.keys) == set(ring.keys)  # no new key was made either
