"""The counter's debt list or deposits-held list of its outlet (`money_list_view.MoneyListView`), reached from the
orders board (F11 debts, F12 deposits held).

`MoneyListDialog(session, kind, parent)`. Keys: Page Down more rows, Esc closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ska_pos.services.orders.money_lists import MoneyKind
from ska_pos.ui.messages import translate_buttons
from ska_pos.ui.orders.money_list_view import MoneyListView
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class MoneyListDialog(QDialog):
    def __init__(self, session: TillSession, kind: MoneyKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        debts = kind is MoneyKind.DEBTS
        title = self.tr("Debts of customers") if debts else self.tr("Down payments held")
        self.setWindowTitle(title)
        named(self, "debtListDialog" if debts else "heldListDialog", title)
        self.view = MoneyListView(session, kind, session.actor.outlet_id)
        self.view.table.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons, "moneyListButtons", title)
        translate_buttons(buttons)
        look.dialog_buttons(buttons, "moneyList", 56)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(look.title(f"{title} · {session.outlet_name}", "moneyListTitle"))
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 620)
        self.view.table.setFocus()
