"""The one table of who may do what, and the check every writing service makes.

Each writing service is marked `@requires("action")`: before it runs, the actor (issued by `services.auth` after a
PIN) must hold a role the table allows for the action, and still be an active user. A refusal raises
`PermissionDenied` and writes nothing. `docs/permissions.md` is rendered from `PERMISSIONS` (tests check it).
"""

from __future__ import annotations

import functools
import inspect
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import bindparam, event, select
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.orm.util import identity_key

from ska_pos.db.models import Base, Outlet, User, Worker, worker_outlet
from ska_pos.db.prepared import PreparedSelect
from ska_pos.i18n import _
from ska_pos.services.actor import APPROVAL_ACTIONS, NO_PLACE, ROLES, Actor, role_at_least
from ska_pos.services.errors import PermissionDenied


class NotAllowed(PermissionDenied):
    """The actor's role may not do this action, or the actor is no longer a valid login."""


P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Permission:
    minimum_role: str
    what: str


PERMISSIONS: dict[str, Permission] = {
    # At the till
    "sale.complete": Permission("cashier", "Complete a sale"),
    "sale.hold": Permission("cashier", "Park a sale to finish later"),
    "sale.tip": Permission("cashier", "Enter a customer's tip for the workers of a sale"),
    "sale.recall": Permission("cashier", "Take a parked sale back to the till"),
    "sale.void": Permission("cashier", "Void a sale (with a supervisor's approval)"),
    "sale.refund": Permission("cashier", "Refund lines of a sale (with a supervisor's approval)"),
    "receipt.queue": Permission("cashier", "Queue a sale's receipt and kitchen ticket for printing"),
    "shift.open": Permission("cashier", "Open a shift with its float"),
    "shift.take_over": Permission("cashier", "Carry on the till's open shift from another cashier"),
    "cash.move": Permission("cashier", "Put cash in or take it out (out needs a supervisor's approval)"),
    "shift.close": Permission("cashier", "Close a shift with the counted cash"),
    "day.close": Permission("supervisor", "Close a till's business day in its journal"),
    # The till's settings
    "printer.settings": Permission("supervisor", "Change this till's printers"),
    "setting.set": Permission("manager", "Change an outlet's settings (idle lock, shift difference limit)"),
    "outlet.profile": Permission("manager", "Change what an outlet does (its profile's capabilities)"),
    "outlet.qris": Permission("manager", "Set an outlet's QRIS code"),
    "machine.settings": Permission("admin", "Choose which till this computer is, where and how long it keeps backups"),
    "outlet.edit": Permission("manager", "Change an outlet's receipt, tax, service charge, rounding and limits"),
    "outlet.hours": Permission("manager", "Change an outlet's opening hours (they bound the orders' promised times)"),
    # Workers and their money
    "worker.add": Permission("manager", "Add a worker"),
    "worker.edit": Permission("manager", "Change a worker's details"),
    "worker.set_active": Permission("manager", "Deactivate or reactivate a worker"),
    "share_rule.add": Permission("manager", "Add a worker share rule"),
    "personal.view": Permission("manager", "See a worker's NIK, phone and bank account (each view is recorded)"),
    "personal.export": Permission("manager", "Export one worker's personal data"),
    "personal.erase": Permission("manager", "Erase a worker's personal data when consent is withdrawn"),
    "personal.reseal": Permission("manager", "Seal all personal data again with a new key"),
    "payout.record": Permission("manager", "Record a payout to a worker"),
    "payout.reverse": Permission("manager", "Reverse a payout"),
    "earnings.adjust": Permission("manager", "Record an adjustment of a worker's earnings"),
    # Setting up the sentra
    "catalog.import": Permission("manager", "Import a catalogue file"),
    "category.create": Permission("manager", "Create a category"),
    "item.create": Permission("manager", "Create an item"),
    "item.edit": Permission("manager", "Change an item's details, deactivate or reactivate it"),
    "item.price": Permission("manager", "Change an item's price from a date (the history is kept)"),
    "barcode.prefix": Permission("admin", "Choose the sentra's own barcode range (EAN-13 prefix 20 to 29)"),
    "category.edit": Permission("manager", "Rename, deactivate or reorder a category"),
    "modifier.edit": Permission("manager", "Define modifier groups and options, and offer them on items"),
    "sentra.create": Permission("admin", "Create a sentra"),
    "outlet.create": Permission("admin", "Create an outlet"),
    "till.create": Permission("admin", "Create a till"),
    "till.set_active": Permission("admin", "Deactivate or reactivate a till"),
    "till.enrol": Permission("admin", "Make a computer a till (enrol it), or take a till over from another one"),
    "user.create": Permission("admin", "Create a user"),
    "backup.restore": Permission("admin", "Put a backup in place of a till's database file (`ska-pos restore`)"),
    # Users (beyond the table: admins manage everyone; managers the cashiers and supervisors of their own outlet,
    # or of every outlet when sentra-wide; no one their own role or activity; never the last active admin)
    "user.add": Permission("manager", "Add a user with a first PIN (they choose their own at the first login)"),
    "user.edit": Permission("manager", "Change a user's name, outlet and the worker they also are"),
    "user.role": Permission("manager", "Change a user's role"),
    "user.set_active": Permission("manager", "Deactivate or reactivate a user"),
    "user.reset_pin": Permission("manager", "Reset a user's PIN (they choose a new one at the next login)"),
    "user.unlock": Permission("supervisor", "Unlock a user locked out by wrong PINs (supervisors: cashiers only)"),
    # Orders that take days (laundry, tailoring, salon: docs/orders.md)
    "order.take": Permission("cashier", "Take an order (lines, customer, promised time, a deposit)"),
    "order.pay": Permission("cashier", "Take a deposit or a payment of the balance on an order"),
    "order.move": Permission("cashier", "Move an order to a later stage; complete it (its sale) and hand it over"),
    "order.refund": Permission("cashier", "Give back what is held on an order (with a supervisor's approval)"),
    "order.cancel": Permission("cashier", "Cancel an order, with a reason (with a supervisor's approval)"),
    "order.rules": Permission("manager", "Change an outlet's order rules (pay later, cancellation fee, express)"),
    "order.message": Permission("cashier", "Record a WhatsApp message opened for an order's customer"),
    "order.message_templates": Permission("manager", "Change an outlet's WhatsApp message templates"),
    # Prepaid packages (a salon's N sessions of a service: docs/orders.md)
    "package.plans": Permission("manager", "Set the packages an outlet sells (sessions, service, days, price)"),
    "package.sell": Permission("cashier", "Sell a prepaid package to a customer"),
    "package.use": Permission("cashier", "Use a session of a customer's package, crediting the worker who served"),
    "package.expire": Permission("supervisor", "Record the expiry of packages past their last day (breakage)"),
    "package.refund": Permission("cashier", "Give back what a package still holds (with a supervisor's approval)"),
    "package.undo": Permission("cashier", "Undo a session used by mistake (with a supervisor's approval)"),
    "order.measure": Permission("cashier", "Take a customer's measurements (a galeri jahit)"),
    "order.fitting": Permission("cashier", "Book a fitting on an order, or mark it done"),
    "order.templates": Permission("manager", "Change which measures an outlet takes for a garment type"),
    "order.pause": Permission("manager", "Stop an outlet taking orders until a date (with a message)"),
    # The salon's day (docs/orders.md)
    "salon.book": Permission("cashier", "Book, move or cancel an appointment with a worker; mark the customer arrived"),
    "salon.durations": Permission("manager", "Set how many minutes a service takes"),
    # Open tabs by table (a café)
    "tab.tables": Permission("manager", "Set an outlet's tables (name, area, order)"),
    "tab.open": Permission("cashier", "Open a tab on a free table"),
    "tab.send": Permission("cashier", "Send a round of a tab to the kitchen"),
    "tab.move": Permission("cashier", "Move a tab to a free table"),
    "tab.merge": Permission("cashier", "Merge two open tabs into one"),
    "tab.void": Permission("cashier", "Void an item already sent to the kitchen (with a supervisor's approval)"),
    "station.routing": Permission("manager", "Set an outlet's stations (bar, kitchen) and what each makes"),
    # Stock
    "supplier.edit": Permission("manager", "Add a supplier"),
    "stock.receive": Permission("supervisor", "Receive goods from a supplier (quantity and cost)"),
    "stock.consign": Permission("supervisor", "Take in a maker's consigned pieces, or give them back"),
    "stock.adjust": Permission("manager", "Write off waste or adjust an item's stock, with the reason"),
    "stock.count": Permission("supervisor", "Start a stock take and enter what was counted"),
    "stock.count_approve": Permission("manager", "Approve a stock take's differences (with reasons) or cancel it"),
    "stock.rules": Permission("manager", "Let an outlet's stock fall below zero, or not"),
    "stock.minimum": Permission("manager", "Set the stock level at which an item is low and goes on the reorder list"),
    "stock.transfer": Permission("supervisor", "Send goods to another outlet of the sentra"),
    "stock.transfer_receive": Permission(
        "supervisor", "Receive goods sent from another outlet (a loss on the way needs a supervisor's approval)"
    ),
    "recipe.edit": Permission("manager", "Change what a café item uses up of its ingredients (its recipe)"),
    # Customers
    "customer.add": Permission("cashier", "Add a customer (name, phone, notes)"),
    "customer.edit": Permission("supervisor", "Change a customer's details, and see their whole phone number"),
}

