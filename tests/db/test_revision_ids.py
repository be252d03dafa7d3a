"""A till's start reads the schema's revision ids from the migration scripts without Alembic (ska_pos/db/migrate.py);
the answer must be Alembic's own, and a script it cannot read plainly must stop it rather than be skipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from ska_pos.db import migrate


def test_the_revisions_read_without_alembic_are_alembics() -> None:
    scripts = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    assert migrate.newest_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {script.revision for script in scripts.walk_revisions()}


def _read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    migrate._revision_graph.cache_clear()
    try:
        return migrate._revision_graph()
    finally:
        migrate._revision_graph.cache_clear()


def test_a_merge_revision_stops_the_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "versions").mkdir()
    (tmp_path / "versions" / "0003_merge.py").write_text('revision = "0003"\ndown_revision = ("0001", "0002")\n')
    with pytest.raises(RuntimeError, match="no merges"):
        _read(tmp_path, monkeypatch)


def test_the_ids_are_read_from_plain_and_annotated_assignments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "versions").mkdir()
    (tmp_path / "versions" / "a.py").write_text('revision: str = "a1"\ndown_revision: str | None = None\n')
    (tmp_path / "versions" / "b.py").write_text('revision = "b2"\ndown_revision = "a1"\n')
    assert _read(tmp_path, monkeypatch) == {"a1": None, "b2": "a1"}
