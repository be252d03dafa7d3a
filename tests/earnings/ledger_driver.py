"""Random shop activity for the ledger property tests, driven through the real services.

A scenario is a list of steps: sales (with discounts and split credits, later voided or partly refunded), share-rule
changes, payouts and adjustments, all on days of November 2026.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

from hypothesis import strategies as st
from shop import Shop, act_as, approved, as_admin, build_shop

from earnings.ledger_helpers import noon
from ska_pos import clock
from ska_pos.db.database import open_database
from ska_pos.db.models import Sale
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales, setup
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.payouts import record_adjustment, record_payout
from ska_pos.services.sale_context import tax_settings

Split = tuple[tuple[int, int], ...]  # (worker index, basis points)
SPLITS: tuple[Split, ...] = ((), ((0, 10000),), ((1, 10000),), ((0, 5000), (1, 5000)), ((0, 3333), (1, 6667)),
                             ((1, 1), (0, 9999)))  # fmt: skip
ITEMS = {"cafe": ("es_teh", "kopi", "keripik"), "salon": ("potong", "salon_shampoo")}
QUANTITIES = tuple(Decimal(q) for q in ("1", "2", "3", "1.5", "0.25", "0.333"))


@dataclass(frozen=True)
class SaleStep:
    outlet: str
    day: int
    lines: tuple[tuple[int, Decimal, Split, int], ...]  # item index, quantity, split, line discount bp
    discount: Discount | None
    reversal: str  # "", "void" or "refund"
    reversal_delay: int


@dataclass(frozen=True)
class RuleStep:
    outlet: str
    day: int
    scope: str
    percent_bp: int | None
    fixed_per_unit: int | None


@dataclass(frozen=True)
class MoneyStep:
    kind: str  # "payout" or "adjustment"
    worker: int
    amount: int
    day: int


line_strategy = st.tuples(st.integers(0, 2), st.sampled_from(QUANTITIES), st.sampled_from(SPLITS),
                          st.sampled_from((0, 0, 500, 2000)))  # fmt: skip
sale_strategy = st.builds(
    SaleStep, st.sampled_from(("cafe", "salon")), st.integers(1, 28), st.lists(line_strategy, min_size=1, max_size=3)
    .map(tuple), st.sampled_from((None, Discount.percent(500), Discount.percent(2500), Discount.rupiah(999))),
    st.sampled_from(("", "", "void", "refund")), st.integers(0, 3),
)  # fmt: skip
_rule_amounts = st.one_of(
    st.tuples(st.integers(0, 10000), st.none()), st.tuples(st.none(), st.sampled_from((0, 500, 3000)))
)
rule_strategy = st.builds(
    lambda outlet, day, scope, amounts: RuleStep(outlet, day, scope, *amounts),
    st.sampled_from(("cafe", "salon")), st.integers(1, 28), st.sampled_from(("outlet", "category", "item")),
    _rule_amounts,
)  # fmt: skip
money_strategy = st.builds(MoneyStep, st.sampled_from(("payout", "adjustment")), st.integers(0, 2),
                           st.integers(-5_000, 20_000).filter(bool), st.integers(1, 28))  # fmt: skip
step_strategy = st.one_of(sale_strategy, sale_strategy, rule_strategy, money_strategy)


@cache
def shared_shop() -> Shop:
    """One database for all examples: the ledger rules must hold over everything ever written."""
    folder = Path(tempfile.mkdtemp(prefix="ska-pos-ledger-props-"))
    return build_shop(open_database(f"sqlite:///{folder / 'pos.sqlite3'}"))


def manager_of(shop: Shop) -> Actor:
    return act_as(shop, "manager")


def run(shop: Shop, step: SaleStep | RuleStep | MoneyStep) -> None:
    if isinstance(step, SaleStep):
        _sale(shop, step)
    elif isinstance(step, RuleStep):
        _rule(shop, step)
    else:
        _money(shop, step)


def _actor(shop: Shop, outlet: str) -> Actor:
    return shop.cashier if outlet == "cafe" else shop.salon_cashier


def _sale(shop: Shop, step: SaleStep) -> None:
    actor = _actor(shop, step.outlet)
    workers = (shop.siti.id, shop.budi.id)
    with shop.db.transaction() as s:
        cart = Cart(actor.outlet_id)
        for index, (item_index, quantity, split, discount_bp) in enumerate(step.lines):
            names = ITEMS[step.outlet]
            item = getattr(shop, names[item_index % len(names)])
            cart_ops.add_item(s, cart, item.id, quantity)
            credits = split or (((0, 10000),) if item.kind == "service" else ())
            if credits:
                cart_ops.set_workers(s, cart, index, [(workers[w], bp) for w, bp in credits])
            if discount_bp:
                cart_ops.set_line_discount(s, cart, index, Discount.percent(discount_bp),
                                           approval=approved(s, "discount.over_limit"))  # fmt: skip
        if step.discount is not None:
            cart_ops.set_sale_discount(s, cart, step.discount, approval=approved(s, "discount.over_limit"))
        outlet = shop.cafe if step.outlet == "cafe" else shop.salon
        total = cart.priced(tax_settings(outlet)).total
        done = sales.complete_sale(s, actor, cart, [Tender("cash", total)], now=noon(_day(step.day)))
    if step.reversal:
        _reverse(shop, actor, done.sale_id, step)


def _reverse(shop: Shop, actor: Actor, sale_id: object, step: SaleStep) -> None:
    moment = noon(_day(min(step.day + step.reversal_delay, 30)))
    with shop.db.transaction() as s:
        if step.reversal == "void":
            reversals.void_sale(s, actor, sale_id, "uji", approval=approved(s, "sale.void"), now=moment)  # type: ignore[arg-type]
            return
        sale = s.get(Sale, sale_id)
        assert sale is not None
        line = sale.lines[0]
        part = (line.quantity / 2).quantize(Decimal("0.001")) or line.quantity
        request = reversals.RefundRequest(line.id, part)
        reversals.refund_lines(s, actor, sale.id, [request], "uji", approval=approved(s, "sale.refund"), now=moment)


def _rule(shop: Shop, step: RuleStep) -> None:
    outlet = shop.cafe if step.outlet == "cafe" else shop.salon
    item = shop.keripik if step.outlet == "cafe" else shop.potong
    with shop.db.transaction() as s:
        category = shop.drinks if step.scope == "category" and step.outlet == "cafe" else None
        setup.add_share_rule(s, as_admin(s), outlet, valid_from=_day(step.day), percent_bp=step.percent_bp,
                             fixed_per_unit=step.fixed_per_unit, item=item if step.scope == "item" else None,
                             category=category)  # fmt: skip


def _money(shop: Shop, step: MoneyStep) -> None:
    worker = (shop.siti, shop.budi, shop.retired)[step.worker]
    with shop.db.transaction() as s:
        if step.kind == "adjustment":
            record_adjustment(s, manager_of(shop), worker.id, step.amount, "uji")
        elif step.amount > 0:
            # Never after today, whatever the machine's clock says.
            paid_on = min(_day(step.day), clock.today_in("Asia/Jakarta") - timedelta(days=1))
            record_payout(s, manager_of(shop), worker.id, step.amount, "cash", paid_on=paid_on,
                          over_balance_reason="uji")  # fmt: skip


def _day(day: int) -> date:
    return date(2026, 11, day)
