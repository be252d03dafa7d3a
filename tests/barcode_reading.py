"""What a barcode scanner reads on a rendered PDF: each page drawn at a label printer's resolution (pypdfium2) and
read with zxing-cpp, as services/qris_setup.py reads QRIS pictures."""

from __future__ import annotations

import pypdfium2  # type: ignore[import-untyped]
import zxingcpp

DPI = 300  # a label printer prints 203 or 300 dots an inch
READABLE = zxingcpp.BarcodeFormats([zxingcpp.BarcodeFormat.EAN13, zxingcpp.BarcodeFormat.Code128])


def read_pages(pdf: bytes) -> list[list[str]]:
    """What a scanner reads on each page, in the reader's order."""
    document = pypdfium2.PdfDocument(pdf)
    pages = []
    for page in document:
        picture = page.render(scale=DPI / 72).to_pil().convert("L")
        found = zxingcpp.read_barcodes(picture, formats=READABLE)
        pages.append([code.text for code in found if code.valid])
    return pages
