"""Shared test setup. The environment comes first: it must be in place before anything imports PySide6,
python-escpos or reads the data folder."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import sys
import tempfile
from pathlib import Path

# One temp folder for the whole session, removed when the interpreter exits.
_SESSION_TMP = Path(tempfile.mkdtemp(prefix="ska-pos-tests-"))
atexit.register(shutil.rmtree, _SESSION_TMP, ignore_errors=True)

# Without a display, Qt aborts the whole pytest process (exit 134) unless it renders offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# python-escpos makes a new temp folder on every import unless this names an existing folder.
os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(_SESSION_TMP / "escpos"))
Path(os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"]).mkdir(parents=True, exist_ok=True)
# No test may touch the real user data folder (ska_pos.paths.data_dir honours this).
os.environ.setdefault("SKA_POS_DATA_DIR", str(_SESSION_TMP / "data"))
# Nor the real key store of the desktop: the key that seals personal data is a key file in that data folder.
os.environ["SKA_POS_KEY_STORE"] = "file"

from collections.abc import Iterator  # noqa: E402
from datetime import datetime  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402
import time_machine  # noqa: E402
from hypothesis import settings  # noqa: E402
from pgserver import running_postgres  # noqa: E402  (tests/ is on sys.path: pytest's default import mode)
from screen_thread import watching_screen_thread  # noqa: E402
from shop import Shop, build_shop  # noqa: E402
from sqlalchemy import text  # noqa: E402

from ska_pos.db.database import Database, open_database, open_upgraded_database  # noqa: E402
from ska_pos.i18n import current_language, set_language  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

settings.register_profile("ci", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# `SKA_POS_TEST_START=2026-12-31T17:30:00+00:00 pytest -m dates` starts the clock of every test at that moment
# (still ticking), so the suite can be run at the moments that break date code: `make test` does (see Makefile).
def _chosen_start() -> datetime | None:
    text = os.environ.get("SKA_POS_TEST_START", "").strip()
    if not text:
        return None
    start = datetime.fromisoformat(text)
    if start.tzinfo is None:
        raise ValueError("SKA_POS_TEST_START needs a UTC offset, e.g. 2026-12-31T17:30:00+00:00")
    return start


_START = _chosen_start()


def pytest_report_header() -> str | None:
    return f"clock of every test starts at {_START.isoformat()} (SKA_POS_TEST_START)" if _START else None


@pytest.fixture(autouse=True)
def _clock_starts_at_chosen_moment(request: pytest.FixtureRequest) -> Iterator[None]:
    """Autouse fixtures run before the others of their scope, so the test's data is built at that moment too.
    A test that pins its own moment keeps it: `@pytest.mark.time_machine(...)` is left alone, and a
    `time_machine.travel` or `time_machine.move_to` inside the test nests within this one and wins."""
    if _START is None or request.node.get_closest_marker("time_machine") is not None:
        yield
        return
    with time_machine.travel(_START, tick=True):
        yield


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """SQLAlchemy URL of an empty database on a throwaway PostgreSQL server, shared by the session.

    Tests using it are skipped, with the reason, only where no PostgreSQL server binaries are installed; where they
    are, a server that cannot run fails them.
    """
    with running_postgres() as url:
        yield url


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    """pytest-qt's application, with the keys the real one has (`ska_pos.ui.application.make_app`)."""
    import layout_guard

    from ska_pos.ui.enter_key import install_enter_clicks
    from ska_pos.ui.garbage import collect_on_screen_thread

    layout_guard.install()  # no screen may add a filled layout to a widget's layout (tests/layout_guard.py)
    install_enter_clicks(qapp)
    collect_on_screen_thread()
    return qapp


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    """Once a Qt test has switched automatic collection off (`ui.garbage`), what its timer has not collected yet
    is collected between tests, on the main thread, as Python's thresholds say."""
    yield
    if not gc.isenabled():
        from ska_pos.ui.garbage import collect_if_due

        collect_if_due()


@pytest.fixture(autouse=True)
def _no_sql_on_screen_thread() -> Iterator[None]:
    """Every test: the window's code runs no SQL on the screen's thread (tests/screen_thread.py says how)."""
    with watching_screen_thread() as recorder:
        yield
    assert not recorder.offending, f"SQL run on the screen's thread by ska_pos/ui: {recorder.offending}"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite database at the newest schema, in the test's own folder."""
    database = open_database(f"sqlite:///{tmp_path / 'pos.sqlite3'}")
    yield database
    database.dispose()


@pytest.fixture
def shop(db: Database) -> Shop:
    """A café and a salon with users (PINs in shop.PINS), workers, items, share rules and open shifts."""
    return build_shop(db)


@pytest.fixture
def english_messages() -> Iterator[None]:
    """The core's messages in English (their message ids) for the test; the folders whose tests read refusals
    use it for every test (their conftest), Indonesian being checked in tests/i18n."""
    previous = current_language()
    set_language("en")
    yield
    set_language(previous)


@pytest.fixture(autouse=True)
def _languages_reset_after_each_test() -> Iterator[None]:
    """A test that logs in switches the interface to Indonesian; the next test starts from the source texts."""
    previous = current_language()
    yield
    translation = sys.modules.get("ska_pos.ui.translation")
    if translation is not None:
        translation.install_language("en")  # removes the installed Qt translator
    set_language(previous)


@pytest.fixture
def pg_shop(postgres_url: str) -> Iterator[Shop]:
    """The `shop` on the throwaway PostgreSQL server, dropped again after the test.

    The schema is made as the administrator makes it (a till never creates or upgrades a shared database)."""
    database, _ = open_upgraded_database(postgres_url)
    yield build_shop(database)
    with database.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    database.dispose()
