"""First start of an empty database: one transaction creates the sentra, outlet, till, admin and share rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from ska_pos.db.database import Database
from ska_pos.db.models import Outlet, Sentra, ShareRule, Till, User
from ska_pos.services import auth
from ska_pos.services.errors import ValidationError
from ska_pos.services.first_start import (
    DEFAULT_WORKER_SHARE_BP,
    FirstStart,
    create_first_start,
    database_is_empty,
    sentra_code,
)

REQUEST = FirstStart("Sentra Budi Luhur", "Kafe Budi", "kafe", "T1", "Ibu Admin", "123456", "123456")


def count(db: Database, model: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_creates_everything_in_one_go(db: Database) -> None:
    with db.reading() as s:
        assert database_is_empty(s)
    with db.transaction() as s:
        result = create_first_start(s, REQUEST, today=date(2026, 3, 1))
    with db.reading() as s:
        assert not database_is_empty(s)
        sentra = s.get(Sentra, result.sentra_id)
        outlet = s.get(Outlet, result.outlet_id)
        till = s.get(Till, result.till_id)
        admin = s.get(User, result.admin_id)
        assert sentra
        assert outlet
        assert till
        assert admin
        assert (sentra.code, sentra.name) == ("BL", "Sentra Budi Luhur")
        assert (outlet.code, outlet.name, outlet.kind) == ("KFE", "Kafe Budi", "kafe")
        assert outlet.cash_rounding_unit == 100  # cash totals rounded down to Rp100, in the customer's favour
        assert (till.code, till.outlet_id) == ("T1", outlet.id)
        assert (admin.username, admin.full_name, admin.role) == ("admin", "Ibu Admin", "admin")
        rule = s.scalars(select(ShareRule)).one()
        assert (rule.outlet_id, rule.kind, rule.percent_bp) == (outlet.id, "percent", DEFAULT_WORKER_SHARE_BP)
        assert rule.valid_from == date(2026, 3, 1)
    with db.transaction() as s:
        assert auth.login(s, "admin", "123456").ok


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"pin_again": "654321"}, "PIN"),
        ({"pin": "12", "pin_again": "12"}, "PIN"),
        ({"sentra_name": "  "}, None),
        ({"till_code": ""}, None),
        ({"admin_name": ""}, None),
        ({"outlet_kind": "bengkel"}, "bengkel"),
        ({"till_code": "T 1"}, "T 1"),
    ],
)
def test_bad_input_writes_nothing(db: Database, change: dict[str, str], message: str | None) -> None:
    with pytest.raises(ValidationError, match=message), db.transaction() as s:
        create_first_start(s, replace(REQUEST, **change))
    assert count(db, Sentra) == count(db, Outlet) == count(db, User) == 0


def test_refuses_a_database_that_is_set_up(db: Database) -> None:
    with db.transaction() as s:
        create_first_start(s, REQUEST)
    with pytest.raises(ValidationError), db.transaction() as s:
        create_first_start(s, replace(REQUEST, outlet_name="Another"))
    assert count(db, Outlet) == 1


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Sentra Budi Luhur", "BL"),
        ("Sentra Terpadu Pangudi Luhur", "TPL"),
        ("Sentra", "SKA"),
        ("Balai Mulya Jaya", "MJ"),
    ],
)
def test_sentra_code_from_the_name(name: str, code: str) -> None:
    assert sentra_code(name) == code
