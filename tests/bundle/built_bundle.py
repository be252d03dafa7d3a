"""The one-folder bundle for the tests: built from build.spec into build/test-bundle/, or reused from there.

A build takes about a minute, so it is reused while nothing it is made from has changed: the fingerprint covers
the app's code and resources, build.spec, pyproject.toml, the Python and every installed distribution's version.
A fresh clone always builds. `SKA_POS_BUNDLE=FOLDER` tests that folder instead (e.g. the `make bundle` output).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from importlib.metadata import distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "test-bundle"
APP_FOLDER = "SKA POS"
SUFFIX = ".exe" if sys.platform == "win32" else ""
TILL = f"SKA POS{SUFFIX}"
CLI = f"ska-pos{SUFFIX}"
BUILD_TIMEOUT_S = 900
# The sources of generated files (Qt's .ts for .qm) are fingerprinted instead of what they become.
_GENERATED = {".pyc", ".qm"}


def _inputs() -> list[Path]:
    files = [ROOT / "build.spec", ROOT / "pyproject.toml"]
    for folder in (ROOT / "ska_pos", ROOT / "resources"):
        files += [
            path
            for path in folder.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in _GENERATED
        ]
    return sorted(files)


def fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for dist in sorted(distributions(), key=lambda dist: str(dist.metadata["Name"]).lower()):
        digest.update(f"{dist.metadata['Name']}=={dist.version}\n".encode())
    for path in _inputs():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def bundle_folder() -> Path:
    """The bundle's folder, built when missing or out of date; a failed build fails the test with its last lines."""
    given = os.environ.get("SKA_POS_BUNDLE")
    if given:
        return Path(given)
    folder, stamp, wanted = BUILD / "dist" / APP_FOLDER, BUILD / "fingerprint.txt", fingerprint()
    if stamp.is_file() and stamp.read_text() == wanted and (folder / TILL).is_file() and (folder / CLI).is_file():
        return folder
    stamp.unlink(missing_ok=True)
    BUILD.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
               str(BUILD / "dist"), "--workpath", str(BUILD / "work"), str(ROOT / "build.spec")]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-40:])
        pytest.fail(f"PyInstaller failed (exit {done.returncode}): {' '.join(command)}\n{tail}", pytrace=False)
    stamp.write_text(wanted)
    return folder
