"""The till's keys, as the F1 help shows them: the sale screen's own keys (`ui.till.keymap`), then the keys of
the shell around it. Descriptions are marked for Qt's translation under the context "KeyMap".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ska_pos.ui.till import keymap as sale_keys

CONTEXT = "KeyMap"

HELP = "F1"
JOURNAL = "F3"
SHIFT = "F6"
LOCK = "F10"
MENU = "Ctrl+M"
BACK = "Esc"


@dataclass(frozen=True)
class KeyBinding:
    keys: str
    what: str  # English source text, translated by `description`

    @property
    def description(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.what)


SHELL_KEYS: tuple[KeyBinding, ...] = (
    KeyBinding(MENU, str(QT_TRANSLATE_NOOP("KeyMap", "Menu: daily summary, printers, settings, large text, log out"))),
    KeyBinding(BACK, str(QT_TRANSLATE_NOOP("KeyMap", "On the journal, shift and menu pages: back to the sale"))),
    KeyBinding("Tab / Shift+Tab", str(QT_TRANSLATE_NOOP("KeyMap", "Next / previous control"))),
    KeyBinding("Enter / Space", str(QT_TRANSLATE_NOOP("KeyMap", "Press the button that has the orange frame"))),
)


def key_map() -> tuple[KeyBinding, ...]:
    return tuple(KeyBinding(keys, what) for keys, what in sale_keys.KEY_MAP) + SHELL_KEYS


def key_map_markdown() -> str:
    """The key map as a Markdown table in English, for the README."""
    rows = [f"| {binding.keys} | {binding.what} |" for binding in key_map()]
    return "\n".join(["| Key | What it does |", "|---|---|", *rows])