# Every function marked `@requires`, by its qualified name: the walking test calls each one with every role.
REGISTERED: dict[str, tuple[str, Callable[..., Any]]] = {}


def allowed(role: str, action: str) -> bool:
    return role_at_least(role, PERMISSIONS[action].minimum_role)


def require(session: Session, actor: Actor, action: str) -> None:
    """Raises `PermissionDenied` unless the actor may do `action` now."""
    if not isinstance(actor, Actor):
        raise NotAllowed(_("Log in to do this"))
    if not allowed(actor.role, action):
        raise NotAllowed(_("Only a {role} or higher may do this", role=role_label(PERMISSIONS[action].minimum_role)))
    if actor.system:
        return
    if not _still_valid(session, actor):
        raise NotAllowed(_("Your login is no longer valid; log in again"))
    if actor.outlet_id != NO_PLACE:  # logged in at a till: what they do there is that outlet's
        require_outlet(session, actor, actor.outlet_id)


def _still_valid(session: Session, actor: Actor) -> bool:
    held = _held_user(session, actor)
    if held is not None:  # the user as this transaction has it, with any change not yet flushed
        return held.active and held.role == actor.role
    verified: dict[tuple[uuid.UUID, str], uuid.UUID | None] = session.info.setdefault(_VERIFIED, {})
    if (actor.user_id, actor.role) in verified:
        return True
    row = _USER.first(session.connection(), {"user_id": actor.user_id})
    if row is None or not row.active or row.role != actor.role:
        return False
    verified[(actor.user_id, actor.role)] = row.outlet_id
    return True


