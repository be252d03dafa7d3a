"""The till's keys, as the F1 help and the README show them: the sale screen's action table
(`ui.till.sale_actions`), then the keys of the shell around it. Descriptions are marked for Qt's translation under
the context "KeyMap"; `description` gives them in the current language.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ska_pos.ui.till.sale_actions import NEEDS_WORDS, action, help_rows

CONTEXT = "KeyMap"

HELP = action("help").key_label
MENU = "Ctrl+M"
BACK = "Esc"


@dataclass(frozen=True)
class KeyBinding:
    keys: str
    what: str  # English source text, translated by `description`
    needs: str | None = None  # the outlet capability the key needs (`OutletProfile`), None: every outlet

    @property
    def description(self) -> str:
        text = QCoreApplication.translate(CONTEXT, self.what)
        if self.needs is None:
            return text
        return f"{text} ({QCoreApplication.translate(CONTEXT, NEEDS_WORDS[self.needs])})"

    @property
    def english(self) -> str:
        return f"{self.what} ({NEEDS_WORDS[self.needs]})" if self.needs else self.what


SHELL_KEYS: tuple[KeyBinding, ...] = (
    KeyBinding(MENU, str(QT_TRANSLATE_NOOP("KeyMap", "Menu: daily summary, printers, settings, large text, log out"))),
    KeyBinding(BACK, str(QT_TRANSLATE_NOOP("KeyMap", "On the journal, shift and menu pages: back to the sale"))),
    KeyBinding("Tab / Shift+Tab", str(QT_TRANSLATE_NOOP("KeyMap", "Next / previous control"))),
    KeyBinding("Enter / Space", str(QT_TRANSLATE_NOOP("KeyMap", "Press the button that has the orange frame"))),
)


def key_map() -> tuple[KeyBinding, ...]:
    return tuple(KeyBinding(keys, what, needs) for keys, what, needs in help_rows()) + SHELL_KEYS


def key_map_markdown() -> str:
    """The key map as a Markdown table in English, for the README."""
    rows = [f"| `{binding.keys}` | {binding.english} |" for binding in key_map()]
    return "\n".join(["| key | what it does |", "|---|---|", *rows])
