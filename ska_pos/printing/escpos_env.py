"""Prepare the process for python-escpos before its first import.

Importing `escpos` loads a large capability database; it caches it as a pickle in the folder named by
ESCPOS_CAPABILITIES_PICKLE_DIR, or else in a fresh temporary folder on every start (slow, and the folders pile up).
It also calls `mkdtemp()` even when the variable is set, so the import runs with the temporary folder pointed at
our cache and the empty folder it leaves is removed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

from ska_pos.paths import data_dir

PICKLE_DIR_VARIABLE = "ESCPOS_CAPABILITIES_PICKLE_DIR"

_lock = threading.Lock()


def escpos_cache_dir() -> Path:
    folder = data_dir() / "escpos-cache"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def prepare_escpos() -> None:
    """Call before any `import escpos...`; cheap once escpos is loaded."""
    if "escpos.capabilities" in sys.modules:
        return
    with _lock:
        if "escpos.capabilities" in sys.modules:
            return
        cache = escpos_cache_dir()
        chosen = os.environ.get(PICKLE_DIR_VARIABLE, "")
        if not (chosen and Path(chosen).is_dir()):
            os.environ[PICKLE_DIR_VARIABLE] = str(cache)
        _import_capabilities(cache / "scratch")


def _import_capabilities(scratch: Path) -> None:
    scratch.mkdir(exist_ok=True)
    previous = tempfile.tempdir
    tempfile.tempdir = str(scratch)
    try:
        import escpos.capabilities  # noqa: F401  (the import is the point)
    finally:
        tempfile.tempdir = previous
        # Only empty folders go: anything another thread created here in the meantime stays.
        for leftover in [*scratch.iterdir(), scratch]:
            if leftover.is_dir() and not any(leftover.iterdir()):
                leftover.rmdir()
