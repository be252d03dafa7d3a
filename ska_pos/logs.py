"""The log file in the data folder: errors, print failures, slow operations, for the person who supports the sentra.

`configure_logging()` is called once at start (command line and GUI; calling it again changes nothing). Messages
go to `<data folder>/logs/ska-pos.log`, rotated at 1 MB with 5 old files kept, timestamps in ISO 8601, in UTC with
the zone written out. `SKA_POS_LOG_LEVEL=DEBUG` adds the application's debug messages.

The log must not hold personal data: log ids, never names, PINs, NIK, phone or bank numbers. As a second line of
defence every message and traceback has long digit runs (NIK, phone and account numbers) hidden.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from ska_pos import __version__
from ska_pos.paths import data_dir

LOG_FOLDER = "logs"
LOG_FILE = "ska-pos.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LEVEL_ENV = "SKA_POS_LOG_LEVEL"
HIDDEN_NUMBER = "[number hidden]"

# 10 or more digits standing alone: a NIK (16), a phone or a bank account number. Ids are UUIDs (hex groups
# joined by dashes) and small integers, so they are left alone.
_LONG_NUMBER = re.compile(r"(?<![\w-])\+?\d{10,}(?![\w-])")


def log_folder(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / LOG_FOLDER


def log_path(folder: Path | None = None) -> Path:
    """The current log file (older ones carry `.1` ... `.5`)."""
    return log_folder(folder) / LOG_FILE


def log_files(folder: Path | None = None) -> list[Path]:
    """The current log file, its rotated predecessors and the crash log, those that exist and hold something."""
    current = log_path(folder)
    candidates = [current] + [current.with_name(f"{LOG_FILE}.{n}") for n in range(1, BACKUP_COUNT + 1)]
    candidates.append(log_folder(folder) / CRASH_FILE)
    return [path for path in candidates if path.is_file() and path.stat().st_size > 0]


_fault_file: TextIO | None = None


def record_hard_crashes(folder: Path | None = None) -> Path:
    """A crash Python cannot catch (a segfault in a driver or in Qt, an abort) writes every thread's stack to
    `logs/crash.log` (`faulthandler`): the rotating log cannot, as the process dies at once. Once per process."""
    global _fault_file
    path = log_folder(folder) / CRASH_FILE
    if _fault_file is None:
        path.parent.mkdir(parents=True, exist_ok=True)
        _fault_file = path.open("a", encoding="utf-8")
        faulthandler.enable(_fault_file, all_threads=True)
    return path


def hide_personal_numbers(text: str) -> str:
    return _LONG_NUMBER.sub(HIDDEN_NUMBER, text)


class _IsoFormatter(logging.Formatter):
    """`2026-12-06T03:15:02.123+00:00 ERROR ska_pos.x: message` (UTC), with long numbers hidden, traceback included."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        # UTC, zone written out: one time line for every till, whatever zone its machine or its outlet is in.
        return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")

    def format(self, record: logging.LogRecord) -> str:
        return hide_personal_numbers(super().format(record))


class _SkaPosFileHandler(logging.handlers.RotatingFileHandler):
    """Marks the handler this module installed, so a second `configure_logging` finds it."""


def configure_logging(
    folder: Path | None = None, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT
) -> Path:
    """Send log records to the rotating file in the data folder (once per process); returns the file's path."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _SkaPosFileHandler):
            return Path(handler.baseFilename)
    path = log_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    debug = os.environ.get(LEVEL_ENV, "").strip().upper() == "DEBUG"
    handler = _SkaPosFileHandler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=True)
    handler.setFormatter(_IsoFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.DEBUG if debug else logging.INFO)
    root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)
    if debug:
        logging.getLogger("ska_pos").setLevel(logging.DEBUG)
    logging.getLogger(__name__).info("SKA POS %s started (Python %s)", __version__, sys.version.split()[0])
    return path


def remove_logging() -> None:
    """Close and detach the file handler (tests, and a process that moves its data folder)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _SkaPosFileHandler):
            root.removeHandler(handler)
            handler.close()


def current_log_path() -> Path:
    """Where records go now: the configured file, else where `configure_logging()` would put it."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _SkaPosFileHandler):
            return Path(handler.baseFilename)
    return log_path()
