"""A command that fails in a way nobody foresaw prints one sentence and where the log is; the log has the traceback.
A refusal the user can act on (CommandFailed, ServiceError) still prints its own message and logs nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ska_pos.cli import support_commands
from ska_pos.cli.main import main
from ska_pos.db.database import Database

from .conftest import read_log


def test_an_unexpected_error_prints_a_sentence_and_the_log_path(
    db: Database, log_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    def disk_fails(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(support_commands, "write_problem_report", disk_fails)
    assert main(["--lang", "id", "--db", db.url, "problem-report", "-o", str(tmp_path / "r.zip")]) == 1
    out, err = capsys.readouterr()
    log_file = log_folder / "logs" / "ska-pos.log"
    assert err == f"Terjadi kesalahan; rinciannya ada di log: {log_file}\n"
    assert "Traceback" not in out + err
    log = read_log(log_folder)
    assert "ERROR ska_pos.cli.main: command problem-report failed unexpectedly" in log
    assert "Traceback (most recent call last)" in log
    assert "OSError: [Errno 5] Input/output error" in log


def test_a_refusal_keeps_its_own_message(tmp_path: Path, log_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "demo", "--days", "-1"]) == 1
    assert capsys.readouterr().err == "Error: --days cannot be negative\n"
    assert "ERROR" not in read_log(log_folder)
