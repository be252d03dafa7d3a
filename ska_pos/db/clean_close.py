"""Whether a till's SQLite file needs its `PRAGMA quick_check` at this start.

The check reads every page: on a till with years of sales (1.25 GB) it took 70 s at every start. It is there to catch
a file damaged by a crash, a power cut or a disk fault, so it runs when one of those may have happened and not after
a clean close of a file nobody touched since:

- closing the database cleanly (`Database.dispose`, after the last checkpoint) writes a marker beside the file with
  which file it is (size, modification time, number on its disk, change time) and the day it was last checked;
- a start reads the marker and removes it at once, so a till that then crashes leaves none and is checked at its
  next start; the check is skipped only when the marker is there, the file is still the one it recorded and
  unchanged, no write-ahead log is waiting beside it, and the last check is less than `RECHECK_AFTER` old.

Another process opening the file meanwhile finds no marker and checks, and its writes change the file's time, so a
marker written by a till that closed while another kept writing no longer matches. The upgrade path and restores
check in full whatever the marker says.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

from ska_pos import clock

RECHECK_AFTER = timedelta(days=7)
MARKER_SUFFIX = ".closed"

# The day each file this process opened was last checked, carried from its start to its clean close.
_checked_on: dict[Path, date] = {}


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def check_due(path: Path) -> bool:
    """True unless the file was closed cleanly, is unchanged since, and was checked recently. Removes the marker."""
    marker = marker_path(path)
    try:
        recorded = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    finally:
        marker.unlink(missing_ok=True)
    try:
        stat = path.stat()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return True
        if recorded["file"] != _identity(stat):
            return True
        checked_on = date.fromisoformat(recorded["checked_on"])
    except (OSError, KeyError, TypeError, ValueError):
        return True
    if not timedelta(0) <= _today() - checked_on < RECHECK_AFTER:
        return True
    _checked_on[_key(path)] = checked_on
    return False


def checked_now(path: Path) -> None:
    _checked_on[_key(path)] = _today()


def record_clean_close(path: Path) -> None:
    """Called once this process's connections to `path` are closed; writes nothing when a write-ahead log is still
    beside the file (another process has it open, or the checkpoint did not finish) or this process never checked
    the file."""
    checked_on = _checked_on.pop(_key(path), None)
    wal = path.with_name(path.name + "-wal")
    try:
        if checked_on is None or (wal.exists() and wal.stat().st_size > 0):
            return
        stat = path.stat()
        record = {"file": _identity(stat), "checked_on": checked_on.isoformat()}
        marker = marker_path(path)
        partial = marker.with_name(marker.name + ".partial")
        partial.write_text(json.dumps(record), encoding="utf-8")
        os.replace(partial, marker)
    except OSError:
        return  # no marker: the next start checks the file, as after a crash


def _identity(stat: os.stat_result) -> list[int]:
    """Which file this is and whether it changed: size and modification time can be put back (a copy that keeps its
    time, `cp -p`, a backup tool's restore), so also the file's number on its disk and its change time, which no
    program sets (on Windows its creation time, new for a copy put in place)."""
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_dev, stat.st_ctime_ns]


def _key(path: Path) -> Path:
    return path.resolve()


def _today() -> date:
    return clock.now().date()
