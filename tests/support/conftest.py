"""The log file of the tests in this folder goes to the test's own folder, and is detached afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ska_pos.logs import configure_logging, remove_logging


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    """A data folder whose `logs/ska-pos.log` receives every log record during the test."""
    folder = tmp_path / "data"
    remove_logging()
    configure_logging(folder)
    yield folder
    remove_logging()


def read_log(folder: Path) -> str:
    return (folder / "logs" / "ska-pos.log").read_text(encoding="utf-8")
