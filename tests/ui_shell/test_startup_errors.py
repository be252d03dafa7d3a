"""The desktop app that cannot open its database shows the one sentence in a window, not a traceback.

Field test: with a bad database the GUI showed no window at all (the traceback went to a console nobody sees).
Each start runs the real entry (`ska-pos --db URL`) in a subprocess; tests/db/test_opening.py checks the same
cases on the command line, and that nothing is written.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from db.bad_databases import CASES, a_shop_file, damage, snapshot
from db.test_backups import spoil

from ska_pos.db.backups import list_backups, make_backup
from ska_pos.db.sqlite_file import is_sound

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def test_each_refusal_is_a_window_with_its_sentence_in_indonesian(tmp_path: Path) -> None:
    urls = []
    for case in CASES:
        folder = tmp_path / case.name
        folder.mkdir()
        urls.append(case.make(folder))
    files = snapshot(tmp_path)
    result = subprocess.run(
        [sys.executable, str(HERE / "start_and_read_the_window.py"), *urls],
        capture_output=True, text=True, check=False, timeout=300, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    windows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(windows) == len(CASES)
    for case, window in zip(CASES, windows, strict=True):
        assert window["name"] == "startupError", case.name
        assert window["title"] == "SKA POS tidak dapat dimulai"
        assert case.indonesian in window["text"], (case.name, window["text"])
        assert window["accessible"] == window["text"]
        assert window["buttons"] == ["Tutup"]
        assert window["code"] == 1
    assert snapshot(tmp_path) == files


def damaged_with_a_backup(folder: Path) -> tuple[str, Path]:
    """A till's file damaged after a backup of it was made (the backup holds its sentra)."""
    path = a_shop_file(folder / "pos.sqlite3")
    backup = make_backup(path, folder / "backups", "shift-close", datetime(2026, 12, 5, 10, 0, tzinfo=UTC))
    damage(path)
    return f"sqlite:///{path}", backup.path


def test_a_damaged_file_offers_its_newest_sound_backup_and_the_till_starts_on_it(tmp_path: Path) -> None:
    declined, restored = tmp_path / "declined", tmp_path / "restored"
    for folder in (declined, restored):
        folder.mkdir()
    declined_url, _ = damaged_with_a_backup(declined)
    restored_url, backup = damaged_with_a_backup(restored)
    spoilt_newer = make_backup(backup, restored / "backups", "daily", datetime(2026, 12, 5, 11, 0, tzinfo=UTC))
    spoil(spoilt_newer.path)  # the newest backup is spoilt too: the one before it is offered
    declined_files = snapshot(declined)
    result = subprocess.run(
        [sys.executable, str(HERE / "start_and_read_the_window.py"), declined_url, "--press=restoreButton",
         restored_url],
        capture_output=True, text=True, check=False, timeout=300, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    closed, chosen = [json.loads(line) for line in result.stdout.splitlines()]
    for window in (closed, chosen):
        assert window["name"] == "startupError"
        assert "rusak" in window["text"]
        assert window["buttons"][0].startswith("Pulihkan dari cadangan terbaru (tanggal ")
        assert window["buttons"][1] == "Tutup"
    assert closed["code"] == 1
    assert snapshot(declined) == declined_files  # Close changed nothing
    # the till starts on the restored file; this test's computer was never enrolled as one of its tills, so it
    # opens on the enrolment page (never quietly as some till)
    assert (chosen["code"], chosen["started"]) == (0, "enrolPage")
    assert is_sound(restored / "pos.sqlite3")
    (kept,) = restored.glob("pos-before-restore-*.sqlite3")
    assert not is_sound(kept)  # the damaged file, kept as it was
    with closing(sqlite3.connect(f"file:{restored / 'pos.sqlite3'}?mode=ro", uri=True)) as connection:
        entries = [json.loads(payload) for (payload,) in connection.execute(
            "SELECT payload FROM journal_entry WHERE type = 'restore'")]  # fmt: skip
    assert entries  # the restore is in the journal: which backup, and no one (no PIN can be read from the damage)
    assert {(e["backup_file"], e["kept_file"], e["user_id"]) for e in entries} == {(backup.name, kept.name, None)}
    # the till, started on a day with no backup yet (any day after the 5th), made the day's backup
    assert [b.path for b in list_backups(restored / "backups") if b.reason == "daily"][1:] == [spoilt_newer.path]
