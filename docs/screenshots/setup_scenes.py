"""The setting-up guide's pictures (`setup_<step>_<language>.png`, docs/setting-up.md) come from the test that
follows the guide step by step on an empty database (no demo data): it saves each step's picture when
SKA_POS_SETUP_SHOTS names a folder, in SKA_POS_SETUP_LANGUAGE."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from harness import HERE

GUIDE_TEST = "tests/ui_shell/test_new_sentra.py"


def setup_pictures(out: Path, languages: list[str]) -> int:
    checkout = HERE.parent.parent
    out.mkdir(parents=True, exist_ok=True)
    for language in languages:
        environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                       "SKA_POS_SETUP_SHOTS": str(out.resolve()), "SKA_POS_SETUP_LANGUAGE": language}  # fmt: skip
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", GUIDE_TEST],
                              cwd=checkout, env=environment, check=False)  # fmt: skip
        if done.returncode != 0:
            return done.returncode
        for path in sorted(out.glob(f"setup_*_{language}.png")):
            print(path)
    return 0
