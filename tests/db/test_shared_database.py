"""A till never creates or upgrades a shared PostgreSQL database: it refuses any schema but its own and names the
administrator's command; `ska-pos init` and `ska-pos db upgrade` are that command."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from db.older_databases import empty_schema
from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.engine import make_engine
from ska_pos.db.migrate import alembic_config, current_revision, newest_revision
from ska_pos.db.open_errors import DatabaseTooNew, ServerRefused, UpgradeNeeded
from ska_pos.i18n import set_language

pytestmark = pytest.mark.postgres


@pytest.fixture
def shared(postgres_url: str) -> Iterator[str]:
    """The server's test database, empty before and after the test."""
    empty_schema(postgres_url)
    yield postgres_url
    empty_schema(postgres_url)


def schema_of(url: str) -> tuple[str | None, int]:
    engine = make_engine(url)
    try:
        return current_revision(engine), len(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def at_revision(url: str, revision: str) -> None:
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), revision)
    engine.dispose()


def test_a_till_does_not_create_the_schema_of_an_empty_database(shared: str) -> None:
    set_language("en")
    with pytest.raises(UpgradeNeeded, match="the administrator must run `ska-pos init` first"):
        open_database(shared)
    assert schema_of(shared) == (None, 0)


def test_init_creates_the_schema_then_a_till_opens_it(shared: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--db", shared, "init"]) == 0
    assert f"Database ready at schema {newest_revision()}" in capsys.readouterr().out
    open_database(shared).dispose()
    assert schema_of(shared)[0] == newest_revision()


def test_a_till_refuses_an_older_schema_until_the_administrator_upgrades(
    shared: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    at_revision(shared, "0001")
    set_language("id")
    with pytest.raises(UpgradeNeeded) as refused:
        open_database(shared)
    assert "skema 0001" in refused.value.message
    assert "administrator harus menjalankan `ska-pos db upgrade`" in refused.value.message
    assert schema_of(shared)[0] == "0001"
    report = ["--lang", "en", "--db", shared, "report", "daily", "-o", str(tmp_path / "daily.pdf")]
    assert main(report) == 1  # any other command: the same refusal
    assert "`ska-pos db upgrade`" in capsys.readouterr().err
    assert schema_of(shared)[0] == "0001"

    assert main(["--lang", "en", "--db", shared, "db", "upgrade"]) == 0
    assert f"upgraded from schema 0001 to {newest_revision()}." in capsys.readouterr().out
    open_database(shared).dispose()


def test_a_till_and_the_administrator_refuse_a_newer_schema(shared: str, capsys: pytest.CaptureFixture[str]) -> None:
    at_revision(shared, "head")
    engine = make_engine(shared)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_newer'"))
    engine.dispose()
    set_language("en")
    with pytest.raises(DatabaseTooNew, match=r"made by a newer SKA POS \(schema 9999_newer\)"):
        open_database(shared)
    assert main(["--lang", "en", "--db", shared, "db", "upgrade"]) == 1
    assert "newer SKA POS" in capsys.readouterr().err
    assert schema_of(shared)[0] == "9999_newer"


def test_a_server_that_says_no_is_told_with_its_reason(postgres_url: str) -> None:
    set_language("en")
    elsewhere = postgres_url.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(ServerRefused, match=r"refused the connection: .*no_such_database.* does not exist") as refused:
        open_database(elsewhere)
    assert "\n" not in refused.value.message


def test_a_tills_statements_stop_on_the_server_after_a_bound_but_the_administrators_do_not(shared: str) -> None:
    """A till that stopped waiting (ui.ops timeout) leaves no statement holding locks on the server for ever."""
    from ska_pos.db.database import open_upgraded_database
    from ska_pos.db.opening import TILL_STATEMENT_TIMEOUT_MS

    administrator, _upgrade = open_upgraded_database(shared)
    try:
        with administrator.reading() as session:
            assert session.scalar(text("SHOW statement_timeout")) == "0"
    finally:
        administrator.dispose()
    till = open_database(shared)
    try:
        with till.reading() as session:
            assert session.scalar(text("SHOW statement_timeout")) == f"{TILL_STATEMENT_TIMEOUT_MS // 1000}s"
    finally:
        till.dispose()
