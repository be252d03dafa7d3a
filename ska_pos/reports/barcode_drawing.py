"""A product's barcode as a ReportLab drawing that fits a box: EAN-13 when the code is one, else Code 128."""

from __future__ import annotations

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.barcode.eanbc import Ean13BarcodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from ska_pos.domain.own_barcodes import is_ean13
from ska_pos.reports.fonts import SANS

_EAN_MODULES = 95 + 2 * 9  # the bars and the quiet zones either side
_MAX_BAR = 0.33 * mm  # EAN-13 at its nominal size; a smaller box prints it smaller


def barcode_drawing(code: str, width: float, height: float) -> Drawing:
    """At most `width` wide and `height` tall with its digits below, for a font registered by `register_fonts`."""
    font_size = max(5.0, min(8.0, height * 0.22))
    bar_height = max(height - font_size * 1.3, 4 * mm)
    look = {"barHeight": bar_height, "fontName": SANS, "fontSize": font_size, "humanReadable": True}
    if is_ean13(code):
        # The widget sized directly: its digits sit inside `barHeight`, and it draws once, not again for its bounds.
        widget = Ean13BarcodeWidget(code[:12], barWidth=min(_MAX_BAR, width / _EAN_MODULES), **look)
        drawing = Drawing(widget.width, bar_height)
        drawing.add(widget)
        return drawing
    drawing = createBarcodeDrawing("Code128", value=code, barWidth=_MAX_BAR, quiet=True, **look)
    if drawing.width > width:  # a long code: narrower bars
        drawing = createBarcodeDrawing("Code128", value=code, barWidth=_MAX_BAR * width / drawing.width, quiet=True,
                                       **look)  # fmt: skip
    return drawing
