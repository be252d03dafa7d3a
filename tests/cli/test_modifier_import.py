"""`ska-pos import modifiers FILE --outlet CODE`: groups from a JSON file, all or nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cli.demo_admin import log_in_as, make_demo
from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.models import AuditEntry, Item, ModifierGroup
from ska_pos.i18n import current_language, set_language
from ska_pos.services.modifiers import groups_for_item

TOPPINGS = {
    "group": "Topping", "min": 0, "max": 2, "items": ["Pisang Goreng"], "categories": [],
    "options": [{"name": "Cokelat", "price": 3000}, {"name": "Keju", "price": 4000, "taxed": False}],
}  # fmt: skip


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    previous = current_language()
    pins = make_demo(url, "--days", "0")
    log_in_as(monkeypatch, "admin", pins["admin"])
    yield url
    set_language(previous)


def _groups(url: str) -> int:
    database = open_database(url)
    try:
        with database.reading() as s:
            return s.scalar(select(func.count()).select_from(ModifierGroup)) or 0
    finally:
        database.dispose()


def test_a_file_of_groups_is_imported_and_offered(demo_db: str, tmp_path: Path) -> None:
    before = _groups(demo_db)  # the demo café's own sugar, ice, size...
    path = tmp_path / "topping.json"
    path.write_text(json.dumps([TOPPINGS]), encoding="utf-8")
    assert main(["--lang", "en", "--db", demo_db, "import", "modifiers", str(path), "--outlet", "KFE"]) == 0
    assert _groups(demo_db) == before + 1
    database = open_database(demo_db)
    with database.reading() as s:
        pisang = s.scalars(select(Item).where(Item.name == "Pisang Goreng")).one()
        (group,) = groups_for_item(s, pisang.id)
        assert [(o.name, o.price, o.taxed) for o in group.options] == [("Cokelat", 3000, True), ("Keju", 4000, False)]
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "cli.import_modifiers")) is not None
    database.dispose()


def test_an_unknown_item_imports_nothing(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _groups(demo_db)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([{**TOPPINGS, "group": "Saus"}, {**TOPPINGS, "items": ["Martabak Manis"]}]))
    capsys.readouterr()
    assert main(["--lang", "en", "--db", demo_db, "import", "modifiers", str(path), "--outlet", "KFE"]) == 1
    assert "Martabak Manis" in capsys.readouterr().err
    assert _groups(demo_db) == before
