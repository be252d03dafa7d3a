"""A line's options (modifiers: size, sugar, extras) at the till: asked when an item with required groups is added,
changed from the cart line, and required before the payment."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ska_pos.domain.modifiers import ModifierGroup
from ska_pos.ui.till.sale_view import ChooseModifiers

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_presenter import SalePresenter


class OptionsFlow(QObject):
    def __init__(self, presenter: SalePresenter) -> None:
        super().__init__(presenter)
        self.presenter = presenter

    def choose(self, index: int | None = None, *, adding: bool = False) -> None:
        """The line's options: at once when an item with required groups was added (only those groups; Esc takes
        the line out again), or any time from the cart line (every group its item has now)."""
        presenter = self.presenter
        index = presenter.selected_line() if index is None else index
        if index is None:
            return
        item_id = presenter.cart.lines[index].item_id
        presenter.controller.read_modifier_groups(
            item_id, lambda groups: self._choose(index, item_id, groups, adding=adding)
        )

    def ask_unchosen(self) -> bool:
        """Before the payment: the first line whose required options are not chosen yet is selected and its options
        asked. True when there was one (the payment waits)."""
        presenter = self.presenter
        lines = presenter.cart.lines
        unchosen = next((i for i, line in enumerate(lines) if line.modifiers_required and not line.modifiers), None)
        if unchosen is None:
            return False
        presenter.select_line(unchosen)
        presenter.view.say(self.tr("Choose the options of {item} first").format(item=lines[unchosen].name), "error")
        self.choose(unchosen)
        return True

    def _choose(self, index: int, item_id: uuid.UUID, groups: tuple[ModifierGroup, ...], *, adding: bool) -> None:
        presenter = self.presenter
        if index >= len(presenter.cart.lines) or presenter.cart.lines[index].item_id != item_id:
            return  # the line went while its groups were read
        line = presenter.cart.lines[index]
        shown = tuple(group for group in groups if group.required) if adding else groups
        if not shown:
            if not adding:
                presenter.view.say(self.tr("{item} has no options to choose").format(item=line.name), "error")
            return
        question = ChooseModifiers(line.name, shown, tuple(modifier.option_id for modifier in line.modifiers))
        cancelled = (lambda: presenter.attempt(lambda: self._not_chosen(index, item_id))) if adding else None
        presenter.ask(question, lambda option_ids: presenter.controller.set_modifiers(index, option_ids), cancelled)

    def _not_chosen(self, index: int, item_id: uuid.UUID) -> None:
        """Esc on the options of an item just added: it was not wanted after all."""
        presenter = self.presenter
        if index < len(presenter.cart.lines) and presenter.cart.lines[index].item_id == item_id:
            name = presenter.cart.lines[index].name
            presenter.controller.remove(index)
            presenter.select_line(min(index, len(presenter.cart.lines) - 1))
            presenter.view.say(self.tr("{item} not added: its options were not chosen").format(item=name))
