"""The till's language choice and this computer's own choices (which till it is, where and how long it keeps its
backups) are settings changes like any other: each goes into the journal of the till it was made at (none did)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from shop import Shop, act_as, approved
from sqlalchemy import select

from ska_pos.db.models import JournalEntry
from ska_pos.services import journal_verify, settings, shifts
from ska_pos.services.errors import ValidationError
from ska_pos.services.machine_settings import MachineChoice, change_machine_settings
from ska_pos.services.permissions import NotAllowed
from ska_pos.services.this_till import BACKUP_DAYS, LocalConfig, load_local_config, save_local_config


def setting_entries(shop: Shop, till_id: uuid.UUID) -> list[dict[str, object]]:
    with shop.db.reading() as s:
        rows = s.scalars(
            select(JournalEntry.payload)
            .where(JournalEntry.type == "setting", JournalEntry.till_id == till_id)
            .order_by(JournalEntry.seq)
        ).all()
        assert journal_verify.verify(s).ok
    return [json.loads(row) for row in rows]


def test_a_language_change_is_journaled_at_the_till_it_was_made_at(shop: Shop) -> None:
    till = shop.cashier.till_id
    with shop.db.transaction() as s:
        settings.set_language(s, "en", till)
    [entry] = setting_entries(shop, till)
    assert (entry["scope"], entry["key"], entry["value"], entry["user_id"]) == ("global", "language", '"en"', None)
    with shop.db.transaction() as s:
        settings.set_language(s, "en", till)  # chosen again: nothing changed, nothing to journal
        settings.set_language(s, "id", till)
    assert [entry["value"] for entry in setting_entries(shop, till)] == ['"en"', '"id"']


def test_a_language_chosen_before_any_till_exists_changes_only_the_setting(shop: Shop) -> None:
    with shop.db.transaction() as s:
        before = s.scalar(select(JournalEntry.id).order_by(JournalEntry.created_at.desc()).limit(1))
        settings.set_language(s, "en", None)  # the first start, before it made a till
    with shop.db.reading() as s:
        assert settings.get_setting(s, "global", settings.LANGUAGE) == "en"
        assert s.scalar(select(JournalEntry.id).order_by(JournalEntry.created_at.desc()).limit(1)) == before


@pytest.fixture
def machine_folder(shop: Shop, tmp_path: Path) -> Path:
    folder = tmp_path / "machine"
    save_local_config(LocalConfig(till_id=shop.cashier.till_id, machine_id=uuid.UUID(int=7)), folder)
    return folder


def test_backups_sent_to_another_disk_are_journaled_with_the_administrator(
    shop: Shop, tmp_path: Path, machine_folder: Path
) -> None:
    admin = act_as(shop, "admin")
    disk = tmp_path / "second-disk"
    with shop.db.transaction() as s:
        moved = change_machine_settings(s, admin, MachineChoice(admin.till_id, disk, 14), machine_folder)
    assert not moved
    config = load_local_config(machine_folder)
    assert (config.backup_folder, config.backup_days) == (disk, 14)
    entries = setting_entries(shop, admin.till_id)
    assert [(e["scope"], e["key"], e["value"]) for e in entries] == [
        (f"machine:{uuid.UUID(int=7)}", "backup_folder", json.dumps(str(disk))),
        (f"machine:{uuid.UUID(int=7)}", "backup_days", "14"),
    ]
    assert {e["user_id"] for e in entries} == {str(admin.user_id)}
    with shop.db.transaction() as s:  # saved again unchanged: nothing new
        change_machine_settings(s, admin, MachineChoice(admin.till_id, disk, 14), machine_folder)
    with shop.db.transaction() as s:  # back beside the database
        change_machine_settings(s, admin, MachineChoice(admin.till_id, None, BACKUP_DAYS), machine_folder)
    assert [(e["key"], e["value"]) for e in setting_entries(shop, admin.till_id)[2:]] == [
        ("backup_folder", "null"),
        ("backup_days", str(BACKUP_DAYS)),
    ]


def test_this_computer_made_another_till_is_journaled_in_the_till_it_leaves(shop: Shop, machine_folder: Path) -> None:
    admin = act_as(shop, "admin")
    salon_till = shop.salon_cashier.till_id
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="open shift"):
        change_machine_settings(s, admin, MachineChoice(salon_till, None, BACKUP_DAYS), machine_folder)
    assert setting_entries(shop, admin.till_id) == []
    assert load_local_config(machine_folder).till_id == admin.till_id
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        shifts.close_shift(s, shop.cashier, {100_000: expected // 100_000},
                           approval=approved(s, "shift.close_difference"))  # fmt: skip
    with shop.db.transaction() as s:
        assert change_machine_settings(s, admin, MachineChoice(salon_till, None, BACKUP_DAYS), machine_folder)
    assert load_local_config(machine_folder).till_id == salon_till
    [entry] = setting_entries(shop, admin.till_id)
    assert (entry["key"], entry["value"], entry["user_id"]) == ("till_id", json.dumps(str(salon_till)),
                                                                str(admin.user_id))  # fmt: skip


def test_only_an_administrator_changes_this_computers_choices(shop: Shop, machine_folder: Path) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s, pytest.raises(NotAllowed):
        change_machine_settings(s, manager, MachineChoice(manager.till_id, Path("/elsewhere"), 3), machine_folder)
    assert load_local_config(machine_folder).backup_folder is None
    assert setting_entries(shop, manager.till_id) == []
