"""The outlet's categories in their order on the till's quick buttons: add, rename, deactivate, and move up or
down (the buttons, or Ctrl+Up and Ctrl+Down in the list). The till's buttons follow at its next read of the
catalogue (every committed catalogue change tells it)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.services import catalog_categories
from ska_pos.services.catalog_categories import CategoryRow
from ska_pos.ui import op_changes
from ska_pos.ui.manager.dialog_base import ManagerDialog
from ska_pos.ui.manager.notices import tell
from ska_pos.ui.op_changes import Changes, operation_hub
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.rows_model import RowsModel
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import ButtonRows, big_button, named


class CategoriesModel(RowsModel):
    numeric_columns = frozenset({0})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Button"), self.tr("Category"), self.tr("Status"))

    def text(self, row: CategoryRow, column: int) -> str:
        position = str(self.rows.index(row) + 1)
        return (position, row.name, self.tr("active") if row.active else self.tr("inactive"))[column]


class CategoryNameDialog(ManagerDialog):
    """A new category's name, or a new name for one."""

    changes = frozenset({op_changes.CATALOG})

    def __init__(
        self, session: TillSession, category: CategoryRow | None = None, parent: QWidget | None = None,
        *, outlet_id: uuid.UUID | None = None,
    ) -> None:  # fmt: skip
        title = (
            QCoreApplication.translate("CategoryNameDialog", "Rename {name}").format(name=category.name)
            if category
            else QCoreApplication.translate("CategoryNameDialog", "New category")
        )
        super().__init__("categoryForm", title, parent)
        self.session, self.category = session, category
        self.outlet_id = outlet_id or session.actor.outlet_id  # where a new category goes
        self.name = named(QLineEdit(category.name if category else ""), "categoryName", self.tr("Category name"))
        self.name.setMinimumHeight(40)
        self.add_row(self.tr("&Name"), self.name)
        self.finish_layout()

    def check(self) -> str | None:
        return None if self.name.text().strip() else self.tr("Fill in the category's name")

    def save_work(self) -> Callable[[Session], CategoryRow]:
        name, actor, outlet_id = self.name.text(), self.session.actor, self.outlet_id
        category_id = self.category.id if self.category else None

        def work(s: Session) -> CategoryRow:
            if category_id is None:
                return catalog_categories.add_category(s, actor, outlet_id, name)
            return catalog_categories.rename_category(s, actor, category_id, name)

        return work


class CategoryPanel(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "categoryPanel", self.tr("Categories"))
        self.session = session
        self.outlet_id = session.choices.catalog_outlet_id or session.actor.outlet_id
        self.model = CategoriesModel(session.language, self)
        self.table = named(QTableView(), "categoriesTable", self.tr("Categories in the quick buttons' order"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        look.whole_columns(self.table.horizontalHeader())
        self.table.doubleClicked.connect(lambda _index: self.rename())
        for keys, step in ((QKeySequence("Ctrl+Up"), -1), (QKeySequence("Ctrl+Down"), 1)):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_category(step))
        self._keep: uuid.UUID | None = None  # the category to select again after a reload
        self.dialog: CategoryNameDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._actions())
        operation_hub().changed.connect(self._changed)

    def _actions(self) -> ButtonRows:
        buttons: list[QWidget] = []
        for text, name, slot in (
            (self.tr("New category"), "categoryAdd", self.add),
            (self.tr("Rename"), "categoryRename", self.rename),
            (self.tr("Deactivate or reactivate"), "categoryToggle", self.toggle_active),
            (self.tr("Move up"), "categoryUp", lambda: self.move_category(-1)),
            (self.tr("Move down"), "categoryDown", lambda: self.move_category(1)),
        ):
            button = big_button(text, name)
            button.clicked.connect(slot)
            buttons.append(button)
        rows = ButtonRows()
        rows.set_rows([buttons])
        return rows

    def _changed(self, changes: Changes) -> None:
        if changes.touches(op_changes.CATALOG) and self.isVisible():
            self.reload()

    def set_outlet(self, outlet_id: uuid.UUID) -> None:
        self.outlet_id, self._keep = outlet_id, None
        self.model.set_rows([])
        self.reload()

    def reload(self) -> None:
        outlet_id = self.outlet_id

        def work(s: Session) -> list[CategoryRow]:
            return catalog_categories.list_categories(s, outlet_id)

        ReadOp(self, self.session.database, work).success(
            lambda rows: self._loaded(rows) if outlet_id == self.outlet_id else None  # else a newer read shows
        ).run_in_background()

    def _loaded(self, rows: list[CategoryRow]) -> None:
        self.model.set_rows(rows)
        keep = next((index for index, row in enumerate(rows) if row.id == self._keep), 0 if rows else None)
        if keep is not None:
            self.table.selectRow(keep)

    def selected(self) -> CategoryRow | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row if isinstance(row, CategoryRow) else None

    def add(self) -> CategoryNameDialog:
        return self._open(None)

    def rename(self) -> CategoryNameDialog | None:
        category = self.selected()
        if category is None:
            tell(self, self.tr("Choose a category in the list first."))
            return None
        return self._open(category)

    def _open(self, category: CategoryRow | None) -> CategoryNameDialog:
        self.dialog = CategoryNameDialog(self.session, category, self, outlet_id=self.outlet_id)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self, row: CategoryRow) -> None:
        self._keep = row.id
        self.reload()

    def toggle_active(self) -> None:
        category = self.selected()
        if category is None:
            tell(self, self.tr("Choose a category in the list first."))
            return
        actor = self.session.actor
        self._write(
            lambda s: catalog_categories.set_category_active(s, actor, category.id, not category.active), category
        )

    def move_category(self, step: int) -> None:
        category = self.selected()
        if category is None:
            return
        actor = self.session.actor
        self._write(lambda s: catalog_categories.move_category(s, actor, category.id, step), category)

    def _write(self, work: Callable[[Session], object], category: CategoryRow) -> None:
        self._keep = category.id
        WriteOp(self, self.session.database, work, {op_changes.CATALOG}).success(
            lambda _result: self.reload()
        ).run_in_background()
