"""No class of the window touches `self` before its `super().__init__` ran.

Before `QObject.__init__` there is no C++ object behind the wrapper: on PySide6 `self.tr(...)`, `self.setX(...)` or any
other Qt method called then is undefined behaviour (it worked by luck in the dialogs that built their title with
`self.tr` first). A text needed for the base's arguments is translated with `QCoreApplication.translate("Class", ...)`,
the context lupdate gives `self.tr` in that class, so the catalogue entry stays the same.
"""

from __future__ import annotations

import ast
from pathlib import Path

import ska_pos.ui

UI = Path(ska_pos.ui.__file__).parent


def _is_base_init(statement: ast.stmt) -> bool:
    """`super().__init__(...)`, `super(Cls, self).__init__(...)` or `Base.__init__(self, ...)`."""
    for node in ast.walk(statement):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"):
            continue
        owner = node.func.value
        if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
            return True
        if node.args and isinstance(node.args[0], ast.Name) and node.args[0].id == "self":
            return True
    return False


def self_used_before_base_init(source: str) -> list[tuple[str, int]]:
    """(class, line) of every use of `self` in an `__init__` before the statement that calls the base's."""
    found = []
    for cls in ast.walk(ast.parse(source)):
        if not isinstance(cls, ast.ClassDef):
            continue
        for init in cls.body:
            if not (isinstance(init, ast.FunctionDef) and init.name == "__init__"):
                continue
            if not any(_is_base_init(statement) for statement in init.body):
                continue
            for statement in init.body:
                # The base's own call counts too: its arguments (`self.tr(...)` for the title) run before it does.
                used = _arguments_of_base_init(statement) if _is_base_init(statement) else [statement]
                found += [
                    (cls.name, node.lineno)
                    for part in used
                    for node in ast.walk(part)
                    if isinstance(node, ast.Name) and node.id == "self"
                ]
                if _is_base_init(statement):
                    break
    return found


def _arguments_of_base_init(statement: ast.stmt) -> list[ast.AST]:
    """What the base's `__init__` call is given, but the `self` that `Base.__init__(self, ...)` passes."""
    for node in ast.walk(statement):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__":
            owner_is_super = isinstance(node.func.value, ast.Call)
            arguments = node.args if owner_is_super else node.args[1:]
            return [*arguments, *(keyword.value for keyword in node.keywords)]
    return []


def test_the_check_finds_self_tr_before_super() -> None:
    source = (
        "class Dialog(TillDialog):\n"
        "    def __init__(self, parent):\n"
        "        title = self.tr('Title')\n"
        "        super().__init__('dialog', title, parent)\n"
        "        self.setMinimumWidth(10)\n"
        "class Fine(QWidget):\n"
        "    def __init__(self, parent):\n"
        "        title = QCoreApplication.translate('Fine', 'Title')\n"
        "        QWidget.__init__(self, parent)\n"
        "        self.setWindowTitle(self.tr('x'))\n"
        "class Given(TillDialog):\n"
        "    def __init__(self, parent):\n"
        "        super().__init__('given', self.tr('Title'), parent)\n"
        "class Base(QWidget):\n"
        "    def __init__(self, parent):\n"
        "        QWidget.__init__(self, parent=self.parent_of(parent))\n"
    )
    assert self_used_before_base_init(source) == [("Dialog", 3), ("Given", 13), ("Base", 16)]


def test_no_window_class_uses_self_before_its_qt_object_exists() -> None:
    found = {
        f"{path.relative_to(UI)}:{line}": cls
        for path in sorted(UI.rglob("*.py"))
        for cls, line in self_used_before_base_init(path.read_text(encoding="utf-8"))
    }
    assert found == {}, (
        "self used before super().__init__ (undefined behaviour on PySide6; translate a title for the base with "
        f"QCoreApplication.translate('Class', ...)): {found}"
    )
