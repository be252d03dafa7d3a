"""Choosing a line's options (sugar level, ice, size, add-ons): every group with its options as large buttons.

`ModifierDialog(item, groups, chosen, language, parent)`; after `accepted`, `option_ids()` gives the options chosen.
By keyboard alone: the digits pick an option of the current group (marked ▶); in a group of one choice the pick
moves on to the next group; ↑ and ↓ move between groups; Enter confirms, Esc cancels. By touch: tap the options,
then OK. A group's minimum and maximum are checked before the dialog closes (and again by the services).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

from ska_pos.domain.modifiers import ModifierGroup, ModifierOption
from ska_pos.domain.money import format_rupiah
from ska_pos.ui.till.dialog_base import TillDialog
from ska_pos.ui.till.sizing import CHECKED_STYLE, scale_font, touch_height
from ska_pos.ui.widgets import TOUCH_TARGET_PX, big_button, named

COLUMNS = 3  # options per row: three large buttons fit a 1024-pixel till beside each other
_DIGITS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(1, 10)}


class ModifierDialog(TillDialog):
    def __init__(
        self,
        item: str,
        groups: Sequence[ModifierGroup],
        chosen: Sequence[uuid.UUID],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "modifierDialog",
            QCoreApplication.translate("ModifierDialog", "Options for {item}").format(item=item),
            parent,
        )
        self.setStyleSheet(CHECKED_STYLE)
        self.language = language
        self.groups = list(groups)
        self.current = 0
        self.headings: list[QLabel] = []
        self.buttons_of: list[list[QPushButton]] = []
        heading = named(QLabel(self.tr("Options for {item}").format(item=item)), "modifierItem", item)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        scale_font(heading, 1.3)
        self.body.addWidget(heading)
        hint = named(
            QLabel(self.tr("Digits choose an option, ↑ ↓ another group, Enter confirms, Esc cancels")),
            "modifierHint",
            self.tr("How to choose by keyboard"),
        )
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        for number, group in enumerate(self.groups):
            self._add_group(number, group, set(chosen))
        self.finish_layout()
        for button in self.buttons.buttons():
            button.installEventFilter(self)
        self.buttons.button(self.buttons.StandardButton.Ok).setDefault(True)
        self._show_current()

    def _add_group(self, number: int, group: ModifierGroup, chosen: set[uuid.UUID]) -> None:
        heading = named(QLabel(), f"modifierGroup{number}", group.name)
        heading.setWordWrap(True)
        scale_font(heading, 1.1)
        self.headings.append(heading)
        self.body.addWidget(heading)
        grid = QGridLayout()
        self.body.addLayout(grid)
        exclusive = QButtonGroup(self)
        exclusive.setExclusive(False)  # one choice is kept by `_pick`, so a chosen option can be tapped off again
        buttons = []
        for position, option in enumerate(group.options):
            button = big_button(self._label(position, option), f"modifierOption{number}_{position}",
                                self._spoken(group, option))  # fmt: skip
            button.setCheckable(True)
            button.setChecked(option.id in chosen)
            button.setAutoDefault(False)  # Enter confirms the dialog, wherever the focus is
            touch_height(button, max(TOUCH_TARGET_PX, 56))
            button.clicked.connect(lambda _checked, g=number, p=position: self._tapped(g, p))
            button.installEventFilter(self)
            exclusive.addButton(button)
            grid.addWidget(button, position // COLUMNS, position % COLUMNS)
            buttons.append(button)
        self.buttons_of.append(buttons)

    def _label(self, position: int, option: ModifierOption) -> str:
        price = f"  +{format_rupiah(option.price, self.language)}" if option.price else ""
        return f"{position + 1}  {option.name}{price}" if position < 9 else f"{option.name}{price}"

    def _spoken(self, group: ModifierGroup, option: ModifierOption) -> str:
        if not option.price:
            return f"{group.name}: {option.name}"
        price = format_rupiah(option.price, self.language)
        return self.tr("{group}: {option}, plus {price}").format(group=group.name, option=option.name, price=price)

    def _rule(self, group: ModifierGroup) -> str:
        if group.min_choices == group.max_choices == 1:
            return self.tr("choose one")
        if group.min_choices == 0 and group.max_choices == 1:
            return self.tr("optional, at most one")
        if group.min_choices == 0:
            return self.tr("optional, up to {count}").format(count=group.max_choices)
        return self.tr("choose {low} to {high}").format(low=group.min_choices, high=group.max_choices)

    def _show_current(self) -> None:
        for number, (heading, group) in enumerate(zip(self.headings, self.groups, strict=True)):
            mark = "▶ " if number == self.current else ""
            heading.setText(f"{mark}{group.name} ({self._rule(group)})")
            heading.setAccessibleName(heading.text())

    # --- choosing -----------------------------------------------------------------------------------------------
    def _tapped(self, number: int, position: int) -> None:
        self.current = number
        self._pick(number, position, toggled=True)

    def _pick(self, number: int, position: int, *, toggled: bool = False) -> None:
        """Choose an option (a tap has already toggled it); one-choice groups keep only it and move on."""
        group, buttons = self.groups[number], self.buttons_of[number]
        button = buttons[position]
        if not toggled:
            button.setChecked(not button.isChecked() or group.max_choices == 1)
        if group.max_choices == 1 and button.isChecked():
            for other in buttons:
                other.setChecked(other is button)
            self.current = min(number + 1, len(self.groups) - 1)
        self.error.hide()
        self._show_current()

    def option_ids(self) -> list[uuid.UUID]:
        return [
            option.id
            for group, buttons in zip(self.groups, self.buttons_of, strict=True)
            for option, button in zip(group.options, buttons, strict=True)
            if button.isChecked()
        ]

    def check(self) -> str | None:
        for number, (group, buttons) in enumerate(zip(self.groups, self.buttons_of, strict=True)):
            count = sum(button.isChecked() for button in buttons)
            if count < group.min_choices or count > group.max_choices:
                self.current = number
                self._show_current()
                return self.tr("{group}: {rule}").format(group=group.name, rule=self._rule(group))
        return None

    # --- keys ---------------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            on_option = watched not in self.buttons.buttons()  # Enter on Cancel still cancels
            if on_option and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.try_accept()
                return True
            if self._key(event):
                return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key in _DIGITS and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            position = _DIGITS[key] - 1
            if self.groups and position < len(self.groups[self.current].options):
                self._pick(self.current, position)
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.groups:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(self.current + step, len(self.groups) - 1))
            self._show_current()
            return True
        return False
