"""`ska-pos package list|sell|use|undo|expire|refund|plan`: prepaid packages from the command line (docs/orders.md).

Each action logs the user in at one till (their PIN from SKA_POS_PIN, else asked for), as `ska-pos order` does, and
is one transaction calling the services the counter calls (`services/packages/`). A customer is named by their name
or whole phone number, and must be the only one it finds."""

from __future__ import annotations

import argparse
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.cli.common import CommandFailed, as_user_at_till
from ska_pos.cli.order_arguments import _action, _money_options, _tender, _worker
from ska_pos.cli.order_counter_commands import supervisor_approval
from ska_pos.db.models import Item
from ska_pos.domain.money import parse_rupiah
from ska_pos.domain.packages import PackageState
from ska_pos.i18n import _, current_language
from ska_pos.reports import formatting as fmt
from ska_pos.services.actor import Actor
from ska_pos.services.customers import search_customers
from ska_pos.services.packages.balances import PackageView, customer_packages
from ska_pos.services.packages.expiry import expire_packages
from ska_pos.services.packages.ledger import sell_package, use_package
from ska_pos.services.packages.plans import PackagePlan, package_plans, set_package_plans
from ska_pos.services.packages.refunds import refund_package
from ska_pos.services.packages.undo import last_session, undo_session
from ska_pos.services.sale_context import business_date, place_of


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    package = commands.add_parser("package", help=_("prepaid packages: sessions of a service sold now, used later"))
    actions = package.add_subparsers(dest="action", metavar="ACTION", required=True)
    listed = _action(actions, "list", _("the outlet's plans, or a customer's packages"), run_list)
    listed.add_argument("--customer", default="", metavar="NAME|PHONE", help=_("the customer's name or phone"))
    sell = _action(actions, "sell", _("sell a package to a customer (the exact price is paid)"), run_sell)
    sell.add_argument("plan", metavar="CODE", help=_("the plan's code"))
    sell.add_argument("--customer", required=True, metavar="NAME|PHONE", help=_("the customer's name or phone"))
    _money_options(sell, _("the price paid"), required=True)
    use = _action(actions, "use", _("use a session of a customer's package"), run_use)
    use.add_argument("--customer", required=True, metavar="NAME|PHONE", help=_("the customer's name or phone"))
    use.add_argument("--worker", required=True, metavar="CODE", help=_("the worker who served the session"))
    use.add_argument("--plan", default="", metavar="CODE", help=_("which package, when the customer has several"))
    _action(actions, "expire", _("record the expiry of packages past their last day"), run_expire)
    refund = _action(actions, "refund", _("give back what a customer's package still holds (a supervisor's "
                                          "approval)"), run_refund)  # fmt: skip
    refund.add_argument("--customer", required=True, metavar="NAME|PHONE", help=_("the customer's name or phone"))
    refund.add_argument("--plan", default="", metavar="CODE", help=_("which package, when the customer has several"))
    refund.add_argument("--method", choices=("cash", "transfer"), default="cash")
    refund.add_argument("--reference", default="", help=_("the transfer's reference"))
    refund.add_argument("--reason", required=True, help=_("why the money is given back"))
    refund.add_argument("--approver", metavar="USERNAME", default="",
                        help=_("the supervisor who approves (their PIN is asked)"))  # fmt: skip
    undo = _action(actions, "undo", _("undo the last session of a customer's package, used by mistake (a "
                                      "supervisor's approval)"), run_undo)  # fmt: skip
    undo.add_argument("--customer", required=True, metavar="NAME|PHONE", help=_("the customer's name or phone"))
    undo.add_argument("--plan", default="", metavar="CODE", help=_("which package, when the customer has several"))
    undo.add_argument("--reason", required=True, help=_("why the session is undone"))
    undo.add_argument("--approver", metavar="USERNAME", default="",
                      help=_("the supervisor who approves (their PIN is asked)"))  # fmt: skip
    plan = _action(actions, "plan", _("add or change one of the outlet's plans (managers)"), run_plan)
    plan.add_argument("code", metavar="CODE", help=_("the plan's code"))
    plan.add_argument("--name", required=True, help=_("the package's name, as the customer reads it"))
    plan.add_argument("--service", required=True, metavar="SKU", help=_("the service each session is"))
    plan.add_argument("--sessions", type=int, required=True, metavar="N")
    plan.add_argument("--days", type=int, required=True, metavar="N", help=_("valid this many days from the sale"))
    plan.add_argument("--price", required=True, metavar="RUPIAH")


