"""Users managed in the window: who may manage whom (beyond the table), the self and last-admin rules, a PIN reset
the user replaces at the next login, failed logins and lockouts seen and lifted, the link to a worker."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
import time_machine
from shop import PINS, Shop, act_as

from ska_pos import clock
from ska_pos.db.models import AuditEntry, User
from ska_pos.services import auth, users
from ska_pos.services.actor import Actor
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.users import NewUser


def _user_id(shop: Shop, username: str) -> uuid.UUID:
    with shop.db.reading() as s:
        user = auth.find_user(s, username)
        assert user is not None
        return user.id


def _add(shop: Shop, actor: Actor, username: str, role: str, outlet: uuid.UUID | None, pin: str = "5555") -> uuid.UUID:
    with shop.db.transaction() as s:
        return users.add_user(s, actor, NewUser(username, f"Nama {username}", role, outlet, pin)).id


def _first_login(shop: Shop, username: str, temporary: str, new: str) -> Actor:
    with shop.db.transaction() as s:
        result = auth.change_pin_at_login(s, username, temporary, new, outlet_id=shop.cafe.id,
                                          till_id=shop.cashier.till_id)  # fmt: skip
    assert result.actor is not None, result.message
    return result.actor


def _audit_actions(shop: Shop, entity_id: uuid.UUID) -> list[tuple[str, uuid.UUID | None]]:
    with shop.db.reading() as s:
        rows = s.query(AuditEntry).filter(AuditEntry.entity_id == str(entity_id)).order_by(AuditEntry.at).all()
        return [(row.action, row.user_id) for row in rows]


def test_a_manager_adds_a_cashier_who_chooses_their_own_pin_at_the_first_login(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    new_id = _add(shop, manager, "Wati", "cashier", shop.cafe.id, pin="5555")
    with shop.db.transaction() as s:
        first = auth.login(s, "wati", "5555", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
    assert first.actor is None
    assert first.must_change_pin
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="differ"):
        auth.change_pin_at_login(s, "wati", "5555", "5555", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
    with shop.db.transaction() as s:
        wrong = auth.change_pin_at_login(s, "wati", "0000", "7777", outlet_id=shop.cafe.id,
                                         till_id=shop.cashier.till_id)  # fmt: skip
    assert wrong.actor is None
    assert "tries left" in wrong.message
    cashier = _first_login(shop, "wati", "5555", "7777")
    assert cashier.role == "cashier"
    assert cashier.user_id == new_id
    with shop.db.transaction() as s:
        again = auth.login(s, "wati", "7777", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
        assert again.actor is not None
        assert not again.must_change_pin
        user = s.get(User, new_id)
        assert user is not None
        assert "7777" not in user.pin_hash
        assert user.pin_hash.startswith("$argon2")
    assert [action for action, _who in _audit_actions(shop, new_id)] == ["user_added", "user_pin_changed"]
    assert _audit_actions(shop, new_id)[0][1] == manager.user_id


def test_a_reset_pin_must_be_replaced_and_lifts_the_lockout(shop: Shop) -> None:
    kasir = _user_id(shop, "kasir")
    with shop.db.transaction() as s:
        for _ in range(auth.MAX_FAILED_PINS):
            auth.login(s, "kasir", "0000", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        row = users.reset_pin(s, manager, kasir, "2468")
    assert row.must_change_pin
    assert row.locked_until is None
    assert row.failed_pin_count == 0
    with shop.db.transaction() as s:
        old = auth.login(s, "kasir", PINS["kasir"], outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
        assert old.actor is None
        assert not old.must_change_pin
        temporary = auth.login(s, "kasir", "2468", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
        assert temporary.actor is None
        assert temporary.must_change_pin
        command = auth.login_for_command(s, "kasir", "2468")
        assert command.actor is None
        assert command.must_change_pin
        approval = auth.approve(s, "kasir", "2468", "sale.void")
        assert approval.approval is None
    _first_login(shop, "kasir", "2468", "1357")
    assert ("user_pin_reset", manager.user_id) in _audit_actions(shop, kasir)


def test_failed_logins_are_kept_with_their_till_and_a_supervisor_unlocks_a_cashier(shop: Shop) -> None:
    kasir = _user_id(shop, "kasir")
    with shop.db.transaction() as s:
        for _ in range(auth.MAX_FAILED_PINS + 1):
            auth.login(s, "kasir", "0000", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
    with shop.db.reading() as s:
        row = users.get_user(s, kasir)
        failures = users.failed_logins(s, kasir)
    assert row.locked(clock.now())
    assert row.failed_pin_count == auth.MAX_FAILED_PINS
    assert len(failures) == auth.MAX_FAILED_PINS + 1
    assert {f.till_code for f in failures} == {"T1"}
    assert [f.locked for f in failures] == [True, True] + [False] * (auth.MAX_FAILED_PINS - 1)  # newest first
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        unlocked = users.unlock(s, supervisor, kasir)
    assert not unlocked.locked(clock.now())
    assert unlocked.failed_pin_count == 0
    assert ("user_unlocked", supervisor.user_id) in _audit_actions(shop, kasir)
    with shop.db.transaction() as s:
        assert auth.login(s, "kasir", PINS["kasir"], outlet_id=shop.cafe.id, till_id=shop.cashier.till_id).ok


def test_a_supervisor_unlocks_cashiers_only_and_a_cashier_no_one(shop: Shop) -> None:
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="cannot manage"):
        users.unlock(s, supervisor, _user_id(shop, "manajer"))
    cashier = act_as(shop, "cashier")
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        users.unlock(s, cashier, _user_id(shop, "kasir"))


def test_a_manager_manages_cashiers_and_supervisors_only(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    for role in ("manager", "admin"):
        with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="cannot manage"):
            users.add_user(s, manager, NewUser(f"x{role}", "X", role, None, "5555"))
    with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="cannot manage"):
        users.change_role(s, manager, _user_id(shop, "spv"), "manager")  # no promoting beyond their own reach
    with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="cannot manage"):
        users.set_active(s, manager, _user_id(shop, "admin"), False)
    with shop.db.transaction() as s:
        assert users.change_role(s, manager, _user_id(shop, "kasir"), "supervisor").role == "supervisor"


def test_an_outlet_manager_manages_the_users_of_their_own_outlet_only(shop: Shop) -> None:
    admin = act_as(shop, "admin")
    _add(shop, admin, "mgrkafe", "manager", shop.cafe.id)
    cafe_manager = _first_login(shop, "mgrkafe", "5555", "8642")
    salon_cashier = _add(shop, admin, "kasirsalon", "cashier", shop.salon.id)
    with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="your own outlet"):
        users.reset_pin(s, cafe_manager, salon_cashier, "1212")
    with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="your own outlet"):
        users.add_user(s, cafe_manager, NewUser("kasir2", "Kasir Dua", "cashier", shop.salon.id, "5555"))
    with shop.db.transaction() as s:
        assert users.add_user(s, cafe_manager, NewUser("kasir3", "Kasir Tiga", "cashier", shop.cafe.id, "5555"))


def test_no_one_changes_their_own_role_or_deactivates_themselves(shop: Shop) -> None:
    admin = act_as(shop, "admin")
    _add(shop, admin, "admin2", "admin", None)
    second = _first_login(shop, "admin2", "5555", "9753")
    with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="your own role"):
        users.change_role(s, second, second.user_id, "manager")
    with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="deactivate yourself"):
        users.set_active(s, second, second.user_id, False)
    with shop.db.transaction() as s:  # another administrator may: one active administrator is left
        assert not users.set_active(s, second, admin.user_id, False).active


def test_the_last_active_admin_cannot_be_demoted_or_deactivated(shop: Shop) -> None:
    admin = act_as(shop, "admin")
    with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="last active administrator"):
        users.set_active(s, admin, admin.user_id, False)
    with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="last active administrator"):
        users.change_role(s, admin, admin.user_id, "manager")
    with shop.db.reading() as s:
        user = s.get(User, admin.user_id)
        assert user is not None
        assert user.active
        assert user.role == "admin"


def test_adding_refuses_a_taken_name_and_a_bad_pin(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="taken"):
        users.add_user(s, manager, NewUser("KASIR", "Lain", "cashier", shop.cafe.id, "5555"))
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="4 to 8 digits"):
        users.add_user(s, manager, NewUser("baru", "Baru", "cashier", shop.cafe.id, "12"))
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="without spaces"):
        users.add_user(s, manager, NewUser("dua kata", "Baru", "cashier", shop.cafe.id, "5555"))


def test_a_user_is_linked_to_the_worker_they_also_are(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        row = users.add_user(s, manager, NewUser("siti", "Siti Rahayu", "cashier", shop.cafe.id, "5555",
                                                 worker_id=shop.siti.id))  # fmt: skip
    assert row.worker_id == shop.siti.id
    assert row.worker_name == "Siti Rahayu"
    with shop.db.reading() as s:
        linked = users.user_of_worker(s, shop.siti.id)
        assert linked is not None
        assert linked.username == "siti"
        choices = {choice.id for choice in users.worker_choices(s, shop.cafe.id)}
    assert shop.retired.id not in choices
    assert shop.siti.id in choices
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="already linked"):
        users.edit_user(s, manager, _user_id(shop, "kasir"), "Rina Kasir", shop.cafe.id, shop.siti.id)
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="active worker"):
        users.edit_user(s, manager, _user_id(shop, "kasir"), "Rina Kasir", shop.cafe.id, shop.retired.id)
    with shop.db.transaction() as s:
        assert users.edit_user(s, manager, row.id, "Siti Rahayu", shop.cafe.id, None).worker_id is None


def test_the_list_is_paged_and_searched_in_the_database(shop: Shop) -> None:
    admin = act_as(shop, "admin")
    with shop.db.transaction() as s:
        for number in range(12):
            users.add_user(s, admin, NewUser(f"kasir{number:02}", f"Kasir Nomor {number:02}", "cashier",
                                             shop.cafe.id, "5555"))  # fmt: skip
    with shop.db.reading() as s:
        page = users.list_users(s, "nomor", offset=5, limit=5)
        everyone = users.list_users(s, "", limit=100)
        literal = users.list_users(s, "%")
    assert page.total == 12
    assert [row.username for row in page.rows] == [f"kasir{n:02}" for n in range(5, 10)]
    assert everyone.total == 16
    assert literal.total == 0  # a typed % is a character, not a wildcard


def test_a_deactivated_user_cannot_log_in_and_is_reactivated(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    kasir = _user_id(shop, "kasir")
    with shop.db.transaction() as s:
        users.set_active(s, manager, kasir, False)
    with shop.db.transaction() as s:
        assert not auth.login(s, "kasir", PINS["kasir"], outlet_id=shop.cafe.id, till_id=shop.cashier.till_id).ok
    with shop.db.transaction() as s:
        users.set_active(s, manager, kasir, True)
    assert [a for a, _w in _audit_actions(shop, kasir)] == ["user_deactivated", "user_activated"]


def test_a_lockout_ends_by_itself_too(shop: Shop) -> None:
    kasir = _user_id(shop, "kasir")
    with time_machine.travel(clock.now(), tick=False) as traveller:
        with shop.db.transaction() as s:
            for _ in range(auth.MAX_FAILED_PINS):
                auth.login(s, "kasir", "0000", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
        with shop.db.reading() as s:
            assert users.get_user(s, kasir).locked(clock.now())
        traveller.shift(timedelta(minutes=1))
        with shop.db.reading() as s:
            assert not users.get_user(s, kasir).locked(clock.now())


@pytest.mark.postgres
def test_on_postgresql_the_rules_and_the_failed_logins_hold_too(pg_shop: Shop) -> None:
    admin = act_as(pg_shop, "admin")
    with pg_shop.db.transaction() as s, pytest.raises(PermissionDenied, match="last active administrator"):
        users.set_active(s, admin, admin.user_id, False)
    with pg_shop.db.transaction() as s:
        auth.login(s, "kasir", "0000", outlet_id=pg_shop.cafe.id, till_id=pg_shop.cashier.till_id)
    with pg_shop.db.reading() as s:
        failures = users.failed_logins(s, _user_id(pg_shop, "kasir"))
        page = users.list_users(s, "RINA")
    assert [f.till_code for f in failures] == ["T1"]
    assert [row.username for row in page.rows] == ["kasir"]
