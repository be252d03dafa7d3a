"""The calls of tests/services/test_outlet_scope.py: each writing service the permission table registers, either called
on the salon's rows as a manager of the café (`ON_ANOTHER_OUTLET`, it must refuse and write nothing) or listed with the
reason it needs no outlet check of its own (`AT_THE_TILL_OR_EVERY_OUTLET`), and the salon those calls act on."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from shop import Shop
from sqlalchemy.orm import Session

from ska_pos.db.models import DiningTable, Item, Outlet
from ska_pos.domain.orders.opening_hours import DEFAULT_OPENING_HOURS
from ska_pos.services import (
    catalog_admin,
    catalog_categories,
    catalog_import,
    modifier_file,
    modifiers,
    opening_hours,
    outlet_profiles,
    outlets,
    own_barcodes,
    payouts,
    personal_data,
    personal_data_reseal,
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
from ska_pos.services.orders import measure_templates
from ska_pos.services.orders import messages as order_messages
from ska_pos.services.orders import pause as order_pause
from ska_pos.services.orders import rules as order_rules
from ska_pos.services.packages import expiry as package_expiry
from ska_pos.services.packages import plans as package_plans
from ska_pos.services.salon import durations as salon_durations
from ska_pos.services.stock import minimums, opening_stock, recipes
from ska_pos.services.stock import rules as stock_rules
from ska_pos.services.tabs import tables
from ska_pos.services.workers import WorkerForm


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
OWN_USERS = "You can manage only the users of your own outlet"


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
    "catalog_categories.add_category": [
        lambda s, a, x: catalog_categories.add_category(s, a, x.shop.salon.id, "Pijat")
    ],
    "catalog_admin.add_item": [
        lambda s, a, x: catalog_admin.add_item(s, a, x.shop.salon.id, catalog_admin.ItemForm("CRB", "Creambath", 40000))
    ],
    "catalog_admin.edit_item": [
        lambda s, a, x: catalog_admin.edit_item(
            s, a, x.shop.potong.id, catalog_admin.ItemForm("POTONG", "Potong", 1, kind="service", unit="service")
        )
    ],
    "catalog_admin.set_item_active": [lambda s, a, x: catalog_admin.set_item_active(s, a, x.shop.potong.id, False)],
    "catalog_categories.rename_category": [
        lambda s, a, x: catalog_categories.rename_category(s, a, x.category_id, "Lain")
    ],
    "catalog_categories.set_category_active": [
        lambda s, a, x: catalog_categories.set_category_active(s, a, x.category_id, False)
    ],
    "catalog_categories.move_category": [lambda s, a, x: catalog_categories.move_category(s, a, x.category_id, 1)],
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
    "packages.expiry.expire_packages": [lambda s, a, x: package_expiry.expire_packages(s, a, x.shop.salon.id)],
    "orders.rules.set_order_rules": [
        lambda s, a, x: order_rules.set_order_rules(s, a, x.shop.salon.id, order_rules.OrderRules())
    ],
    "orders.measure_templates.set_measure_template": [
        lambda s, a, x: measure_templates.set_measure_template(s, a, x.shop.salon.id, "rok", ["waist"])
    ],
    "orders.measure_templates.set_measure_names": [
        lambda s, a, x: measure_templates.set_measure_names(s, a, x.shop.salon.id, {"knee": "Lutut"})
    ],
    "orders.measure_templates.rename_measure_template": [
        lambda s, a, x: measure_templates.rename_measure_template(s, a, x.shop.salon.id, "rok", "Rok span")
    ],
    "orders.measure_templates.rename_measure_templates": [
        lambda s, a, x: measure_templates.rename_measure_templates(s, a, x.shop.salon.id, {"rok": "Rok span"})
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
    "personal_data_reseal.reseal_personal_data": [lambda s, a, x: personal_data_reseal.reseal_personal_data(s, a)],
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
            "packages.refunds.refund_package",
            "packages.undo.undo_session",
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
