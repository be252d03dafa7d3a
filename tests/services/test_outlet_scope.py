"""A user tied to one outlet changes only that outlet, whatever the screen offered (issue 11, trust).

The catalogue screens show a manager of the café the café only; these tests go round the screens, straight to the
services, as that manager, and ask each writing service to change the salon. Every service the permission table
registers is either in `ON_ANOTHER_OUTLET` (called with the salon's rows: it must refuse and write nothing) or in
`AT_THE_TILL_OR_EVERY_OUTLET` with the reason it needs no call of its own."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from shop import Shop, act_as, log_in
from sqlalchemy import delete
from sqlalchemy.orm import Session

from ska_pos.db.models import AuditEntry, DiningTable, Item, Outlet, User, worker_outlet
from ska_pos.domain.orders.opening_hours import DEFAULT_OPENING_HOURS
from ska_pos.i18n import _
from ska_pos.services import (
    catalog_admin,
    catalog_export,
    catalog_import,
    modifier_file,
    modifiers,
    opening_hours,
    outlet_profiles,
    outlets,
    own_barcodes,
    payouts,
    personal_data,
    prep_stations,
    prices,
    printer_settings,
    qris_setup,
    receipt_logo,
    settings,
    setup,
    share_rules,
    users,
    workers,
)
from ska_pos.services.actor import Actor
from ska_pos.services.errors import PermissionDenied
from ska_pos.services.orders import measure_templates
from ska_pos.services.orders import messages as order_messages
from ska_pos.services.orders import pause as order_pause
from ska_pos.services.orders import rules as order_rules
from ska_pos.services.packages import ledger as package_ledger
from ska_pos.services.packages import plans as package_plans
from ska_pos.services.permissions import REGISTERED, NotAllowed, require_outlet
from ska_pos.services.salon import durations as salon_durations
from ska_pos.services.stock import minimums, opening_stock, recipes
from ska_pos.services.stock import rules as stock_rules
from ska_pos.services.tabs import tables
from ska_pos.services.workers import WorkerForm

from .test_permissions import service_modules


@dataclass(frozen=True)
class Salon:
    """Rows of the salon that the café's manager must not touch (made by the administrator)."""

    shop: Shop
    category_id: uuid.UUID
    group_id: uuid.UUID
    option_id: uuid.UUID
    worker_id: uuid.UUID  # works at the salon only
    user_id: uuid.UUID  # a cashier of the salon
    payout_id: uuid.UUID
    till_id: uuid.UUID
    folder: Path


Call = Callable[[Session, Actor, Salon], object]
_OWN_USERS = "You can manage only the users of your own outlet"


def _salon_table(session: Session, salon: Salon) -> uuid.UUID:
    """Two tables of the salon, in this transaction (refused, it is rolled back with them)."""
    rows = [DiningTable(outlet_id=salon.shop.salon.id, name=name, sort_order=place) for place, name in enumerate("AB")]
    session.add_all(rows)
    session.flush()
    return rows[1].id


def _form(salon: Salon) -> WorkerForm:
    return WorkerForm("W020", "Rahmat Hidayat", outlet_ids=(salon.shop.salon.id,))


def _csv(salon: Salon) -> Path:
    path = salon.folder / "katalog.csv"
    path.write_text("sku,name,price\nCRB,Creambath,40000\n", encoding="utf-8")
    return path


def _sentra(s: Session, salon: Salon) -> object:
    outlet = s.get(Outlet, salon.shop.salon.id)
    assert outlet is not None
    return outlet.sentra


def _salon(s: Session, salon: Salon) -> Outlet:
    outlet = s.get(Outlet, salon.shop.salon.id)
    assert outlet is not None
    return outlet


