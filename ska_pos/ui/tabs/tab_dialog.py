"""One table's tab at the till: its rounds as sent (voided items struck through) and what can be done with it.

Keys: S sends the till's cart as the next round (and prints its kitchen ticket), M moves the tab to a free table,
G merges another table's tab into it, V voids the chosen item already sent (a supervisor approves, the kitchen
gets a cancellation), P brings the tab to the till to be paid as any sale (whole, in shares or split by items).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.db.models import Outlet
from ska_pos.domain.money import format_rupiah
from ska_pos.i18n import current_language
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart, CartLine
from ska_pos.services.sale_context import tax_settings
from ska_pos.services.tabs import writes
from ska_pos.services.tabs.state import FloorTable, TabView, load_tab
from ska_pos.services.tabs.ticket_output import record_tab_tickets
from ska_pos.services.tabs.tickets import round_tickets, void_tickets
from ska_pos.ui import approval as approval_dialog
from ska_pos.ui import op_changes
from ska_pos.ui.journal.reason_dialog import ReasonDialog
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.tabs.floor_dialog import FloorDialog
from ska_pos.ui.till.sizing import scale_font
from ska_pos.ui.widgets import big_button, named, touch_rows

T = TypeVar("T")


class TillSide(Protocol):
    """What the tab needs of the till it is worked from."""

    database: Database
    actor: Actor

    def cart_lines(self) -> list[CartLine]: ...
    def clear_cart(self) -> None: ...
    def load_cart(self, cart: Cart) -> None: ...
    def tickets_queued(self, unprinted: list[str]) -> None: ...  # the stations with no printer, by name
    def say(self, text: str, kind: str = "info") -> None: ...


class TabDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, till: TillSide, table: FloorTable, read: tuple[TabView | None, int] | None = None
    ) -> None:
        """`read`: the tab and its total as already read; read now when None."""
        super().__init__(parent)
        self.till, self.table = till, table
        self.tab_id: uuid.UUID | None = table.tab_id
        self.view: TabView | None = None
        title = self.tr("Table {table}").format(table=table.name)
        self.setWindowTitle(title)
        named(self, "tabDialog", title)
        self.summary = named(QLabel(""), "tabSummary", self.tr("The tab's total"))
        self.summary.setStyleSheet("font-weight: bold;")
        scale_font(self.summary, 1.3)
        self.lines = named(QListWidget(), "tabLines", self.tr("The tab's items by round"))
        touch_rows(self.lines)
        self.lines.setMinimumHeight(260)
        self.problem = named(QLabel(""), "tabProblem", self.tr("Problem"))
        self.problem.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        buttons = QGridLayout()
        actions: list[tuple[str, str, str, Callable[[], None]]] = [
            ("S", "tabSend", self.tr("Send cart as a round"), self.send),
            ("M", "tabMove", self.tr("Move to a table"), self.move_tab),
            ("G", "tabMerge", self.tr("Merge a table's tab"), self.merge_tab),
            ("V", "tabVoid", self.tr("Void the chosen item"), self.void),
            ("P", "tabPay", self.tr("Pay at the till"), self.pay),
            ("Esc", "tabClose", self.tr("Close"), self.reject),
        ]
        self.buttons = {}
        for index, (key, name, text, run) in enumerate(actions):
            button = big_button(text, name, f"{text} ({key})", shortcut_hint=key)
            button.clicked.connect(run)
            buttons.addWidget(button, index // 3, index % 3)
            self.buttons[name] = button
            if key != "Esc":
                QShortcut(QKeySequence(key), self, run)
        layout = QVBoxLayout()
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.setLayout(layout)
        self.resize(720, 560)
        if read is None:
            self.refresh()
        else:
            self.show_tab(read)

    # --- reading ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        tab_id, outlet_id = self.tab_id, self.till.actor.outlet_id

        def read(session: Session) -> tuple[TabView | None, int]:
            if tab_id is None:
                return None, 0
            view = load_tab(session, tab_id)
            outlet = session.get(Outlet, outlet_id)
            assert outlet is not None
            cart = view.cart()
            return view, cart.priced(tax_settings(outlet)).total if cart.lines else 0

        ReadOp(self, self.till.database, read).success(self.show_tab).run_in_background()

    def show_tab(self, read: tuple[TabView | None, int]) -> None:
        self.view, total = read
        self.lines.clear()
        if self.view is None:
            self.summary.setText(self.tr("Table {table} is free: send the cart to open a tab").format(
                table=self.table.name))  # fmt: skip
        else:
            amount = format_rupiah(total, current_language())
            self.summary.setText(self.tr("Table {table} · {rounds} rounds · {total}").format(
                table=self.view.table_name, rounds=self.view.rounds, total=amount))  # fmt: skip
            for line in self.view.lines:
                item = QListWidgetItem(self._describe(line.round_no, line.cart_line, line.voided))
                item.setData(Qt.ItemDataRole.UserRole, line.line_id)
                if line.voided:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.lines.addItem(item)
            self.lines.setCurrentRow(self.lines.count() - 1)
        has_tab = self.view is not None and not self.view.closed
        for name in ("tabMove", "tabMerge", "tabVoid", "tabPay"):
            self.buttons[name].setEnabled(has_tab)

    def _describe(self, round_no: int, line: CartLine, voided: bool) -> str:
        options = ", ".join(f"{m.group_name}: {m.option_name}" for m in line.modifiers)
        text = self.tr("Round {round} · {quantity} x {name}").format(round=round_no, quantity=line.quantity.normalize(),
                                                                    name=line.name)  # fmt: skip
        text += f" ({options})" if options else ""
        text += f" · {format_rupiah(int(line.price_each * line.quantity), current_language())}"
        return text + (" · " + self.tr("voided") if voided else "")

    # --- acting -----------------------------------------------------------------------------------------------
    def send(self) -> None:
        lines = self.till.cart_lines()
        if not lines:
            self._problem(self.tr("The cart is empty: ring up the round first"))
            return
        actor, table_id, tab_id = self.till.actor, self.table.table_id, self.tab_id

        def work(session: Session) -> tuple[uuid.UUID, int, list[str]]:
            target = tab_id or writes.open_tab(session, actor, table_id)
            sent = writes.send_round(session, actor, target, lines)
            unprinted = record_tab_tickets(session, actor, round_tickets(session, target, sent.round_no))
            return target, sent.round_no, [each.ticket.station for each in unprinted]

        def sent(outcome: tuple[uuid.UUID, int, list[str]]) -> None:
            self.tab_id = outcome[0]
            self.till.clear_cart()
            self.till.tickets_queued([name or self.tr("Kitchen") for name in outcome[2]])
            self.till.say(self.tr("Round {round} sent to the kitchen").format(round=outcome[1]))
            self.refresh()

        self._write(work, sent)

    def move_tab(self) -> None:
        chooser = FloorDialog(self, self.till.database, self.till.actor.outlet_id, mode="free",
                              title=self.tr("Move the tab to a free table"))  # fmt: skip
        chooser.chosen.connect(self._move_to)
        chooser.open()

    def _move_to(self, table: FloorTable) -> None:
        actor, tab_id = self.till.actor, self.tab_id
        assert tab_id is not None

        def moved(_none: None) -> None:
            self.table = table
            self.refresh()

        self._write(lambda session: writes.move_tab(session, actor, tab_id, table.table_id), moved)

    def merge_tab(self) -> None:
        title = self.tr("Merge the tab of a table into this one")
        chooser = FloorDialog(self, self.till.database, self.till.actor.outlet_id, mode="open",
                              exclude_tab=self.tab_id, title=title)  # fmt: skip
        chooser.chosen.connect(self._merge_from)
        chooser.open()

    def _merge_from(self, table: FloorTable) -> None:
        actor, tab_id, other = self.till.actor, self.tab_id, table.tab_id
        assert tab_id is not None
        assert other is not None
        self._write(lambda session: writes.merge_tabs(session, actor, tab_id, other),
                    lambda _none: self.refresh())  # fmt: skip

    def void(self) -> None:
        item = self.lines.currentItem()
        if item is None or self.view is None:
            self._problem(self.tr("Choose the item to void"))
            return
        line_id = item.data(Qt.ItemDataRole.UserRole)
        if any(line.line_id == line_id and line.voided for line in self.view.lines):
            self._problem(self.tr("This item was voided already"))
            return
        reason = ReasonDialog(self.tr("Void an item already sent"),
                              self.tr("The kitchen gets a cancellation; a supervisor approves."), self)  # fmt: skip
        reason.chosen.connect(lambda text: self._void(line_id, text))
        reason.open()

    def _void(self, line_id: uuid.UUID, reason: str) -> None:
        approval = approval_dialog.ask_approval(self, self.till.database, self.tr("Void an item already sent"),
                                                "tab.void")  # fmt: skip
        if approval is None:
            self._problem(self.tr("Not voided: a supervisor did not approve"))
            return
        actor, tab_id = self.till.actor, self.tab_id
        assert tab_id is not None

        def work(session: Session) -> list[str]:
            writes.void_sent_line(session, actor, tab_id, line_id, reason, approval=approval)
            unprinted = record_tab_tickets(session, actor, void_tickets(session, tab_id, line_id))
            return [each.ticket.station for each in unprinted]

        def voided(unprinted: list[str]) -> None:
            self.till.tickets_queued([name or self.tr("Kitchen") for name in unprinted])
            self.refresh()

        self._write(work, voided)

    def pay(self) -> None:
        if self.view is None:
            return
        if self.till.cart_lines():
            self._problem(self.tr("The till's cart is not empty: send it as a round first"))
            return
        self.till.load_cart(self.view.cart())
        self.till.say(self.tr("Tab of table {table} at the till: pay or split it").format(table=self.view.table_name))
        self.accept()

    def _write(self, work: Callable[[Session], T], done: Callable[[T], None]) -> None:
        self._problem("")
        WriteOp(self, self.till.database, work, {op_changes.SALES, op_changes.CART}).success(done).failure(
            lambda error: self._problem(error_text(error))
        ).run_in_background()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
