"""Background work started by a page that may be gone when the work ends: the cashier pressed Esc, the till
locked, the language changed and the page was rebuilt.

`ui.ops.run_operation` parents its operation to the given widget; when that widget is deleted first, the
operation goes with it and never reports back. `run_for(page, ...)` runs the operation unparented instead and
calls back only while the page still exists; a failure after the page is gone is still shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ska_pos.ui.messages import show_error
from ska_pos.ui.ops import Operation, run_operation


def run_for(
    page: QWidget,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    *,
    on_failure: Callable[[Exception], None] | None = None,
    label: str = "",
) -> Operation:
    def succeeded(result: Any) -> None:
        if isValid(page):
            on_success(result)

    def failed(error: Exception) -> None:
        if not isValid(page):
            show_error(None, error)
        elif on_failure is not None:
            on_failure(error)
        else:
            show_error(page, error)

    return run_operation(None, work, succeeded, on_failure=failed, label=label)