# Each writing service whose rows belong to an outlet, called on the salon's (the message expected: the outlet's).
ON_ANOTHER_OUTLET: dict[str, list[Call]] = {
    "catalog_admin.add_category": [lambda s, a, x: catalog_admin.add_category(s, a, x.shop.salon.id, "Pijat")],
    "catalog_admin.add_item": [
        lambda s, a, x: catalog_admin.add_item(s, a, x.shop.salon.id, catalog_admin.ItemForm("CRB", "Creambath", 40000))
    ],
    "catalog_admin.edit_item": [
        lambda s, a, x: catalog_admin.edit_item(
            s, a, x.shop.potong.id, catalog_admin.ItemForm("POTONG", "Potong", 1, kind="service", unit="service")
        )
    ],
    "catalog_admin.set_item_active": [lambda s, a, x: catalog_admin.set_item_active(s, a, x.shop.potong.id, False)],
    "catalog_admin.rename_category": [lambda s, a, x: catalog_admin.rename_category(s, a, x.category_id, "Lain")],
    "catalog_admin.set_category_active": [
        lambda s, a, x: catalog_admin.set_category_active(s, a, x.category_id, False)
    ],
    "catalog_admin.move_category": [lambda s, a, x: catalog_admin.move_category(s, a, x.category_id, 1)],
    "catalog_import.import_catalog": [
        lambda s, a, x: catalog_import.import_catalog(s, a, _csv(x), default_outlet=_salon(s, x)),
        lambda s, a, x: catalog_import.import_catalog(s, a, _csv(x)),  # no outlet: the sentra's
    ],
    "modifier_file.import_modifier_groups": [
        lambda s, a, x: modifier_file.import_modifier_groups(s, a, x.shop.salon.id, [])
    ],
    "modifiers.add_group": [
        lambda s, a, x: modifiers.add_group(
            s, a, x.shop.salon.id, modifiers.GroupForm("Wangi", 0, 1, (modifiers.OptionForm("Melati"),))
        )
    ],
    "modifiers.set_option_price": [lambda s, a, x: modifiers.set_option_price(s, a, x.option_id, 1, True)],
    "modifiers.set_group_active": [lambda s, a, x: modifiers.set_group_active(s, a, x.group_id, False)],
    "modifiers.offer_group": [lambda s, a, x: modifiers.offer_group(s, a, x.group_id, item_ids=[x.shop.potong.id])],
    "modifiers.withdraw_group": [lambda s, a, x: modifiers.withdraw_group(s, a, x.group_id, item_id=x.shop.potong.id)],
    "orders.messages.set_message_templates": [
        lambda s, a, x: order_messages.set_message_templates(s, a, x.shop.salon.id, {})
    ],
    "packages.plans.set_package_plans": [lambda s, a, x: package_plans.set_package_plans(s, a, x.shop.salon.id, [])],
    "packages.ledger.expire_packages": [
        lambda s, a, x: package_ledger.expire_packages(s, a, x.shop.salon.id, date(2027, 1, 1))
    ],
    "orders.rules.set_order_rules": [
        lambda s, a, x: order_rules.set_order_rules(s, a, x.shop.salon.id, order_rules.OrderRules())
    ],
    "orders.measure_templates.set_measure_template": [
        lambda s, a, x: measure_templates.set_measure_template(s, a, x.shop.salon.id, "rok", ["waist"])
    ],
    "orders.pause.set_order_pause": [
        lambda s, a, x: order_pause.set_order_pause(s, a, x.shop.salon.id, date(2026, 12, 31), "Penuh")
    ],
    "salon.durations.set_service_duration": [
        lambda s, a, x: salon_durations.set_service_duration(s, a, x.shop.potong.id, 45)
    ],
    "outlet_profiles.set_profile_overrides": [
        lambda s, a, x: outlet_profiles.set_profile_overrides(s, a, x.shop.salon.id, {})
    ],
    "outlets.update_outlet_settings": [
        lambda s, a, x: outlets.update_outlet_settings(
            s, a, x.shop.salon.id, outlets.outlet_settings(s, x.shop.salon.id)
        )
    ],
    "own_barcodes.assign_numbers": [lambda s, a, x: own_barcodes.assign_numbers(s, a, [x.shop.potong.id])],
    "payouts.record_adjustment": [
        lambda s, a, x: payouts.record_adjustment(s, a, x.worker_id, 1000, "Koreksi", outlet_id=x.shop.salon.id),
        lambda s, a, x: payouts.record_adjustment(s, a, x.shop.siti.id, 1000, "Koreksi", outlet_id=x.shop.salon.id),
    ],
    "payouts.record_payout": [lambda s, a, x: payouts.record_payout(s, a, x.worker_id, 1000, "cash")],
    "payouts.reverse_payout": [lambda s, a, x: payouts.reverse_payout(s, a, x.payout_id, "Salah")],
    "personal_data.read_personal_data": [lambda s, a, x: personal_data.read_personal_data(s, a, x.worker_id)],
    "personal_data.export_personal_data": [lambda s, a, x: personal_data.export_personal_data(s, a, x.worker_id)],
    "personal_data.export_personal_data_to": [
        lambda s, a, x: personal_data.export_personal_data_to(s, a, x.worker_id, x.folder / "out.json")
    ],
    "personal_data.erase_personal_data": [
        lambda s, a, x: personal_data.erase_personal_data(s, a, x.worker_id, "Persetujuan dicabut")
    ],
    "personal_data.reseal_personal_data": [lambda s, a, x: personal_data.reseal_personal_data(s, a)],
    "prices.change_price": [lambda s, a, x: prices.change_price(s, a, x.shop.potong.id, 30000)],
    "prices.record_price": [lambda s, a, x: prices.record_price(s, a, s.get_one(Item, x.shop.potong.id), 30000, None)],
    "printer_settings.save_printers": [
        lambda s, a, x: printer_settings.save_printers(s, a, x.till_id, printer_settings.load_printers(s, x.till_id))
    ],
    "qris_setup.set_outlet_qris": [lambda s, a, x: qris_setup.set_outlet_qris(s, a, x.shop.salon.id, "000201")],
    "receipt_logo.set_receipt_logo": [lambda s, a, x: receipt_logo.set_receipt_logo(s, a, x.shop.salon.id, None)],
    "settings.set_setting": [
        lambda s, a, x: settings.set_setting(
            s, a, settings.scope_of("outlet", x.shop.salon.id), settings.IDLE_LOCK_MINUTES, 9
        ),
        lambda s, a, x: settings.set_setting(s, a, settings.scope_of("till", x.till_id), settings.IDLE_LOCK_MINUTES, 9),
        lambda s, a, x: settings.set_setting(s, a, "global", settings.IDLE_LOCK_MINUTES, 9),
    ],
    "setup.add_share_rule": [
        lambda s, a, x: setup.add_share_rule(s, a, _salon(s, x), valid_from=date(2027, 1, 1), percent_bp=1000)
    ],
    "setup.create_category": [lambda s, a, x: setup.create_category(s, a, _salon(s, x), "Perawatan")],
    "setup.create_item": [lambda s, a, x: setup.create_item(s, a, _salon(s, x), "CRB", "Creambath", 40000)],
    "setup.create_worker": [
        lambda s, a, x: setup.create_worker(s, a, _sentra(s, x), "W021", "Rahmat", [_salon(s, x)]),  # type: ignore[arg-type]
        lambda s, a, x: setup.create_worker(s, a, _sentra(s, x), "W021", "Rahmat", []),  # type: ignore[arg-type]
    ],
    "share_rules.add_rule": [
        lambda s, a, x: share_rules.add_rule(
            s, a, x.shop.salon.id, scope="outlet", valid_from=date(2027, 1, 1), percent_bp=1000
        )
    ],
    "stock.minimums.set_minimum": [lambda s, a, x: minimums.set_minimum(s, a, x.shop.salon_shampoo.id, Decimal(2))],
    "stock.recipes.import_recipes": [lambda s, a, x: recipes.import_recipes(s, a, x.shop.salon.id, [])],
    "stock.opening_stock.import_opening_stock": [
        lambda s, a, x: opening_stock.import_opening_stock(
            s, a, opening_stock.OpeningFile([opening_stock.OpeningRow(2, "SLN", "SHMP", "", Decimal(1), 1)], [], "x")
        )
    ],
    "stock.rules.set_allow_negative_stock": [
        lambda s, a, x: stock_rules.set_allow_negative_stock(s, a, x.shop.salon.id, True)
    ],
    "tabs.tables.set_tables": [lambda s, a, x: tables.set_tables(s, a, x.shop.salon.id, [])],
    "tabs.tables.add_table": [lambda s, a, x: tables.add_table(s, a, x.shop.salon.id, tables.TableForm("S9"))],
    "tabs.tables.rename_table": [lambda s, a, x: tables.rename_table(s, a, _salon_table(s, x), tables.TableForm("S8"))],
    "tabs.tables.move_table": [lambda s, a, x: tables.move_table(s, a, _salon_table(s, x), -1)],
    "tabs.tables.retire_table": [lambda s, a, x: tables.retire_table(s, a, _salon_table(s, x))],
    "prep_stations.save_routing": [
        lambda s, a, x: prep_stations.save_routing(s, a, x.shop.salon.id, [prep_stations.StationForm("Bar")], {})
    ],
    "opening_hours.set_opening_hours": [
        lambda s, a, x: opening_hours.set_opening_hours(s, a, x.shop.salon.id, DEFAULT_OPENING_HOURS)
    ],
    "users.add_user": [
        lambda s, a, x: users.add_user(s, a, users.NewUser("rani", "Rani", "cashier", x.shop.salon.id, "5555"))
    ],
    "users.edit_user": [lambda s, a, x: users.edit_user(s, a, x.user_id, "Sari", x.shop.salon.id, None)],
    "users.change_role": [lambda s, a, x: users.change_role(s, a, x.user_id, "supervisor")],
    "users.set_active": [lambda s, a, x: users.set_active(s, a, x.user_id, False)],
    "users.reset_pin": [lambda s, a, x: users.reset_pin(s, a, x.user_id, "6666")],
    "users.unlock": [lambda s, a, x: users.unlock(s, a, x.user_id)],
    "workers.add_worker": [lambda s, a, x: workers.add_worker(s, a, _form(x))],
    "workers.edit_worker": [
        lambda s, a, x: workers.edit_worker(s, a, x.worker_id, _form(x)),
        # Siti works at both: the café's manager may not take her out of the salon
        lambda s, a, x: workers.edit_worker(
            s, a, x.shop.siti.id, WorkerForm("W001", "Siti Rahayu", outlet_ids=(x.shop.cafe.id,))
        ),
    ],
    "workers.set_active": [lambda s, a, x: workers.set_active(s, a, x.worker_id, False)],
}

