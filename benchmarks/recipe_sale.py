"""What recipes cost the till's sale commit: sales of 3 café items with recipes (2 or 3 ingredients each, so 6 to 9
`recipe` movements) against sales of 3 items without, taking turns on the same SQLite file with a long history.

    python benchmarks/recipe_sale.py [--sales 500] [--history 50000] [--gap-ms 5]

Wall time includes the disk's sync (synchronous=FULL) and, on a shared machine, waiting for a core: the CPU time
of the till's thread per sale is printed too. The ingredients of a whole cart are read in one query
(services/stock/recipes.py); the statements SQLite runs per sale are counted for both kinds of cart.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from bench_shop import BenchShop, add_history, add_printers, build
from sale_commit import percentile, report, service_sale
from sqlalchemy import event

from ska_pos.db.checkpoint import Checkpointer
from ska_pos.db.models import Outlet
from ska_pos.services import cart_ops, setup
from ska_pos.services.cart import Cart
from ska_pos.services.stock import receiving, recipes
from ska_pos.services.stock.receiving import IncomingLine
from ska_pos.services.stock.recipes import Ingredient, RecipeSpec

INGREDIENTS = (("BHNKOPI", 180_000), ("BHNSUSU", 95_000), ("BHNAREN", 45_000))


def add_recipes(shop: BenchShop) -> tuple[list[str], list[str]]:
    """Half the menu gets a recipe; returns the SKUs with one and those without."""
    with shop.db.transaction() as s:
        cafe = s.get(Outlet, shop.actor.outlet_id)
        assert cafe is not None
        made = [setup.create_item(s, shop.admin, cafe, sku, sku.title(), 0, unit="kg", track_stock=True)
                for sku, _cost in INGREDIENTS]  # fmt: skip
        supplier = receiving.add_supplier(s, shop.admin, "PSR", "Pasar")
        receiving.receive_goods(s, shop.admin, supplier.id, [IncomingLine(item.id, Decimal(500), cost)
                                                             for item, (_sku, cost) in zip(made, INGREDIENTS,
                                                                                           strict=True)])  # fmt: skip
        with_recipe = [item.sku for item in shop.items[::2]]
        specs = [RecipeSpec(sku, tuple(Ingredient(ingredient, Decimal(18 + n), "g")
                                       for ingredient, _cost in INGREDIENTS[: 2 + n % 2]))
                 for n, sku in enumerate(with_recipe)]  # fmt: skip
        recipes.import_recipes(s, shop.admin, cafe.id, specs)
    return with_recipe, [item.sku for item in shop.items[1::2]]


def cart_of(shop: BenchShop, rng: random.Random, skus: list[str]) -> Cart:
    by_sku = {item.sku: item for item in shop.items}
    with shop.db.reading() as s:
        cart = Cart(shop.actor.outlet_id)
        for sku in rng.sample(skus, 3):
            cart_ops.add_item(s, cart, by_sku[sku].id, Decimal(1))
    return cart


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=500, help="sales of each kind")
    parser.add_argument("--history", type=int, default=50_000)
    parser.add_argument("--gap-ms", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ska-bench-") as folder:
        shop = build(Path(folder) / "bench.sqlite3")
        add_printers(shop)
        add_history(shop, args.history)
        with_recipe, without = add_recipes(shop)
        rng = random.Random(1)
        statements: list[str] = []

        def trace(dbapi: sqlite3.Connection, _record: object, _proxy: object) -> None:
            dbapi.set_trace_callback(statements.append)

        event.listen(shop.db.engine, "checkout", trace)
        counted = {}
        for name, skus in (("without", without), ("with", with_recipe)):
            service_sale(shop, cart_of(shop, rng, skus))  # statements compiled
            cart = cart_of(shop, rng, skus)
            statements.clear()
            service_sale(shop, cart)
            counted[name] = len(statements)
        event.remove(shop.db.engine, "checkout", trace)
        print(f"statements per sale of 3 lines: without recipes {counted['without']}, with recipes {counted['with']}")
        checkpointer = Checkpointer(shop.path)
        checkpointer.start()
        timings: dict[str, list[float]] = {"without": [], "with": []}
        cpu: dict[str, list[float]] = {"without": [], "with": []}
        for n in range(args.sales):
            order = (("without", without), ("with", with_recipe))
            for name, skus in order if n % 2 else order[::-1]:
                cart = cart_of(shop, rng, skus)
                time.sleep(args.gap_ms / 1000)
                started = time.thread_time()
                timings[name].append(service_sale(shop, cart))
                cpu[name].append(time.thread_time() - started)
        checkpointer.stop()
        print(f"{args.sales} sales of each, history {args.history:,} sales, taking turns:")
        plain = report("without recipes", timings["without"])
        cafe = report("with recipes", timings["with"])
        print(f"CPU of this thread per sale, p50: without {percentile(cpu['without'], 0.5) * 1000:.2f} ms, "
              f"with {percentile(cpu['with'], 0.5) * 1000:.2f} ms")  # fmt: skip
        print(f"p50 with/without: {cafe['p50'] / plain['p50']:.2f}, "
              f"p99 difference {percentile(timings['with'], 0.99) * 1000 - plain['p99']:+.2f} ms")  # fmt: skip
        shop.db.dispose()


if __name__ == "__main__":
    main()
