"""The till's modules, imported while the login page waits for a name and a PIN.

The sale screen, its dialogs and what they use (phone numbers, QR codes, printing) take a quarter of a second or
more to import, and the first number written in a language loads that language's data. Done only when first needed,
they made the cashier wait after the PIN; done before the login page shows, they made every start slower. So the
login page does them once it is on the screen, one module per turn of the event loop, so that a tap or a key in
between is answered at once.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

from ska_pos.domain.money import percent_text
from ska_pos.i18n import LANGUAGES
from ska_pos.ui.garbage import start_up_done
from ska_pos.ui.timers import one_shot

# Leaves first: each import then stays short, and the last ones find their parts already loaded.
TILL_MODULES = (
    "phonenumbers",
    "segno",
    "ska_pos.services.sale_print_plan",  # a login's write forgets the till's print plan (receipt printing with it)
    "ska_pos.services.customers",
    "ska_pos.services.sales",
    "ska_pos.ui.till.customer_dialog",
    "ska_pos.ui.till.payment_dialog",
    "ska_pos.ui.till.question_dialogs",
    "ska_pos.ui.till.sale_screen",
    "ska_pos.ui.printing.dispatch",
    "ska_pos.ui.printing.print_status",
    "ska_pos.ui.shift.open_shift_page",
)
AFTER_SHOWN_MS = 250  # the page has painted; no one taps a name sooner


def import_while_idle(owner: QObject, modules: Sequence[str] = TILL_MODULES, *, after_ms: int = AFTER_SHOWN_MS) -> None:
    """Import `modules` in order, one per event-loop turn, starting `after_ms` from now; stops if `owner` goes."""
    waiting = [name for name in modules if name not in sys.modules]

    def import_next() -> None:
        while waiting:
            name = waiting.pop(0)
            if name not in sys.modules:
                importlib.import_module(name)
                break
        if waiting:
            QTimer.singleShot(0, owner, import_next)
        else:
            start_up_done()

    if waiting:
        one_shot(owner, after_ms, import_next)


def load_number_formats(owner: QObject, *, after_ms: int = AFTER_SHOWN_MS) -> None:
    """Each language's number symbols (Babel reads them from its data files once, on first use)."""

    def load() -> None:
        for language in LANGUAGES:
            percent_text(1250, language)

    one_shot(owner, after_ms, load)
