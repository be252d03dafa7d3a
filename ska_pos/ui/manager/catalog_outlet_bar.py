"""The outlet whose catalogue the Katalog shows: items belong to one outlet each, so a sentra with several outlets
edits them one outlet at a time. Chosen by keyboard (its label's Alt key, then the arrows) or by touch, and
remembered until the manager logs out (`TillSession.choices`).

Signal: `chosen(OutletChoice)` when the manager picks another outlet (not when the list is read again)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from ska_pos.services.catalog_outlets import catalog_outlets
from ska_pos.services.workers import OutletChoice
from ska_pos.ui import op_changes
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, index_of_data, named


class CatalogOutletBar(QWidget):
    chosen = Signal(object)

    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "catalogOutletBar", self.tr("Outlet of the catalogue"))
        self.session = session
        self.outlets: list[OutletChoice] = []
        self.box = named(QComboBox(), "catalogOutlet", self.tr("Outlet whose catalogue is shown"))
        self.box.setMinimumHeight(TOUCH_TARGET_PX)
        self.box.setMinimumWidth(280)
        label = QLabel(self.tr("Outl&et:"))
        label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.box.activated.connect(self._picked)
        refresh_on(self, {op_changes.SETTINGS}, self.reload, first_when_shown=True)  # outlets added or renamed

    @property
    def outlet_id(self) -> uuid.UUID:
        """The outlet shown: the one chosen this session, else the one the manager logged in at."""
        return self.session.choices.catalog_outlet_id or self.session.actor.outlet_id

    def reload(self) -> None:
        actor = self.session.actor

        def work(s: Session) -> list[OutletChoice]:
            return catalog_outlets(s, actor)

        ReadOp(self, self.session.database, work).success(self._loaded).run_in_background()

    def _loaded(self, outlets: list[OutletChoice]) -> None:
        self.outlets = outlets
        self.box.blockSignals(True)
        self.box.clear()
        for outlet in outlets:
            self.box.addItem(f"{outlet.code} · {outlet.name}", outlet.id)
        here = index_of_data(self.box, self.outlet_id)
        self.box.setCurrentIndex(max(here, 0))
        self.box.blockSignals(False)
        self.box.setEnabled(len(outlets) > 1)
        if here < 0 and outlets:  # the remembered outlet is closed, or not this manager's: show one they may
            self._picked(0)

    def choose(self, outlet_id: uuid.UUID) -> None:
        """As if picked in the list (for the layout walk and the tests)."""
        self._picked(index_of_data(self.box, outlet_id))

    def _picked(self, index: int) -> None:
        if not 0 <= index < len(self.outlets):
            return
        self.box.setCurrentIndex(index)
        outlet = self.outlets[index]
        changed = outlet.id != self.outlet_id
        self.session.choices.catalog_outlet_id = outlet.id
        if changed:
            self.chosen.emit(outlet)
