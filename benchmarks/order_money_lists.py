"""What a page of the counter's debt list and deposits-held list costs (services/orders/money_lists.py), against
the daily summary's orders section that sums the same money.

    python benchmarks/order_money_lists.py [--days 120] [--keep FILE]

Builds (or reuses) the demo with `--days` days of orders at its laundry, galeri jahit and salon, then times, each
five times (first run and best of the others), at the laundry on the demo's last day: the first page of each list
(30 rows, with the whole list's totals by age), a page deep in the list, and `order_day.orders_of_day`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from timing import first_and_best

from ska_pos.db.database import open_database
from ska_pos.db.models import CustomerOrder, OrderPayment, Outlet
from ska_pos.demo.builder import build_demo
from ska_pos.services.order_day import orders_of_day
from ska_pos.services.orders.money_lists import MoneyKind, money_page

TODAY = date(2026, 12, 6)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--keep", type=Path, help="build (or reuse) this file instead of a temporary one")
    args = parser.parse_args()
    path = args.keep or Path(tempfile.mkdtemp(prefix="ska-pos-bench-")) / "demo.sqlite3"
    fresh = not path.exists()
    database = open_database(f"sqlite:///{path}")
    if fresh:
        started = time.perf_counter()
        build_demo(database, days=args.days, seed=1, today=TODAY)
        print(f"demo of {args.days} days built in {time.perf_counter() - started:.1f} s")
    last = TODAY - timedelta(days=1)
    with database.reading() as s:
        laundry = s.scalar(select(Outlet.id).where(Outlet.kind == "laundry"))
        assert laundry is not None
        orders = s.scalar(select(func.count()).select_from(CustomerOrder).where(CustomerOrder.outlet_id == laundry))
        payments = s.scalar(select(func.count()).select_from(OrderPayment).where(OrderPayment.outlet_id == laundry))
    print(f"laundry: {orders} orders, {payments} order payments")
    for kind in MoneyKind:
        with database.reading() as s:
            count = money_page(s, laundry, last, kind).count
        for offset in (0, max(count - 30, 0)):

            def page(kind: MoneyKind = kind, offset: int = offset) -> object:
                with database.reading() as s:
                    return money_page(s, laundry, last, kind, offset=offset)

            first, best = first_and_best(page, 5)
            print(f"{kind.value:5} list of {count:4} orders, page at {offset:4}: first {first * 1000:6.1f} ms, "
                  f"best {best * 1000:6.1f} ms")  # fmt: skip

    def summary() -> object:
        with database.reading() as s:
            return orders_of_day(s, [laundry], last)

    first, best = first_and_best(summary, 5)
    print(f"daily summary's orders: first {first * 1000:6.1f} ms, best {best * 1000:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
