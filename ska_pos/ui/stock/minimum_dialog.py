"""An item's low-stock minimum: at or below it the till marks the item and it goes on the reorder list. Empty takes
the minimum away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import parse_quantity
from ska_pos.reports import formatting as fmt
from ska_pos.services.stock.minimums import set_minimum
from ska_pos.services.stock.on_hand_page import OnHandRow
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import hint_room, named


class MinimumDialog(ManagerDialog):
    changes = frozenset({op_changes.STOCK})

    def __init__(self, session: TillSession, row: OnHandRow, parent: QWidget | None = None) -> None:
        super().__init__(
            "stockMinimum",
            QCoreApplication.translate("MinimumDialog", "Low stock level of {name}").format(name=row.name),
            parent,
        )
        self.session, self.row = session, row
        shown = "" if row.minimum is None else fmt.quantity(row.minimum, session.language)
        self.minimum = named(QLineEdit(shown), "stockMinimumQuantity", self.tr("Minimum quantity on hand"))
        self.minimum.setPlaceholderText(self.tr("none"))
        hint_room(self.minimum)
        self.minimum.returnPressed.connect(self.try_accept)
        self.add_row(self.tr("Low at or below"), self.minimum)
        self.finish_layout()
        self.minimum.setFocus()

    def check(self) -> str | None:
        try:
            self._parsed()
        except ValueError as error:
            return str(error)
        return None

    def _parsed(self) -> Any:
        text = self.minimum.text().strip()
        return parse_quantity(text) if text else None

    def save_work(self) -> Callable[[Session], Any]:
        actor, item_id, minimum = self.session.actor, self.row.item_id, self._parsed()
        return lambda s: set_minimum(s, actor, item_id, minimum)
