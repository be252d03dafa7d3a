"""Workers: added, edited, deactivated by managers; personal data shown to managers only."""

from __future__ import annotations

from datetime import date

import pytest
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import AuditEntry, Worker
from ska_pos.services import personal_data, workers
from ska_pos.services.actor import Actor
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.personal_data import PersonalData
from ska_pos.services.workers import WorkerForm

pytestmark = pytest.mark.dates

PERSONAL = PersonalData("3171234567890123", "0812-3456-7890", date(2026, 1, 5), "BRI", "0123-01-004410-53-1")


def form(shop: Shop, **changes: object) -> WorkerForm:
    fields: dict[str, object] = {
        "code": "w010",
        "name": "  Dewi   Anggraini ",
        "outlet_ids": (shop.cafe.id,),
        "ppks_category": "Penyandang disabilitas rungu wicara",
        "personal": PERSONAL,
    }
    fields.update(changes)
    return WorkerForm(**fields)  # type: ignore[arg-type]


def test_a_manager_adds_a_worker_with_personal_data(shop: Shop, manager: Actor) -> None:
    with shop.db.transaction() as s:
        view = workers.add_worker(s, manager, form(shop))
    assert (view.code, view.name, view.display_name, view.outlet_codes) == ("W010", "Dewi Anggraini", "Dewi", ("KFE",))
    assert view.personal is not None
    assert (view.personal.has_nik, view.personal.masked_account, view.personal.consent_date) == (
        True, "••••0531", date(2026, 1, 5),
    )  # fmt: skip
    with shop.db.transaction() as s:
        assert personal_data.read_personal_data(s, manager, view.id) == PERSONAL
    with shop.db.reading() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "worker_added")).one()
        assert "3171234567890123" not in audit.details  # the audit log keeps no personal data


def test_personal_data_reaches_managers_only(shop: Shop, manager: Actor) -> None:
    with shop.db.transaction() as s:
        worker_id = workers.add_worker(s, manager, form(shop)).id
    with shop.db.reading() as s:
        for_cashier = workers.get_worker(s, shop.cashier, worker_id)
        listed = {w.code: w for w in workers.list_workers(s, shop.cashier)}
        for_manager = workers.get_worker(s, manager, worker_id)
    assert for_cashier.personal is None
    assert listed["W010"].personal is None
    assert for_manager.personal is not None
    assert for_manager.personal.has_nik


def test_only_managers_change_workers(shop: Shop) -> None:
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        workers.add_worker(s, shop.cashier, form(shop))
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        workers.set_active(s, shop.cashier, shop.siti.id, False)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"code": "W001"}, "already used"),
        ({"code": "W 1"}, "letters and digits"),
        ({"name": "  "}, "name is required"),
        ({"outlet_ids": ()}, "at least one outlet"),
        ({"personal": PersonalData(nik="12345", consent_date=date(2026, 1, 5))}, "16 digits"),
        ({"personal": PersonalData(phone="call me", consent_date=date(2026, 1, 5))}, "phone"),
        ({"personal": PersonalData(nik="3171234567890123")}, "consent"),
        ({"personal": PersonalData(phone="08123456789", consent_date=date(2999, 1, 1))}, "future"),
        ({"name": "Dewi " * 41}, "name can have at most 200 characters"),  # PostgreSQL refused the whole save
        ({"ppks_category": "x" * 81}, "PPKS category can have at most 80 characters"),
        ({"personal": PersonalData(bank_name="B" * 81, consent_date=date(2026, 1, 5))}, "bank name"),
    ],
)
def test_bad_worker_data_is_refused(shop: Shop, manager: Actor, changes: dict[str, object], message: str) -> None:
    with shop.db.transaction() as s, pytest.raises(ValidationError, match=message):
        workers.add_worker(s, manager, form(shop, **changes))
    with shop.db.reading() as s:
        assert s.scalar(select(Worker.id).where(Worker.code == "W010")) is None


def test_editing_keeps_personal_data_unless_given(shop: Shop, manager: Actor) -> None:
    with shop.db.transaction() as s:
        worker_id = workers.add_worker(s, manager, form(shop)).id
    with shop.db.transaction() as s:
        changes = form(shop, name="Dewi A.", display_name="Bu Dewi", personal=None,
                       outlet_ids=(shop.cafe.id, shop.salon.id))  # fmt: skip
        edited = workers.edit_worker(s, manager, worker_id, changes)
    assert (edited.name, edited.display_name, edited.outlet_codes) == ("Dewi A.", "Bu Dewi", ("KFE", "SLN"))
    with shop.db.transaction() as s:
        assert personal_data.read_personal_data(s, manager, worker_id) == PERSONAL
    with shop.db.transaction() as s:
        workers.edit_worker(s, manager, worker_id, form(shop, personal=PersonalData()))
        assert personal_data.read_personal_data(s, manager, worker_id) == PersonalData()


def test_a_worker_keeps_their_code_when_edited_and_codes_stay_unique(shop: Shop, manager: Actor) -> None:
    with shop.db.transaction() as s:
        edited = workers.edit_worker(s, manager, shop.siti.id, form(shop, code="W001", personal=None))
        assert edited.code == "W001"
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="already used"):
        workers.edit_worker(s, manager, shop.siti.id, form(shop, code="W002", personal=None))


def test_deactivated_workers_are_listed_and_can_return(shop: Shop, manager: Actor) -> None:
    with shop.db.transaction() as s:
        assert not workers.set_active(s, manager, shop.siti.id, False).active
    with shop.db.reading() as s:
        active = [w.code for w in workers.list_workers(s, manager, include_inactive=False)]
        every = [w.code for w in workers.list_workers(s, manager)]
    assert active == ["W002"]
    assert every == ["W001", "W002", "W003"]
    with shop.db.transaction() as s:
        assert workers.set_active(s, manager, shop.siti.id, True).active
