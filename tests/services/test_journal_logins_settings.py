"""Logins and settings changes join the till's journal in the same transaction (issue 9, part 2): a login at a till,
an outlet's setting, a till's printers and an outlet's profile, each by the actor who made it at that till."""

from __future__ import annotations

import json

from shop import PINS, Shop, act_as, as_admin
from sqlalchemy import func, select

from ska_pos.db.models import JournalEntry
from ska_pos.services import auth, journal_verify, settings
from ska_pos.services.outlet_profiles import set_profile_overrides
from ska_pos.services.printer_settings import load_printers, save_printers


def _entries(shop: Shop, type_: str) -> list[JournalEntry]:
    with shop.db.reading() as s:
        return list(s.scalars(select(JournalEntry).where(JournalEntry.type == type_).order_by(JournalEntry.seq)))


def _count(shop: Shop) -> int:
    with shop.db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(JournalEntry)) or 0)


def test_a_login_at_a_till_is_in_its_journal_and_a_wrong_pin_is_not(shop: Shop) -> None:
    before = _count(shop)
    with shop.db.transaction() as s:
        refused = auth.login(s, "spv", "0000", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    assert refused.actor is None
    assert _count(shop) == before
    with shop.db.transaction() as s:
        result = auth.login(s, "spv", PINS["spv"], outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    assert result.actor is not None
    last = _entries(shop, "login")[-1]
    assert (last.till_id, last.record_id) == (shop.salon_cashier.till_id, shop.supervisor.id)
    assert json.loads(last.payload)["user_id"] == str(shop.supervisor.id)
    with shop.db.reading() as s:
        assert journal_verify.verify(s).ok


def test_a_commands_login_is_in_no_tills_journal(shop: Shop) -> None:
    before = _count(shop)
    with shop.db.transaction() as s:
        as_admin(s)
    assert _count(shop) == before


def test_an_outlets_setting_changed_at_a_till_is_in_that_tills_journal(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    scope = settings.scope_of("outlet", shop.cafe.id)
    with shop.db.transaction() as s:
        settings.set_setting(s, manager, scope, settings.IDLE_LOCK_MINUTES, 3)
    [entry] = _entries(shop, "setting")
    assert entry.till_id == manager.till_id
    change = json.loads(entry.payload)
    assert (change["scope"], change["key"], change["value"]) == (scope, "idle_lock_minutes", "3")
    assert change["user_id"] == str(manager.user_id)


def test_a_tills_printers_saved_are_in_its_journal(shop: Shop) -> None:
    supervisor = act_as(shop, "supervisor")
    with shop.db.reading() as s:
        printers = load_printers(s, shop.cashier.till_id)
    with shop.db.transaction() as s:
        save_printers(s, supervisor, shop.cashier.till_id, printers)
    entries = _entries(shop, "setting")
    assert entries
    assert {entry.till_id for entry in entries} == {shop.cashier.till_id}
    assert {json.loads(entry.payload)["user_id"] for entry in entries} == {str(supervisor.user_id)}


def test_an_outlets_profile_changed_is_in_the_tills_journal(shop: Shop) -> None:
    # main kept the profile in the settings store without a journal entry: a settings change nobody could see later
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        set_profile_overrides(s, manager, shop.salon.id, {"kitchen_tickets": True})
    [entry] = _entries(shop, "setting")
    change = json.loads(entry.payload)
    assert entry.till_id == manager.till_id
    assert (change["scope"], change["key"]) == (f"outlet:{shop.salon.id}", "outlet_profile")
    assert json.loads(change["value"]) == {"kitchen_tickets": True}
    with shop.db.reading() as s:
        assert journal_verify.verify(s).ok
