"""Two tills finishing one visit at the same moment, each paying its cut with a session of the customer's package,
each in its own process, on SQLite and on PostgreSQL: one finishes it, the other is refused, and one session is used
per visit (never two for one line)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from package_shop import build_package_shop
from races import DONE, race
from salon_shop import salon_day
from shop import Shop
from sqlalchemy import func, select
from visit_races import finish_visits

from ska_pos.db.models import PackageSale, PackageUse, Sale, SalonSessionLine
from ska_pos.domain.settlement import Tender
from ska_pos.services.orders.state import load_order
from ska_pos.services.packages.ledger import package_money, sell_package
from ska_pos.services.salon.queue import join_queue, start_service

ROUNDS = 3
SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]
MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


@pytest.mark.time_machine(MORNING, tick=False)
@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_finishing_one_visit_at_once_use_one_session(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    packages, day = build_package_shop(shop), salon_day(shop)
    other = day.other_till
    visits: list[tuple[uuid.UUID, int]] = []
    with shop.db.transaction() as s:
        package_id = sell_package(
            s, shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001)
        ).package_id
        for _round in range(ROUNDS):
            services = [(day.cut.id, shop.siti.id), (day.colour.id, shop.budi.id)]
            taken = join_queue(s, shop.salon_cashier, "Bu Wati", services, customer_id=packages.customer_id)  # type: ignore[arg-type]
            start_service(s, shop.salon_cashier, taken.order_id, shop.siti.id)
            cut = next(line.line_no for line in load_order(s, taken.order_id).lines if line.item_id == day.cut.id)
            visits.append((taken.order_id, cut))
    outcomes = race(finish_visits, [(shop.db.url, shop.salon_cashier, visits, package_id),
                                    (shop.db.url, other, visits, package_id)], ROUNDS)  # fmt: skip
    for outcome in outcomes:
        assert outcome.count(DONE) == 1, outcomes
        assert "moves forward only" in next(text for text in outcome if text != DONE), outcomes
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageUse)) == ROUNDS
        assert s.scalar(select(func.count()).select_from(SalonSessionLine)) == ROUNDS
        package = s.get(PackageSale, package_id)
        assert package is not None
        assert package_money(s, package).used == ROUNDS
        assert s.scalar(select(func.count()).select_from(Sale).where(Sale.total == 120_000)) == ROUNDS
