"""The demo's PINs are made afresh for each database, even when its content comes from the same seed."""

from __future__ import annotations

from pathlib import Path

from ska_pos.db.database import Database, open_database
from ska_pos.demo.builder import build_demo
from ska_pos.services import auth


def test_two_installs_of_the_same_demo_get_different_pins(db: Database, tmp_path: Path) -> None:
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    first = build_demo(db, days=0, seed=1)
    second = build_demo(other, days=0, seed=1)
    other.dispose()
    assert first.outlets == second.outlets  # same content
    assert first.pins.keys() == second.pins.keys()
    assert first.pins != second.pins


def test_each_demo_pin_logs_its_user_in(db: Database) -> None:
    result = build_demo(db, days=0, seed=1)
    with db.transaction() as s:
        for username, pin in result.pins.items():
            assert auth.login(s, username, pin).ok, username
