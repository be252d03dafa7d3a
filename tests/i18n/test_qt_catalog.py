"""The Qt interface catalog: every text the UI can show has Bahasa Indonesia, with the same placeholders."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ska_pos" / "ui"
CATALOG = ROOT / "resources" / "translations" / "ska_pos_id.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = message
    return found


def lupdate() -> Path:
    return Path(sys.executable).parent / "pyside6-lupdate"


def test_every_ui_text_is_translated_with_the_same_placeholders() -> None:
    problems = []
    for (context, source), message in messages(CATALOG).items():
        translation = message.find("translation")
        text = "" if translation is None else (translation.text or "")
        if not text or (translation is not None and translation.get("type") == "unfinished"):
            problems.append(f"untranslated: [{context}] {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: [{context}] {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_the_catalog_holds_every_text_in_the_ui_code(tmp_path: Path) -> None:
    if not lupdate().exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    subprocess.run([str(lupdate()), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    missing = sorted(set(messages(fresh)) - set(messages(CATALOG)))
    assert not missing, "run `make ts` and translate:\n" + "\n".join(f"[{c}] {s!r}" for c, s in missing)


def test_module_level_tr_helpers_use_the_context_lupdate_gives_them() -> None:
    """lupdate files a bare `tr("...")` outside a class under the empty context; the helper must look there."""
    wrong = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "tr":
                for call in ast.walk(node):
                    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                            and call.func.attr == "translate" and call.args
                            and isinstance(call.args[0], ast.Constant) and call.args[0].value != ""):  # fmt: skip
                        wrong.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not wrong, "module-level tr() must call QCoreApplication.translate('', text): " + ", ".join(wrong)
