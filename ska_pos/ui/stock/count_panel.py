"""A stock take at the manager's outlet: start a count (the whole outlet or one category), count by scanner (each
scan adds one) or by hand (type the quantity, then the code), see the variance list, give a reason for each
difference in the approval dialog and approve, which posts the differences. The till goes on selling meanwhile."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.domain.money import parse_quantity
from ska_pos.reports import formatting as fmt
from ska_pos.services import catalog, catalog_categories
from ska_pos.services.catalog_categories import CategoryRow
from ska_pos.services.stock import counts
from ska_pos.services.stock.count_views import OpenCount, open_count
from ska_pos.services.stock.counts import Variance
from ska_pos.ui import op_changes
from ska_pos.ui.manager.documents import show_pdf
from ska_pos.ui.manager.notices import ask, tell
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import STOCK, refresh_on
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.stock.count_approval_dialog import CountApprovalDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, hint_room, named

COLUMNS = 5


class CountPanel(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "stockCount", self.tr("Stock take"))
        self.session = session
        self.count: OpenCount | None = None
        self.approval: CountApprovalDialog | None = None
        self.state = look.text("", "stockCountState", self.tr("The stock take in progress"))
        self.category = named(QComboBox(), "stockCountCategory", self.tr("What to count"))
        self.category.setMinimumHeight(44)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category.setMinimumContentsLength(16)
        self.start_button = big_button(self.tr("Start a count"), "stockCountStart")
        self.start_button.clicked.connect(self.start)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.category)
        top.addWidget(self.start_button)
        self.quantity = named(QLineEdit(), "stockCountQuantity", self.tr("Counted quantity"))
        self.quantity.setPlaceholderText(self.tr("Quantity (empty: add one per scan)"))
        self.code = named(QLineEdit(), "stockCountCode", self.tr("Barcode or SKU"))
        self.code.setPlaceholderText(self.tr("Scan or type a barcode or SKU"))
        for field in (self.quantity, self.code):
            hint_room(field)
        self.code.returnPressed.connect(self.enter)
        self.quantity.returnPressed.connect(self.code.setFocus)
        self.message = look.text("", "stockCountMessage", self.tr("What the last count did"))
        self.message.setWordWrap(True)
        entry = QHBoxLayout()
        entry.addWidget(self.code, 3)
        entry.addWidget(self.quantity, 2)
        self.table = named(QTableWidget(0, COLUMNS), "stockCountLines", self.tr("Counted items and differences"))
        headers = (self.tr("SKU"), self.tr("Name"), self.tr("Expected"), self.tr("Counted"), self.tr("Difference"))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(40)
        look.whole_columns(self.table.horizontalHeader())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._actions())
        self.setLayout(layout)
        refresh_on(self, {STOCK, op_changes.CATALOG}, self.reload, first_when_shown=True)

    def _actions(self) -> ButtonRows:
        buttons: list[QWidget] = []
        for text, name, slot in (
            (self.tr("Approve the differences"), "stockCountApprove", lambda: self.approve()),
            (self.tr("Cancel the count"), "stockCountCancel", self.cancel),
            (self.tr("Count sheet"), "stockCountSheet", self.count_sheet),
        ):
            button = big_button(text, name)
            button.clicked.connect(slot)
            buttons.append(button)
        rows = named(ButtonRows(), "stockCountActions", self.tr("What to do with the stock take"))
        rows.set_rows([buttons])
        return rows

    def reload(self) -> None:
        outlet_id = self.session.actor.outlet_id

        def work(s: Session) -> tuple[OpenCount | None, list[CategoryRow]]:
            return open_count(s, outlet_id), catalog_categories.list_categories(s, outlet_id, include_inactive=False)

        ReadOp(self, self.session.database, work).success(self._loaded).run_in_background()

    def _loaded(self, loaded: tuple[OpenCount | None, list[CategoryRow]]) -> None:
        self.count, categories = loaded
        self.category.clear()
        self.category.addItem(self.tr("The whole outlet"), None)
        for category in categories:
            self.category.addItem(category.name, category.id)
        open_now = self.count is not None
        for widget in (self.code, self.quantity, self.table):
            widget.setEnabled(open_now)
        self.category.setEnabled(not open_now)
        self.start_button.setEnabled(not open_now)
        if self.count is None:
            look.set_text(self.state, self.tr("No stock take is open."))
            self._show_lines([])
            return
        what = self.count.category or self.tr("the whole outlet")
        look.set_text(self.state, self.tr("Counting {what} since {moment}").format(
            what=what, moment=fmt.date_time(self.count.started_at, self.session.language)))  # fmt: skip
        self._show_lines(self.count.lines)

    def _show_lines(self, lines: list[Variance]) -> None:
        language = self.session.language
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            texts = (line.sku, line.name, fmt.quantity(line.expected, language, line.unit),
                     fmt.quantity(line.counted, language, line.unit),
                     fmt.quantity(line.difference, language, line.unit))  # fmt: skip
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setData(Qt.ItemDataRole.UserRole, str(line.item_id))
                if column >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)

    def start(self) -> None:
        actor, category_id = self.session.actor, self.category.currentData()

        def work(s: Session) -> None:
            counts.start_count(s, actor, category_id=category_id)

        WriteOp(self, self.session.database, work, {STOCK}).run_in_background()

    def enter(self) -> None:
        count, code = self.count, self.code.text().strip()
        if count is None or not code:
            return
        typed = self.quantity.text().strip()
        try:
            by_hand = parse_quantity(typed) if typed else None
        except ValueError as error:
            look.set_text(self.message, str(error))
            return
        actor, outlet_id = self.session.actor, self.session.actor.outlet_id
        before = {line.item_id: line.counted for line in count.lines}

        def work(s: Session) -> Variance:
            item = catalog.find_by_code(s, outlet_id, code)
            counted = by_hand if by_hand is not None else before.get(item.id, Decimal(0)) + 1
            return counts.enter_count(s, actor, count.id, item.id, counted)

        WriteOp(self, self.session.database, work, {STOCK}).success(self._entered).failure(
            lambda error: look.set_text(self.message, error_text(error))
        ).run_in_background()

    def _entered(self, line: Variance) -> None:
        language = self.session.language
        look.set_text(self.message, self.tr("{name}: counted {counted}").format(
            name=line.name, counted=fmt.quantity(line.counted, language, line.unit)))  # fmt: skip
        self.code.clear()
        self.quantity.clear()
        self.code.setFocus()

    def approve(self) -> CountApprovalDialog | None:
        """The variance list in its dialog, to give the reasons and approve; the postings follow its save."""
        count = self.count
        if count is None:
            tell(self, self.tr("No stock take is open."))
            return None
        if not count.lines:
            tell(self, self.tr("Nothing has been counted yet."))
            return None
        dialog = CountApprovalDialog(self.session, count, self)
        dialog.saved.connect(self._approved)
        self.approval = dialog
        dialog.open()
        return dialog

    def _approved(self, posted: list[Variance]) -> None:
        look.set_text(self.message, self.tr("{count} differences posted.").format(count=len(posted)))

    def cancel(self) -> None:
        count = self.count
        if count is None or not ask(self, self.tr("Cancel this stock take? Nothing counted is posted.")):
            return
        actor = self.session.actor

        def work(s: Session) -> None:
            counts.cancel_count(s, actor, count.id)

        WriteOp(self, self.session.database, work, {STOCK}).run_in_background()

    def count_sheet(self) -> None:
        """The sheet to count on (A4, by category), in the preview to print or save."""
        count, language = self.count, self.session.language
        if count is None:
            tell(self, self.tr("No stock take is open."))
            return

        def work(s: Session) -> bytes:
            from ska_pos.reports.count_sheet import render_count_sheet_pdf
            from ska_pos.services.stock.count_sheet import count_sheet

            return render_count_sheet_pdf(count_sheet(s, count.id), language)

        ReadOp(self, self.session.database, work).success(
            lambda pdf: show_pdf(self, pdf, self.tr("Count sheet"))
        ).with_progress(self.tr("Preparing the count sheet…")).run_in_background()