def run_list(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> list[str]:
        language = current_language()
        if not args.customer:
            return [_("{code}: {name}, {sessions} sessions in {days} days, {price}", code=plan.code, name=plan.name,
                      sessions=plan.sessions, days=plan.days, price=fmt.rupiah(plan.price, language))
                    for plan in package_plans(session, actor.outlet_id)]  # fmt: skip
        views = _packages(session, actor, args.customer)
        return [_describe(view) for view in views] or [_("The customer has no packages here")]

    print("\n".join(as_user_at_till(args, work)))
    return 0


def run_sell(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> str:
        tender = _tender(args)
        assert tender is not None
        sold = sell_package(session, actor, _customer(session, actor, args.customer), args.plan.strip().upper(), tender)
        return _("Package {name} sold: {sessions} sessions, last day {day}", name=sold.name, sessions=sold.sessions,
                 day=sold.expires_on.strftime("%d/%m/%Y"))  # fmt: skip

    print(as_user_at_till(args, work))
    return 0


def run_use(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> str:
        usable = [view for view in _packages(session, actor, args.customer) if view.state is PackageState.ACTIVE]
        if args.plan:
            usable = [view for view in usable if view.plan_code == args.plan.strip().upper()]
        if not usable:
            raise CommandFailed(_("The customer has no package with sessions left here"))
        used = use_package(session, actor, usable[0].id, _worker(session, args.worker))
        return _("Session {number} of {name} used ({value}); {left} left; receipt {receipt}", number=used.session_no,
                 name=usable[0].name, value=fmt.rupiah(used.value, current_language()), left=used.left,
                 receipt=used.sale.sale.receipt_no)  # fmt: skip

    print(as_user_at_till(args, work))
    return 0


def run_refund(args: argparse.Namespace) -> int:
    refusal = ""

    def work(session: Session, actor: Actor) -> str:
        nonlocal refusal
        usable = [view for view in _packages(session, actor, args.customer) if view.state is PackageState.ACTIVE]
        if args.plan:
            usable = [view for view in usable if view.plan_code == args.plan.strip().upper()]
        if not usable:
            raise CommandFailed(_("The customer has no package with sessions left here"))
        needed = _("Refunding a package needs a supervisor's approval (--approver USERNAME)")
        approval, refusal = supervisor_approval(session, actor, args.approver, "package.refund", needed)
        if refusal:
            return ""  # the wrong PIN is counted: this transaction commits
        done = refund_package(session, actor, usable[0].id, args.method, args.reason, reference=args.reference,
                              approval=approval)  # fmt: skip
        return _("Package {name} refunded: {amount} given back for {sessions} sessions", name=usable[0].name,
                 amount=fmt.rupiah(done.amount, current_language()), sessions=done.sessions_left)  # fmt: skip

    text = as_user_at_till(args, work)
    if refusal:
        raise CommandFailed(refusal)
    print(text)
    return 0


UNDOABLE = (PackageState.ACTIVE, PackageState.USED_UP)


def run_undo(args: argparse.Namespace) -> int:
    refusal = ""

    def work(session: Session, actor: Actor) -> str:
        nonlocal refusal
        today = business_date(place_of(session, actor), clock.now())
        views = [view for view in _packages(session, actor, args.customer)  # those whose sessions may come back
                 if view.used and view.state in UNDOABLE and view.expires_on >= today
                 and (not args.plan or view.plan_code == args.plan.strip().upper())]  # fmt: skip
        use_id = last_session(session, views[0].id) if views else None
        if use_id is None:
            raise CommandFailed(_("The customer has no package with a session used here"))
        needed = _("Undoing a session needs a supervisor's approval (--approver USERNAME)")
        approval, refusal = supervisor_approval(session, actor, args.approver, "package.undo", needed)
        if refusal:
            return ""  # the wrong PIN is counted: this transaction commits
        done = undo_session(session, actor, use_id, args.reason, approval=approval)
        return _("A session of {name} is back ({value}); {left} left; void receipt {receipt}", name=views[0].name,
                 value=fmt.rupiah(done.value, current_language()), left=done.left,
                 receipt=done.void_receipt_no)  # fmt: skip

    text = as_user_at_till(args, work)
    if refusal:
        raise CommandFailed(refusal)
    print(text)
    return 0


def run_expire(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> str:
        return _("{count} packages expired", count=expire_packages(session, actor, actor.outlet_id))

    print(as_user_at_till(args, work))
    return 0


def run_plan(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> str:
        item_id = session.scalar(select(Item.id).where(Item.outlet_id == actor.outlet_id,
                                                       Item.sku == args.service.strip().upper()))  # fmt: skip
        if item_id is None:
            raise CommandFailed(_("No item {sku} at this outlet", sku=args.service.strip().upper()))
        try:
            price = parse_rupiah(args.price, current_language())
        except ValueError as error:
            raise CommandFailed(str(error)) from error
        code = args.code.strip().upper()
        plan = PackagePlan(code, args.name.strip(), item_id, args.sessions, args.days, price)
        others = [kept for kept in package_plans(session, actor.outlet_id) if kept.code != code]
        set_package_plans(session, actor, actor.outlet_id, [*others, plan])
        return _("Plan {code} saved", code=code)

    print(as_user_at_till(args, work))
    return 0


def _customer(session: Session, actor: Actor, text: str) -> uuid.UUID:
    page = search_customers(session, actor.outlet_id, text, limit=2)
    if page.total != 1:
        raise CommandFailed(_("Name one customer: {count} found for {text}", count=page.total, text=text))
    return page.rows[0].id


def _packages(session: Session, actor: Actor, text: str) -> list[PackageView]:
    today = business_date(place_of(session, actor), clock.now())
    return customer_packages(session, actor.outlet_id, _customer(session, actor, text), today)


def _describe(view: PackageView) -> str:
    states = {PackageState.ACTIVE: _("active"), PackageState.USED_UP: _("used up"), PackageState.EXPIRED: _("expired"),
              PackageState.REFUNDED: _("refunded")}  # fmt: skip
    return _("{name}: {used} of {sessions} used, {left} left, last day {day}, held {held} ({state})", name=view.name,
             used=view.used, sessions=view.sessions, left=view.left, day=view.expires_on.strftime("%d/%m/%Y"),
             held=fmt.rupiah(view.held, current_language()), state=states[view.state])  # fmt: skip
