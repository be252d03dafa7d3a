"""Actions are proven, not claimed: only the login issues an actor, one table says which role may do what, and every
service that writes checks it. The walk below calls every writing service with an actor of every role."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import pkgutil
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from types import ModuleType

import pytest
from shop import Shop, act_as, approved, log_in
from time_machine import TimeMachineFixture

import ska_pos.services
from ska_pos import clock
from ska_pos.db.models import AuditEntry, User
from ska_pos.domain.settlement import Tender
from ska_pos.services import auth, cart_ops, permissions, reversals, sales, setup
from ska_pos.services.actor import ROLES, Actor, Approval, ForgedActor
from ska_pos.services.cart import Cart
from ska_pos.services.errors import PermissionDenied
from ska_pos.services.permissions import PERMISSIONS, REGISTERED, NotAllowed

ROOT = Path(__file__).resolve().parents[2]

# Public functions that write without an actor, and why no one's role is asked.
WRITES_WITHOUT_ACTOR = {
    "ska_pos.services.catalog_import_writes.write_plan": "writes the plan of import_catalog, which checks the table",
    "ska_pos.services.catalog_import_writes.write_durations": "writes the services' minutes of import_catalog, "
    "which checks the table",
    "ska_pos.services.salon.sessions.pay_lines_with_sessions": "uses the sessions of salon.queue.finish_visit, which "
    "checked the finish",
    "ska_pos.services.auth.login": "is the PIN check itself (it counts wrong PINs)",
    "ska_pos.services.auth.approve": "is the supervisor's PIN check itself",
    "ska_pos.services.auth.login_for_command": "is the administrator's PIN check itself, for a command",
    "ska_pos.services.auth.change_pin_at_login": "is the PIN check itself, then the user's own new PIN",
    "ska_pos.services.first_start.create_first_start": "runs on an empty database, as auth.system_actor",
    "ska_pos.services.till_claims.claim_till": "the computer claims its till before anyone logs in",
    "ska_pos.services.till_claims.renew_claim": "the computer keeps its claim",
    "ska_pos.services.till_claims.release_till": "the computer lets its till go",
    "ska_pos.services.settings.set_language": "the display language, chosen on the login page",
    "ska_pos.services.settings.store_setting": "used by services that checked their own permission",
    "ska_pos.services.salon.durations.store_duration": "used by services that checked their own permission",
    "ska_pos.services.settings.store_value": "used by services that checked their own permission",
    "ska_pos.services.journal_closings.write_closing": "used by the closings that checked (shift.close, day.close)",
    "ska_pos.services.journal_verify.record_check": "the outcome of a check anyone may run (ska-pos verify)",
    "ska_pos.services.shifts.record_drawer_opening": "the printer kicked the drawer with a sale already allowed",
    "ska_pos.services.shifts.record_drawer_opening_for_sale": "the same, found from the sale",
    "ska_pos.services.cart_ops.set_sale_discount": "changes the cart in memory (approval checked there)",
    "ska_pos.services.export_files.write_xlsx": "writes a file, not the database",
    "ska_pos.services.permissions.requires": "the decorator that marks the checked services",
    "ska_pos.services.audit.record": "the audit log, written by the services that checked",
    "ska_pos.services.personal_data.store_personal_data": "seals values on the worker row its checked caller writes",
    "ska_pos.services.settings.journal_change": "the journal entry of a settings change whose service checked",
    "ska_pos.services.journal_genesis.seal_all": "run by the upgrade (migration 0008), before anyone can log in",
    "ska_pos.services.restore_journal.journal_restore": "a restore's entries, once `restorer_in` checked the PIN and "
    "`backup.restore` in the database the restore replaces (its users are not the restored database's)",
    # these only read: what the walk takes for a write is a Python set's `add` or a dict's `update`
    "ska_pos.services.journal_anchors.check_backups": "reads the backups' journals",
    "ska_pos.services.journal_cross_check.cross_check": "reads the tables and the journal",
    "ska_pos.services.journal_genesis.unjournaled": "reads",
    "ska_pos.services.journal_genesis.check_seals": "reads",
    "ska_pos.services.journal_genesis.journaled_ids": "reads",
    "ska_pos.services.journal_verify.verify": "reads everything, writes nothing",
    "ska_pos.services.catalog_import.plan_import": "reads the rows against the database: the window shows the plan "
    "before import_catalog (checked) writes it",
    "ska_pos.services.stock.recipe_unit_guard.units_recipes_break": "reads the recipes an item's new unit would break",
    "ska_pos.services.restore_journal.file_sha256": "reads a file",
    "ska_pos.services.qris_setup.read_qris_picture": "reads a picture (the walk takes setting Pillow's pixel limit "
    "while it opens it for a write)",
    "ska_pos.services.outlets.outlet_settings": "reads an outlet's columns and settings into one form",
    "ska_pos.services.orders.rows.write_payment": "called by the order services after their own permission check",
    "ska_pos.services.packages.expiry.expire_due": "the expiry the calendar makes due, run by shift.open, day.close "
    "and package.expire, which checked",
    "ska_pos.services.reversals.void_package_session": "the void of packages.undo.undo_session, which checked "
    "package.undo and the supervisor's approval",
    "ska_pos.services.orders.fittings.write_fitting": "writes the fitting of book_fitting or take_order (checked)",
    "ska_pos.services.orders.measurements.write_measurement": "writes the taking of take_measurement or take_order "
    "(checked)",
    "ska_pos.services.orders.measurements.link_takings": "names the takings of an order take_order writes (checked)",
    "ska_pos.services.orders.tailoring_intake.attach_tailoring": "writes the tailoring part of take_order (checked)",
    "ska_pos.services.sale_writing.write_sale": "writes the sale of the services that checked (sale.complete, "
    "order.move)",
    "ska_pos.services.sales.settle_and_write": "settles and writes the sale or bill part its checked caller priced",
    "ska_pos.services.stock.ledger.post": "writes the stock movements of the services that checked (sale, refund, "
    "receiving, consignment, waste, stock take)",
    "ska_pos.services.stock.ledger.levels": "locks the on-hand rows a checked service's movements will change, "
    "first inserting an empty row where none exists yet (PostgreSQL)",
    "ska_pos.services.stock.ledger.lock": "the same locks, taken for all a checked sale will write in one sorted pass",
    "ska_pos.services.tabs.closing.record_tab_sale": "the tab's payment, in the sale written by sales.complete_sale "
    "or complete_bill_part, which checked sale.complete",
    "ska_pos.services.tabs.writes.add_event": "a tab's event, written by the tab services that checked",
    "ska_pos.services.tabs.state.load_tab": "reads a tab's rows (the walk takes a set's `add` for a write)",
    "ska_pos.services.tabs.state.floor": "reads the outlet's tables and open tabs",
}
# Public functions that take an actor only to read (what the actor may see, or where they are).
READS_WITH_ACTOR = {
    "ska_pos.services.personal_data.require_personal_data_access",
    "ska_pos.services.personal_data.may_see_personal_data",
    "ska_pos.services.personal_data_reseal.require_reseal_access",
    "ska_pos.services.personal_data.view_records",
    "ska_pos.services.personal_data.erasure_records",
    "ska_pos.services.catalog_outlets.catalog_outlets",
    "ska_pos.services.workers.list_workers",
    "ska_pos.services.workers.get_worker",
    "ska_pos.services.shifts.current_shift",
    "ska_pos.services.sale_context.place_of",
    "ska_pos.services.sale_checks.check_cart",
    "ska_pos.services.orders.access.order_here",
    "ska_pos.services.orders.access.approver_of",
    "ska_pos.services.orders.stages.due_at_collection",  # a read the counter shows before a collection
    "ska_pos.services.orders.messages.prepare_message",  # a read: the message shown before it is opened
    "ska_pos.services.earnings.period.today_at",
    "ska_pos.services.earnings.access.is_manager",
    "ska_pos.services.earnings.access.require_manager",
    "ska_pos.services.permissions.require",
    "ska_pos.services.permissions.home_outlet",  # the outlet a user is tied to, for the checks below
    "ska_pos.services.permissions.require_outlet",
    "ska_pos.services.permissions.require_outlet_of",
    "ska_pos.services.permissions.require_worker",
    "ska_pos.services.catalog_export.export_catalog",  # reads: the actor for the outlet check
    "ska_pos.services.catalog_export.price_list",
    "ska_pos.services.prices.till_of",
    "ska_pos.services.customers.phone_of",
    "ska_pos.services.users.may_manage_role",
    "ska_pos.services.stock.receiving.check_lines",  # the checks of a note's lines, before a checked service writes
    "ska_pos.services.stock.transfers.acting_outlet",  # which outlet a checked transfer service acts at
}
_WRITE_CALLS = {"add", "add_all", "delete", "insert", "update", "record", "merge"}


def service_modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages(ska_pos.services.__path__, "ska_pos.services."):
        yield importlib.import_module(info.name)


def _writing_functions(module: ModuleType) -> set[str]:
    """Functions of the module whose body writes (session.add, insert(), update(), delete(), audit.record), or
    calls one of the module's functions that does."""
    tree = ast.parse(inspect.getsource(module))
    bodies = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    calls: dict[str, set[str]] = {}
    writes: set[str] = set()
    for name, node in bodies.items():
        called = set()
        for inner in ast.walk(node):
            if _changes_a_row(inner):
                writes.add(name)
            if not isinstance(inner, ast.Call):
                continue
            target = inner.func
            if isinstance(target, ast.Attribute) and (target.attr in _WRITE_CALLS or _appends_to_journal(target)):
                writes.add(name)
            if isinstance(target, ast.Name):
                if target.id in ("insert", "update", "delete"):
                    writes.add(name)
                called.add(target.id)
        calls[name] = called
    changed = True
    while changed:
        changed = False
        for name, called in calls.items():
            if name not in writes and called & writes:
                writes.add(name)
                changed = True
    return writes


