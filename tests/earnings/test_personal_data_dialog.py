"""The manager's personal-data dialog, driven offscreen: hidden until shown, each view and export recorded and
listed, erasure asked why; every control named for tests and screen readers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop

from earnings.ui_fixtures import session_of
from ska_pos.services import personal_data, workers
from ska_pos.services.personal_data import PersonalData
from ska_pos.services.workers import WorkerForm
from ska_pos.ui.manager import personal_data_dialog
from ska_pos.ui.manager.personal_data_dialog import PersonalDataDialog

pytestmark = pytest.mark.gui
NIK = "3171234567890123"


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []

    def answer(box: QMessageBox) -> int:
        told.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return told


@pytest.fixture
def dialog(shop: Shop, qtbot: QtBot) -> Iterator[PersonalDataDialog]:
    session = session_of(shop)
    with shop.db.transaction() as s:
        personal = PersonalData(NIK, "081234567890", date(2026, 1, 5), "BRI", "0123-01-004410-53-1")
        workers.edit_worker(s, session.actor, shop.siti.id, WorkerForm("W001", "Siti Rahayu",
                            outlet_ids=(shop.cafe.id,), personal=personal))  # fmt: skip
    opened = PersonalDataDialog(session, shop.siti.id, "Siti Rahayu")
    qtbot.addWidget(opened)
    opened.open()
    yield opened
    opened.close()


def test_the_data_shows_only_when_asked_and_each_look_is_listed(dialog: PersonalDataDialog, qtbot: QtBot) -> None:
    assert dialog.values["nik"].text() == "(hidden)"
    assert dialog.log_model.rowCount() == 0
    dialog.findChild(QPushButton, "personalShow").click()
    qtbot.waitUntil(lambda: dialog.values["nik"].text() == NIK)
    assert dialog.values["bank_account"].text() == "0123-01-004410-53-1"
    qtbot.waitUntil(lambda: dialog.log_model.rowCount() == 1)
    row = [dialog.log_model.index(0, column).data() for column in range(5)]
    assert row[1:] == ["Agus Manajer", "T1", "viewed", "NIK, phone, account"]


def test_export_writes_the_file_and_is_recorded(
    dialog: PersonalDataDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    target = tmp_path / "siti.json"
    monkeypatch.setattr(personal_data_dialog, "choose_export_file", lambda _parent, _name: target)
    dialog.findChild(QPushButton, "personalExport").click()
    qtbot.waitUntil(lambda: dialog.log_model.rowCount() == 1)
    assert dialog.log_model.index(0, 3).data() == "exported"
    assert json.loads(target.read_text("utf-8"))["personal_data"]["nik"] == NIK
    assert any(str(target) in text for text in messages)


def test_erasing_asks_why_then_removes_the_data(shop: Shop, dialog: PersonalDataDialog, qtbot: QtBot) -> None:
    erasure = dialog.open_erasure()
    erasure.buttons.button(erasure.buttons.StandardButton.Ok).click()
    assert "why" in erasure.error.text()
    erasure.reason.setText("Consent withdrawn")
    erasure.buttons.button(erasure.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.log_model.rowCount() == 1)
    assert [dialog.log_model.index(0, c).data() for c in (3, 4)] == ["erased", "Consent withdrawn"]
    with shop.db.transaction() as s:
        assert personal_data.read_personal_data(s, session_of(shop).actor, shop.siti.id) == PersonalData()


def test_every_control_has_a_name_and_an_accessible_name(dialog: PersonalDataDialog) -> None:
    for name in ("personalShow", "personalExport", "personalErase", "personalClose", "personalLog", "personal_nik"):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
