"""Text for a thermal printer's fixed character grid: what the printer can show, wrapped to its columns.

The printer is put in code page 437 (the power-on default of every ESC/POS printer). Letters it lacks are
written without their accents and typographic punctuation as its plain equivalent, so nothing prints as "?"
or as the wrong glyph on a printer that numbers its code pages differently.
"""

from __future__ import annotations

import textwrap
import unicodedata

CODE_PAGE = "CP437"
COLUMNS = {58: 32, 80: 48}  # Font A

_PLAIN = str.maketrans(
    {
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2026": "...",
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space (Babel puts it in some times)
        "\u2022": "*",
        "\u00b7": "-",  # middle dot: present in CP437 but tiny on thermal heads
        "\u20ac": "EUR",
    }
)


def columns_for(paper_mm: int) -> int:
    try:
        return COLUMNS[paper_mm]
    except KeyError:
        raise ValueError(f"paper must be 58 or 80 mm wide, not {paper_mm}") from None


def printable(text: str) -> str:
    """`text` with only characters code page 437 can print."""
    return "".join(_printable_char(char) for char in text.translate(_PLAIN))


def _printable_char(char: str) -> str:
    if char.isascii():
        return char if char.isprintable() else " "
    try:
        char.encode("cp437")
    except UnicodeEncodeError:
        base = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
        return base or "?"
    return char


def wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def pair_lines(left: str, right: str, width: int) -> list[str]:
    """`left` and `right` on one line of exactly `width` characters, or over several when they do not fit."""
    room = width - len(right) - 1
    if room < width // 3:
        return [*wrap(left, width), right.rjust(width)]
    first, *rest = wrap(left, room)
    return [first.ljust(room) + " " + right, *rest]


def aligned(line: str, width: int, align: str) -> str:
    if align == "center":
        return line.center(width).rstrip()
    if align == "right":
        return line.rjust(width)
    return line
