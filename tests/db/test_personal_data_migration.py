"""Revision 0006: the personal data a till or server already holds in clear is sealed by the upgrade, all or
nothing, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from db.older_databases import insert_sentra
from ska_pos import clock
from ska_pos.db.database import open_upgraded_database
from ska_pos.db.engine import make_engine
from ska_pos.db.migrate import alembic_config, current_revision, newest_revision
from ska_pos.db.models import new_id
from ska_pos.db.open_errors import UpgradeFailed
from ska_pos.sealing import key_store
from ska_pos.sealing.envelope import open_sealed

pytestmark = pytest.mark.usefixtures("data")  # the sealing key the upgrade makes is the test's own
CLEAR = [
    {"code": "W001", "nik": "3171234567890123", "phone": "0812-3456-7890", "bank_account": "0123-01-004410-53-1"},
    {"code": "W002", "nik": None, "phone": "081299990000", "bank_account": ""},
    {"code": "W003", "nik": None, "phone": None, "bank_account": ""},
]


def _workers_at_0005(url: str) -> dict[str, uuid.UUID]:
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0005")
    worker = sa.table(
        "worker",
        *(sa.column(c) for c in ("code", "name", "display_name", "ppks_category", "active", "nik", "phone")),
        *(sa.column(c) for c in ("bank_name", "bank_account", "notes")),
        sa.column("id", sa.Uuid()),
        sa.column("sentra_id", sa.Uuid()),
        sa.column("created_at", sa.DateTime()),
    )
    ids = {row["code"]: new_id() for row in CLEAR}
    with engine.begin() as connection:
        sentra_id = insert_sentra(connection)
        connection.execute(
            sa.insert(worker),
            [{**row, "id": ids[row["code"]], "sentra_id": sentra_id, "name": row["code"], "display_name": row["code"],
              "ppks_category": "", "active": True, "bank_name": "BRI" if row["bank_account"] else "", "notes": "",
              "created_at": clock.now()} for row in CLEAR],
        )  # fmt: skip
    engine.dispose()
    return ids


def test_the_upgrade_seals_what_is_stored_in_clear(url: str, data: Path) -> None:
    ids = _workers_at_0005(url)
    database, upgrade = open_upgraded_database(url)
    assert (upgrade.before, upgrade.after) == ("0005", newest_revision())
    columns = {c["name"]: c["type"] for c in sa.inspect(database.engine).get_columns("worker")}
    assert not {"nik", "phone", "bank_account"} & set(columns)
    assert all(isinstance(columns[f"{f}_sealed"], sa.Text) for f in ("nik", "phone", "bank_account"))
    ring = key_store.load_keys()
    assert ring is not None
    assert (data / key_store.KEY_FILE).exists()
    with database.engine.connect() as connection:
        rows = {row.id: row for row in connection.execute(sa.text(
            "SELECT id, nik_sealed, phone_sealed, bank_account_sealed, bank_account_tail FROM worker"))}  # fmt: skip
    for clear in CLEAR:
        worker_id = ids[clear["code"]]
        row = rows.get(worker_id) or rows[worker_id.hex]  # SQLite keeps a UUID as 32 hex digits
        for field in ("nik", "phone", "bank_account"):
            sealed, value = getattr(row, f"{field}_sealed"), clear[field]
            if not value:
                assert sealed is None
                continue
            assert value not in sealed
            assert open_sealed(ring, worker_id, field, sealed) == value
        assert row.bank_account_tail == ("0531" if clear["bank_account"] else "")
    database.dispose()


def test_a_database_without_personal_data_needs_no_key(url: str, data: Path) -> None:
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0005")
    engine.dispose()
    database, _upgrade = open_upgraded_database(url)
    assert not (data / key_store.KEY_FILE).exists()
    database.dispose()


def test_an_upgrade_that_cannot_keep_a_key_changes_nothing(url: str, data: Path) -> None:
    _workers_at_0005(url)
    data.mkdir(exist_ok=True)
    (data / key_store.KEY_FILE).write_text("{ half a key")
    with pytest.raises(UpgradeFailed, match=key_store.KEY_FILE):
        open_upgraded_database(url)
    engine = make_engine(url)
    assert current_revision(engine) == "0005"
    with engine.connect() as connection:
        clear = connection.execute(sa.text("SELECT nik FROM worker WHERE code = 'W001'")).scalar()
    assert clear == "3171234567890123"
    engine.dispose()