def _held_user(session: Session, actor: Actor) -> User | None:
    """The actor's User object as this session holds it, if it does. A sale's session holds no ORM object at all:
    the empty map is asked nothing (making the identity key costs more than the rest of the check)."""
    if not session.identity_map:
        return None
    held: User | None = session.identity_map.get(identity_key(User, actor.user_id))
    return held


def home_outlet(session: Session, actor: Actor) -> uuid.UUID | None:
    """The one outlet the actor is tied to (`User.outlet_id`); None for an administrator, the seeding actor and a
    user of the whole sentra, who act on every outlet."""
    if actor.system or actor.role == "admin":
        return None
    held = _held_user(session, actor)
    if held is not None:
        return held.outlet_id
    verified: dict[tuple[uuid.UUID, str], uuid.UUID | None] = session.info.setdefault(_VERIFIED, {})
    if (actor.user_id, actor.role) not in verified:
        row = _USER.first(session.connection(), {"user_id": actor.user_id})
        return row.outlet_id if row is not None else None
    return verified[(actor.user_id, actor.role)]


def require_outlet(session: Session, actor: Actor, outlet_id: uuid.UUID | None) -> None:
    """Raises `NotAllowed` unless the actor may act on `outlet_id` (None: the whole sentra): a user tied to one
    outlet acts on that outlet only, whatever the screen offered them. Call it before anything is written."""
    home = home_outlet(session, actor)
    if home is None or outlet_id == home:
        return
    code = session.scalar(select(Outlet.code).where(Outlet.id == home))
    raise NotAllowed(_("You manage only outlet {outlet}", outlet=code or "?"))


