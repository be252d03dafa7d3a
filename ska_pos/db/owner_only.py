"""Files that hold the database (and its copies) are readable by their owner only: 0600 files in 0700 folders.

SQLite gives its -wal, -shm and -journal files the permissions of the database file, so making that one right is
enough. On Windows these modes mean nothing; there the user profile's access list (the data folder is inside it)
is what keeps other users out (docs/personal-data.md).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
_POSIX = os.name == "posix"


def owner_only_folder(path: Path) -> Path:
    """`path` made (with its parents) when missing, readable by its owner only when this made it."""
    if not path.is_dir():
        path.mkdir(mode=OWNER_ONLY_FOLDER, parents=True, exist_ok=True)
    return path


def create_owner_only_file(path: Path) -> None:
    """An empty file at `path`, readable by its owner only (SQLite takes an empty file as an empty database)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    os.close(descriptor)


def tighten(path: Path) -> None:
    """Takes the group's and others' access away from a file or folder this user owns (one made before SKA POS
    made them owner-only); anything else is left as it is."""
    if not _POSIX:
        return
    try:
        info = path.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(stat.S_IMODE(info.st_mode) & 0o700)
    except OSError:
        return
