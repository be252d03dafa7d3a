"""What the command tests share: the language a command switched to is put back, and a shop on a database file that
the commands open by its URL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from shop import ShopFile, shop_on_file

from ska_pos.i18n import current_language, set_language


@pytest.fixture(autouse=True)
def keep_language() -> Iterator[None]:
    previous = current_language()
    yield
    set_language(previous)


@pytest.fixture
def shop_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ShopFile:
    """Builds the test shop on a file in the test's folder (its data folder too, so keys and backups stay there),
    lets a function put more in it, and returns the file's URL."""
    monkeypatch.setenv("SKA_POS_DATA_DIR", str(tmp_path / "data"))
    return lambda add: shop_on_file(tmp_path / "pos.sqlite3", add)
