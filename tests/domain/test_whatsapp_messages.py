"""The WhatsApp templates and links (domain/orders/messages.py): any text comes back whole from the link, any
template with only known placeholders fills, and anything else is refused when saved."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ska_pos.domain.orders.messages import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    MessageEvent,
    TemplateRefused,
    check_template,
    fill,
    wa_link,
)

NUMBERS = st.from_regex(r"\+628[1-9][0-9]{7,10}", fullmatch=True)


@given(NUMBERS, st.text(max_size=300))
def test_the_link_carries_any_text_whole_and_the_number_without_its_plus(number: str, text: str) -> None:
    link = wa_link(number, text)
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/" + number[1:])
    assert parts.fragment == ""  # a '#' in the text must not cut it
    assert parts.query.startswith("text=")
    assert "&" not in parts.query
    assert " " not in link
    assert unquote(parts.query.removeprefix("text="), errors="surrogatepass") == text or not _encodable(text)
    if _encodable(text) and text:
        assert parse_qs(parts.query, keep_blank_values=True)["text"] == [text]


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no message has one
        return False
    return True


def test_a_link_needs_an_international_number() -> None:
    assert wa_link("+6281234567890", "Halo Bu Ani & Pak Budi #1?") == (
        "https://wa.me/6281234567890?text=Halo%20Bu%20Ani%20%26%20Pak%20Budi%20%231%3F"
    )
    for wrong in ("081234567890", "+62 812", "", "+"):
        with pytest.raises(ValueError, match=r"E\.164"):
            wa_link(wrong, "x")


_PLACEHOLDER = st.sampled_from(PLACEHOLDERS).map(lambda name: "{" + name + "}")
_PLAIN = st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=20)


@given(
    st.lists(st.one_of(_PLACEHOLDER, _PLAIN), min_size=1, max_size=12),
    st.dictionaries(st.sampled_from(PLACEHOLDERS), st.text(max_size=20)),
)
def test_a_template_of_known_placeholders_fills_with_any_values(parts: list[str], values: dict[str, str]) -> None:
    template = "".join(parts)
    if not template.strip():
        with pytest.raises(TemplateRefused):
            check_template(template)
        return
    names = {"{" + name + "}" for name in PLACEHOLDERS}
    expected = "".join(values.get(part[1:-1], "") if part in names else part for part in parts)
    assert fill(template, values) == expected


@pytest.mark.parametrize(
    "template",
    [
        "Halo {name}",
        "Total {total:>9}",
        "{nama!r}",
        "{}",
        "{0}",
        "Halo {nama",
        "Halo }",
        "{nama.upper}",
        "",
        "   ",
        "x" * 1001,
    ],
)
def test_a_template_that_cannot_be_filled_is_refused(template: str) -> None:
    with pytest.raises(TemplateRefused):
        check_template(template)


def test_the_default_templates_exist_in_both_languages_for_every_event_and_fill() -> None:
    values = dict.fromkeys(PLACEHOLDERS, "X")
    for language in ("id", "en"):
        assert set(DEFAULT_TEMPLATES[language]) == set(MessageEvent)
        for template in DEFAULT_TEMPLATES[language].values():
            assert "{" not in fill(template, values)
    assert "{{" not in "".join(DEFAULT_TEMPLATES["id"].values())
