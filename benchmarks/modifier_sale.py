"""What café modifiers cost at the till: adding an item (which now asks for its groups), setting its options, and
committing a sale of 3 drinks each with 2 options, against the same without groups.

    python benchmarks/modifier_sale.py [--rounds 300]

Prints the median and p90 per add, per options set, and per committed sale, on a bench café (benchmarks/bench_shop.py)
in a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench_shop import build

from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, modifiers, sales
from ska_pos.services.cart import Cart
from ska_pos.services.modifiers import GroupForm, OptionForm

SUGAR = GroupForm("Gula", 1, 1, (OptionForm("Normal"), OptionForm("Sedikit"), OptionForm("Tanpa")))
SIZE = GroupForm("Ukuran", 1, 1, (OptionForm("Reguler"), OptionForm("Besar", 5_000)))


def timed(rounds: int, work: Callable[[], object]) -> list[float]:
    spent = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        spent.append((time.perf_counter() - start) * 1000)
    return spent


def show(label: str, spent: list[float]) -> None:
    p90 = statistics.quantiles(spent, n=10)[-1]
    print(f"{label:<44} median {statistics.median(spent):6.2f} ms   p90 {p90:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as folder:
        shop = build(Path(folder) / "bench.sqlite3")
        plain, drink = shop.items[0], shop.items[1]
        with shop.db.transaction() as s:
            ids = [modifiers.add_group(s, shop.admin, shop.actor.outlet_id, form) for form in (SUGAR, SIZE)]
            for group_id in ids:
                modifiers.offer_group(s, shop.admin, group_id, item_ids=[drink.id])
        with shop.db.reading() as s:
            options = [group.options[1].id for group in modifiers.groups_for_item(s, drink.id)]

        def add(item_id: object) -> Callable[[], object]:
            def work() -> object:
                with shop.db.reading() as s:
                    return cart_ops.add_item(s, Cart(shop.actor.outlet_id), item_id)  # type: ignore[arg-type]

            return work

        def set_options() -> None:
            with shop.db.reading() as s:
                cart = Cart(shop.actor.outlet_id)
                cart_ops.add_item(s, cart, drink.id)
                cart_ops.set_modifiers(s, cart, 0, options)

        def sale(item_id: object, chosen: list[object]) -> Callable[[], object]:
            with shop.db.reading() as s:
                cart = Cart(shop.actor.outlet_id)
                for index in range(3):
                    cart_ops.add_item(s, cart, item_id, Decimal(1))  # type: ignore[arg-type]
                    if chosen:
                        cart_ops.set_modifiers(s, cart, index, chosen)  # type: ignore[arg-type]

            def work() -> object:
                with shop.db.transaction() as s:
                    return sales.complete_sale(s, shop.actor, cart, [Tender("cash", 10_000_000)])

            return work

        show("add an item without groups", timed(rounds, add(plain.id)))
        show("add an item with 2 groups", timed(rounds, add(drink.id)))
        show("add it and set its 2 options", timed(rounds, set_options))
        show("commit 3 lines without options", timed(rounds, sale(plain.id, [])))
        show("commit 3 lines with 2 options each", timed(rounds, sale(drink.id, options)))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
