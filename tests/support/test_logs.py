"""The log file: in the data folder, rotated, ISO times with the zone, the print queue's records included, long
numbers (NIK, phone, bank account) hidden, and slow or failed background work noted."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from ska_pos import slow_operations
from ska_pos.db.database import Database
from ska_pos.db.models import Worker
from ska_pos.logs import configure_logging, log_files, remove_logging
from ska_pos.services import auth, setup
from ska_pos.services.errors import ValidationError

from .conftest import read_log


def test_records_of_the_print_queue_and_the_print_jobs_land_in_the_file(log_folder: Path) -> None:
    logging.getLogger("ska_pos.printing.print_queue").error("print job %s failed unexpectedly", 17)
    logging.getLogger("ska_pos.services.print_jobs").warning("print job %s cannot be rebuilt", 18)
    logging.getLogger("ska_pos.services.print_jobs").debug("not at the default level")
    text = read_log(log_folder)
    assert re.search(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d ERROR ska_pos\.printing\.print_queue: "
                     r"print job 17 failed unexpectedly$", text, re.MULTILINE)  # fmt: skip
    assert "WARNING ska_pos.services.print_jobs: print job 18 cannot be rebuilt" in text
    assert "not at the default level" not in text


def test_configuring_twice_keeps_one_file_handler(log_folder: Path, tmp_path: Path) -> None:
    assert configure_logging(tmp_path / "elsewhere") == log_folder / "logs" / "ska-pos.log"
    logging.getLogger("ska_pos.test").error("once")
    assert read_log(log_folder).count("once") == 1
    assert not (tmp_path / "elsewhere" / "logs" / "ska-pos.log").exists()


def test_debug_level_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKA_POS_LOG_LEVEL", "debug")
    remove_logging()
    try:
        configure_logging(tmp_path)
        logging.getLogger("ska_pos.test").debug("details for the support person")
    finally:
        remove_logging()
        logging.getLogger("ska_pos").setLevel(logging.NOTSET)
    assert "DEBUG ska_pos.test: details for the support person" in read_log(tmp_path)


def test_the_file_rotates_and_keeps_a_few_old_ones(tmp_path: Path) -> None:
    remove_logging()
    try:
        configure_logging(tmp_path, max_bytes=2_000, backup_count=5)
        for number in range(200):
            logging.getLogger("ska_pos.test").error("record %d %s", number, "x" * 50)
    finally:
        remove_logging()
    names = [path.name for path in log_files(tmp_path)]
    assert names == ["ska-pos.log"] + [f"ska-pos.log.{n}" for n in range(1, 6)]
    assert all(path.stat().st_size <= 2_000 for path in log_files(tmp_path))
    assert "record 199 " in read_log(tmp_path)


def test_long_numbers_are_hidden_in_messages_and_tracebacks(log_folder: Path) -> None:
    nik, phone = "3171234567890001", "081234567890"
    logging.getLogger("ska_pos.test").error("worker %s phone %s", nik, phone)
    try:
        raise ValueError(f"invalid literal: '{nik}'")
    except ValueError:
        logging.getLogger("ska_pos.test").exception("parsing failed for job 12")
    text = read_log(log_folder)
    assert nik not in text
    assert phone not in text
    assert "worker [number hidden] phone [number hidden]" in text
    assert "ValueError: invalid literal: '[number hidden]'" in text
    assert "job 12" in text


def test_slow_work_is_noted_with_its_name_and_time(log_folder: Path) -> None:
    def count_the_drawer() -> int:
        return 5

    assert slow_operations.run_timed(count_the_drawer, slow_seconds=0) == 5
    assert slow_operations.run_timed(count_the_drawer, slow_seconds=60) == 5
    lines = [line for line in read_log(log_folder).splitlines() if "slow operation" in line]
    assert len(lines) == 1
    name = f"{__name__}:test_slow_work_is_noted_with_its_name_and_time.<locals>.count_the_drawer"
    assert re.search(rf"WARNING ska_pos\.slow_operations: slow operation {re.escape(name)} took \d+ ms$", lines[0])


def test_failed_work_is_logged_with_its_traceback_but_a_refusal_is_not(log_folder: Path) -> None:
    def broken() -> None:
        raise KeyError("no such drawer")

    def refused() -> None:
        raise ValidationError("The discount is too big")

    with pytest.raises(KeyError):
        slow_operations.run_timed(broken)
    with pytest.raises(ValidationError):
        slow_operations.run_timed(refused)
    text = read_log(log_folder)
    assert f"ERROR ska_pos.slow_operations: operation {__name__}:" in text
    assert "KeyError: 'no such drawer'" in text
    assert "Traceback (most recent call last)" in text
    assert "discount is too big" not in text


def test_a_failed_statement_logs_no_parameters(db: Database, log_folder: Path) -> None:
    with db.transaction() as s:
        seed = auth.system_actor(s)
        sentra = setup.create_sentra(s, seed, "BLH", "Sentra", "Jalan 1")
        setup.create_worker(s, seed, sentra, "W001", "Siti Rahmawati", [])
    try:
        with db.transaction() as s:
            s.add(Worker(sentra_id=sentra.id, code="W001", name="Dewi Lestari Anggraini", display_name="Dewi"))
    except IntegrityError:
        logging.getLogger("ska_pos.test").exception("saving worker failed")
    else:
        pytest.fail("a second worker W001 was accepted")
    text = read_log(log_folder)
    assert "IntegrityError" in text
    assert "Dewi Lestari Anggraini" not in text
