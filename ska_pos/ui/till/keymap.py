"""The till's keys, listed once: the sale screen binds them, the F1 help overlay and the README show them.

`KEY_MAP` holds (key, description) with English descriptions marked for Qt's translation (context "KeyMap");
`translated_key_map()` gives them in the current language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_MARKED = [
    ("F1", QT_TRANSLATE_NOOP("KeyMap", "Help: show these keys")),
    ("F2", QT_TRANSLATE_NOOP("KeyMap", "Go to the search and barcode field")),
    ("F3", QT_TRANSLATE_NOOP("KeyMap", "Today's journal: reprint, void, refund")),
    ("F4", QT_TRANSLATE_NOOP("KeyMap", "Choose the worker of the selected line")),
    ("F5", QT_TRANSLATE_NOOP("KeyMap", "Discount on the selected line")),
    ("F6", QT_TRANSLATE_NOOP("KeyMap", "Shift: cash in and out, close the shift")),
    ("F7", QT_TRANSLATE_NOOP("KeyMap", "Type the quantity of the selected line (for example 1,5 kg)")),
    ("F8", QT_TRANSLATE_NOOP("KeyMap", "Hold this sale")),
    ("F9", QT_TRANSLATE_NOOP("KeyMap", "Recall a held sale")),
    ("F10", QT_TRANSLATE_NOOP("KeyMap", "Lock the till")),
    ("F11", QT_TRANSLATE_NOOP("KeyMap", "Discount on the whole sale")),
    ("F12", QT_TRANSLATE_NOOP("KeyMap", "Pay")),
    ("Enter", QT_TRANSLATE_NOOP("KeyMap", "Add the scanned or typed code, or the chosen search result")),
    ("3*code", QT_TRANSLATE_NOOP("KeyMap", "Add 3 of an item at once")),
    ("↑ ↓", QT_TRANSLATE_NOOP("KeyMap", "Select a line of the cart, or a search result")),
    ("+ −", QT_TRANSLATE_NOOP("KeyMap", "One more or one less of the selected line")),
    ("Del", QT_TRANSLATE_NOOP("KeyMap", "Remove the selected line (when the search field is empty)")),
    ("Esc", QT_TRANSLATE_NOOP("KeyMap", "Clear the search, close a window")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("KeyMap", "Change the price of the selected line (supervisor)")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("KeyMap", "Note for the kitchen on the selected line (café)")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("KeyMap", "Dine in or takeaway (café)")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("KeyMap", "Table number (café)")),
]
KEY_MAP: list[tuple[str, str]] = [(key, str(text)) for key, text in _MARKED]


def translated_key_map() -> list[tuple[str, str]]:
    return [(key, QCoreApplication.translate("KeyMap", text)) for key, text in KEY_MAP]
