"""The guard that keeps PySide from wrapping a layout's items (docs/architecture.md, "No Python wrapper outlives its
Qt object").

PySide's glue for adding a layout to a layout (`QBoxLayout.addLayout`/`insertLayout`, `QGridLayout.addLayout`,
`QFormLayout.addRow`/`insertRow`/`setLayout`) wraps every item of the added layout, recursively, and ties the wrappers
to the target, whenever the target already belongs to a widget. Qt deletes such an item without telling PySide (a widget
removed or deleted while the layout lives), and the wrapper stays registered at the freed address: a new object there
comes back as the old one, or the window crashes. Every Qt test runs with these methods refusing that case (`install`
is called by the `qapp` fixture in tests/conftest.py), so a screen that does it fails at the line that does it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QGridLayout, QLayout

RULE = (
    "a layout that already holds items was added to a layout that belongs to a widget: PySide then wraps its items "
    "and the wrappers outlive them (docs/architecture.md, 'No Python wrapper outlives its Qt object'). Build the "
    "layouts bottom-up and give the widget its top layout last (setLayout), or add the sub-layout while still empty"
)

GUARDED: tuple[tuple[type[QLayout], str], ...] = (
    (QBoxLayout, "addLayout"),
    (QBoxLayout, "insertLayout"),
    (QGridLayout, "addLayout"),
    (QFormLayout, "addRow"),
    (QFormLayout, "insertRow"),
    (QFormLayout, "setLayout"),
)

_installed = False


def filled_layout_added_to_a_widgets_layout(target: QLayout, args: tuple[Any, ...]) -> bool:
    return target.parentWidget() is not None and any(isinstance(a, QLayout) and a.count() > 0 for a in args)


def _guarded(original: Callable[..., Any]) -> Callable[..., Any]:
    def guarded(self: QLayout, *args: Any, **kwargs: Any) -> Any:
        if filled_layout_added_to_a_widgets_layout(self, args + tuple(kwargs.values())):
            raise AssertionError(RULE)
        return original(self, *args, **kwargs)

    guarded.__wrapped__ = original  # type: ignore[attr-defined]
    return guarded


def install() -> None:
    """Makes the guarded methods refuse a filled layout added to a widget's layout, for the rest of the process."""
    global _installed
    if _installed:
        return
    for cls, name in GUARDED:
        setattr(cls, name, _guarded(getattr(cls, name)))
    _installed = True
