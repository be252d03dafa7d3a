"""The building blocks of a thermal-paper document, shared by the PDF and the ESC/POS renderers.

A layout (receipt, kitchen ticket, daily summary) is a list of blocks; each renderer decides how a block looks on
its medium, so the printed receipt and its PDF preview always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Style = Literal["normal", "small", "bold", "title", "total", "banner"]
Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Text:
    """A paragraph, wrapped to the paper width."""

    text: str
    style: Style = "normal"
    align: Align = "left"
    indent: bool = False


@dataclass(frozen=True)
class Pair:
    """A label on the left and a value (usually an amount) aligned right on the same line."""

    left: str
    right: str
    style: Style = "normal"
    indent: bool = False


@dataclass(frozen=True)
class Rule:
    heavy: bool = False


@dataclass(frozen=True)
class Qr:
    data: str


@dataclass(frozen=True)
class Picture:
    """A black-and-white PNG (an outlet's logo), `width` by `height` printer dots (8 dots a millimetre), centred."""

    png: bytes
    width: int
    height: int


@dataclass(frozen=True)
class ProductBarcode:
    """An item's scannable barcode with its digits below, centred: EAN-13 when the code is one, else Code 128."""

    code: str


@dataclass(frozen=True)
class Gap:
    """A little vertical space."""


Block = Text | Pair | Rule | Qr | Picture | ProductBarcode | Gap