_AT_THE_TILL = "acts at the outlet of the actor's till, which `permissions.require` checks against the user's outlet"
_ADMIN = "administrators only, who act on every outlet"
# Writing services with no check of their own, and why.
AT_THE_TILL_OR_EVERY_OUTLET: dict[str, str] = {
    **dict.fromkeys(
        [
            "customers.add_customer",
            "tabs.ticket_output.record_tab_tickets",
            "held_sales.hold",
            "held_sales.recall",
            "journal_closings.close_day",
            "order_sales.complete_order_sale",
            "orders.cancel.cancel_order",
            "orders.fittings.book_fitting",
            "orders.fittings.fitting_done",
            "orders.measurements.take_measurement",
            "orders.intake.take_order",
            "orders.messages.record_message",
            "packages.ledger.sell_package",
            "packages.ledger.use_package",
            "orders.payments.pay_order",
            "orders.payments.refund_order",
            "orders.stages.collect_order",
            "orders.stages.move_order",
            "print_jobs.queue_sale_prints",
            "salon.appointments.book_appointment",
            "salon.appointments.cancel_appointment",
            "salon.appointments.mark_arrived",
            "salon.appointments.move_appointment",
            "salon.queue.finish_visit",
            "salon.queue.join_queue",
            "salon.queue.start_service",
            "salon.queue.take_next",
            "reversals.refund_lines",
            "reversals.void_sale",
            "sales.complete_sale",
            "shifts.close_shift",
            "shifts.move_cash",
            "shifts.open_shift",
            "shifts.take_over_shift",
            "split_sales.complete_bill_part",
            "stock.counts.approve_count",
            "stock.counts.cancel_count",
            "stock.counts.enter_count",
            "stock.counts.start_count",
            "stock.receiving.adjust_stock",
            "stock.receiving.consign_in",
            "stock.receiving.consign_return",
            "stock.receiving.receive_goods",
            "stock.receiving.add_supplier",
            "stock.transfers.receive_transfer",
            "stock.transfers.send_transfer",
            "tabs.paying.pay_tab",
            "tabs.paying.pay_tab_part",
            "tabs.writes.merge_tabs",
            "tabs.writes.move_tab",
            "tabs.writes.open_tab",
            "tabs.writes.send_round",
            "tabs.writes.void_sent_line",
            "tips.record_tip",
        ],
        _AT_THE_TILL,
    ),
    **dict.fromkeys(
        [
            "machine_settings.change_machine_settings",
            "outlets.add_outlet",
            "outlets.add_till",
            "outlets.set_till_active",
            "own_barcodes.set_prefix",
            "restore_journal.authorise_restore",
            "setup.create_outlet",
            "setup.create_sentra",
            "setup.create_till",
            "setup.create_user",
            "till_enrolment.enrol_till",
        ],
        _ADMIN,
    ),
    "customers.edit_customer": "the sentra's one customer list, shared by its outlets",
    "stock.suppliers.edit_supplier": "the sentra's one supplier list, shared by its outlets",
    "stock.suppliers.set_supplier_active": "the sentra's one supplier list, shared by its outlets",
}


