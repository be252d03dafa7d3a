"""How long a catalog import holds the database: a 20,000-row CSV into a till's SQLite file.

    python benchmarks/catalog_import.py [--rows 20000]

Imports the file once (every item new, with a barcode, a category and a maker), then once more (every item
updated), as `ska-pos import catalog` does: the file is read and checked, then one transaction writes it.
Prints the whole time and the transaction's time (how long other tills wait for the write lock; they give up
after busy_timeout, 5 s), with rows per second, for both; and the transaction's CPU time, which a machine shared
with other work inflates less than the wall-clock time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path

from ska_pos.db.database import Database, open_database
from ska_pos.db.models import Outlet
from ska_pos.services import auth, setup
from ska_pos.services.actor import Actor
from ska_pos.services.catalog_import import import_catalog, read_catalog


def write_csv(path: Path, rows: int, price: int) -> None:
    lines = ["sku,name,price,category,kind,unit,barcodes,maker_code,track_stock"]
    lines += [f"SKU{n},Barang nomor {n},{price + n % 100},Kategori {n % 40},product,pcs,899{n:010d},W001,ya"
              for n in range(rows)]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def timed_import(db: Database, actor: Actor, path: Path, outlet_id: uuid.UUID) -> tuple[float, float, float, int, int]:
    """Seconds in all, seconds in the transaction, CPU seconds in the transaction, items created, items updated."""
    started = time.perf_counter()
    catalog = read_catalog(path)
    began, began_cpu = time.perf_counter(), time.process_time()
    with db.transaction() as session:
        outlet = session.get(Outlet, outlet_id)
        report = import_catalog(session, actor, catalog, default_outlet=outlet)
    ended, cpu = time.perf_counter(), time.process_time() - began_cpu
    return ended - started, ended - began, cpu, report.created, report.updated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        with db.transaction() as s:
            seed = auth.system_actor(s)  # the benchmark's empty database: no one to log in yet
            sentra = setup.create_sentra(s, seed, "BLH", "Sentra Budi Luhur")
            outlet = setup.create_outlet(s, seed, sentra, "TKO", "Galeri", "toko")
            setup.create_worker(s, seed, sentra, "W001", "Siti Rahayu", [outlet])
            outlet_id = outlet.id
            setup.create_user(s, seed, sentra, "admin", "Admin", "admin", "4444")
            admin = auth.login_for_command(s, "admin", "4444").actor
            assert admin is not None
        path = Path(folder) / "catalog.csv"
        for label, price in (("new items", 10_000), ("same items updated", 12_000)):
            write_csv(path, args.rows, price)
            seconds, locked, cpu, created, updated = timed_import(db, admin, path, outlet_id)
            print(f"{label}: {args.rows} rows in {seconds:.2f} s = {args.rows / seconds:,.0f} rows/s; write "
                  f"transaction {locked:.2f} s ({cpu:.2f} s CPU); created {created}, updated {updated}")  # fmt: skip
        db.dispose()


if __name__ == "__main__":
    main()