def _appends_to_journal(target: ast.Attribute) -> bool:
    return isinstance(target.value, ast.Name) and target.value.id == "journal" and target.attr.startswith("append")


def _changes_a_row(node: ast.AST) -> bool:
    """`row.field = value` (or `+=`) on anything but a local being built: a loaded row changed in place."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AugAssign) else []
    return any(isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) for target in targets)


def public_functions(module: ModuleType) -> Iterator[tuple[str, object]]:
    for name, function in vars(module).items():
        if name.startswith("_") or not inspect.isfunction(function):
            continue
        if inspect.unwrap(function).__module__ == module.__name__:
            yield f"{module.__name__}.{name}", function


def test_every_service_that_writes_checks_the_table() -> None:
    unchecked, seen = [], set()
    for module in service_modules():
        writing = _writing_functions(module)
        for qualname, function in public_functions(module):
            name = qualname.rsplit(".", 1)[1]
            seen.add(qualname)
            takes_actor = "actor" in inspect.signature(function).parameters  # type: ignore[arg-type]
            registered = hasattr(function, "permission")
            if registered or qualname in WRITES_WITHOUT_ACTOR:
                continue
            if (name in writing and qualname not in READS_WITH_ACTOR) or (takes_actor and qualname not in
                                                                          READS_WITH_ACTOR):  # fmt: skip
                unchecked.append(qualname)
    assert unchecked == []
    assert set(WRITES_WITHOUT_ACTOR) | READS_WITH_ACTOR <= seen, "the lists above name functions that are gone"


def test_every_action_in_the_table_is_checked_by_a_service() -> None:
    list(service_modules())
    assert {action for action, _function in REGISTERED.values()} == set(PERMISSIONS)


@pytest.fixture
def actors(shop: Shop) -> dict[str, Actor]:
    return {role: act_as(shop, role) for role in ROLES}


class _RolledBack(Exception):
    pass


def test_every_writing_service_with_every_role(shop: Shop, actors: dict[str, Actor]) -> None:
    list(service_modules())
    assert REGISTERED
    for qualname, (action, function) in sorted(REGISTERED.items()):
        for role, actor in actors.items():
            may = permissions.allowed(role, action)
            outcome: BaseException | None = None
            try:
                with shop.db.transaction() as s:
                    audit_rows = s.query(AuditEntry).count()
                    try:
                        # Only the session and actor: the check comes before the service looks at anything else.
                        function(s, actor)
                    except Exception as error:  # what matters is which error
                        outcome = error
                        if isinstance(error, NotAllowed):
                            assert not s.new, f"{qualname} added before refusing"
                            assert not s.dirty, f"{qualname} changed before refusing"
                            assert not s.deleted, f"{qualname} deleted before refusing"
                            assert s.query(AuditEntry).count() == audit_rows
                    raise _RolledBack
            except _RolledBack:
                pass
            assert isinstance(outcome, NotAllowed) != may, f"{qualname} ({action}) as {role}: {outcome!r}"


def test_the_table_is_what_docs_permissions_says() -> None:
    written = (ROOT / "docs" / "permissions.md").read_text(encoding="utf-8")
    assert written == permissions.markdown(), "run: python -m ska_pos.services.permissions > docs/permissions.md"


def test_an_actor_cannot_be_built_or_relabelled_outside_the_login(shop: Shop) -> None:
    with pytest.raises(ForgedActor):
        Actor(shop.cashier.user_id, "manager", shop.cafe.id, shop.cashier.till_id)
    with pytest.raises(ForgedActor):
        dataclasses.replace(shop.cashier, role="manager")


def test_only_the_login_service_names_the_issuing_token() -> None:
    naming = [path.relative_to(ROOT).as_posix() for path in (ROOT / "ska_pos").rglob("*.py")
              if "_ISSUER_TOKEN" in path.read_text(encoding="utf-8")]  # fmt: skip
    assert sorted(naming) == ["ska_pos/services/actor.py", "ska_pos/services/auth.py"]


def test_a_wrong_pin_issues_no_actor(shop: Shop) -> None:
    with shop.db.transaction() as s:
        result = auth.login(s, "manajer", "9999", outlet_id=shop.cafe.id, till_id=shop.cashier.till_id)
    assert result.actor is None


def test_a_deactivated_users_actor_is_refused(shop: Shop) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        user = s.get(User, manager.user_id)
        assert user is not None
        user.active = False
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        setup.create_category(s, manager, s.merge(shop.cafe), "Baru")


def test_the_seeding_actor_is_refused_once_the_database_is_set_up(shop: Shop) -> None:
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        auth.system_actor(s)


def test_the_role_is_the_one_the_pin_proved(shop: Shop) -> None:
    with shop.db.transaction() as s:
        cashier = log_in(s, "cashier", shop.cafe.id, uuid.UUID(int=0))
    assert cashier.role == "cashier"
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        setup.create_category(s, cashier, s.merge(shop.cafe), "Baru")


def _sale(shop: Shop) -> uuid.UUID:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id)
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)]).sale_id


def test_an_approval_is_for_one_action_only(shop: Shop) -> None:
    sale_id = _sale(shop)
    with shop.db.transaction() as s:
        for_a_refund = approved(s, "sale.refund")
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        reversals.void_sale(s, shop.cashier, sale_id, "Salah", approval=for_a_refund)
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, sale_id, "Salah", approval=approved(s, "sale.void"))


def test_an_approval_approves_one_action_and_not_the_next_of_its_kind(shop: Shop) -> None:
    first, second = _sale(shop), _sale(shop)
    with shop.db.transaction() as s:
        approval = approved(s, "sale.void")
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, first, "Salah", approval=approval)
    with shop.db.transaction() as s, pytest.raises(PermissionDenied, match="used already"):
        reversals.void_sale(s, shop.cashier, second, "Salah", approval=approval)  # within its two minutes


def test_an_action_that_failed_leaves_its_approval_unspent(shop: Shop) -> None:
    sale_id = _sale(shop)
    with shop.db.transaction() as s:
        approval = approved(s, "sale.void")

    def void_then_fail() -> None:
        with shop.db.transaction() as s:
            reversals.void_sale(s, shop.cashier, sale_id, "Salah", approval=approval)
            raise RuntimeError("the disk is full")  # the void is rolled back

    with pytest.raises(RuntimeError):
        void_then_fail()
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, sale_id, "Salah", approval=approval)  # tried again, not asked again


def test_one_action_may_check_its_approval_more_than_once(shop: Shop) -> None:
    with shop.db.transaction() as s:
        approval = approved(s, "sale.void")
        assert auth.require_approval(s, approval, "sale.void") == shop.supervisor.id
        assert auth.require_approval(s, approval, "sale.void") == shop.supervisor.id


def test_an_approval_expires(shop: Shop, time_machine: TimeMachineFixture) -> None:
    sale_id = _sale(shop)
    time_machine.move_to(clock.now(), tick=False)
    with shop.db.transaction() as s:
        approval = approved(s, "sale.void")
    time_machine.shift(auth.APPROVAL_LIFETIME + timedelta(seconds=1))
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        reversals.void_sale(s, shop.cashier, sale_id, "Salah", approval=approval)


def test_only_the_approval_service_issues_an_approval(shop: Shop) -> None:
    with pytest.raises(ForgedActor):
        Approval(shop.supervisor.id, "sale.void", clock.now() + timedelta(minutes=1))
    with shop.db.transaction() as s:
        approval = approved(s, "sale.void")
        assert approval is not None
        with pytest.raises(ForgedActor):
            dataclasses.replace(approval, action="sale.refund")
        assert approved(s, "sale.void", "cashier") is None  # a cashier's PIN approves nothing


def test_an_approval_from_someone_deactivated_since_is_refused(shop: Shop) -> None:
    sale_id = _sale(shop)
    with shop.db.transaction() as s:
        approval = approved(s, "sale.void")
        user = s.get(User, shop.supervisor.id)
        assert user is not None
        user.active = False
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        reversals.void_sale(s, shop.cashier, sale_id, "Salah", approval=approval)
