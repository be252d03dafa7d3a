"""A ReportLab canvas that knows the page count when it writes "Page 1 of 2" on every page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

# Draws the footer of one page: (canvas, page number, page count).
FooterPainter = Callable[[Canvas, int, int], None]


def numbered_canvas(paint_footer: FooterPainter) -> type[Canvas]:
    """A canvas class for `doc.build(..., canvasmaker=...)` that paints each page's footer once all are known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            # Keep the page's drawing state; it is written out in save(), when the count is known.
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                paint_footer(self, number, count)
                super().showPage()
            super().save()

    return NumberedCanvas