@pytest.fixture
def salon(shop: Shop, tmp_path: Path) -> Salon:
    admin = act_as(shop, "admin")
    with shop.db.transaction() as s:
        category = catalog_admin.add_category(s, admin, shop.salon.id, "Perawatan")
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
    expected = _OWN_USERS if service.startswith("users.") else "You manage only outlet {outlet}"
    assert outcome.message == _(expected, outlet="KFE"), outcome.message


@pytest.mark.parametrize("service", ["catalog_admin.add_category", "prices.change_price", "workers.set_active"])
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
        catalog_admin.add_category(s, manager, shop.cafe.id, "Kue")
        prices.change_price(s, manager, shop.kopi.id, 9000)
        workers.set_active(s, manager, shop.siti.id, False)  # she works at the salon too: the café's worker still
    with shop.db.reading() as s:
        assert [row.name for row in catalog_admin.list_categories(s, shop.cafe.id)][-1] == "Kue"


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
        catalog_admin.add_category(s, manager, shop.salon.id, "Perawatan")
    with shop.db.transaction() as s:
        user = s.get(User, manager.user_id)
        assert user is not None
        user.outlet_id = shop.cafe.id
    with shop.db.transaction() as s, pytest.raises(NotAllowed):
        require_outlet(s, manager, shop.salon.id)
