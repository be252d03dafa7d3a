"""The login page imports the till's modules while it waits for a PIN, so that the PIN opens the sale screen without
importing them then; and the start to the login page does not import them."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.services.this_till import login_names, resolve_till
from ska_pos.ui import garbage
from ska_pos.ui.session import login_page, warm_imports
from ska_pos.ui.session.login_page import LoginContext, LoginPage

CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    import ska_pos.ui.main_window, ska_pos.ui.session.login_page  # what the start to the login page imports
    from ska_pos.ui.session.warm_imports import TILL_MODULES, import_while_idle
    before = [name for name in TILL_MODULES if name in sys.modules]
    owner = QObject()
    import_while_idle(owner, after_ms=0)
    deadline = time.monotonic() + 60
    while any(name not in sys.modules for name in TILL_MODULES) and time.monotonic() < deadline:
        app.processEvents()
    print(before, [name for name in TILL_MODULES if name not in sys.modules])
    """
)


def test_the_till_modules_are_imported_after_the_login_page_and_not_before() -> None:
    env_free = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=True,
                              env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})  # fmt: skip
    assert env_free.stdout.split() == ["[]", "[]"], env_free.stderr


def test_the_login_page_starts_the_imports(qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[object] = []
    monkeypatch.setattr(login_page, "import_while_idle", started.append)
    monkeypatch.setattr(login_page, "load_number_formats", started.append)
    with shop.db.reading() as s:
        where = resolve_till(s, shop.cashier.till_id)
        assert where is not None
        users = login_names(s, where.outlet_id)
    page = LoginPage(shop.db, LoginContext(where, users, False, None))
    qtbot.addWidget(page)
    assert started == [page, page]


def test_modules_are_imported_one_per_turn_and_not_for_an_owner_gone(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("warm_first", "warm_second", "warm_never"):
        (tmp_path / f"{name}.py").write_text("IMPORTED = True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("warm_first", "warm_second", "warm_never"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    owner = QObject()
    warm_imports.import_while_idle(owner, ["warm_first", "warm_second"], after_ms=0)
    assert "warm_first" not in sys.modules  # nothing before the page has shown
    qtbot.waitUntil(lambda: "warm_second" in sys.modules)
    assert "warm_first" in sys.modules

    gone = QObject()
    warm_imports.import_while_idle(gone, ["warm_never"], after_ms=0)
    shiboken6.delete(gone)  # the login page was replaced before its idle time came
    qtbot.wait(50)
    assert "warm_never" not in sys.modules


NUMBERS_CHILD = textwrap.dedent(
    """
    import time
    from babel import localedata
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    import ska_pos.ui.main_window, ska_pos.ui.session.login_page  # what the start to the login page imports
    from ska_pos.ui.session.warm_imports import load_number_formats
    WANTED = {"id_ID", "en_US"}
    before = sorted(WANTED & set(localedata._cache))
    owner = QObject()
    load_number_formats(owner, after_ms=0)
    deadline = time.monotonic() + 60
    while not WANTED <= set(localedata._cache) and time.monotonic() < deadline:
        app.processEvents()
    print(before, sorted(WANTED - set(localedata._cache)))
    """
)


def test_each_language_s_number_symbols_are_loaded_while_idle() -> None:
    # in a process of its own: Babel keeps a locale's data in the Locale too, so this process cannot forget it
    done = subprocess.run([sys.executable, "-c", NUMBERS_CHILD], capture_output=True, text=True, timeout=120,
                          check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})  # fmt: skip
    assert done.stdout.split() == ["[]", "[]"], done.stderr


def test_the_start_up_heap_is_frozen_after_the_imports_only_when_the_application_asked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ska_pos.ui.application.run` asks (`garbage.freeze_after_start_up`); tests and tools, which make and drop many
    applications, never do: a frozen object is never collected."""
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    (tmp_path / "warm_frozen.py").write_text("IMPORTED = True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "warm_frozen", raising=False)
    garbage.start_up_done()
    assert frozen == []  # not asked
    garbage.freeze_after_start_up()
    owner = QObject()
    warm_imports.import_while_idle(owner, ["warm_frozen"], after_ms=0)
    assert frozen == []  # not before the imports are done
    qtbot.waitUntil(lambda: bool(frozen))
    assert "warm_frozen" in sys.modules
    garbage.start_up_done()
    assert frozen == [True]  # once
