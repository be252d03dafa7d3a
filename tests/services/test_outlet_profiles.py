"""An outlet's profile: its kind's default, adjusted by a manager in the settings store, audited."""

from __future__ import annotations

import json
import uuid

import pytest
from shop import Shop, log_in
from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import AuditEntry, Setting
from ska_pos.domain.outlet_profile import default_profile
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, PermissionDenied, ValidationError
from ska_pos.services.outlet_profiles import outlet_profiles, profile_of, set_profile_overrides


def manager(session: Session, shop: Shop, role: str = "manager") -> Actor:
    return log_in(session, role, shop.cafe.id, shop.cashier.till_id)


def test_an_outlet_nobody_adjusted_follows_its_kind(shop: Shop) -> None:
    with shop.db.reading() as s:
        assert profile_of(s, shop.cafe.id) == default_profile("kafe")
        assert profile_of(s, shop.salon.id) == default_profile("salon")
        rows = outlet_profiles(s)
    assert [(row.outlet_code, row.kind, row.profile) for row in rows] == [
        ("KFE", "kafe", default_profile("kafe")),
        ("SLN", "salon", default_profile("salon")),
    ]


@pytest.mark.parametrize("role", ["manager", "admin"])
def test_a_manager_gives_the_salon_kitchen_tickets(shop: Shop, role: str) -> None:
    with shop.db.transaction() as s:
        actor = manager(s, shop, role)
        profile = set_profile_overrides(s, actor, shop.salon.id, {"kitchen_tickets": True})
    assert profile.kitchen_tickets
    assert profile.appointments
    with shop.db.reading() as s:
        assert profile_of(s, shop.salon.id) == profile
        assert profile_of(s, shop.cafe.id) == default_profile("kafe")
        [salon] = [row for row in outlet_profiles(s) if row.outlet_code == "SLN"]
        stored = s.get(Setting, (f"outlet:{shop.salon.id}", "outlet_profile"))
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "outlet_profile")).one()
    assert salon.profile == profile
    assert stored is not None
    assert json.loads(stored.value) == {"kitchen_tickets": True}
    assert (audit.user_id, audit.entity, audit.entity_id) == (actor.user_id, "outlet", str(shop.salon.id))
    assert json.loads(audit.details)["changed"] == {"kitchen_tickets": True}


def test_setting_the_defaults_back_stores_no_adjustment(shop: Shop) -> None:
    with shop.db.transaction() as s:
        set_profile_overrides(s, manager(s, shop), shop.cafe.id, {"dine_in_and_tables": False})
    with shop.db.transaction() as s:
        set_profile_overrides(s, manager(s, shop), shop.cafe.id, default_profile("kafe").as_flags())
    with shop.db.reading() as s:
        stored = s.get(Setting, (f"outlet:{shop.cafe.id}", "outlet_profile"))
        assert profile_of(s, shop.cafe.id) == default_profile("kafe")
    assert stored is not None
    assert json.loads(stored.value) == {}


@pytest.mark.parametrize("role", ["cashier", "supervisor"])
def test_only_a_manager_changes_what_an_outlet_does(shop: Shop, role: str) -> None:
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        set_profile_overrides(s, manager(s, shop, role), shop.cafe.id, {"dine_in_and_tables": False})
    with shop.db.reading() as s:
        assert profile_of(s, shop.cafe.id) == default_profile("kafe")
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "outlet_profile")).first() is None


def test_a_wrong_capability_or_outlet_changes_nothing(shop: Shop) -> None:
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="dine_in"):
        set_profile_overrides(s, manager(s, shop), shop.cafe.id, {"dine_in": False})
    with shop.db.transaction() as s, pytest.raises(NotFound):
        set_profile_overrides(s, manager(s, shop), uuid.uuid4(), {"kitchen_tickets": True})
    with shop.db.reading() as s, pytest.raises(NotFound):
        profile_of(s, uuid.uuid4())
    with shop.db.reading() as s:
        assert s.get(Setting, (f"outlet:{shop.cafe.id}", "outlet_profile")) is None


def test_a_stored_adjustment_of_a_capability_no_longer_known_is_ignored(shop: Shop) -> None:
    with shop.db.transaction() as s:
        s.add(Setting(scope=f"outlet:{shop.salon.id}", key="outlet_profile",
                      value=json.dumps({"tabs": True, "weighing_by_kg": True})))  # fmt: skip
    with shop.db.reading() as s:
        assert profile_of(s, shop.salon.id).weighing_by_kg
