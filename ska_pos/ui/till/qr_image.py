"""A QR code as a QPixmap, drawn by segno into memory (no file): big and sharp enough to scan from a phone."""

from __future__ import annotations

import io
import math

import segno
from PySide6.QtGui import QPixmap

QUIET_ZONE_MODULES = 4


def qr_pixmap(payload: str, min_size_px: int = 320) -> QPixmap:
    """At least `min_size_px` wide, in whole pixels per module so no module blurs."""
    code = segno.make(payload, error="m", micro=False)
    modules = code.symbol_size(scale=1, border=QUIET_ZONE_MODULES)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=math.ceil(min_size_px / modules), border=QUIET_ZONE_MODULES)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
