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

    @property
    def text(self) -> str:
        return " ".join(self.texts)


def read_pdf(pdf: bytes) -> PdfPages:
    assert pdf.startswith(b"%PDF-")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        texts = tuple(" ".join((page.extract_text() or "").split()) for page in document.pages)
        sizes = tuple((float(page.width), float(page.height)) for page in document.pages)
        fonts = frozenset(char["fontname"].split("+")[-1] for page in document.pages for char in page.chars)
    return PdfPages(texts, sizes, fonts)
