"""What the sale presenter needs from a screen (`SaleView`), and the questions it asks through it.

The presenter (`sale_presenter.SalePresenter`) decides; the view only shows and asks. A question is plain data (what
to ask, what to start from); the view turns it into a dialog and, once the cashier answered, calls `answer` with the
answer's plain value (or `cancelled`, where the question has one). A presenter test answers them without a window.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from ska_pos.domain.discounts import Discount
from ska_pos.domain.modifiers import ModifierGroup
from ska_pos.domain.pricing import SaleTotals, TaxSettings
from ska_pos.domain.settlement import Tender
from ska_pos.services.actor import Approval
from ska_pos.services.cart import Cart, WorkerCredit
from ska_pos.services.sales import CompletedSale
from ska_pos.ui.till.quick_buttons import QuickCategory

SearchRows = list[tuple[uuid.UUID, str]]


@dataclass(frozen=True)
class ChooseWorkers:
    """Answered with the credits: [(worker id, share in basis points)]."""

    workers: SearchRows
    current: Sequence[WorkerCredit]
    item: str


@dataclass(frozen=True)
class ChooseModifiers:
    """Answered with the option ids chosen (`list[uuid.UUID]`); may be cancelled."""

    item: str
    groups: tuple[ModifierGroup, ...]
    chosen: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class AskDiscount:
    """Answered with a `Discount`, or None to remove it."""

    title: str
    base: int
    current: Discount | None


@dataclass(frozen=True)
class AskText:
    """Answered with the text typed (a quantity, a kitchen note, a name for a held sale)."""

    object_name: str
    title: str
    prompt: str
    current: str
    max_length: int
    required: bool = False


@dataclass(frozen=True)
class AskAmount:
    """Answered with whole rupiah."""

    object_name: str
    title: str
    prompt: str
    current: int


@dataclass(frozen=True)
class AskPayment:
    """Answered with a `Paid`; may be cancelled. `workers`: the bill's workers (id, name) who may get a tip; None
    where no tip is taken."""

    total: int
    qris_payload: str
    cash_rounding_unit: int
    workers: tuple[tuple[uuid.UUID, str], ...] | None = None


@dataclass(frozen=True)
class TipChoice:
    """A tip left with the payment: how much, paid how, and to one worker (None: the bill's workers by share)."""

    amount: int
    method: str
    worker_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Paid:
    """The payment's answer: the sale's own payments (the tip taken off them) and the tip, if any."""

    tenders: list[Tender]
    tip: TipChoice | None = None


@dataclass(frozen=True)
class ChooseHeld:
    """Answered with the chosen held sale's id, or None."""

    rows: SearchRows


@dataclass(frozen=True)
class ChooseCustomer:
    """Answered with a `CustomerChoice`: the customer found or added, or none (id None) to take them off."""

    current_id: uuid.UUID | None
    current_name: str


@dataclass(frozen=True)
class CustomerChoice:
    id: uuid.UUID | None
    name: str


@dataclass(frozen=True)
class ChooseSplit:
    """Answered with (each line's part, the part to pay next), or an `EqualShares`; may be cancelled. `paid`: parts
    (or shares) already paid; `shares`: the number of equal shares the bill is being paid in, 0 when by items."""

    names: tuple[str, ...]
    bill: SaleTotals
    tax: TaxSettings
    owners: tuple[int, ...] | None
    paid: frozenset[int]
    shares: int = 0


@dataclass(frozen=True)
class EqualShares:
    """The bill in `count` equal shares, `share` the one to pay next (None: all are paid, the sale is to be saved)."""

    count: int
    share: int | None


Question = (
    ChooseWorkers
    | ChooseModifiers
    | AskDiscount
    | AskText
    | AskAmount
    | AskPayment
    | ChooseHeld
    | ChooseCustomer
    | ChooseSplit
)


class SaleView(Protocol):
    """The screen as the presenter sees it."""

    def dialog_parent(self) -> QWidget | None:
        """The widget the presenter's operations and dialogs belong to (None without a window)."""
        ...

    def show_outlet(self, tax: TaxSettings, categories: list[QuickCategory]) -> None: ...

    def show_cart(self, cart: Cart, totals: SaleTotals) -> None: ...

    def show_selection(self, index: int) -> None: ...

    def say(self, text: str, kind: str = "info") -> None: ...

    def clear_message(self) -> None: ...

    def search_text(self) -> str: ...

    def reset_search(self) -> None:
        """Empty search field, quick buttons back, focus there: the scanner's home."""
        ...

    def select_search_text(self) -> None: ...

    def give_back_code(self, text: str) -> None:
        """A refused code back in the field, selected, unless the cashier is already typing the next one."""
        ...

    def show_results(self, rows: SearchRows, text: str, *, focus: bool, more: bool = False) -> None: ...

    def add_results(self, rows: SearchRows, *, more: bool) -> None: ...

    def focus_search(self) -> None:
        """Focus on the search field, unless a question is open."""
        ...

    def focus_table_no(self) -> None: ...

    def show_completed(self, sale: CompletedSale) -> None: ...

    def show_receipt_status(self, text: str, *, problem: bool) -> None: ...

    def request_page(self, page: str) -> None:
        """Another page of the till: "help", "journal", "shift" or "lock"."""
        ...

    def ask(
        self, question: Question, answer: Callable[[Any], None], cancelled: Callable[[], None] | None = None
    ) -> None: ...

    def ask_approval(self, what: str, action: str) -> Approval | None:
        """A supervisor's approval of that one `action` (described as `what`), None when cancelled."""
        ...
