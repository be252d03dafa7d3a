"""`ska-pos till enrol` and the demo's own enrolment (issue 11, part 5): the same service as the enrolment page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cli.demo_admin import log_in_as, make_demo
from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.models import AuditEntry, Till, TillEnrolment
from ska_pos.i18n import current_language, set_language
from ska_pos.services.this_till import load_local_config


@pytest.fixture(autouse=True)
def own_computer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This test's computer: its own settings folder, so its machine id and till are its own."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SKA_POS_DATA_DIR", str(folder))
    before = current_language()
    yield folder
    set_language(before)


@pytest.mark.dates  # the demo sells up to yesterday in Jakarta
def test_the_demo_enrols_this_computer_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'pos.sqlite3'}"
    make_demo(url, "--days", "0")
    database = open_database(url)
    with database.reading() as s:
        till = s.scalars(select(Till).where(Till.code == "T1").join(Till.outlet).where(Till.outlet.has(code="KFE")))
        cafe_till = till.one()
        assert s.scalars(select(TillEnrolment.till_id)).all() == [cafe_till.id]
    assert load_local_config().till_id == cafe_till.id
    database.dispose()


@pytest.mark.dates
def test_an_administrator_enrols_this_computer_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'pos.sqlite3'}"
    pins = make_demo(url, "--days", "0")
    capsys.readouterr()
    log_in_as(monkeypatch, "manajer", pins["manajer"])
    assert main(["--lang", "en", "--db", url, "till", "enrol", "SLN", "T1"]) == 1
    assert "administrator" in capsys.readouterr().err
    log_in_as(monkeypatch, "admin", pins["admin"])
    assert main(["--lang", "en", "--db", url, "till", "enrol", "SLN", "T9"]) == 1
    assert "has no till T9" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", url, "till", "enrol", "sln", "t9", "--create", "--name", "Kasir 9"]) == 0
    assert "is now till T9 of SLN" in capsys.readouterr().out
    database = open_database(url)
    with database.reading() as s:
        made = s.scalars(select(Till).where(Till.code == "T9")).one()
        assert (made.name, load_local_config().till_id) == ("Kasir 9", made.id)
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "cli.till.enrol")) == "cli.till.enrol"
    database.dispose()