def require_outlet_of(session: Session, actor: Actor, model: type[Base], row_id: uuid.UUID | None) -> None:
    """`require_outlet` for the outlet a row belongs to (an item, a category, a modifier group...). A row that is
    not there passes: the service says it is unknown."""
    if row_id is None or home_outlet(session, actor) is None:
        return
    owner: Any = model  # a model with `id` and `outlet_id` columns
    outlet_id = session.scalar(select(owner.outlet_id).where(owner.id == row_id))
    if outlet_id is not None:
        require_outlet(session, actor, outlet_id)


def require_worker(session: Session, actor: Actor, worker_id: uuid.UUID | None) -> None:
    """`require_outlet` for a worker, who may work in several outlets: a user tied to one outlet acts on the
    workers of that outlet only, and a worker of no outlet is the whole sentra's. A worker who is not there passes:
    the service says they are unknown."""
    home = home_outlet(session, actor)
    if home is None or worker_id is None:
        return
    outlets = set(session.scalars(select(worker_outlet.c.outlet_id).where(worker_outlet.c.worker_id == worker_id)))
    if not outlets:
        if session.get(Worker, worker_id) is not None:
            require_outlet(session, actor, None)
        return
    if home not in outlets:
        require_outlet(session, actor, next(iter(outlets)))


# A sale makes several checked calls: the user is read once per transaction (a plain row, not an ORM object),
# and forgotten when the transaction ends, so a user deactivated, given another role or moved to another outlet
# since is refused in the next one. Within the transaction nothing changes the row but this session, whose User
# object is asked first.
_VERIFIED = "ska_pos.permissions.verified"
# db/prepared.py
_USER = PreparedSelect(select(User.active, User.role, User.outlet_id).where(User.id == bindparam("user_id")))


@event.listens_for(Session, "after_transaction_end")
def _forget_verified(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_VERIFIED, None)


def role_label(role: str) -> str:
    """A role as the person reads it, in their language."""
    labels = {"cashier": _("cashier"), "supervisor": _("supervisor"), "manager": _("manager"),
              "admin": _("administrator")}  # fmt: skip
    return labels.get(role, role)


