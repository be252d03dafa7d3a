"""A database the till cannot use is refused with one sentence in the user's language, and nothing is written.

Field test: a database newer than the app, a file that is not a database, a damaged file, a missing folder and a
PostgreSQL server that is down each ended in a traceback (and, in the GUI, no window at all). The desktop side of
the same cases is in tests/ui_shell/test_startup_errors.py.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.bad_databases import CASES, BadDatabase, damaged, folders, snapshot
from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.open_errors import DatabaseDamaged
from ska_pos.db.sqlite_file import inspect_file
from ska_pos.i18n import set_language

ROOT = Path(__file__).resolve().parents[2]


def one_sentence(message: str) -> bool:
    return "\n" not in message and "Traceback" not in message and message.endswith(".")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_database_that_cannot_be_used_is_refused_and_left_as_it_was(case: BadDatabase, tmp_path: Path) -> None:
    set_language("id")
    url = case.make(tmp_path)
    files, made_folders = snapshot(tmp_path), folders(tmp_path)
    started = time.monotonic()
    with pytest.raises(case.error) as refused:
        open_database(url)
    assert time.monotonic() - started < 5  # a server that is down is told at once, not after a hang
    assert case.indonesian in refused.value.message
    assert one_sentence(refused.value.message), refused.value.message
    assert snapshot(tmp_path) == files
    assert folders(tmp_path) == made_folders


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_the_command_line_says_the_sentence_and_fails(
    case: BadDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = case.make(tmp_path)
    files = snapshot(tmp_path)
    capsys.readouterr()
    assert main(["--lang", "id", "--db", url, "init"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("Galat: "), err
    assert err.count("\n") == 1, err
    assert case.indonesian in err
    assert snapshot(tmp_path) == files


def test_the_program_itself_prints_no_traceback(tmp_path: Path) -> None:
    url = damaged(tmp_path)
    result = subprocess.run([sys.executable, "-m", "ska_pos", "--lang", "en", "--db", url, "db", "upgrade"],
                            capture_output=True, text=True, check=False, timeout=120, cwd=ROOT)  # fmt: skip
    assert result.returncode == 1
    assert (
        result.stderr
        == f"Error: The database file {url.removeprefix('sqlite:///')} is damaged; restore it from a backup.\n"
    )


def test_the_full_integrity_check_also_finds_the_damage(tmp_path: Path) -> None:
    path = Path(damaged(tmp_path).removeprefix("sqlite:///"))
    with pytest.raises(DatabaseDamaged):
        inspect_file(path, full_check=True)
