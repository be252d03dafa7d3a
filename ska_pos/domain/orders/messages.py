"""WhatsApp messages for an order's customer: the outlet's templates, filled and turned into a `wa.me` link.

Nothing is sent from here: the link opens WhatsApp (or its web page) with the number and the text ready, and the
cashier presses send. A template is plain text with named placeholders in braces (`{nomor}`, `{nama}`...); a
template is checked when the manager saves it, so filling one never fails at the counter.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from enum import StrEnum
from urllib.parse import quote


class MessageEvent(StrEnum):
    INTAKE = "intake"  # the order was taken: its number and promised time
    READY = "ready"  # the order is done and waits for the customer
    COLLECTED = "collected"  # the order was handed over: thanks
    DEBT = "debt"  # a reminder of what is still owed


PLACEHOLDERS = ("nomor", "nama", "total", "siap", "sisa", "gerai")
MAX_TEMPLATE = 1000  # wa.me links stay well under the 2,000 characters browsers keep whole

DEFAULT_TEMPLATES: Mapping[str, Mapping[MessageEvent, str]] = {
    "id": {
        MessageEvent.INTAKE: "Halo {nama}, pesanan {nomor} di {gerai} sudah kami terima. Total {total}, "
        "perkiraan selesai {siap}. Terima kasih.",
        MessageEvent.READY: "Halo {nama}, pesanan {nomor} di {gerai} sudah siap diambil. Sisa yang dibayar {sisa}. "
        "Terima kasih.",
        MessageEvent.COLLECTED: "Halo {nama}, pesanan {nomor} sudah diambil. Terima kasih telah berkunjung ke {gerai}.",
        MessageEvent.DEBT: "Halo {nama}, kami mengingatkan bahwa pesanan {nomor} di {gerai} masih belum lunas: "
        "{sisa}. Terima kasih.",
    },
    "en": {
        MessageEvent.INTAKE: "Hello {nama}, we have received order {nomor} at {gerai}. Total {total}, "
        "expected ready {siap}. Thank you.",
        MessageEvent.READY: "Hello {nama}, order {nomor} at {gerai} is ready for collection. Left to pay: {sisa}. "
        "Thank you.",
        MessageEvent.COLLECTED: "Hello {nama}, order {nomor} has been collected. Thank you for visiting {gerai}.",
        MessageEvent.DEBT: "Hello {nama}, a reminder that order {nomor} at {gerai} is not yet paid in full: "
        "{sisa}. Thank you.",
    },
}


class TemplateRefused(ValueError):
    """A template that cannot be filled; `args[0]` says why in English, `args[1]` the offending part."""


def default_templates(language: str) -> dict[MessageEvent, str]:
    return dict(DEFAULT_TEMPLATES.get(language, DEFAULT_TEMPLATES["id"]))


def check_template(template: str) -> None:
    """Refuses an empty or over-long template, unbalanced braces, and placeholders other than `PLACEHOLDERS`
    (positional `{}`, attributes `{nama.x}` and formats `{total:>9}` included)."""
    if not template.strip():
        raise TemplateRefused("empty", "")
    if len(template) > MAX_TEMPLATE:
        raise TemplateRefused("too long", str(MAX_TEMPLATE))
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as error:
        raise TemplateRefused("braces", str(error)) from error
    for _text, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in PLACEHOLDERS or spec or conversion:
            raise TemplateRefused("placeholder", "{" + field + "}")


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with its placeholders replaced; a value's own braces are kept as they are."""
    check_template(template)
    return template.format_map({name: values.get(name, "") for name in PLACEHOLDERS})


def wa_link(e164: str, text: str) -> str:
    """`https://wa.me/<digits>?text=<text>`: the number in international form without `+`, the text escaped
    whole (spaces, `&`, `#`, `?`, line breaks and every non-ASCII letter), so WhatsApp shows exactly `text`."""
    digits = e164.removeprefix("+")
    if not digits.isdigit() or not e164.startswith("+"):
        raise ValueError("not an E.164 number")
    return f"https://wa.me/{digits}?text={quote(text, safe='')}"