def requires(action: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Marks a writing service: `session` and `actor` are its first two parameters."""
    if action not in PERMISSIONS:
        raise KeyError(action)

    def mark(function: Callable[P, R]) -> Callable[P, R]:
        names = list(inspect.signature(function).parameters)
        if names[:2] != ["session", "actor"]:
            raise TypeError(f"{function.__qualname__}: a writing service takes (session, actor, ...)")

        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            session = args[0] if args else kwargs["session"]
            actor = args[1] if len(args) > 1 else kwargs["actor"]
            require(session, actor, action)  # type: ignore[arg-type]
            return function(*args, **kwargs)

        checked.permission = action  # type: ignore[attr-defined]
        REGISTERED[f"{function.__module__}.{function.__qualname__}"] = (action, checked)
        return checked

    return mark


def markdown() -> str:
    """`docs/permissions.md`: the table above, one row per action, one column per role."""
    lines = [
        "# Who may do what",
        "",
        "Generated from `ska_pos/services/permissions.py` (`PERMISSIONS`); do not edit by hand. Regenerate with",
        "`python -m ska_pos.services.permissions > docs/permissions.md`.",
        "",
        "Every service that writes checks the table before it runs, against the actor the login service issued",
        "after the user's PIN (`auth.login`). Some actions also need a supervisor's approval, as their line says.",
        "",
        "| Action | What | " + " | ".join(ROLES) + " |",
        "|---|---|" + "---|" * len(ROLES),
    ]
    for action, permission in PERMISSIONS.items():
        marks = " | ".join("yes" if allowed(role, action) else "no" for role in ROLES)
        lines.append(f"| `{action}` | {permission.what} | {marks} |")
    lines += [
        "",
        "## One outlet or every outlet",
        "",
        "A user tied to one outlet (`app_user.outlet_id`) acts on that outlet only; an administrator, and a user with",
        "no outlet (sentra-wide), act on every outlet. The services check it themselves, whatever a screen offered",
        '(`permissions.require_outlet`, refused with "Anda hanya mengelola gerai ..." and nothing written):',
        "",
        "- at a till: a tied user logged in at another outlet's till is refused by every service above (the check is",
        "  part of the table's, once per transaction, so a user moved to another outlet is refused from the next one);",
        "- what names an outlet or belongs to one: items, categories, prices, imports (the default outlet and every",
        "  row's `outlet_code`), modifiers, own barcodes, stock minimums, recipes, the outlet's settings, profile,",
        "  QRIS code, receipt logo, order rules, tables, share rules and earnings adjustments;",
        "- workers, who may work at several outlets: a tied manager acts on a worker of their outlet (payouts,",
        "  personal data, details), and places a worker in or out of their own outlet only;",
        "- what belongs to the whole sentra (a setting of scope `global`, a worker of no outlet, sealing all personal",
        "  data again with a new key) is for administrators and sentra-wide users.",
        "",
        "`tests/services/test_outlet_scope.py` lists every writing service: each is either called on another outlet",
        "by a tied manager and must refuse, or named with the reason it needs no check of its own.",
        "",
        "## Approvals",
        "",
        "A supervisor's approval is an `Approval` that only `auth.approve` issues, after the supervisor's (or a",
        "manager's) PIN, for one named action (" + ", ".join(f"`{action}`" for action in APPROVAL_ACTIONS) + ")",
        "and for two minutes. The service the action goes to checks the action, the time, and that the approver",
        "may still approve, then records them. An approval is not spent by its first use: within its two minutes",
        "it can be retried after, say, a busy database.",
        "",
        "Not in the table, on purpose:",
        "",
        "- First start (`services.first_start`) runs on an empty database, where no one can log in yet: it creates",
        "  the first administrator with the seeding actor `auth.system_actor`, which is refused once a sentra exists.",
        "  The demo builder seeds an empty database the same way and then logs its demo users in with their PINs.",
        "- Claiming a till (`services.till_claims`) is done by the computer before anyone logs in.",
        "- The display language (`settings.set_language`) is chosen on the login page, before anyone logs in, and",
        "  changes no shop data; a change is journaled at the till it was made at, with no user.",
        "- A drawer opening (`shifts.record_drawer_opening`) is written to the till's journal when the printer kicks",
        "  the drawer with the receipt of a sale that was already allowed (a cash sale at the till says it in its",
        "  own entry instead).",
        "- The outcome of a journal check (`journal_verify.record_check`) is kept for the manager's area; anyone may",
        "  check the journal, and the check changes nothing else.",
        "",
        "The journal records every login at a till and every settings change made there (`docs/journal.md`).",
        "",
        "## Commands",
        "",
        "A command that changes shop data (`ska-pos import catalog`, `ska-pos close-day`) asks for an",
        "administrator's user name and PIN, or reads them from `SKA_POS_ADMIN_USER` and `SKA_POS_ADMIN_PIN` for",
        "scripts. It logs in through the same service as the till (wrong PINs count towards the same lockout), needs",
        "the `admin` role, and the audit log records who ran it (`cli.<command>`). `close-day` logs the administrator",
        "in at the till whose day it closes: the login is in that till's journal and the closing names them.",
        "",
        "`ska-pos restore FILE` replaces every record of the till at once, so it needs the name and PIN of someone",
        "`backup.restore` allows (asked for, the PIN without echo, or from the same two variables; never an",
        "argument). The PIN is checked among the users of the database being replaced, the till as it is today;",
        "only when that file is missing or cannot be read (a damaged disk) among the users of the backup. The",
        "restored database's journal records the restore and who did it (`docs/journal.md`, type `restore`). The",
        "till's own offer, at start, of its newest sound backup for a damaged file asks no PIN (no one's can be read",
        "from that file; the restore service refuses it for a file that can be read), and its entry names no one.",
        "",
        "`ska-pos backup` asks for no one: a backup copies the file and changes nothing, and the daily backup and",
        "the one at every shift close run with no one at the keyboard. The backup folder is the owner's only.",
        "",
        "`ska-pos demo` fills only an empty database, where no one can log in yet. `ska-pos init` and",
        "`ska-pos db upgrade` change the schema, not shop data: they are the server administrator's, whose access to",
        "the database file or server is the credential. `ska-pos verify` reads every journal and keeps only the",
        "outcome of its check. `ska-pos export`, `ska-pos report` and `ska-pos problem-report` only read.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(), end="")
