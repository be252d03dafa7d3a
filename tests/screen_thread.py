"""The proof that the window makes no database call on the screen's thread (issue 10, part 1).

Every SQL statement that runs on the main thread is examined: when a frame of the call stack belongs to a module of
`ska_pos/ui` not yet moved onto `ui.ops`, it is tolerated (`NOT_YET_CONVERTED`, which only
shrinks); any other statement from `ska_pos/ui` on the main thread fails the test. Statements the test itself makes
(setting up a shop, checking what was saved) have no `ska_pos/ui` frame and are not the window's doing.

`ska_pos/ui/application.py` opens the database and reads the language before the window exists and before the event
loop runs: nothing is on screen to freeze then, so it stays on the main thread by design (`BEFORE_THE_WINDOW`).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from sqlalchemy import Engine, event

UI = Path(__file__).resolve().parent.parent / "ska_pos" / "ui"

BEFORE_THE_WINDOW = frozenset({"application.py"})

# Modules (relative to ska_pos/ui) that still touch the database themselves; each conversion removes its line.
NOT_YET_CONVERTED: frozenset[str] = frozenset()


# What each code object's file is: its module relative to ska_pos/ui, or None outside it. Asked on every frame of
# every statement, so it is a string comparison, made once per code object (Path.is_relative_to on every frame took
# half the time of a database-heavy test).
_UI_PREFIX = str(UI) + os.sep
_module_of: dict[CodeType, str | None] = {}


def _ui_module(code: CodeType) -> str | None:
    try:
        return _module_of[code]
    except KeyError:
        name = code.co_filename
        module = name[len(_UI_PREFIX) :].replace(os.sep, "/") if name.startswith(_UI_PREFIX) else None
        _module_of[code] = module
        return module


def _ui_modules(frame: FrameType | None) -> list[str]:
    """The `ska_pos/ui` modules on the call stack, innermost first."""
    modules = []
    while frame is not None:
        module = _ui_module(frame.f_code)
        if module is not None:
            modules.append(module)
        frame = frame.f_back
    return modules


class ScreenThreadSql:
    """Records the statements `ska_pos/ui` runs on the main thread."""

    def __init__(self) -> None:
        self.offending: list[tuple[str, str]] = []
        self.tolerated: list[tuple[str, str]] = []

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        modules = _ui_modules(sys._getframe(2))  # above _to_innermost
        if not modules or not BEFORE_THE_WINDOW.isdisjoint(modules):
            return
        where = self.tolerated if not NOT_YET_CONVERTED.isdisjoint(modules) else self.offending
        where.append((" < ".join(modules), statement.split("\n", 1)[0][:120]))


# The watchers open now, outermost first: only the innermost records (a test that watches for itself, as
# tests/ui_common/test_screen_thread_check.py does, takes what it sees from the watch every test runs).
_watching: list[ScreenThreadSql] = []


def _to_innermost(*args: Any) -> None:
    if _watching:
        _watching[-1](*args)


@contextmanager
def watching_screen_thread() -> Iterator[ScreenThreadSql]:
    recorder = ScreenThreadSql()
    if not _watching:
        event.listen(Engine, "before_cursor_execute", _to_innermost)
    _watching.append(recorder)
    try:
        yield recorder
    finally:
        _watching.remove(recorder)
        if not _watching:
            event.remove(Engine, "before_cursor_execute", _to_innermost)
