"""The workers and share-rules tabs, driven offscreen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop

from earnings.ui_fixtures import session_of
from ska_pos.ui.manager.rules_tab import RulesTab
from ska_pos.ui.manager.workers_tab import WorkersTab

pytestmark = [pytest.mark.gui, pytest.mark.dates]


@pytest.fixture(autouse=True)
def yes_to_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Yes))


@pytest.fixture
def workers_tab(shop: Shop, qtbot: QtBot) -> WorkersTab:
    tab = WorkersTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.show()  # loads it, and on view it is read again after every save
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    return tab


def test_a_new_worker_with_personal_data_shows_to_the_manager(workers_tab: WorkersTab, qtbot: QtBot) -> None:
    form = workers_tab.add()
    form.code.setText("W010")
    form.name.setText("Dewi Anggraini")
    form.outlets.item(0).setCheckState(Qt.CheckState.Checked)
    form.nik.setText("3171234567890123")
    form.phone.setText("081234567890")
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    # personal data without the worker's consent is refused by the service
    qtbot.waitUntil(lambda: "consent" in form.error.text())
    form.consented.setChecked(True)
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: workers_tab.model.rowCount() == 4)
    row = next(w for w in workers_tab.model.rows if w.code == "W010")
    index = workers_tab.model.index(workers_tab.model.rows.index(row), 5)
    assert index.data() == "NIK, phone"  # which data is held, never the data itself


def test_personal_data_columns_stay_empty_for_a_supervisor(shop: Shop, qtbot: QtBot) -> None:
    from ska_pos.services import workers
    from ska_pos.services.personal_data import PersonalData
    from ska_pos.services.workers import WorkerForm

    manager = session_of(shop).actor
    with shop.db.transaction() as s:
        personal = PersonalData(nik="3171234567890123", consent_date=shop.siti.created_at.date())
        workers.edit_worker(s, manager, shop.siti.id, WorkerForm("W001", "Siti Rahayu", outlet_ids=(shop.cafe.id,),
                                                                 personal=personal))  # fmt: skip
    tab = WorkersTab(session_of(shop, role="supervisor"))
    qtbot.addWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    assert (tab.model.index(0, 5).data(), tab.model.index(0, 6).data(), tab.model.index(0, 7).data()) == ("", "", "")
    assert tab.findChild(QWidget, "workerPersonal") is not None  # there, but the service refuses a supervisor


def test_editing_a_worker_shows_personal_data_only_when_asked_and_records_it(
    shop: Shop, workers_tab: WorkersTab, qtbot: QtBot
) -> None:
    from sqlalchemy import select

    from ska_pos.db.models import PersonalDataView
    from ska_pos.services import personal_data, workers
    from ska_pos.services.personal_data import PersonalData
    from ska_pos.services.workers import WorkerForm

    manager = session_of(shop).actor
    with shop.db.transaction() as s:
        personal = PersonalData(nik="3171234567890123", phone="081234567890", consent_date=date(2026, 1, 5))
        workers.edit_worker(s, manager, shop.siti.id, WorkerForm("W001", "Siti Rahayu", outlet_ids=(shop.cafe.id,),
                                                                 personal=personal))  # fmt: skip
    workers_tab.table.selectRow(0)
    form = workers_tab.edit()
    assert form is not None
    assert (form.nik.text(), form.nik.isEnabled()) == ("", False)
    form.change_personal.click()
    qtbot.waitUntil(lambda: form.nik.text() == "3171234567890123")
    assert form.nik.isEnabled()
    with shop.db.reading() as s:
        assert [v.purpose for v in s.scalars(select(PersonalDataView))] == ["view"]
    form.phone.setText("089900001111")
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not form.isVisible())
    with shop.db.transaction() as s:
        assert personal_data.read_personal_data(s, manager, shop.siti.id).phone == "089900001111"


def test_deactivating_a_worker(workers_tab: WorkersTab, qtbot: QtBot) -> None:
    workers_tab.table.selectRow(0)
    workers_tab.toggle_active()
    qtbot.waitUntil(lambda: workers_tab.model.rows[0].active is False)
    assert workers_tab.model.index(0, 4).data() == "inactive"


def test_a_new_share_rule(shop: Shop, qtbot: QtBot) -> None:
    tab = RulesTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    form = tab.add()
    assert form is not None
    form.scope.setCurrentIndex(1)  # a category
    qtbot.waitUntil(lambda: form.target.count() == 2)
    form.target.setCurrentIndex(form.target.findText("Minuman"))
    form.value.setText("45,5")
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    texts = [tab.model.index(row, 0).data() + " " + tab.model.index(row, 1).data() for row in range(3)]
    assert "category: Minuman 45.5%" in texts
