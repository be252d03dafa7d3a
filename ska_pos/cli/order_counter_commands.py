"""`ska-pos order pay|advance|collect|cancel`: what the counter does to an order after intake: a part payment, the
next stage, the collection (paid, or left as the customer's debt) and a cancellation with a supervisor's approval."""

from __future__ import annotations

import argparse
import getpass
import os

from sqlalchemy.orm import Session

from ska_pos.cli.common import CommandFailed, as_user_at_till
from ska_pos.cli.order_arguments import _order_id, _paying, _rp, _tender, _worker
from ska_pos.domain.orders.workflow import stage_name
from ska_pos.i18n import _
from ska_pos.services import auth
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.counter import counter_facts
from ska_pos.services.orders.payments import pay_order
from ska_pos.services.orders.stages import collect_order, due_at_collection, move_order
from ska_pos.services.orders.state import load_order

APPROVER_PIN_ENV = "SKA_POS_APPROVER_PIN"


def supervisor_approval(
    session: Session, actor: Actor, approver: str, action: str, needed: str
) -> tuple[Approval | None, str]:  # fmt: skip
    """No approval for a supervisor acting; else `approver`'s, by their PIN: (the approval, "") or (None, why not).
    A wrong PIN is counted, so the caller commits and then reports the refusal."""
    if actor.has_role("supervisor"):
        return None, ""
    if not approver:
        raise CommandFailed(needed)
    pin = os.environ.get(APPROVER_PIN_ENV) or getpass.getpass(_("PIN of {name}: ", name=approver))
    approved = auth.approve(session, approver, pin, action)
    return (approved.approval, "") if approved.approval is not None else (None, approved.message)


def run_pay(args: argparse.Namespace) -> int:
    tender = _tender(args)
    assert tender is not None  # --amount is required

    def work(session: Session, actor: Actor) -> str:
        money = pay_order(session, actor, _order_id(session, actor, args.number), tender)
        return _("Payment of {amount} taken; held {held}, owed {owed}", amount=_rp(tender.amount),
                 held=_rp(money.held), owed=_rp(money.debt))  # fmt: skip

    print(as_user_at_till(args, work))
    return 0


def run_advance(args: argparse.Namespace) -> int:
    def work(session: Session, actor: Actor) -> str:
        order = load_order(session, _order_id(session, actor, args.number))
        facts = counter_facts(session, actor.outlet_id)
        following = facts.next_stage(order.stage)
        if following is None or order.cancelled:
            raise CommandFailed(_("Order {number} has no next stage", number=order.order_no))
        if following.code == order.workflow.collected_at:
            raise CommandFailed(_("The next stage is the collection: use `ska-pos order collect`"))
        worker_id = _worker(session, args.worker) if args.worker else None
        if worker_id is None and following.names_a_worker and facts.workers:
            raise CommandFailed(_("Name the worker who did the stage {stage} (--worker CODE)",
                                  stage=stage_name(following)))  # fmt: skip
        moved = move_order(session, actor, order.id, following.code, worker_id=worker_id)
        text = _("Order {number} moved to: {stage}", number=order.order_no, stage=stage_name(following))
        if moved.sale is not None:
            text += "\n" + _("Completed: recognised {amount}, owed {owed}", amount=_rp(moved.money.recognised),
                             owed=_rp(moved.money.debt))  # fmt: skip
        return text

    print(as_user_at_till(args, work))
    return 0


def run_collect(args: argparse.Namespace) -> int:
    handed = _tender(args)

    def work(session: Session, actor: Actor) -> str:
        order_id = _order_id(session, actor, args.number)
        due = due_at_collection(session, actor, order_id)
        tenders, change = _paying(due, handed, later=args.later)
        moved = collect_order(session, actor, order_id, tenders)
        text = _("Order {number} collected", number=args.number.upper())
        if change:
            text += "\n" + _("Change: {amount}", amount=_rp(change))
        if moved.money.debt:
            text += "\n" + _("Owed by the customer: {amount}", amount=_rp(moved.money.debt))
        return text

    print(as_user_at_till(args, work))
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    refusal = ""

    def work(session: Session, actor: Actor) -> str:
        nonlocal refusal
        order_id = _order_id(session, actor, args.number)
        needed = _("Cancelling needs a supervisor's approval (--approver USERNAME)")
        approval, refusal = supervisor_approval(session, actor, args.approver, "order.cancel", needed)
        if refusal:
            return ""  # the wrong PIN is counted: this transaction commits
        money = cancel_order(session, actor, order_id, args.reason, approval=approval)
        return _("Order {number} cancelled: fee kept {fee}, given back {back}", number=args.number.upper(),
                 fee=_rp(money.recognised), back=_rp(money.refunded))  # fmt: skip

    text = as_user_at_till(args, work)
    if refusal:
        raise CommandFailed(refusal)
    print(text)
    return 0
