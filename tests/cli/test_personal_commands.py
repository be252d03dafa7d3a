"""`ska-pos key` and `ska-pos personal`: the same services as the manager's screen, as a manager proven by PIN."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from shop import PINS, Shop, ShopFile, act_as
from sqlalchemy import select

from ska_pos.cli.main import main
from ska_pos.db.database import Database, open_database
from ska_pos.db.models import PersonalDataView, User
from ska_pos.sealing import key_store
from ska_pos.services import workers
from ska_pos.services.personal_data import PersonalData
from ska_pos.services.workers import WorkerForm

NIK = "3171234567890123"


@pytest.fixture
def url(shop_file: ShopFile) -> str:
    def add_dewi(database: Database, shop: Shop) -> None:
        with database.transaction() as s:
            personal = PersonalData(NIK, "081234567890", date(2026, 1, 5), "BRI", "0123-01-004410-53-1")
            workers.add_worker(s, act_as(shop, "manager"), WorkerForm("W010", "Dewi Lestari",
                               outlet_ids=(shop.cafe.id,), personal=personal))  # fmt: skip

    return shop_file(add_dewi)


def as_user(monkeypatch: pytest.MonkeyPatch, pin: str) -> list[str]:
    monkeypatch.setenv("SKA_POS_PIN", pin)
    return ["--outlet", "KFE", "--till", "T1"]


def test_a_manager_shows_exports_and_erases(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    place = as_user(monkeypatch, PINS["manajer"])
    who = ["--worker", "w010", "--user", "manajer", *place]
    assert main(["--lang", "en", "--db", url, "personal", "show", *who]) == 0
    assert f"NIK: {NIK}" in capsys.readouterr().out
    target = tmp_path / "out" / "dewi.json"
    assert main(["--lang", "en", "--db", url, "personal", "export", str(target), *who]) == 0
    assert json.loads(target.read_text("utf-8"))["personal_data"]["nik"] == NIK
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert main(["--lang", "en", "--db", url, "personal", "erase", "--reason", "consent withdrawn", *who]) == 0
    assert main(["--lang", "en", "--db", url, "personal", "show", *who]) == 0
    assert "NIK: -" in capsys.readouterr().out
    database = open_database(url)
    with database.reading() as s:
        assert [v.purpose for v in s.scalars(select(PersonalDataView).order_by(PersonalDataView.viewed_at))] == [
            "view", "export", "view",
        ]  # fmt: skip
    database.dispose()


@pytest.mark.parametrize(("user", "pin", "message"), [("kasir", PINS["kasir"], "Only a manager"),
                                                      ("manajer", "0000", "Wrong PIN")])  # fmt: skip
def test_a_cashier_or_a_wrong_pin_is_refused_and_nothing_is_recorded(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], user: str, pin: str, message: str
) -> None:
    place = as_user(monkeypatch, pin)
    assert main(["--lang", "en", "--db", url, "personal", "show", "--worker", "W010", "--user", user, *place]) == 1
    captured = capsys.readouterr()
    assert message in captured.err
    assert NIK not in captured.out
    database = open_database(url)
    with database.reading() as s:
        assert s.scalars(select(PersonalDataView)).all() == []
        failures = s.scalar(select(User.failed_pin_count).where(User.username == user))
    assert failures == (1 if pin == "0000" else 0)  # a wrong PIN is counted towards the lockout
    database.dispose()


def test_the_key_is_exported_owner_only_and_imported_after_a_loss(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "usb" / "kunci-data-pribadi.json"
    assert main(["--lang", "en", "key", "export", str(copy)]) == 0
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    (tmp_path / "data" / key_store.KEY_FILE).unlink()
    place = as_user(monkeypatch, PINS["manajer"])
    who = ["--worker", "W010", "--user", "manajer", *place]
    assert main(["--lang", "en", "--db", url, "personal", "show", *who]) == 1
    assert "no key for personal data" in capsys.readouterr().err
    assert main(["--lang", "en", "key", "import", str(copy)]) == 0
    assert main(["--lang", "en", "--db", url, "personal", "show", *who]) == 0
    assert f"NIK: {NIK}" in capsys.readouterr().out


def test_rotating_the_key_seals_everything_again_with_the_new_one(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ska_pos.db.models import Worker

    before = key_store.load_keys()
    assert before is not None
    place = as_user(monkeypatch, PINS["manajer"])
    assert main(["--lang", "en", "--db", url, "key", "rotate", "--user", "manajer", *place]) == 0
    assert "3 value(s) sealed again" in capsys.readouterr().out  # NIK, phone and account
    after = key_store.load_keys()
    assert after is not None
    assert after.current != before.current
    assert set(before.keys) < set(after.keys)  # the old key stays for what it sealed elsewhere
    database = open_database(url)
    with database.reading() as s:
        worker = s.scalars(select(Worker).where(Worker.code == "W010")).one()
        sealed = (worker.nik_sealed, worker.phone_sealed, worker.bank_account_sealed)
    database.dispose()
    assert all(value is not None and value.split(":")[2] == after.current for value in sealed)
    assert main(["--lang", "en", "--db", url, "personal", "show", "--worker", "W010", "--user", "manajer", *place]) == 0
    assert f"NIK: {NIK}" in capsys.readouterr().out


def test_a_cashier_cannot_rotate_the_key(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = key_store.load_keys()
    place = as_user(monkeypatch, PINS["kasir"])
    assert main(["--lang", "en", "--db", url, "key", "rotate", "--user", "kasir", *place]) == 1
    assert key_store.load_keys() == before
