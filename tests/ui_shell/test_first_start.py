"""An empty database starts with a setup page, or with demo data whose PINs are shown once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ska_pos.db.database import Database
from ska_pos.db.models import Outlet, Till, TillEnrolment, User
from ska_pos.demo import builder
from ska_pos.services import auth
from ska_pos.services.this_till import load_local_config
from ska_pos.services.till_claims import Machine
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.session import first_start_page

from .conftest import find, page_name


def test_setup_creates_the_sentra_and_leads_to_login(
    qtbot: QtBot, empty_window: MainWindow, db: Database, tmp_path: Path
) -> None:
    assert page_name(empty_window) == "firstStartPage"
    for name, text in (
        ("setupSentraName", "Sentra Budi Luhur"),
        ("setupOutletName", "Galeri Karya"),
        ("setupAdminName", "Ibu Sari"),
        ("setupPin", "482913"),
        ("setupPinAgain", "482913"),
    ):
        qtbot.keyClicks(find(empty_window, QLineEdit, name), text)
    kind = find(empty_window, QComboBox, "setupOutletKind")
    kind.setCurrentIndex(kind.findData("toko"))
    qtbot.keyClick(find(empty_window, QLineEdit, "setupPinAgain"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(empty_window) == "loginPage")
    with db.reading() as s:
        outlet = s.scalars(select(Outlet)).one()
        till = s.scalars(select(Till)).one()
        assert (outlet.name, outlet.kind, till.code) == ("Galeri Karya", "toko", "T1")
        assert s.scalars(select(User.full_name)).all() == ["Ibu Sari"]
    with db.transaction() as s:
        assert auth.login(s, "admin", "482913").ok
    assert load_local_config(tmp_path).till_id == till.id
    with db.reading() as s:  # the computer it was set up on is enrolled as the new till, by the set-up itself
        assert s.scalars(select(TillEnrolment.machine_id)).all() == [empty_window.machine.machine_id]
    assert find(empty_window, QPushButton, "loginUser_admin").isVisible()
    assert empty_window.findChild(QLabel, "demoBanner") is None


def test_pins_that_differ_are_refused(qtbot: QtBot, empty_window: MainWindow, db: Database) -> None:
    for name, text in (
        ("setupSentraName", "Sentra X"),
        ("setupOutletName", "Kafe"),
        ("setupAdminName", "Ana"),
        ("setupPin", "1234"),
        ("setupPinAgain", "4321"),
    ):
        qtbot.keyClicks(find(empty_window, QLineEdit, name), text)
    find(empty_window, QPushButton, "setupButton").click()
    error = find(empty_window, QLabel, "setupError")
    qtbot.waitUntil(lambda: error.text() != "")
    assert page_name(empty_window) == "firstStartPage"
    assert find(empty_window, QLineEdit, "setupPin").text() == ""
    with db.reading() as s:
        assert s.scalars(select(Outlet)).all() == []


def test_demo_data_shows_its_pins_once_then_a_demo_login(
    qtbot: QtBot, empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_start_page, "DEMO_DAYS", 1)
    made: list[builder.DemoResult] = []
    real_build = builder.build_demo

    def build(database: Database, *, days: int, machine: Machine | None = None) -> builder.DemoResult:
        made.append(real_build(database, days=days, machine=machine))
        return made[-1]

    monkeypatch.setattr(builder, "build_demo", build)
    find(empty_window, QPushButton, "useDemoButton").click()
    qtbot.waitUntil(lambda: page_name(empty_window) == "demoPinsPage", timeout=20_000)
    assert made[0].days == 1
    for username, pin in made[0].pins.items():
        assert find(empty_window, QLabel, f"demoPin_{username}_3").text() == " ".join(pin)
    assert "KFE/T1" in find(empty_window, QLabel, "demoEnrolledTill").text()  # the demo says it enrolled this computer
    find(empty_window, QPushButton, "demoPinsContinue").click()
    qtbot.waitUntil(lambda: page_name(empty_window) == "loginPage", timeout=20_000)
    banner = find(empty_window, QLabel, "demoBanner")
    assert "DATA DEMO" in banner.text()
    assert banner.isVisible()
    assert empty_window.place is not None
    assert (empty_window.place.outlet_code, empty_window.place.till_code) == ("KFE", "T1")
