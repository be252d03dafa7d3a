"""Thermal blocks written to an ESC/POS printer on its fixed grid of Font A columns."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ska_pos.domain.own_barcodes import is_ean13
from ska_pos.printing.escpos_text import CODE_PAGE, aligned, pair_lines, printable, wrap
from ska_pos.reports.blocks import Align, Block, Gap, Pair, Picture, ProductBarcode, Qr, Rule, Style, Text

if TYPE_CHECKING:
    from escpos.escpos import Escpos

_INDENT = "  "
_QR_DOT_SIZE = 6
_BARCODE_DOTS = 80  # 10 mm of bars at 8 dots a millimetre


@dataclass(frozen=True)
class _Look:
    bold: bool = False
    double_width: bool = False
    double_height: bool = False
    invert: bool = False
    align: Align = "left"  # the printer's own alignment; only banners and QR codes use it


_PLAIN = _Look()
_LOOKS: dict[Style, _Look] = {
    "normal": _PLAIN,
    "small": _PLAIN,  # Font B would break the column grid; small text prints at the normal size
    "bold": _Look(bold=True),
    "title": _Look(bold=True, double_width=True, double_height=True),
    "total": _Look(bold=True, double_height=True),
    "banner": _Look(bold=True, double_width=True, double_height=True, invert=True, align="center"),
}


def start_document(printer: Escpos) -> None:
    """Reset the printer and select the one code page every ESC/POS printer has."""
    printer.hw("INIT")
    printer.magic.encoding = None  # INIT reset the printer's code page: select it again, even on a reused printer
    printer.charcode(CODE_PAGE)


def write_blocks(printer: Escpos, blocks: list[Block], columns: int, native_qr: bool = True) -> None:
    """`native_qr`: the printer draws QR codes itself (GS ( k); False sends them as a picture, for printers
    without that command."""
    _Writer(printer, columns, native_qr).write(blocks)


class _Writer:
    """Writes blocks, sending a style command only when the style changes."""

    def __init__(self, printer: Escpos, columns: int, native_qr: bool) -> None:
        self._printer = printer
        self._columns = columns
        self._native_qr = native_qr
        self._look: _Look | None = None

    def write(self, blocks: list[Block]) -> None:
        for block in blocks:
            if isinstance(block, Text):
                self._text(block)
            elif isinstance(block, Pair):
                self._pair(block)
            elif isinstance(block, Rule):
                self._lines([("=" if block.heavy else "-") * self._columns], _PLAIN)
            elif isinstance(block, Qr):
                self._qr(block.data)
            elif isinstance(block, Picture):
                self._picture(block.png)
            elif isinstance(block, ProductBarcode):
                self._barcode(block.code)
            else:
                assert isinstance(block, Gap)
                self._lines([""], _PLAIN)
        self._use(_PLAIN)

    def _width(self, look: _Look, indent: str) -> int:
        return (self._columns // 2 if look.double_width else self._columns) - len(indent)

    def _text(self, block: Text) -> None:
        look = _LOOKS[block.style]
        indent = _INDENT if block.indent else ""
        width = self._width(look, indent)
        if block.style == "banner":
            # A space each side so the inverted box frames the words.
            self._lines([f" {line} " for line in wrap(printable(block.text), width - 2)], look)
            return
        lines = wrap(printable(block.text), width)
        self._lines([indent + aligned(line, width, block.align) for line in lines], look)

    def _pair(self, block: Pair) -> None:
        look = _LOOKS[block.style]
        indent = _INDENT if block.indent else ""
        lines = pair_lines(printable(block.left), printable(block.right), self._width(look, indent))
        self._lines([indent + line for line in lines], look)

    def _lines(self, lines: list[str], look: _Look) -> None:
        self._use(look)
        for line in lines:
            self._printer.textln(line)

    def _barcode(self, code: str) -> None:
        """Drawn by the printer itself (GS k), as every ESC/POS printer can; a code Code 128 cannot carry is
        printed as text."""
        self._use(_Look(align="center"))
        if is_ean13(code):
            self._printer.barcode(code, "EAN13", height=_BARCODE_DOTS, width=2, pos="BELOW", align_ct=True)
        elif code.isascii() and code.isprintable():
            self._printer.barcode("{B" + code, "CODE128", height=_BARCODE_DOTS, width=2, pos="BELOW",
                                  align_ct=True, function_type="B")  # fmt: skip
        else:
            self._printer.textln(printable(code))

    def _qr(self, data: str) -> None:
        if self._native_qr:
            self._use(_Look(align="center"))
            self._printer.qr(data, size=_QR_DOT_SIZE, native=True)
        else:
            self._use(_PLAIN)
            self._printer.qr(data, size=_QR_DOT_SIZE, native=False, center=True)

    def _picture(self, png: bytes) -> None:
        from PIL import Image

        self._use(_PLAIN)
        with Image.open(io.BytesIO(png)) as image:
            self._printer.image(image.convert("1"), center=True)

    def _use(self, look: _Look) -> None:
        if look == self._look:
            return
        self._printer.set_with_default(
            align=look.align,
            bold=look.bold,
            double_width=look.double_width,
            double_height=look.double_height,
            invert=look.invert,
        )
        self._look = look
