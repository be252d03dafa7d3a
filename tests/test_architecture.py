"""The layering rules, checked on the source itself.

ui -> services -> domain + db. Only `ska_pos/ui` may touch Qt; the domain is plain Python (no SQLAlchemy, no
alembic, no other layer); services and db never reach up into the ui. The static checks read every module with
`ast` (so an import inside a function or under TYPE_CHECKING counts too); the subprocess check catches what
static reading cannot: Qt pulled in at import time through some other module.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ska_pos"

QT = ("PySide6", "shiboken6")
PERSISTENCE = ("sqlalchemy", "alembic")


@dataclass(frozen=True)
class Import:
    module: str  # dotted name, relative imports resolved
    path: Path
    line: int

    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.module}"


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_relative(module: str | None, level: int, current: str, is_package: bool) -> str:
    package = current.split(".") if is_package else current.split(".")[:-1]
    if level > 1:
        package = package[: len(package) - (level - 1)]
    return ".".join([*package, module] if module else package)


def imports_in(source: str, path: Path, current: str = "") -> Iterator[Import]:
    """Every module `source` imports, in any form: `import a.b`, `from a import b` (both `a` and `a.b`
    are reported, since `b` may be a submodule), relative imports, `importlib.import_module("a")` and
    `__import__("a")` with a literal name."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(alias.name, path, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = (
                _resolve_relative(node.module, node.level, current, is_package) if node.level else (node.module or "")
            )
            yield Import(base, path, node.lineno)
            for alias in node.names:
                if alias.name != "*":
                    yield Import(f"{base}.{alias.name}", path, node.lineno)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            first = node.args[0]
            if (
                name in {"import_module", "__import__"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                yield Import(first.value, path, node.lineno)


def python_files(folder: Path = PACKAGE) -> list[Path]:
    return sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def all_imports(files: Iterable[Path]) -> list[Import]:
    found: list[Import] = []
    for path in files:
        found.extend(imports_in(path.read_text(encoding="utf-8"), path, module_name(path)))
    return found


def matches(module: str, prefixes: Iterable[str]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def under(path: Path, *layer: str) -> bool:
    return path.is_relative_to(PACKAGE.joinpath(*layer))


def violations(files: Iterable[Path], forbidden: Iterable[str]) -> list[str]:
    forbidden = tuple(forbidden)
    return sorted({found.where() for found in all_imports(files) if matches(found.module, forbidden)})


# --- the rules ------------------------------------------------------------------------------------------------


def test_only_the_ui_imports_qt() -> None:
    outside_ui = [path for path in python_files() if not under(path, "ui")]
    bad = violations(outside_ui, QT)
    assert not bad, "Qt imported outside ska_pos/ui:\n" + "\n".join(bad)


def test_domain_is_plain_python() -> None:
    domain = [path for path in python_files() if under(path, "domain")]
    bad = violations(domain, (*PERSISTENCE, "ska_pos.db", "ska_pos.services", "ska_pos.ui"))
    assert not bad, "ska_pos/domain must not depend on persistence or other layers:\n" + "\n".join(bad)


def test_services_and_db_never_import_the_ui() -> None:
    lower = [path for path in python_files() if under(path, "services") or under(path, "db")]
    bad = violations(lower, ("ska_pos.ui",))
    assert not bad, "ska_pos/services and ska_pos/db must not import ska_pos.ui:\n" + "\n".join(bad)


def test_reports_and_printing_take_plain_data() -> None:
    """Receipts, reports and printer output are built from plain data the services fill in, never from the
    database, so they can be rendered (and tested) without a session."""
    output = [path for path in python_files() if under(path, "reports") or under(path, "printing")]
    bad = violations(output, (*PERSISTENCE, "ska_pos.db", "ska_pos.services", "ska_pos.ui"))
    assert not bad, "ska_pos/reports and ska_pos/printing must take plain data:\n" + "\n".join(bad)


CORE_MODULES = ("ska_pos.cli.main", "ska_pos.services", "ska_pos.db", "ska_pos.domain", "ska_pos.i18n")


def core_module_names() -> list[str]:
    """CORE_MODULES first, then every other module outside the ui (not the migration scripts, which alembic
    runs, nor `__main__`, which starts the app)."""
    names = [
        module_name(path)
        for path in python_files()
        if not (under(path, "ui") or under(path, "db", "migrations") or path.name == "__main__.py")
    ]
    return [*CORE_MODULES, *(name for name in names if name not in CORE_MODULES)]


_PROBE = textwrap.dedent(
    """
    import importlib, importlib.util, json, sys, traceback
    core = set(sys.argv[1].split(","))
    imported, broken, culprit = [], {}, None
    def qt_loaded():
        return sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    for name in sys.argv[2:]:
        try:
            spec = importlib.util.find_spec(name)
        except ModuleNotFoundError:  # a parent package does not exist (yet)
            spec = None
        if spec is None:
            continue
        try:
            importlib.import_module(name)
        except Exception:
            if name in core:
                raise
            broken[name] = traceback.format_exc(limit=-1).strip().splitlines()[-1]
            continue
        imported.append(name)
        if culprit is None and qt_loaded():
            culprit = name
    import ska_pos
    print(json.dumps({
        "package": ska_pos.__file__,
        "imported": imported,
        "broken": broken,
        "culprit": culprit,
        "qt": qt_loaded(),
    }))
    """
)


def test_importing_the_core_does_not_load_qt() -> None:
    """The way the rule really breaks: a module-level import somewhere on the path from the command line or
    the services to the ui. A fresh interpreter imports the core (the command line, services, db, domain, then
    every other module outside the ui) and reports whether Qt came along. A broken module outside CORE_MODULES
    only warns: its own tests report it, and this test is about Qt."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, ",".join(CORE_MODULES), *core_module_names()],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(report["package"]).resolve().is_relative_to(PACKAGE), report["package"]
    assert "ska_pos.cli.main" in report["imported"]
    assert report["qt"] == [], f"importing {report['culprit']} loaded Qt ({', '.join(report['qt'][:3])}, ...)"
    for name, error in report["broken"].items():
        warnings.warn(f"could not import {name} to check it for Qt: {error}", stacklevel=1)


PROFILE_MODULE = PACKAGE / "domain" / "outlet_profile.py"
OUTLET_KIND_NAMES = ("kafe", "salon", "laundry", "jahit", "toko")


def _is_outlet_kind_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return node.value in OUTLET_KIND_NAMES
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return any(_is_outlet_kind_literal(element) for element in node.elts)
    return False


def _is_outlet_kind_value(node: ast.expr) -> bool:
    """`outlet_kind`, `x.outlet_kind`, `outlet.kind`, `self.outlet.kind`, `Outlet.kind`."""
    if isinstance(node, ast.Name):
        return node.id == "outlet_kind"
    if isinstance(node, ast.Attribute):
        if node.attr == "outlet_kind":
            return True
        if node.attr == "kind":
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else owner.id if isinstance(owner, ast.Name) else ""
            return name.lower().endswith("outlet")
    return False


def outlet_kind_tests(source: str, path: Path) -> list[str]:
    """Every comparison that decides by an outlet's kind: against a kind's name (`kind == "kafe"`, `x in ("toko",
    "jahit")`) or of an outlet's kind attribute (`outlet.kind != other`, `place.outlet_kind in KINDS`)."""
    found = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Compare) and any(
            _is_outlet_kind_literal(side) or _is_outlet_kind_value(side) for side in (node.left, *node.comparators)
        ):
            found.append(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{node.lineno}")
    return found


def test_what_an_outlet_does_comes_from_its_profile() -> None:
    """No `kind == "kafe"` outside `domain/outlet_profile.py`: the rest of the code asks the outlet's profile."""
    bad = [
        where
        for path in python_files()
        if path != PROFILE_MODULE and not under(path, "db", "migrations")
        for where in outlet_kind_tests(path.read_text(encoding="utf-8"), path)
    ]
    assert not bad, "outlet kind tested outside ska_pos/domain/outlet_profile.py (ask the profile):\n" + "\n".join(bad)


def test_the_profile_module_knows_every_outlet_kind_the_database_allows() -> None:
    from ska_pos.db.models.org import OUTLET_KINDS as ALLOWED
    from ska_pos.domain.outlet_profile import OUTLET_KINDS

    assert OUTLET_KINDS == ALLOWED == OUTLET_KIND_NAMES


@pytest.mark.parametrize(
    "source",
    [
        'if outlet.kind == "kafe": pass',
        'x = "salon" != kind',
        'ok = kind in ("toko", "jahit")',
        "ok = self.outlet.kind in MADE_HERE",
        "ok = session.outlet_kind == wanted",
        "ok = outlet_kind not in KINDS",
        "q = select(Outlet).where(Outlet.kind == k)",
        'ok = tuple(found) == ("kafe", "sale")',
    ],
)
def test_checker_sees_outlet_kind_tests(source: str) -> None:
    assert outlet_kind_tests(source, PACKAGE / "services" / "example.py")


@pytest.mark.parametrize(
    "source",
    [
        'ok = job.kind == "receipt"',
        'ok = settings.kind == "pdf"',
        'ok = Sale.kind == "sale"',
        'names = {"kafe": "Café"}',
        "spec = CATALOGS[outlet.kind]",
        "ok = profile.kitchen_tickets",
    ],
)
def test_checker_lets_other_kinds_and_lookups_be(source: str) -> None:
    assert not outlet_kind_tests(source, PACKAGE / "services" / "example.py")


# --- the checker itself -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import PySide6", "PySide6"),
        ("import PySide6.QtWidgets as qw", "PySide6.QtWidgets"),
        ("from PySide6.QtCore import Qt", "PySide6.QtCore"),
        ("from PySide6 import QtGui", "PySide6.QtGui"),
        ("from shiboken6 import isValid", "shiboken6"),
        ("def f():\n    import PySide6.QtGui", "PySide6.QtGui"),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtCore import QObject", "PySide6"),
        ("import importlib\nimportlib.import_module('PySide6.QtGui')", "PySide6.QtGui"),
        ("__import__('shiboken6')", "shiboken6"),
    ],
)
def test_checker_sees_every_form_of_qt_import(source: str, expected: str) -> None:
    path = PACKAGE / "services" / "example.py"
    found = [item.module for item in imports_in(source, path, "ska_pos.services.example")]
    assert any(module.startswith(expected) for module in found), found
    assert violations_in_source(source, path, QT)


@pytest.mark.parametrize(
    ("source", "current", "filename", "expected"),
    [
        ("from ..ui import window", "ska_pos.services.sales", "sales.py", "ska_pos.ui.window"),
        ("from .. import ui", "ska_pos.services.sales", "sales.py", "ska_pos.ui"),
        ("from ...ui.main import x", "ska_pos.services.reports.daily", "daily.py", "ska_pos.ui.main"),
        ("from ..db import models", "ska_pos.domain", "__init__.py", "ska_pos.db.models"),
        ("from . import db", "ska_pos", "__init__.py", "ska_pos.db"),
    ],
)
def test_checker_resolves_relative_imports(source: str, current: str, filename: str, expected: str) -> None:
    found = [item.module for item in imports_in(source, Path(filename), current)]
    assert expected in found, found


def test_checker_does_not_match_lookalike_names() -> None:
    assert not matches("ska_pos.dbx", ("ska_pos.db",))
    assert not matches("PySide6x", QT)
    assert matches("ska_pos.db", ("ska_pos.db",))
    assert matches("sqlalchemy.orm", PERSISTENCE)


def test_checker_reads_the_real_package() -> None:
    files = python_files()
    assert PACKAGE / "i18n.py" in files
    assert PACKAGE / "cli" / "main.py" in files
    assert any(item.module == "babel.messages.pofile" for item in all_imports([PACKAGE / "i18n.py"]))


def violations_in_source(source: str, path: Path, forbidden: Iterable[str]) -> list[Import]:
    return [item for item in imports_in(source, path, module_name(path)) if matches(item.module, forbidden)]
