"""The throwaway PostgreSQL server of tests/pgserver.py starts and answers; where it cannot, the PostgreSQL tests
are skipped only on a machine without the server binaries, and fail on one that has them."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pgserver
import pytest
from pgserver import SERVER_TOOLS, find_server_bindir, running_postgres
from sqlalchemy import create_engine, text

INSTALLED_BUT = "PostgreSQL server binaries are installed, but the PostgreSQL tests cannot run:"


@pytest.mark.postgres
def test_server_answers(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as connection:
            version = connection.execute(text("select version()")).scalar_one()
            database = connection.execute(text("select current_database()")).scalar_one()
    finally:
        engine.dispose()
    assert str(version).startswith("PostgreSQL")
    assert database == "ska_pos_test"


def tools(folder: Path, *names: str, executable: bool = True) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        tool = folder / name
        tool.write_text("#!/bin/sh\nexit 1\n")
        tool.chmod(0o755 if executable else 0o644)
    return folder


def verdict(start: Callable[[], object]) -> str:
    """What a test needing the server would become: skipped or failed, with the reason (or the value on success)."""
    try:
        return f"ready: {start()}"
    except pytest.skip.Exception as skipped:
        return f"skipped: {skipped.msg}"
    except pytest.fail.Exception as failed:
        return f"failed: {failed.msg}"


def start_server() -> None:
    with running_postgres():
        pass  # pragma: no cover


def test_a_machine_without_server_binaries_skips_and_says_where_it_looked(tmp_path: Path) -> None:
    client_only = tools(tmp_path / "client" / "bin", "psql", "pg_dump")
    said = verdict(lambda: find_server_bindir([tmp_path / "nothing", client_only]))
    assert said.startswith("skipped: PostgreSQL server binaries not found (looked in ")
    assert str(client_only) in said


def test_the_first_folder_with_all_the_server_binaries_is_used(tmp_path: Path) -> None:
    newest = tools(tmp_path / "16" / "bin", *SERVER_TOOLS)
    older = tools(tmp_path / "15" / "bin", *SERVER_TOOLS)
    assert verdict(lambda: find_server_bindir([tmp_path / "nothing", newest, older])) == f"ready: {newest}"


def test_incomplete_server_binaries_fail_instead_of_skipping(tmp_path: Path) -> None:
    partial = tools(tmp_path / "15" / "bin", "initdb", "pg_ctl")
    said = verdict(lambda: find_server_bindir([partial]))
    assert said == f"failed: {INSTALLED_BUT} {partial} lacks an executable postgres"


def test_server_binaries_that_cannot_be_executed_fail_instead_of_skipping(tmp_path: Path) -> None:
    unusable = tools(tmp_path / "15" / "bin", *SERVER_TOOLS, executable=False)
    said = verdict(lambda: find_server_bindir([unusable]))
    assert said == f"failed: {INSTALLED_BUT} {unusable} lacks an executable initdb and pg_ctl and postgres"


def test_no_driver_next_to_the_server_binaries_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    find_server_bindir()  # this machine's own binaries; skips this test where there are none
    monkeypatch.delenv(pgserver.URL_ENV, raising=False)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # what `import psycopg` meets where it is not installed
    assert (
        verdict(start_server)
        == f"failed: {INSTALLED_BUT} psycopg is not installed (it comes with the 'dev' and 'postgres' extras)"
    )


def test_root_without_a_postgres_user_fails_where_the_binaries_are(monkeypatch: pytest.MonkeyPatch) -> None:
    find_server_bindir()
    monkeypatch.delenv(pgserver.URL_ENV, raising=False)
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    monkeypatch.setattr(pgserver, "SUPERUSER", "ska-pos-no-such-user")
    said = verdict(start_server)
    assert said.startswith(f"failed: {INSTALLED_BUT} running as root")
    assert "no 'ska-pos-no-such-user' user" in said
