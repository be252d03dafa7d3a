"""Fixtures of the database tests that start from an older revision."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.older_databases import empty_schema


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database, a SQLite file and a PostgreSQL schema in turn."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'pos.sqlite3'}"
        return
    postgres_url: str = request.getfixturevalue("postgres_url")
    empty_schema(postgres_url)  # the server is shared by the session: a test before may have left its schema
    yield postgres_url
    empty_schema(postgres_url)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The program's data folder (where the sealing key is kept), empty and the test's own."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SKA_POS_DATA_DIR", str(folder))
    return folder
