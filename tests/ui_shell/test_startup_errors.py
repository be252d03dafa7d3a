"""The desktop app that cannot open its database shows the one sentence in a window, not a traceback.

Field test: with a bad database the GUI showed no window at all (the traceback went to a console nobody sees).
Each start runs the real entry (`ska-pos --db URL`) in a subprocess; tests/db/test_opening.py checks the same
cases on the command line, and that nothing is written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from db.bad_databases import CASES, snapshot

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
