"""Bag tags for a laundry order: one small tag per bag, tied to it at intake, with the order number (large, and in a
QR code the counter's search reads back), the customer's initials and "n of N", so a bag that comes apart from its
order finds it again. Plain data in, thermal blocks out: the receipt printer cuts after each tag
(`printing/escpos_receipt.py`), the PDF puts each tag on its own page (`bag_tags_pdf.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from ska_pos.i18n import gettext
from ska_pos.reports.blocks import Block, Qr, Rule, Text

MAX_BAGS = 20


@dataclass(frozen=True)
class BagTags:
    outlet_name: str
    order_no: str
    customer: str
    bags: int  # how many bags the order came in (1 to MAX_BAGS)
    language: str = "id"


# How a customer is addressed, not their name: "Ibu Anisa Rahma" is AR on the tag (compared without dots or case).
HONORIFICS = frozenset(
    {
        "ibu",
        "bu",
        "bunda",
        "bapak",
        "pak",
        "bp",
        "bpk",
        "sdr",
        "sdri",
        "saudara",
        "saudari",
        "mbak",
        "mba",
        "mas",
        "kak",
        "kakak",
        "dik",
        "adik",
        "om",
        "tante",
        "nyonya",
        "ny",
        "tuan",
        "tn",
        "nona",
        "nn",
        "haji",
        "hj",
        "h",
        "hajah",
        "ustaz",
        "ustadz",
        "ustazah",
        "dr",
        "drg",
        "prof",
    }
)


def initials(name: str) -> str:
    """The first letters of the first three words of the name, capitals, the honorifics before it left out:
    "Ibu Anisa Rahma" -> "AR" (a name of honorifics only keeps them: "Pak" -> "P")."""
    words = name.split()
    while len(words) > 1 and words[0].strip(".,").casefold() in HONORIFICS:
        words = words[1:]
    return "".join(word[0] for word in words[:3]).upper()


def bag_tag_blocks(tags: BagTags, number: int) -> list[Block]:
    """The tag of bag `number` (from 1) of `tags.bags`."""
    lang = tags.language
    counted = gettext("bag {number} of {count}", lang).format(number=number, count=tags.bags)
    return [
        Text(tags.outlet_name, "small", "center"),
        Text(tags.order_no, "title", "center"),
        Qr(tags.order_no),
        Text(initials(tags.customer), "banner", "center"),
        Text(counted, "bold", "center"),
        Rule(heavy=True),
    ]


def every_bag(tags: BagTags) -> list[list[Block]]:
    return [bag_tag_blocks(tags, number) for number in range(1, tags.bags + 1)]
