"""A computer that is no till yet opens on the enrolment page (issue 11, part 5), and an administrator makes it a till
there by keyboard or by touch; anyone else, or a wrong PIN, changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from shop import PINS, Shop
from sqlalchemy import select

from ska_pos.db.models import Till, TillEnrolment
from ska_pos.services.this_till import load_local_config
from ska_pos.ui.main_window import MainWindow

from .conftest import find, open_window, page_name

WAIT_MS = 20_000


@pytest.fixture
def new_computer(qtbot: QtBot, shop: Shop, tmp_path: Path, messages: list[str]) -> Iterator[MainWindow]:
    """A computer whose settings folder is empty: it names no till."""
    yield from open_window(qtbot, shop.db, tmp_path)


def choose(combo: QComboBox, text: str) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith(text)))


def type_login(qtbot: QtBot, window: MainWindow, username: str, pin: str) -> None:
    qtbot.keyClicks(find(window, QLineEdit, "enrolUser"), username)
    qtbot.keyClicks(find(window, QLineEdit, "enrolPin"), pin)


def test_an_empty_machine_config_opens_on_the_enrolment_page_not_on_some_till(
    qtbot: QtBot, new_computer: MainWindow
) -> None:
    assert page_name(new_computer) == "enrolPage"
    assert new_computer.place is None
    assert new_computer.findChild(QPushButton, "loginUser_kasir") is None
    outlet = find(new_computer, QComboBox, "enrolOutlet")
    qtbot.waitUntil(lambda: outlet.count() == 2, timeout=WAIT_MS)
    assert [outlet.itemText(i) for i in range(outlet.count())] == ["KFE · Kafe Budi Luhur", "SLN · Salon Ceria"]
    assert new_computer.stack.currentWidget().accessibleName() != ""


def test_an_administrator_enrols_by_keyboard_and_the_login_follows(
    qtbot: QtBot, new_computer: MainWindow, shop: Shop, tmp_path: Path
) -> None:
    outlet = find(new_computer, QComboBox, "enrolOutlet")
    qtbot.waitUntil(lambda: outlet.count() == 2, timeout=WAIT_MS)
    choose(outlet, "SLN")
    choose(find(new_computer, QComboBox, "enrolTill"), "T1")
    type_login(qtbot, new_computer, "admin", PINS["admin"])
    qtbot.keyClick(find(new_computer, QLineEdit, "enrolPin"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(new_computer) == "loginPage", timeout=WAIT_MS)
    assert load_local_config(tmp_path).till_id == shop.salon_cashier.till_id
    assert new_computer.place is not None
    assert (new_computer.place.outlet_code, new_computer.place.till_code) == ("SLN", "T1")
    with shop.db.reading() as s:
        row = s.scalars(select(TillEnrolment)).one()
        assert (row.till_id, row.machine_id) == (shop.salon_cashier.till_id, new_computer.machine.machine_id)


def test_an_administrator_creates_a_new_till_there_by_touch(
    qtbot: QtBot, new_computer: MainWindow, shop: Shop, tmp_path: Path
) -> None:
    outlet = find(new_computer, QComboBox, "enrolOutlet")
    qtbot.waitUntil(lambda: outlet.count() == 2, timeout=WAIT_MS)
    till = find(new_computer, QComboBox, "enrolTill")
    choose(till, "Mesin kasir baru")
    code = find(new_computer, QLineEdit, "enrolNewTillCode")
    assert code.isEnabled()
    qtbot.keyClicks(code, "t2")
    type_login(qtbot, new_computer, "admin", PINS["admin"])
    button = find(new_computer, QPushButton, "enrolButton")
    assert min(button.height(), button.width()) >= 44
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_name(new_computer) == "loginPage", timeout=WAIT_MS)
    with shop.db.reading() as s:
        made = s.scalars(select(Till).where(Till.outlet_id == shop.cafe.id, Till.code == "T2")).one()
    assert load_local_config(tmp_path).till_id == made.id


@pytest.mark.parametrize(
    ("username", "pin", "words"), [("admin", "0000", "PIN"), ("manajer", PINS["manajer"], "administrator")]
)
def test_a_wrong_pin_or_a_manager_enrols_nothing(
    qtbot: QtBot, new_computer: MainWindow, shop: Shop, tmp_path: Path, username: str, pin: str, words: str
) -> None:
    outlet = find(new_computer, QComboBox, "enrolOutlet")
    qtbot.waitUntil(lambda: outlet.count() == 2, timeout=WAIT_MS)
    type_login(qtbot, new_computer, username, pin)
    find(new_computer, QPushButton, "enrolButton").click()
    error = find(new_computer, QLabel, "enrolError")
    qtbot.waitUntil(lambda: error.text() != "", timeout=WAIT_MS)
    assert words in error.text()
    assert page_name(new_computer) == "enrolPage"
    assert load_local_config(tmp_path).till_id is None
    with shop.db.reading() as s:
        assert s.scalars(select(TillEnrolment)).all() == []
