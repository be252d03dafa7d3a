"""A café item's recipe: what one of it uses up of each ingredient (quantity and unit: grams of an ingredient kept by
the kilogram, millilitres of one kept by the litre). Open an item by SKU or name, change a quantity or its unit, add an
ingredient by SKU, remove the rows chosen, and save: the item then has exactly these ingredients
(services/stock/recipes.py, audited). By keyboard: Enter in the item field opens it, Enter in the ingredient field
adds it and goes to its quantity, Enter in a quantity goes back to the ingredient field; in the table the arrows
choose a row (Shift with them, several); Alt+R removes the chosen rows; Alt+S saves."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.services.stock import recipes
from ska_pos.services.stock.recipe_views import EditableRecipe, RecipePart, editable_recipe, ingredient
from ska_pos.services.stock.recipes import Ingredient, RecipeSpec
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import STOCK
from ska_pos.ui.ops import ReadOp, WriteOp
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, hint_room, named

QUANTITY, UNIT = 2, 3


class RecipePanel(QWidget):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "stockRecipes", self.tr("Recipes"))
        self.session = session
        self.recipe: EditableRecipe | None = None
        self.parts: list[RecipePart] = []
        self.quantities: list[QLineEdit] = []
        self.units: list[QComboBox] = []
        self.item = named(QLineEdit(), "recipeItem", self.tr("The item sold, by SKU or name"))
        self.item.setPlaceholderText(self.tr("The item sold, by SKU or name"))
        hint_room(self.item)
        self.item.returnPressed.connect(self.open_item)
        open_button = big_button(self.tr("&Open"), "recipeOpen")
        open_button.clicked.connect(self.open_item)
        self.title = look.text("", "recipeTitle", self.tr("Whose recipe"))
        self.table = named(QTableWidget(0, 4), "recipeLines", self.tr("Ingredients"))
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Ingredient"), self.tr("Quantity"),
                                              self.tr("Unit")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(48)
        look.whole_columns(self.table.horizontalHeader())
        self.table.horizontalHeader().setStretchLastSection(True)
        self.adding = named(QLineEdit(), "recipeIngredient", self.tr("Ingredient to add, by SKU or name"))
        self.adding.setPlaceholderText(self.tr("Ingredient to add, by SKU or name"))
        hint_room(self.adding)
        self.adding.returnPressed.connect(self.add_ingredient)
        add_button = big_button(self.tr("&Add ingredient"), "recipeAdd")
        add_button.clicked.connect(self.add_ingredient)
        self.remove_button = big_button(self.tr("&Remove ingredient"), "recipeRemove")
        self.remove_button.clicked.connect(self.remove_ingredient)
        self.save_button = big_button(self.tr("&Save recipe"), "recipeSave")
        self.save_button.clicked.connect(self.save)
        self.status = named(QLabel(""), "recipeStatus", self.tr("Recipe status"))
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.item, 1)
        top.addWidget(open_button)
        adding = QHBoxLayout()
        adding.addWidget(self.adding, 1)
        adding.addWidget(add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.setLayout(layout)
        self._editable(False)

    def _editable(self, on: bool) -> None:
        for widget in (self.adding, self.remove_button, self.save_button):
            widget.setEnabled(on)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def open_item(self) -> None:
        wanted, outlet_id = self.item.text(), self.session.actor.outlet_id
        if not wanted.strip():
            self._say(self.tr("Type the item's SKU or name"))
            return

        def work(s: Session) -> EditableRecipe:
            return editable_recipe(s, outlet_id, wanted)

        ReadOp(self, self.session.database, work).success(self._opened).failure(
            lambda error: self._say(error_text(error))
        ).run_in_background()

    def _opened(self, recipe: EditableRecipe) -> None:
        self.recipe = recipe
        self.parts, self.quantities, self.units = [], [], []
        self.table.setRowCount(0)
        for part in recipe.parts:
            self._append(part)
        self.title.setText(self.tr("One {name} ({sku}) uses up:").format(name=recipe.name, sku=recipe.sku))
        self._say(self.tr("%n ingredient(s)", "", len(recipe.parts)))
        self._editable(True)
        self.adding.setFocus()

    def _append(self, part: RecipePart) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(part.sku))
        self.table.setItem(row, 1, QTableWidgetItem(part.name))
        shown = f"{part.quantity.normalize():f}" if part.quantity else ""
        quantity = named(QLineEdit(shown), "", self.tr("How much {name} one uses").format(name=part.name))
        quantity.setMinimumHeight(44)
        quantity.returnPressed.connect(self.adding.setFocus)
        unit = named(QComboBox(), "", self.tr("Unit of {name}").format(name=part.name))
        unit.setMinimumHeight(44)
        unit.addItems(list(part.units))
        unit.setCurrentText(part.unit)
        self.table.setCellWidget(row, QUANTITY, quantity)
        self.table.setCellWidget(row, UNIT, unit)
        self.parts.append(part)
        self.quantities.append(quantity)
        self.units.append(unit)
        self._name_rows()

    def _name_rows(self) -> None:
        """Each row's fields named by the row they are in now: removing a row renumbers those below it, so a row
        added later never takes a name a row already has."""
        for row, (quantity, unit) in enumerate(zip(self.quantities, self.units, strict=True)):
            quantity.setObjectName(f"recipeQuantity{row}")
            unit.setObjectName(f"recipeUnit{row}")

    def add_ingredient(self) -> None:
        wanted, outlet_id = self.adding.text(), self.session.actor.outlet_id
        if self.recipe is None or not wanted.strip():
            return

        def work(s: Session) -> RecipePart:
            return ingredient(s, outlet_id, wanted)

        ReadOp(self, self.session.database, work).success(self._added).failure(
            lambda error: self._say(error_text(error))
        ).run_in_background()

    def _added(self, part: RecipePart) -> None:
        if any(existing.sku == part.sku for existing in self.parts):
            self._say(self.tr("{name} is in the recipe already").format(name=part.name))
            return
        self._append(part)
        self.adding.clear()
        self.quantities[-1].setFocus()

    def remove_ingredient(self) -> None:
        """Removes the chosen rows (one or several); with none chosen, the row whose quantity or unit has the focus.
        The current row alone is not a choice: a click that unselects a row leaves it current."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            fields = list(zip(self.quantities, self.units, strict=True))
            rows = [row for row, (quantity, unit) in enumerate(fields) if quantity.hasFocus() or unit.hasFocus()]
        if not rows:
            self._say(self.tr("Choose the ingredient to remove first"))
            return
        names = [self.parts[row].name for row in rows]
        for row in reversed(rows):
            self.table.removeRow(row)
            del self.parts[row], self.quantities[row], self.units[row]
        self.table.clearSelection()
        self._name_rows()
        self._say(self.tr("Removed: {names}").format(names=", ".join(names)))

    def written(self) -> list[Ingredient] | str:
        """The ingredients as typed, or what is wrong with them."""
        found = []
        for part, field, unit in zip(self.parts, self.quantities, self.units, strict=True):
            try:
                quantity = Decimal(field.text().strip().replace(",", "."))
            except InvalidOperation:
                field.setFocus()
                return self.tr("Type how much {name} one uses").format(name=part.name)
            found.append(Ingredient(part.sku, quantity, unit.currentText()))
        return found

    def save(self) -> None:
        recipe, outlet_id, actor = self.recipe, self.session.actor.outlet_id, self.session.actor
        if recipe is None:
            return
        parts = self.written()
        if isinstance(parts, str):
            self._say(parts)
            return

        def work(s: Session) -> int:
            return recipes.import_recipes(s, actor, outlet_id, [RecipeSpec(recipe.sku, tuple(parts))])

        saved = self.tr("The recipe of {name} is saved").format(name=recipe.name)
        WriteOp(self, self.session.database, work, {STOCK}).success(lambda _count: self._say(saved)).failure(
            lambda error: self._say(error_text(error))
        ).with_progress(self.tr("Saving…")).run_in_background()
