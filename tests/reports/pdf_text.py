"""Reading back what a rendered PDF says, for the report tests."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber


@dataclass(frozen=True)
class PdfPages:
    texts: tuple[str, ...]  # per page, whitespace collapsed so wrapped names read as one
    sizes: tuple[tuple[float, float], ...]  # (width, height) in points
    fonts: frozenset[str]
    rightmost: tuple[float, ...]  # per page, the right edge of the rightmost character

    def fits_width(self) -> bool:
        return all(right <= width for right, (width, _height) in zip(self.rightmost, self.sizes, strict=True))

    @property
    def text(self) -> str:
        return " ".join(self.texts)


def read_pdf(pdf: bytes) -> PdfPages:
    assert pdf.startswith(b"%PDF-")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        texts = tuple(" ".join((page.extract_text() or "").split()) for page in document.pages)
        sizes = tuple((float(page.width), float(page.height)) for page in document.pages)
        fonts = frozenset(char["fontname"].split("+")[-1] for page in document.pages for char in page.chars)
        rightmost = tuple(max((float(char["x1"]) for char in page.chars), default=0.0) for page in document.pages)
    return PdfPages(texts, sizes, fonts, rightmost)
