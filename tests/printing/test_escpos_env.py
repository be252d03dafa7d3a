from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import os
from ska_pos.printing.escpos_env import prepare_escpos
prepare_escpos()
from escpos.printer import Dummy
print(os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"])
"""


def test_importing_escpos_leaves_no_temporary_folder(tmp_path: Path) -> None:
    data, scratch = tmp_path / "data", tmp_path / "tmp"
    scratch.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "ESCPOS_CAPABILITIES_PICKLE_DIR"}
    env.update(SKA_POS_DATA_DIR=str(data), TMPDIR=str(scratch))
    for _run in range(2):  # the first run writes the cache, the second reads it
        result = subprocess.run(
            [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True, timeout=60
        )
        assert result.stdout.strip() == str(data / "escpos-cache")
    assert list(scratch.iterdir()) == []
    assert [path.name for path in (data / "escpos-cache").iterdir()] == [
        f"{'.'.join(map(str, sys.version_info[:3]))}.capabilities.pickle"
    ]
