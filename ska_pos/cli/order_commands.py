"""`ska-pos order take|list|show|pay|advance|collect|ticket|cancel` (and a galeri jahit's actions,
`tailoring_commands.py`): the counter's orders from the command line.

Each action logs the user in at one till (their PIN from SKA_POS_PIN, else asked for) and is one transaction that
calls exactly the services the counter's screens call (`services/orders/`). A cancellation needs a supervisor: the
user themselves when they are one, else `--approver` with their PIN (SKA_POS_APPROVER_PIN, else asked for).

The parser is here; the actions are in `order_intake_commands.py` (take, list, show, ticket) and
`order_counter_commands.py` (pay, advance, collect, cancel), what they share in `order_arguments.py`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ska_pos.cli.common import USER_PIN_VARIABLE

# The tailoring, salon and package commands import these helpers from here; they live in order_arguments.py.
from ska_pos.cli.order_arguments import _action as _action
from ska_pos.cli.order_arguments import _moment as _moment
from ska_pos.cli.order_arguments import _money_options as _money_options
from ska_pos.cli.order_arguments import _order_id as _order_id
from ska_pos.cli.order_arguments import _rp as _rp
from ska_pos.cli.order_arguments import _tender as _tender
from ska_pos.cli.order_arguments import _when as _when
from ska_pos.cli.order_arguments import _worker as _worker
from ska_pos.cli.order_arguments import _zone as _zone
from ska_pos.cli.order_counter_commands import APPROVER_PIN_ENV as APPROVER_PIN_ENV
from ska_pos.cli.order_counter_commands import run_advance, run_cancel, run_collect, run_pay
from ska_pos.cli.order_intake_commands import run_list, run_show, run_take, run_ticket
from ska_pos.i18n import _

PIN_ENV = USER_PIN_VARIABLE


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    order = commands.add_parser("order", help=_("orders that take days: laundry, tailoring, the salon"))
    actions = order.add_subparsers(dest="order_command", metavar="ACTION", required=True)
    take = _action(actions, "take", _("take an order"), run_take)
    take.add_argument("--item", dest="items", action="append", required=True, metavar="SKU=QTY[@WORKER]",
                      help=_("a line: the item, how many or how many kg, and the worker credited"))  # fmt: skip
    who = take.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", metavar="PHONE|NAME",
                     help=_("a customer from the customer list, by phone number or name (one must match)"))  # fmt: skip
    who.add_argument("--name", metavar="NAME", help=_("the name of a customer not in the list"))
    take.add_argument("--phone", default="", help=_("the phone number of a customer not in the list"))
    take.add_argument("--express", default="", metavar="CODE", help=_("the express service's code"))
    take.add_argument("--promised", type=_moment, metavar="YYYY-MM-DDTHH:MM",
                      help=_("the promised time, in the outlet's time (default: the service's hours after "
                             "intake, within the opening hours)"))  # fmt: skip
    take.add_argument("--no-promise", action="store_true", help=_("promise no time"))
    take.add_argument("--note", default="")
    take.add_argument("--bags", type=int, default=0, metavar="N", help=_("a laundry's bags, a tag each"))
    _money_options(take, _("a down payment"))
    from ska_pos.cli import tailoring_commands  # it uses this module's helpers

    tailoring_commands.take_options(take)
    listed = _action(actions, "list", _("a page of the outlet's orders"), run_list)
    listed.add_argument("--search", default="", metavar="TEXT", help=_("number, customer's name or phone"))
    listed.add_argument("--stage", default="", metavar="CODE", help=_("only those now at this stage"))
    listed.add_argument("--overdue", action="store_true", help=_("only open orders past their promised time"))
    listed.add_argument("--all", action="store_true", help=_("collected and cancelled orders too"))
    listed.add_argument("--page", type=int, default=1, metavar="N")
    show = _action(actions, "show", _("one order: lines, stage and money"), run_show)
    show.add_argument("number", metavar="NUMBER", help=_("the order's number, e.g. LDR-261206-014"))
    pay = _action(actions, "pay", _("a down payment or part payment on an order"), run_pay)
    pay.add_argument("number", metavar="NUMBER")
    _money_options(pay, _("the amount paid"), required=True)
    advance = _action(actions, "advance", _("move an order to its next stage"), run_advance)
    advance.add_argument("number", metavar="NUMBER")
    advance.add_argument("--worker", metavar="CODE", help=_("the worker who did the stage"))
    collect = _action(actions, "collect", _("the customer collects the order"), run_collect)
    collect.add_argument("number", metavar="NUMBER")
    _money_options(collect, _("what the customer hands over"))
    collect.add_argument("--later", action="store_true", help=_("leave what is owed as the customer's debt"))
    ticket = _action(actions, "ticket", _("the order's ticket, and its bag tags, as PDF files"), run_ticket)
    ticket.add_argument("number", metavar="NUMBER")
    ticket.add_argument("file", type=Path, metavar="FILE", help=_("the ticket's PDF file"))
    ticket.add_argument("--bags", type=int, default=None, metavar="N",
                        help=_("a tag for each of N bags, in FILE-tags.pdf (default: as taken in)"))  # fmt: skip
    ticket.add_argument("--paper", type=int, choices=(58, 80), default=80, help=_("paper width in mm"))
    cancel = _action(actions, "cancel", _("cancel an order (a supervisor's approval)"), run_cancel)
    cancel.add_argument("number", metavar="NUMBER")
    cancel.add_argument("--reason", required=True, help=_("why the order is cancelled"))
    cancel.add_argument("--approver", metavar="USERNAME", default="",
                        help=_("the supervisor who approves (their PIN is asked)"))  # fmt: skip
    tailoring_commands.register_tailoring(actions, _action)
