"""Where the application finds its shipped resources and keeps its data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ska-pos"
APP_AUTHOR = "SKA"
# The data folder holds the database and its copies: its owner's only (ska_pos/db/owner_only.py for the files).
OWNER_ONLY_FOLDER = 0o700


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The user's data folder for SKA POS, created when missing.

    `SKA_POS_DATA_DIR`, when set and not empty, replaces the platform's folder (the tests use it so they never
    touch real data; it also lets an outlet keep its data on another drive).
    """
    override = os.environ.get("SKA_POS_DATA_DIR")
    path = Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    if not path.is_dir():
        path.mkdir(mode=OWNER_ONLY_FOLDER, parents=True, exist_ok=True)
    elif os.name == "posix" and path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
        path.chmod(OWNER_ONLY_FOLDER)  # it holds the database, its backups and maybe the key file
    return path


def default_database_path() -> Path:
    return data_dir() / "ska-pos.sqlite3"


def safe_file_name(title: str) -> str:
    """`title` as a file name that every file system takes (a receipt number, a report's title)."""
    return "".join(char if char.isalnum() or char in "-_. " else "_" for char in title).strip() or "document"
