"""The core's Indonesian catalog covers every message the core shows.

Messages are marked in the source as `_("English id", name=value)` or `gettext("English id", language)` (both
from ska_pos.i18n); everything outside `ska_pos/ui` (which uses Qt's .ts catalogs) is scanned with `ast`. Each
message needs a non-empty, non-fuzzy Indonesian msgstr in resources/locale/id/LC_MESSAGES/ska_pos.po with the
same `{placeholders}`, or `.format(**params)` would raise KeyError at the till.
"""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ska_pos"
UI = PACKAGE / "ui"
CATALOG = ROOT / "resources" / "locale" / "id" / "LC_MESSAGES" / "ska_pos.po"
MARKERS = frozenset({"_", "gettext"})


@dataclass(frozen=True)
class Marked:
    msgid: str
    path: Path
    line: int

    def where(self) -> str:
        try:
            shown = self.path.relative_to(ROOT)
        except ValueError:
            shown = self.path
        return f"{shown}:{self.line}"


def _marker_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):  # i18n._(...), i18n.gettext(...)
        return func.attr
    return None


def marked_messages(source: str, path: Path) -> tuple[list[Marked], list[Marked]]:
    """(messages marked with a literal id, calls whose id is an f-string and so can never be translated)."""
    found: list[Marked] = []
    dynamic: list[Marked] = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if not (isinstance(node, ast.Call) and node.args and _marker_name(node.func) in MARKERS):
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append(Marked(first.value, path, node.lineno))
        elif isinstance(first, ast.JoinedStr):
            dynamic.append(Marked(ast.unparse(first), path, node.lineno))
    return found, dynamic


def core_files() -> list[Path]:
    return sorted(
        path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts and not path.is_relative_to(UI)
    )


def scan_core() -> tuple[list[Marked], list[Marked]]:
    found: list[Marked] = []
    dynamic: list[Marked] = []
    for path in core_files():
        messages, fstrings = marked_messages(path.read_text(encoding="utf-8"), path)
        found += messages
        dynamic += fstrings
    return found, dynamic


def load_catalog() -> Catalog:
    with CATALOG.open("rb") as handle:
        return read_po(handle, locale="id")


def placeholders(text: str) -> set[str]:
    """The `{field}` names of a str.format template (`{{` is a literal brace)."""
    return {field for _literal, field, _spec, _conversion in string.Formatter().parse(text) if field is not None}


def _singular(value: object) -> str:
    return value if isinstance(value, str) else str(value[0]) if isinstance(value, tuple) else ""


# --- the catalog ------------------------------------------------------------------------------------------------


def test_every_core_message_has_an_indonesian_translation() -> None:
    catalog = load_catalog()
    found, _dynamic = scan_core()
    missing: dict[str, list[str]] = {}
    for marked in found:
        entry = catalog.get(marked.msgid)
        # A fuzzy entry counts as missing: ska_pos.i18n ignores it at run time.
        if entry is None or entry.fuzzy or not _singular(entry.string).strip():
            missing.setdefault(marked.msgid, []).append(marked.where())
    if missing:
        report = "\n".join(f"  {msgid!r}  ({', '.join(sorted(places))})" for msgid, places in sorted(missing.items()))
        pytest.fail(f"{len(missing)} message(s) without Indonesian text in {CATALOG}:\n{report}", pytrace=False)


def test_placeholders_match() -> None:
    problems: list[str] = []
    for message in load_catalog():
        msgid, msgstr = _singular(message.id), _singular(message.string)
        if not msgid or not msgstr:
            continue
        try:
            expected, actual = placeholders(msgid), placeholders(msgstr)
        except ValueError as error:  # unbalanced braces
            problems.append(f"  {msgid!r}: {error}")
            continue
        if expected != actual:
            problems.append(f"  {msgid!r} has {sorted(expected)}, its translation {msgstr!r} has {sorted(actual)}")
    if problems:
        pytest.fail("placeholders differ between msgid and msgstr:\n" + "\n".join(problems), pytrace=False)


def test_no_fuzzy_entries() -> None:
    fuzzy = [f"  {_singular(m.id)!r} (line {m.lineno})" for m in load_catalog() if m.id and m.fuzzy]
    if fuzzy:
        pytest.fail(
            "fuzzy entries are ignored at run time; review them and drop the flag:\n" + "\n".join(fuzzy),
            pytrace=False,
        )


def test_no_fstring_message_ids() -> None:
    _found, dynamic = scan_core()
    if dynamic:
        report = "\n".join(f"  {item.where()}: {item.msgid}" for item in dynamic)
        pytest.fail(
            "an f-string id can never match the catalog; use _('... {name} ...', name=value):\n" + report,
            pytrace=False,
        )


# --- the scanner itself -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('_("Sale saved")', ["Sale saved"]),
        ('_("Wrong PIN. {left} tries left.", left=3)', ["Wrong PIN. {left} tries left."]),
        ('gettext("Receipt no.", lang)', ["Receipt no."]),
        ('i18n._("Till")', ["Till"]),
        ('_("Two " "parts")', ["Two parts"]),
        ('def f():\n    return [_("inside")]', ["inside"]),
        ("_(variable)", []),
        ('other("not a message")', []),
    ],
)
def test_scanner_finds_marked_messages(source: str, expected: list[str]) -> None:
    found, _dynamic = marked_messages(source, Path("example.py"))
    assert [item.msgid for item in found] == expected


def test_scanner_flags_fstrings() -> None:
    _found, dynamic = marked_messages('_(f"Total {total}")', Path("example.py"))
    assert [item.line for item in dynamic] == [1]


def test_scanner_skips_the_ui() -> None:
    assert all(not path.is_relative_to(UI) for path in core_files())
    assert PACKAGE / "i18n.py" in core_files()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp{amount}", {"amount"}),
        ("{name} ({count:,})", {"name", "count"}),
        ("{{literal}} {real}", {"real"}),
        ("no fields", set()),
    ],
)
def test_placeholders(text: str, expected: set[str]) -> None:
    assert placeholders(text) == expected
