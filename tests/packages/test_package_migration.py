"""Revision 0029 on a database with expired packages: the expiry rows already there get the till that sold their
package, a sequence in the order they were recorded and the package's last day; down and up again keeps them."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from alembic import command
from package_shop import at, build_package_shop, creambath, day_after
from shop import Shop, act_as

from ska_pos.db.migrate import alembic_config, upgrade_to_head
from ska_pos.db.models import PackageExpiry
from ska_pos.domain.settlement import Tender
from ska_pos.services.packages.expiry import expire_packages
from ska_pos.services.packages.ledger import sell_package

DAY = date(2026, 12, 7)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_shop(request: pytest.FixtureRequest) -> Shop:
    shop: Shop = request.getfixturevalue("shop" if request.param == "sqlite" else "pg_shop")
    return shop


def test_expiry_rows_written_before_0029_get_their_till_sequence_and_last_day(any_shop: Shop) -> None:
    salon = build_package_shop(any_shop, [creambath(any_shop, "CB5", days=3)])
    cashier = any_shop.salon_cashier
    expires = []
    for _ in range(2):
        with any_shop.db.transaction() as s:
            sold = sell_package(s, cashier, salon.customer_id, "CB5", Tender("cash", 100_001), now=at(DAY))
            expires.append(sold.expires_on)
    supervisor = act_as(any_shop, "spv", outlet_id=any_shop.salon.id, till_id=cashier.till_id)
    with any_shop.db.transaction() as s:
        assert expire_packages(s, supervisor, any_shop.salon.id, now=at(day_after(expires[0], 1))) == 2
    engine = any_shop.db.engine
    command.downgrade(alembic_config(engine), "0023")
    with engine.begin() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM package_expiry")).scalar() == 2
        assert "till_id" not in {c["name"] for c in sa.inspect(connection).get_columns("package_expiry")}
    upgrade_to_head(engine)
    with any_shop.db.reading() as s:
        rows = s.execute(sa.select(PackageExpiry.till_id, PackageExpiry.seq, PackageExpiry.expires_on)).all()
    assert sorted((row.till_id, row.seq, row.expires_on) for row in rows) == [
        (cashier.till_id, 1, expires[0]), (cashier.till_id, 2, expires[1])]  # fmt: skip
    for statement in ("UPDATE package_expiry SET amount = amount", "DELETE FROM package_expiry"):
        with pytest.raises(sa.exc.DBAPIError, match="never updated or deleted"), any_shop.db.transaction() as s:
            s.execute(sa.text(statement))
