"""A plug pulled during `ska-pos init`: the schema is made all or nothing, and the next start always works.

Field test: on SQLite each CREATE TABLE committed by itself, so a killed `init` left 16 tables and no schema version,
and every later start failed with "table sentra already exists". The migration now runs in one transaction (BEGIN
IMMEDIATE ... COMMIT, Alembic's version row included), so a kill leaves either an empty file or the whole schema.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.kill_during_init import url_for
from ska_pos.cli.main import main
from ska_pos.db.engine import make_engine
from ska_pos.db.item_search import SQLITE_TABLES
from ska_pos.db.migrate import head_revision
from ska_pos.db.models import Base

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX only")


def schema_state(path: Path) -> tuple[set[str], str | None]:
    """The tables and the schema version in the file, read without SQLAlchemy (nothing written)."""
    if not path.exists():
        return set(), None
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_")
        }
        version = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            version = row[0] if row else None
    connection.close()
    return tables, version


def assert_nothing_or_everything(path: Path, head: str, where: str) -> bool:
    """True when the whole schema is there, False when nothing is; fails on anything in between."""
    tables, version = schema_state(path)
    everything = {*Base.metadata.tables, *SQLITE_TABLES, "alembic_version"}
    assert (tables, version) in [(set(), None), (everything, head)], (
        f"{where}: a half-made schema, {len(tables)} of {len(everything)} tables, version {version}"
    )
    return bool(tables)


def assert_a_later_init_works(url: str, path: Path, head: str) -> None:
    assert main(["--lang", "en", "--db", url, "init"]) == 0
    assert schema_state(path) == ({*Base.metadata.tables, *SQLITE_TABLES, "alembic_version"}, head)


def test_init_killed_after_any_statement_leaves_nothing_or_everything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The first statement of each kind, and the last three: the last schema change, then the version rows
    # (kill_during_init.py says why these prove what a kill after every statement would).
    result = subprocess.run(
        [sys.executable, str(HERE / "kill_during_init.py"), str(tmp_path)],
        capture_output=True, text=True, check=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    report = json.loads(result.stdout)
    head = head_revision(make_engine("sqlite://"))
    assert head is not None
    assert {
        "CREATE TABLE",
        "CREATE INDEX",
        "CREATE TRIGGER",
        "INSERT INTO (batch copy)",
        "UPDATE ALEMBIC_VERSION",
    } <= set(report["kinds"].values()), report
    assert all(report["killed"].values()), report
    for point in report["killed"]:
        url = url_for(tmp_path, int(point))
        path = Path(url.removeprefix("sqlite:///"))
        assert not assert_nothing_or_everything(path, head, f"killed after statement {point}"), (
            f"killed after statement {point} of {report['last']}, before the commit, yet the schema was kept"
        )
        assert_a_later_init_works(url, path, head)
    capsys.readouterr()


def test_init_killed_at_random_moments_leaves_nothing_or_everything(tmp_path: Path) -> None:
    """The real program, killed at a random moment once its database file is open (no hook in the app)."""
    head = head_revision(make_engine("sqlite://"))
    assert head is not None
    chance = random.Random()
    for attempt in range(6):
        path = tmp_path / f"random-{attempt}.sqlite3"
        url = f"sqlite:///{path}"
        process = subprocess.Popen(
            [sys.executable, "-m", "ska_pos", "--db", url, "init"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wal = path.with_name(path.name + "-wal")
        while not wal.exists() and process.poll() is None:
            time.sleep(0.001)
        time.sleep(chance.uniform(0, 0.3))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        assert_nothing_or_everything(path, head, f"attempt {attempt}")
        assert_a_later_init_works(url, path, head)
