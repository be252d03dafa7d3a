"""Both catalogs keep to `docs/glossary.md`: no forbidden synonym in a translation or an English id, and the one
Indonesian word wherever the English names a term that must always be said the same way."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
CORE = ROOT / "resources" / "locale" / "id" / "LC_MESSAGES" / "ska_pos.po"
QT = ROOT / "resources" / "translations" / "ska_pos_id.ts"
COLUMNS = ["en", "id", "meaning", "not (id)", "not (en)", "always"]
EMPTY = "—"


@dataclass(frozen=True)
class Term:
    en: str
    id: str
    not_id: tuple[str, ...]
    not_en: tuple[str, ...]
    always: bool


@dataclass(frozen=True)
class Message:
    where: str
    english: str
    indonesian: str


def _listed(cell: str) -> tuple[str, ...]:
    return () if cell == EMPTY else tuple(word.strip() for word in cell.split(";") if word.strip())


def glossary_terms(text: str) -> list[Term]:
    """The rows of the table under `## Terms`."""
    rows = [line for line in text.split("## Terms", 1)[1].splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert header == COLUMNS, f"the glossary's columns must be {COLUMNS}"
    terms = []
    for row in rows[2:]:
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        assert len(cells) == len(COLUMNS), f"a glossary row needs {len(COLUMNS)} cells: {row}"
        en, id_, _meaning, not_id, not_en, always = cells
        assert always in ("yes", "no"), f"'always' is yes or no: {row}"
        terms.append(Term(en, id_, _listed(not_id), _listed(not_en), always == "yes"))
    return terms


PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")
ENGLISH_ENDINGS = r"(?:s|'s|s')?"  # tills, outlet's, workers'
INDONESIAN_ENDINGS = r"(?:nya|lah|kah|mu|ku)?"  # penghasilannya


def word(phrase: str, *, endings: str = "") -> re.Pattern[str]:
    """A whole word or phrase, in any case unless written in capitals (`COPY` is not the verb `copy`)."""
    body = r"\s+".join(re.escape(part) for part in phrase.split())
    flags = 0 if phrase.isupper() else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){body}{endings}(?![\w-])", flags)


def english(phrase: str) -> re.Pattern[str]:
    return word(phrase, endings=ENGLISH_ENDINGS)


def indonesian(phrase: str) -> re.Pattern[str]:
    return word(phrase, endings=INDONESIAN_ENDINGS)


def plain(text: str) -> str:
    """Text as read: no placeholders (`{outlet}` is a name, not a word) and no `&` keyboard accelerators."""
    return PLACEHOLDER.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def core_messages() -> Iterator[Message]:
    with CORE.open("rb") as handle:
        catalog = read_po(handle, locale="id")
    for message in catalog:
        if message.id and isinstance(message.id, str) and isinstance(message.string, str):
            yield Message(f"ska_pos.po: {message.id!r}", plain(message.id), plain(message.string))


def qt_messages() -> Iterator[Message]:
    for context in ET.parse(QT).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            yield Message(f"ska_pos_id.ts [{name}]: {source!r}", plain(source), plain(" ".join(forms)))


def all_messages() -> list[Message]:
    return [*core_messages(), *qt_messages()]


TERMS = glossary_terms(GLOSSARY.read_text(encoding="utf-8"))


def test_the_glossary_covers_the_words_of_the_outlet() -> None:
    named = {term.en for term in TERMS}
    assert {"till", "outlet", "worker", "cashier", "earnings", "sales", "dine in", "takeaway", "shift",
            "opening balance", "balance", "payout", "receipt", "COPY", "rounding", "down payment"} <= named  # fmt: skip
    assert [term for term in TERMS if term.id.lower() in map(str.lower, term.not_id)] == []


@pytest.mark.parametrize("term", TERMS, ids=lambda term: term.en)
def test_no_translation_uses_a_forbidden_synonym(term: Term) -> None:
    patterns = [(synonym, indonesian(synonym)) for synonym in term.not_id]
    wrong = [
        f"{message.where} -> {message.indonesian!r} says {synonym!r}, not {term.id!r}"
        for message in all_messages()
        for synonym, pattern in patterns
        if pattern.search(message.indonesian)
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("term", TERMS, ids=lambda term: term.en)
def test_no_english_id_uses_a_forbidden_synonym(term: Term) -> None:
    patterns = [(synonym, english(synonym)) for synonym in term.not_en]
    wrong = [
        f"{message.where} says {synonym!r}, not {term.en!r}"
        for message in all_messages()
        for synonym, pattern in patterns
        if pattern.search(message.english)
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("term", [term for term in TERMS if term.always], ids=lambda term: term.en)
def test_a_term_named_in_english_is_said_the_same_in_indonesian(term: Term) -> None:
    said, meant = english(term.en), indonesian(term.id)
    wrong = [
        f"{message.where} -> {message.indonesian!r} lacks {term.id!r}"
        for message in all_messages()
        if said.search(message.english) and not meant.search(message.indonesian)
    ]
    assert not wrong, "\n".join(wrong)


def test_the_checks_catch_what_the_field_test_found() -> None:
    """The words the field test found on paper are caught, and the right ones pass."""
    by_en = {term.en: term for term in TERMS}
    for en, bad in (("till", "Kassa"), ("outlet", "Outlet"), ("dine in", "Makan di tempat"), ("worker", "Nama PPKS"),
                    ("earnings", "pendapatannya")):  # fmt: skip
        assert any(indonesian(synonym).search(bad) for synonym in by_en[en].not_id), bad
    assert not indonesian("Outlet").search("gerai untuk baris tanpa outlet_code")  # a column name is not a word
    assert english("till").search("Lock the till")
    assert english("outlet").search("Outlets' share")
    assert not indonesian("mesin kasir").search("Kunci kasir")
    assert not english("COPY").search("copy or scan it again")
    assert plain("Settings of {outlet}") == "Settings of  "
    assert plain("Pe&kerja") == "Pekerja"
