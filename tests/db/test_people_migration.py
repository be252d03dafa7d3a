"""Revision 0010: customers' phones a database already holds in clear are sealed by the upgrade, found again by the
whole number, and a user starts with no PIN to change and no worker, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from alembic import command

from db.older_databases import insert_sentra
from ska_pos import clock
from ska_pos.db.database import open_upgraded_database
from ska_pos.db.engine import make_engine
from ska_pos.db.migrate import alembic_config
from ska_pos.db.models import Customer, Outlet, new_id
from ska_pos.sealing import key_store
from ska_pos.sealing.envelope import open_sealed
from ska_pos.services import customers

pytestmark = pytest.mark.usefixtures("data")  # the sealing key the upgrade makes is the test's own
PHONES = {"Bu Ani": "0812-3456-7890", "Pak Budi": "12345", "Bu Citra": ""}


def _customers_at_0008(url: str) -> dict[str, uuid.UUID]:
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0008")
    customer = sa.table("customer", *(sa.column(c) for c in ("name", "phone", "notes")), sa.column("id", sa.Uuid()),
                        sa.column("sentra_id", sa.Uuid()), sa.column("created_at", sa.DateTime()))  # fmt: skip
    ids = {name: new_id() for name in PHONES}
    with engine.begin() as connection:
        sentra_id = insert_sentra(connection)
        connection.execute(sa.insert(customer), [{"id": ids[name], "sentra_id": sentra_id, "name": name,
                                                  "phone": phone, "notes": "", "created_at": clock.now()}
                                                 for name, phone in PHONES.items()])  # fmt: skip
    engine.dispose()
    return ids


def test_the_upgrade_seals_customers_phones_and_they_are_found_again(url: str) -> None:
    ids = _customers_at_0008(url)
    database, _upgrade = open_upgraded_database(url)
    columns = {c["name"] for c in sa.inspect(database.engine).get_columns("customer")}
    assert "phone" not in columns
    ring = key_store.load_keys()
    assert ring is not None
    with database.engine.connect() as connection:
        rows = {str(row.name): row for row in connection.execute(sa.text(
            "SELECT id, name, phone_sealed, phone_lookup, phone_tail FROM customer"))}  # fmt: skip
    ani, budi, citra = rows["Bu Ani"], rows["Pak Budi"], rows["Bu Citra"]
    assert open_sealed(ring, ids["Bu Ani"], customers.FIELD, ani.phone_sealed) == "+6281234567890"
    assert ani.phone_tail == "7890"
    assert open_sealed(ring, ids["Pak Budi"], customers.FIELD, budi.phone_sealed) == "12345"  # kept as written
    assert budi.phone_lookup is None
    assert (citra.phone_sealed, citra.phone_lookup, citra.phone_tail) == (None, None, "")
    with database.transaction() as s:  # an outlet of the customers' sentra, whose till looks them up
        outlet = Outlet(sentra_id=s.scalar(sa.select(Customer.sentra_id).where(Customer.id == ids["Bu Ani"])),
                        code="SLN", name="Salon", kind="salon")  # fmt: skip
        s.add(outlet)
        s.flush()
        outlet_id = outlet.id
    with database.reading() as s:
        assert [row.id for row in customers.search_customers(s, outlet_id, "081234567890").rows] == [ids["Bu Ani"]]
        must_change = s.execute(sa.text("SELECT count(*) FROM app_user WHERE must_change_pin")).scalar()
    assert must_change == 0
    database.dispose()
