"""The database, its side files and its copies are readable by their owner only (0600), in 0700 folders."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ska_pos import clock
from ska_pos.db.backups import make_backup
from ska_pos.db.database import open_database
from ska_pos.db.sqlite_file import keep_copy
from ska_pos.paths import data_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows uses the profile's ACL")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> object:
    previous = os.umask(0o022)  # what a desktop session has: files 0644 and folders 0755 unless told otherwise
    yield
    os.umask(previous)


def test_a_new_database_and_its_data_folder_are_the_owner_s_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SKA_POS_DATA_DIR", str(tmp_path / "data"))
    folder = data_dir()
    database = open_database()
    with database.transaction() as s:
        s.connection().exec_driver_sql("CREATE TABLE scratch (x)")  # something in the write-ahead log
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == ["ska-pos.sqlite3", "ska-pos.sqlite3-shm", "ska-pos.sqlite3-wal"]
    assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    assert mode(folder) == 0o700
    database.dispose()


def test_an_existing_data_folder_and_database_are_tightened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    monkeypatch.setenv("SKA_POS_DATA_DIR", str(folder))
    first = open_database()
    first.dispose()
    (folder / "ska-pos.sqlite3").chmod(0o644)  # as a SKA POS before this one left it
    folder.chmod(0o755)
    again = open_database()
    assert (mode(data_dir()), mode(folder / "ska-pos.sqlite3")) == (0o700, 0o600)
    again.dispose()


def test_backups_and_upgrade_copies_are_the_owner_s_only(tmp_path: Path) -> None:
    database_file = tmp_path / "pos.sqlite3"
    open_database(f"sqlite:///{database_file}").dispose()
    backup = make_backup(database_file, tmp_path / "elsewhere" / "backups", "manual", clock.now())
    copy = keep_copy(database_file, "0005")
    for path in (backup.path, copy):
        assert (mode(path), mode(path.parent)) == (0o600, 0o700)
