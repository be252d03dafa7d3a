"""A user tied to one outlet changes only that outlet, whatever the screen offered (issue 11, trust).

The catalogue screens show a manager of the café the café only; these tests go round the screens, straight to the
services, as that manager, and ask each writing service to change the salon. Every service the permission table
registers is either in `ON_ANOTHER_OUTLET` (called with the salon's rows: it must refuse and write nothing) or in
`AT_THE_TILL_OR_EVERY_OUTLET` with the reason it needs no call of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from outlet_scope_calls import AT_THE_TILL_OR_EVERY_OUTLET, ON_ANOTHER_OUTLET, OWN_USERS, Call, Salon
from shop import Shop, act_as, log_in
from sqlalchemy import delete

from ska_pos.db.models import AuditEntry, User, worker_outlet
from ska_pos.i18n import _
from ska_pos.services import (
    catalog_categories,
    catalog_export,
    modifiers,
    payouts,
    prices,
    users,
    workers,
)
from ska_pos.services.actor import Actor
from ska_pos.services.errors import PermissionDenied
from ska_pos.services.permissions import REGISTERED, NotAllowed, require_outlet
from ska_pos.services.workers import WorkerForm

from .test_permissions import service_modules


@pytest.fixture
def salon(shop: Shop, tmp_path: Path) -> Salon:
    admin = act_as(shop, "admin")
    with shop.db.transaction() as s:
        category = catalog_categories.add_category(s, admin, shop.salon.id, "Perawatan")
        group_id = modifiers.add_group(
            s, admin, shop.salon.id, modifiers.GroupForm("Wangi", 0, 1, (modifiers.OptionForm("Melati"),))
        )
        group = modifiers.list_groups(s, shop.salon.id)[0]
        worker = workers.add_worker(s, admin, WorkerForm("W009", "Wati Salon", outlet_ids=(shop.salon.id,)))
        user = users.add_user(s, admin, users.NewUser("sari", "Sari Kasir", "cashier", shop.salon.id, "5555"))
        payout = payouts.record_payout(s, admin, worker.id, 1000, "cash", over_balance_reason="Uji")
    return Salon(
        shop,
        category.id,
        group_id,
        group.group.options[0].id,
        worker.id,
        user.id,
        payout.id,
        shop.salon_cashier.till_id,
        tmp_path,
    )


def _tied_to_the_cafe(shop: Shop, role: str = "manager") -> Actor:
    """The shop's `role` user, tied to the café, logged in at the café's till."""
    with shop.db.transaction() as s:
        user = s.get(User, shop.manager.id if role == "manager" else shop.supervisor.id)
        assert user is not None
        user.outlet_id = shop.cafe.id
    return act_as(shop, role)


class _RolledBack(Exception):
    pass


def _outcome(shop: Shop, call: Call, actor: Actor, salon: Salon) -> BaseException | None:
    """What the call raised, in a transaction rolled back after checking that a refusal wrote nothing."""
    outcome: BaseException | None = None
    try:
        with shop.db.transaction() as s:
            audit_rows = s.query(AuditEntry).count()
            try:
                call(s, actor, salon)
            except Exception as error:  # what matters is which error
                outcome = error
                if isinstance(error, PermissionDenied):
                    assert not s.new, "added before refusing"
                    assert not s.dirty, "changed before refusing"
                    assert not s.deleted, "deleted before refusing"
                    assert s.query(AuditEntry).count() == audit_rows
            raise _RolledBack
    except _RolledBack:
        pass
    return outcome


def test_every_writing_service_is_scoped_to_an_outlet_or_says_why_not() -> None:
    list(service_modules())
    registered = {name.removeprefix("ska_pos.services.") for name in REGISTERED}
    assert set(ON_ANOTHER_OUTLET) | set(AT_THE_TILL_OR_EVERY_OUTLET) == registered
    assert not set(ON_ANOTHER_OUTLET) & set(AT_THE_TILL_OR_EVERY_OUTLET)


@pytest.mark.parametrize(
    ("service", "index"),
    [(service, index) for service, calls in ON_ANOTHER_OUTLET.items() for index in range(len(calls))],
)
def test_a_manager_of_the_cafe_changes_nothing_of_the_salon(shop: Shop, salon: Salon, service: str, index: int) -> None:
    manager = _tied_to_the_cafe(shop)
    outcome = _outcome(shop, ON_ANOTHER_OUTLET[service][index], manager, salon)
    assert isinstance(outcome, PermissionDenied), f"{service} #{index}: {outcome!r}"
    expected = OWN_USERS if service.startswith("users.") else "You manage only outlet {outlet}"
    assert outcome.message == _(expected, outlet="KFE"), outcome.message


@pytest.mark.parametrize("service", ["catalog_categories.add_category", "prices.change_price", "workers.set_active"])
def test_a_manager_of_the_whole_sentra_and_an_administrator_still_change_the_salon(
    shop: Shop, salon: Salon, service: str
) -> None:
    for actor in (act_as(shop, "manager"), act_as(shop, "admin")):
        assert _outcome(shop, ON_ANOTHER_OUTLET[service][0], actor, salon) is None


def test_a_manager_of_the_cafe_cannot_touch_a_worker_of_no_outlet(shop: Shop, salon: Salon) -> None:
    """A worker of no outlet is the whole sentra's: their personal data and payouts are not the café's either."""
    with shop.db.transaction() as s:
        s.execute(delete(worker_outlet).where(worker_outlet.c.worker_id == salon.worker_id))
    manager = _tied_to_the_cafe(shop)
    outcome = _outcome(shop, lambda s, a, x: workers.set_active(s, a, x.worker_id, False), manager, salon)
    assert isinstance(outcome, PermissionDenied), repr(outcome)


def test_a_manager_of_the_cafe_still_changes_the_cafe(shop: Shop, salon: Salon) -> None:
    manager = _tied_to_the_cafe(shop)
    with shop.db.transaction() as s:
        catalog_categories.add_category(s, manager, shop.cafe.id, "Kue")
        prices.change_price(s, manager, shop.kopi.id, 9000)
        workers.set_active(s, manager, shop.siti.id, False)  # she works at the salon too: the café's worker still
    with shop.db.reading() as s:
        assert [row.name for row in catalog_categories.list_categories(s, shop.cafe.id)][-1] == "Kue"


def test_a_user_of_the_cafe_logged_in_at_the_salons_till_is_refused_by_every_service(shop: Shop, salon: Salon) -> None:
    """Whatever the service, the till is the salon's: `permissions.require` refuses before the service runs."""
    list(service_modules())
    _tied_to_the_cafe(shop)
    with shop.db.transaction() as s:
        at_the_salon = log_in(s, "manager", shop.salon.id, salon.till_id)
    for qualname, (_action, function) in sorted(REGISTERED.items()):
        outcome = _outcome(shop, lambda s, a, _x, f=function: f(s, a), at_the_salon, salon)  # type: ignore[misc]
        assert isinstance(outcome, NotAllowed), f"{qualname}: {outcome!r}"


def test_a_manager_of_the_cafe_cannot_export_the_salons_catalogue(shop: Shop, salon: Salon) -> None:
    manager = _tied_to_the_cafe(shop)
    target = salon.folder / "katalog.xlsx"
    with shop.db.reading() as s, pytest.raises(NotAllowed, match="KFE"):
        catalog_export.export_catalog(s, manager, shop.salon.id, target)
    with shop.db.reading() as s, pytest.raises(NotAllowed, match="KFE"):
        catalog_export.price_list(s, manager, shop.salon.id, "id")
    assert not target.exists()
    with shop.db.reading() as s:
        assert catalog_export.export_catalog(s, manager, shop.cafe.id, target) == 3


def test_a_user_moved_to_another_outlet_is_refused_in_the_next_transaction(shop: Shop) -> None:
    manager = act_as(shop, "manager")  # of the whole sentra when they logged in
    with shop.db.transaction() as s:
        catalog_categories.add_category(s, manager, shop.salon.id, "Perawatan")
    with shop.db.transaction() as s:
        user = s.get(User, manager.user_id)
        assert user is not None
        user.outlet_id = shop.cafe.id
    with shop.db.transaction() as s, pytest.raises(NotAllowed):
        require_outlet(s, manager, shop.salon.id)
