"""Today's journal of the till (F3): every sale, void and refund; reprint a copy, void a sale, refund lines.

Signals: `back()`; `changed()` after a void or refund was recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah
from ska_pos.services import print_jobs, reversals
from ska_pos.services.actor import Approval
from ska_pos.services.sales import CompletedSale
from ska_pos.services.till_journal import JournalEntry, RefundableLine, refundable_lines, todays_journal
from ska_pos.ui import op_changes
from ska_pos.ui.journal.journal_model import ENTRY_ROLE, RECEIPT, JournalModel
from ska_pos.ui.journal.reason_dialog import ReasonDialog
from ska_pos.ui.journal.refund_dialog import RefundDialog
from ska_pos.ui.op_changes import refresh_on
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.session import look
from ska_pos.ui.session.approval_flow import run_with_approval
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, named


class JournalPage(QWidget):
    back = Signal()
    changed = Signal()

    def __init__(self, session: TillSession, dispatcher: ReceiptDispatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.dispatcher = session, dispatcher
        self.dialog: QWidget | None = None
        named(self, "journalPage", self.tr("Today's journal"))
        self.model = JournalModel(session.language, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(RECEIPT)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = named(QLineEdit(), "journalSearch", self.tr("Find a receipt number"))
        self.search.setPlaceholderText(self.tr("Find a receipt number"))
        self.search.setMinimumHeight(48)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.returnPressed.connect(self._focus_table)
        self.table = self._make_table()
        self.summary = look.text("", "journalSummary", self.tr("Summary of the day"))
        self.status = look.text("", "journalStatus", self.tr("Last action"))
        self.status.setProperty("role", "banner")
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(
            look.title(self.tr("Today's journal · till {till}").format(till=session.till_code), "journalTitle")
        )
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self._buttons())
        QShortcut(QKeySequence("Esc"), self, self.back.emit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()
        self.setFocusProxy(self.table)
        refresh_on(self, {op_changes.SALES}, self.refresh)  # a void or refund here or at another screen
        self.refresh()

    def _make_table(self) -> QTableView:
        table = named(
            QTableView(),
            "journalTable",
            self.tr("Sales of today"),
            self.tr("Arrow keys choose a sale; Tab goes to the buttons"),
        )
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(40)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the status: "for KFE-T1-20261130-0002"
        header.setMinimumSectionSize(96)
        table.setStyleSheet("QTableView::item { padding: 0 12px; }")
        look.scaled(table, 1.1, bold=False)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        return table

    def _buttons(self) -> ButtonRows:
        row: list[QWidget] = []
        self.reprint_button = big_button(self.tr("Reprint (copy)"), "journalReprint")
        self.void_button = big_button(self.tr("Void the sale"), "journalVoid")
        self.void_button.setProperty("role", "danger")
        self.refund_button = big_button(self.tr("Refund lines"), "journalRefund")
        refresh = big_button(self.tr("Refresh"), "journalRefresh")
        back = big_button(self.tr("Back (Esc)"), "journalBack")
        for button, slot in (
            (self.reprint_button, self.reprint),
            (self.void_button, self.void),
            (self.refund_button, self.refund),
            (refresh, self.refresh),
            (back, self.back.emit),
        ):
            button.setMinimumHeight(56)
            button.clicked.connect(slot)
            row.append(button)
        rows = named(ButtonRows(), "journalButtons", self.tr("Journal actions"))
        rows.set_rows([row])
        return rows

    def refresh(self) -> None:
        database, till_id = self.session.database, self.session.actor.till_id

        ReadOp(self, database, lambda session: todays_journal(session, till_id)).success(self._show).run_in_background()

    def _show(self, entries: list[JournalEntry]) -> None:
        current = self.current()
        self.model.set_entries(entries)
        sales = [entry for entry in entries if entry.kind == "sale"]
        total = sum(entry.total for entry in entries)
        look.set_text(
            self.summary,
            self.tr("{count} sales today · net {total}").format(
                count=len(sales), total=format_rupiah(total, self.session.language)
            ),
        )
        row = next((i for i, entry in enumerate(entries) if current and entry.sale_id == current.sale_id), 0)
        if entries:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._update_buttons()

    def _focus_table(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def current(self) -> JournalEntry | None:
        index = self.table.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def select_receipt(self, receipt_no: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, RECEIPT).data() == receipt_no:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        entry = self.current()
        self.reprint_button.setEnabled(entry is not None)
        self.void_button.setEnabled(entry is not None and entry.can_void)
        self.refund_button.setEnabled(entry is not None and entry.can_refund)

    def reprint(self) -> None:
        entry = self.current()
        if entry is None:
            return
        self.dispatcher.reprint(entry.sale_id)
        self.dispatcher.preview(self, entry.sale_id, copy=True, shown=self._keep)

    def _keep(self, dialog: QWidget) -> None:
        self.dialog = dialog

    def void(self) -> None:
        entry = self.current()
        if entry is None or not entry.can_void:
            return
        total = format_rupiah(entry.total, self.session.language)
        dialog = ReasonDialog(
            self.tr("Void {receipt}").format(receipt=entry.receipt_no),
            self.tr("The whole sale of {total} is reversed and paid back the way it was paid. Why?").format(
                total=total
            ),
            self,
        )
        dialog.chosen.connect(lambda reason: self._void_approved(entry, reason))
        dialog.open()
        self.dialog = dialog

    def _void_approved(self, entry: JournalEntry, reason: str) -> None:
        session = self.session

        def work(db_session: Session, approval: Approval | None) -> CompletedSale:
            done = reversals.void_sale(db_session, session.actor, entry.sale_id, reason, approval=approval)
            print_jobs.queue_sale_prints(db_session, session.actor, done.sale_id)
            return done

        what = self.tr("Void receipt {receipt}: {reason}").format(receipt=entry.receipt_no, reason=reason)
        changes = {op_changes.SALES, op_changes.SHIFT, op_changes.EARNINGS, op_changes.PRINTING}
        run_with_approval(self, session.database, what, work, self._reversed, action="sale.void", changes=changes,
                          ask_first=True)  # fmt: skip

    def refund(self) -> None:
        entry = self.current()
        if entry is None or not entry.can_refund:
            return
        database = self.session.database

        ReadOp(self, database, lambda session: refundable_lines(session, entry.sale_id)).success(
            lambda lines: self._open_refund(entry, lines)
        ).run_in_background()

    def _open_refund(self, entry: JournalEntry, lines: list[RefundableLine]) -> None:
        dialog = RefundDialog(self.session, entry, lines, self)
        dialog.refunded.connect(self._reversed)
        dialog.open()
        self.dialog = dialog

    def _reversed(self, result: CompletedSale) -> None:
        self.dispatcher.after_sale(result.sale_id)
        amount = format_rupiah(-result.paid, self.session.language)  # after cash rounding: what is handed back
        look.set_text(
            self.status,
            self.tr("{receipt} recorded: give back {amount}.").format(receipt=result.receipt_no, amount=amount),
        )
        self.status.show()
        self.changed.emit()
