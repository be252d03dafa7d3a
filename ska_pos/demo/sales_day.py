"""One demo business day at one outlet: a shift, a few dozen sales, now and then a void or a refund."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Item, Outlet, Sale, Worker
from ska_pos.demo.orders_day import DayOrders
from ska_pos.demo.packages_day import DayExtras
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import auth, cart_ops, modifiers, reversals, sales, shifts
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.approval_use import approval_spent
from ska_pos.services.cart import Cart
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.sale_context import tax_settings

SALES_PER_DAY = {"kafe": (25, 45), "salon": (6, 14), "laundry": (8, 16), "jahit": (4, 10), "toko": (10, 25)}


class Supervisor:
    """The demo's supervisor, approving with the PIN the demo gave them: an approval for each action (one kept for
    the next action of its kind until an action spends it)."""

    def __init__(self, username: str, pin: str) -> None:
        self.username, self.pin = username, pin
        self.given: dict[str, Approval] = {}

    def approval(self, session: Session, action: str) -> Approval:
        given = self.given.get(action)
        if given is None or approval_spent(given) or given.expires_at - clock.now() < timedelta(seconds=30):
            given = auth.approve(session, self.username, self.pin, action).approval
            assert given is not None, "the demo supervisor's PIN was refused"
            self.given[action] = given
        return given


class DaySeller:
    def __init__(
        self, session: Session, rng: random.Random, actor: Actor, items: list[Item], workers: list[Worker],
        supervisor: Supervisor,
    ) -> None:  # fmt: skip
        self.session, self.rng, self.actor = session, rng, actor
        self.items, self.workers, self.supervisor = items, workers, supervisor
        outlet = session.get(Outlet, actor.outlet_id)
        assert outlet is not None
        self.outlet = outlet
        self.profile = profile_of(session, outlet.id)

    def sell_day(self, day: date, orders: DayOrders | None = None, extras: DayExtras | None = None) -> int:
        """The day's sales; `orders`: the outlet's orders are worked on first, as the shift opens; `extras`: the
        packages and messages of the day (demo/packages_day.py) after them."""
        shifts.open_shift(self.session, self.actor, 200_000, now=self._at(day, time(8, 0)))
        if orders is not None:
            orders.work_day(self._at(day, time(8, 0, 30)))
        if extras is not None:
            extras.work(self._at(day, time(8, 1)), day)
        low, high = SALES_PER_DAY[self.outlet.kind]
        count = self.rng.randint(low, high)
        minutes = sorted(self.rng.sample(range(8 * 60 + 5, 20 * 60 + 50), count))
        sold = [self._sell(self._at(day, time(m // 60, m % 60))) for m in minutes]
        self._reverse_some(sold, self._at(day, time(21, 0)))
        expected = shifts.cash_summary(self.session, shifts.current_shift(self.session, self.actor)).expected
        shifts.close_shift(self.session, self.actor, _counts_for(expected), now=self._at(day, time(21, 30)))
        return count

    def _at(self, day: date, at: time) -> datetime:
        return datetime.combine(day, at, tzinfo=ZoneInfo(self.outlet.timezone))

    def _sell(self, moment: datetime) -> sales.CompletedSale:
        cart = Cart(self.outlet.id)
        for item in self.rng.sample(self.items, self.rng.choice([1, 1, 2, 2, 3, 4])):
            self._add(cart, item)
        if self.profile.dine_in_and_tables:
            cart.order_type = self.rng.choice(["dine_in", "takeaway"])
            cart.table_no = str(self.rng.randint(1, 12)) if cart.order_type == "dine_in" else ""
        if self.rng.random() < 0.05:
            # on top of a line discount it can pass the limit: the demo supervisor approves it, as at a real till
            cart_ops.set_sale_discount(
                self.session,
                cart,
                Discount.percent(500),
                approval=self.supervisor.approval(self.session, "discount.over_limit"),
            )
        total = cart.priced(tax_settings(self.outlet)).total
        return sales.complete_sale(self.session, self.actor, cart, [self._tender(total)], now=moment)

    def ring_up(self, cart: Cart, item: Item) -> None:
        """One line as the till rings it up: a quantity, the options asked for, the workers (a tab's round too)."""
        self._add(cart, item)

    def _add(self, cart: Cart, item: Item) -> None:
        quantity = Decimal(self.rng.choice(["1", "1", "1", "2", "3"]))
        if item.unit in ("kg", "m", "l"):
            quantity = Decimal(self.rng.randint(10, 80)) / 10
        line = cart_ops.add_item(self.session, cart, item.id, quantity)
        index = len(cart.lines) - 1
        if line.modifiers_offered:
            cart_ops.set_modifiers(self.session, cart, index, self._options(item))
        if item.kind == "service" or not cart.lines[index].workers:
            cart_ops.set_workers(self.session, cart, index, self._credits())
        if self.rng.random() < 0.08:
            cart_ops.set_line_discount(self.session, cart, index, Discount.percent(1000))

    def _options(self, item: Item) -> list[uuid.UUID]:
        """What a customer asks for: each required group answered, an optional one now and then."""
        chosen: list[uuid.UUID] = []
        for group in modifiers.groups_for_item(self.session, item.id):
            if group.required or self.rng.random() < 0.3:
                count = self.rng.randint(max(group.min_choices, 1), group.max_choices)
                chosen += [option.id for option in self.rng.sample(group.options, count)]
        return chosen

    def _credits(self) -> list[tuple[uuid.UUID, int]]:
        if len(self.workers) > 1 and self.rng.random() < 0.15:
            first, second = self.rng.sample(self.workers, 2)
            return [(first.id, 6000), (second.id, 4000)]
        return [(self.rng.choice(self.workers).id, 10000)]

    def _tender(self, total: int) -> Tender:
        roll = self.rng.random()
        if roll < 0.2:
            return Tender("qris", total)
        if roll < 0.28:
            return Tender("transfer", total, f"TRF{self.rng.randrange(10**8):08d}")
        if roll < 0.33:
            return Tender("ewallet", total, f"EW{self.rng.randrange(10**8):08d}")
        step = self.rng.choice([1000, 5000, 10000, 50000, 100000])
        return Tender("cash", -(-total // step) * step)

    def _reverse_some(self, sold: list[sales.CompletedSale], moment: datetime) -> None:
        if not sold or self.rng.random() > 0.25:
            return
        target = self.rng.choice(sold)
        if self.rng.random() < 0.5:
            reversals.void_sale(self.session, self.actor, target.sale_id, "Salah input pesanan",
                                approval=self.supervisor.approval(self.session, "sale.void"), now=moment)  # fmt: skip
            return
        sale = self.session.get(Sale, target.sale_id)
        if sale is None:
            return
        line = sale.lines[0]
        request = reversals.RefundRequest(line.id, line.quantity)
        reversals.refund_lines(self.session, self.actor, sale.id, [request], "Barang cacat, dikembalikan",
                               approval=self.supervisor.approval(self.session, "sale.refund"), now=moment)  # fmt: skip


def _counts_for(amount: int) -> dict[int, int]:
    counts = {}
    for denomination in shifts.DENOMINATIONS:
        counts[denomination], amount = divmod(amount, denomination)
    return {d: c for d, c in counts.items() if c}
