"""What sealing workers' personal data costs.

    python benchmarks/personal_data.py [--workers 2000]

- sealing and opening one value (AES-256-GCM, ska_pos/sealing/envelope.py), each 10,000 times;
- a manager's view of one worker's data with its recorded row (`read_personal_data` in its own transaction);
- migration 0006 on a SQLite file at 0005 holding `--workers` workers with NIK, phone and account in clear.

A key file and the databases go in a temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SKA_POS_DATA_DIR"] = str(Path(folder) / "data")
        os.environ["SKA_POS_KEY_STORE"] = "file"
        _seal_and_open()
        _migration(Path(folder), args.workers)
    return 0


def _seal_and_open() -> None:
    from ska_pos.sealing.envelope import KeyRing, new_key, open_sealed, seal

    ring, row, count = KeyRing("k1", {"k1": new_key()}), uuid.uuid4(), 10_000
    start = time.perf_counter()
    sealed = [seal(ring, row, "nik", "3171234567890123") for _ in range(count)]
    middle = time.perf_counter()
    for value in sealed:
        open_sealed(ring, row, "nik", value)
    end = time.perf_counter()
    print(f"seal one value: {(middle - start) / count * 1e6:.1f} µs; open one: {(end - middle) / count * 1e6:.1f} µs")


def _migration(folder: Path, workers: int) -> None:
    import sqlalchemy as sa
    from alembic import command

    from ska_pos import clock
    from ska_pos.db.database import open_upgraded_database
    from ska_pos.db.engine import make_engine
    from ska_pos.db.migrate import alembic_config
    from ska_pos.db.models import new_id

    url = f"sqlite:///{folder / 'pos.sqlite3'}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0005")
    sentra_id = new_id()
    with engine.begin() as connection:
        sentra = "INSERT INTO sentra (id, code, name, address, created_at) VALUES (:id, 'BIG', 'Big', '', :at)"
        connection.execute(sa.text(sentra), {"id": sentra_id.hex, "at": clock.now()})
        connection.execute(
            sa.text("INSERT INTO worker (id, sentra_id, code, name, display_name, ppks_category, active, nik, phone, "
                    "bank_name, bank_account, notes, created_at) VALUES (:id, :sentra, :code, :code, :code, '', 1, "
                    ":nik, :phone, 'BRI', :account, '', :at)"),
            [{"id": new_id().hex, "sentra": sentra_id.hex, "code": f"W{n:05d}", "nik": f"3171{n:012d}",
              "phone": f"0812{n:08d}", "account": f"0123-01-{n:06d}-53-1", "at": clock.now()} for n in range(workers)],
        )  # fmt: skip
    engine.dispose()
    start = time.perf_counter()
    database, _upgrade = open_upgraded_database(url)
    took = time.perf_counter() - start
    print(f"migration 0006 with {workers} workers in clear: {took:.2f} s")
    _one_view(database)
    database.dispose()


def _one_view(database: object) -> None:
    from shop import build_shop

    from ska_pos.services import personal_data, workers
    from ska_pos.services.actor import Actor
    from ska_pos.services.personal_data import PersonalData
    from ska_pos.services.workers import WorkerForm

    assert hasattr(database, "transaction")
    shop = build_shop(database)  # type: ignore[arg-type]
    manager = Actor(shop.manager.id, "manager", shop.cafe.id, shop.cashier.till_id)
    with database.transaction() as s:
        personal = PersonalData("3171234567890123", "081234567890", shop.siti.created_at.date(), "BRI", "12345678")
        worker_id = workers.add_worker(s, manager, WorkerForm("X001", "Dewi", outlet_ids=(shop.cafe.id,),
                                                              personal=personal)).id  # fmt: skip
    count, start = 200, time.perf_counter()
    for _ in range(count):
        with database.transaction() as s:
            personal_data.read_personal_data(s, manager, worker_id)
    print(f"a manager's recorded view (one write transaction, synchronous FULL): "
          f"{(time.perf_counter() - start) / count * 1000:.2f} ms")  # fmt: skip


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    sys.exit(main())
