"""The problem report: one zip with logs, versions, the database address without password, the schema revision,
the till file, safe settings and row counts, and no personal data of the demo sentra anywhere in it."""

from __future__ import annotations

import json
import logging
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from ska_pos.cli.main import main
from ska_pos.db.database import Database
from ska_pos.db.models import Customer, Sale, Sentra, Setting, Till, User, Worker, new_id
from ska_pos.demo.builder import build_demo
from ska_pos.domain.phone import normalise_phone
from ska_pos.logs import log_path
from ska_pos.services import customers
from ska_pos.services.problem_report import default_report_name, url_without_password, write_problem_report
from ska_pos.services.this_till import LocalConfig, config_path, save_local_config

MOMENT = datetime(2026, 12, 6, 7, 30, tzinfo=UTC)
# What the demo sentra's people are given here, to be looked for in the zip.
NIKS = ("3171010101900001", "3171010101900002")
PHONES = ("081298765431", "081298765432")
ACCOUNTS = ("1234567890", "9876543210")


def give_people_personal_data(db: Database) -> list[str]:
    """NIK, phone and bank account for two workers, a customer with a phone, a user-scoped and an unknown setting;
    returns every personal string the database now holds (names, numbers, PIN hashes)."""
    with db.transaction() as s:
        workers = s.scalars(select(Worker).order_by(Worker.code)).all()
        for worker, nik, phone, account in zip(workers, NIKS, PHONES, ACCOUNTS, strict=False):
            worker.nik, worker.phone, worker.bank_name, worker.bank_account = nik, phone, "BRI", account
        sentra = s.scalars(select(Sentra)).one()
        customer = Customer(id=new_id(), sentra_id=sentra.id, name="Ibu Sumarni Wulandari")
        customers._store_phone(customer, normalise_phone("085711223344"))  # sealed, as the customer form stores it
        s.add(customer)
        users = s.scalars(select(User)).all()
        s.add(Setting(scope=f"user:{users[0].id}", key="language", value=json.dumps("en")))
        s.add(Setting(scope="global", key="contact_person", value=json.dumps("Bapak Joko 081311112222")))
        personal = [w.name for w in workers] + [u.full_name for u in users] + [u.pin_hash for u in users]
    return [*personal, *NIKS, *PHONES, *ACCOUNTS, "Ibu Sumarni Wulandari", "085711223344", "Bapak Joko"]


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, days=1, seed=3, today=date(2026, 12, 5))
    return db


def zip_texts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_the_report_holds_what_support_needs_and_no_personal_data(
    demo: Database, log_folder: Path, tmp_path: Path
) -> None:
    personal = give_people_personal_data(demo)
    with demo.reading() as s:
        till_id = s.scalars(select(Till.id)).first()
        sales = len(s.scalars(select(Sale.id)).all())
    save_local_config(LocalConfig(till_id=till_id, large_text=True), log_folder)
    logging.getLogger("ska_pos.printing.print_queue").error("print job 7 failed unexpectedly")
    # A line an older version may have written, with a NIK in it: hidden when copied into the report.
    with log_path(log_folder).open("a", encoding="utf-8") as log:
        log.write(f"2026-12-01T10:00:00.000+07:00 ERROR old: worker nik {NIKS[0]}\n")

    with demo.reading() as s:
        report = write_problem_report(tmp_path / "report.zip", created_at=MOMENT, session=s, data_folder=log_folder)

    texts = zip_texts(report.path)
    assert set(texts) == {"about.json", "settings.json", "row-counts.json", "till.json", "logs/ska-pos.log",
                          "README.txt"}  # fmt: skip
    about = json.loads(texts["about.json"])
    assert about["database"]["url"] == demo.url
    assert about["database"]["schema_revision"] == about["database"]["newest_revision"] is not None
    assert about["python"]
    assert about["platform"]
    assert about["libraries"]["SQLAlchemy"]
    assert about["libraries"]["PySide6-Essentials"]
    assert texts["till.json"] == config_path(log_folder).read_text(encoding="utf-8")
    assert json.loads(texts["till.json"])["till_id"] == str(till_id)
    counts = json.loads(texts["row-counts.json"])
    assert counts["sale"] == sales
    assert counts["worker"] == 30
    settings = json.loads(texts["settings.json"])
    assert {"scope": "global", "key": "demo_mode", "value": True} in settings
    assert all(not row["scope"].startswith("user:") and row["key"] != "contact_person" for row in settings)
    assert "print job 7 failed unexpectedly" in texts["logs/ska-pos.log"]
    assert "worker nik [number hidden]" in texts["logs/ska-pos.log"]
    everything = "\n".join(texts.values())
    found = [value for value in personal if value in everything]
    assert found == []


def test_the_database_password_is_left_out() -> None:
    shown = url_without_password("postgresql+psycopg://kasir:rahasia-sekali@10.0.0.5:5432/sentra")
    assert shown == "postgresql+psycopg://kasir:***@10.0.0.5:5432/sentra"


def test_a_report_without_a_database_says_why(tmp_path: Path, log_folder: Path) -> None:
    report = write_problem_report(tmp_path / "r.zip", created_at=MOMENT, database_error="OperationalError: locked",
                                  data_folder=log_folder)  # fmt: skip
    texts = zip_texts(report.path)
    assert json.loads(texts["about.json"])["database"] == {"error": "OperationalError: locked"}
    assert "settings.json" not in texts


def test_the_default_name_carries_the_outlets_date_and_time() -> None:
    assert default_report_name(MOMENT) == "laporan-masalah-20261206-1430.zip"  # 07:30 UTC is 14:30 WIB
    assert default_report_name(MOMENT, "Asia/Jayapura") == "laporan-masalah-20261206-1630.zip"


def test_the_command_writes_the_report(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "support.zip"
    assert main(["--lang", "en", "--db", db.url, "problem-report", "--output", str(target)]) == 0
    assert f"Problem report saved: {target}" in capsys.readouterr().out
    assert json.loads(zip_texts(target)["about.json"])["database"]["schema_revision"]


def test_the_command_writes_a_report_even_when_the_database_will_not_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing, damaged = tmp_path / "missing.sqlite3", tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database file, it is text " * 100)
    for database, reason in ((missing, "FileNotFoundError: no database file at"),
                             (damaged, "DatabaseError: file is not a database")):  # fmt: skip
        target = tmp_path / f"report-{database.stem}.zip"
        assert main(["--lang", "en", "--db", f"sqlite:///{database}", "problem-report", "-o", str(target)]) == 0
        assert f"Problem report saved: {target}" in capsys.readouterr().out
        assert reason in json.loads(zip_texts(target)["about.json"])["database"]["error"]
    assert not missing.exists()  # looking did not create it
