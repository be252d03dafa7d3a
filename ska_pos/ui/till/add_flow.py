"""Adding an item by scan, code or search: the add runs on the database worker while the field is free for the next
scan; a code the till does not know becomes a search, and the results are read a page at a time as the cashier
scrolls. An item just added asks for its options or its worker at once."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ska_pos.services.errors import NotFound, ServiceError
from ska_pos.services.item_search import SearchCursor
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.till.search_pages import SearchResults, read_search_page

if TYPE_CHECKING:
    from ska_pos.ui.till.sale_presenter import SalePresenter


class AddFlow(QObject):
    def __init__(self, presenter: SalePresenter) -> None:
        super().__init__(presenter)
        self.presenter = presenter
        self._more_after: SearchResults | None = None  # the results shown, while a next page of them exists

    def add_code(self, text: str) -> None:
        """The add runs on the database worker; the field is free for the next scan at once."""
        view = self.presenter.view
        try:
            self.presenter.controller.add_code(text, self._added, lambda error: self._not_added(text, error))
        except ServiceError as error:
            view.say(error.message, "error")
            view.select_search_text()
            return
        view.reset_search()

    def add_item(self, item_id: uuid.UUID) -> None:
        view = self.presenter.view
        try:
            self.presenter.controller.add_item(item_id, self._added, lambda error: self._not_added("", error))
        except ServiceError as error:
            view.say(error.message, "error")
            return
        view.reset_search()

    def _added(self, index: int) -> None:
        presenter = self.presenter
        presenter.view.clear_message()
        presenter.select_line(index)
        presenter.view.focus_search()  # the scanner's home; what is typed there already stays
        line = presenter.cart.lines[index]
        if line.modifiers_required and not line.modifiers:
            presenter.choose_modifiers(index, adding=True)
        elif line.is_service and not line.workers:
            presenter.choose_worker(index)

    def _not_added(self, text: str, error: Exception) -> None:
        if isinstance(error, NotFound) and text:
            self._search_instead(text, error)
            return
        self.presenter.view.say(error_text(error), "error")
        if text:
            self.presenter.view.give_back_code(text)

    def _search_instead(self, text: str, not_found: NotFound) -> None:
        def found(results: SearchResults) -> None:
            if len(results.rows) == 1 and results.next is None:
                self.add_item(results.rows[0][0])
            elif results.rows:
                self._show_results(results, focus=True)
            else:
                self.presenter.view.say(not_found.message, "error")
                self.presenter.view.give_back_code(text)

        self._search(text.strip(), found)

    def live_search(self, text: str) -> None:
        def found(results: SearchResults) -> None:
            if self.presenter.view.search_text().strip() == text:  # still what the cashier is typing
                self._show_results(results, focus=False)

        self._search(text, found)

    def more_results(self) -> None:
        """The next page of the results shown, below them (the cashier scrolled or arrowed to the end)."""
        shown = self._more_after
        if shown is None or self.presenter.view.search_text().strip() != shown.text:
            return
        self._more_after = None  # asked once; the answer says whether there is yet more

        def found(results: SearchResults) -> None:
            if self.presenter.view.search_text().strip() == results.text:
                self._more_after = results if results.next is not None else None
                self.presenter.view.add_results(results.rows, more=results.next is not None)

        self._search(shown.text, found, after=shown.next)

    def _show_results(self, results: SearchResults, *, focus: bool) -> None:
        self._more_after = results if results.next is not None else None
        self.presenter.view.show_results(results.rows, results.text, focus=focus, more=results.next is not None)

    def _search(self, text: str, found: Callable[[SearchResults], None], *, after: SearchCursor | None = None) -> None:
        presenter = self.presenter
        work = read_search_page(presenter.session.actor.outlet_id, text, presenter.language, after)
        ReadOp(presenter.view.dialog_parent(), presenter.session.database, work).success(found).failure(
            presenter.failed
        ).run_in_background()
