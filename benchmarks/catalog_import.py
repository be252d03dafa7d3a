"""How long a catalog import takes, against the same rows through raw sqlite3: a CSV into a till's SQLite file.

    python benchmarks/catalog_import.py [--rows 100000]

Imports the file once (every item new, with a barcode, a category and a maker), then once more with new prices
(every item's price changed), as `ska-pos import catalog` does: the file is read and checked, then one transaction
writes it. The same two files go through `raw_catalog_import.py` (raw sqlite3, no checks) into a copy of the same
database, and the two databases are compared table by table (the item search index and the audit entry with the
prices included) after each file. Prints, for both paths, the whole time with rows per second and the CPU time
(which a machine shared with other work inflates less than the wall-clock time), the service's write transaction
(how long other tills wait for the write lock; they give up after busy_timeout, 5 s), and the ratios.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from raw_catalog_import import RawImport, different_tables

from ska_pos.db.database import Database, open_database
from ska_pos.db.models import Outlet
from ska_pos.services import auth, setup
from ska_pos.services.actor import Actor
from ska_pos.services.catalog_file import read_catalog
from ska_pos.services.catalog_import import import_catalog


def write_csv(path: Path, rows: int, price: int) -> None:
    lines = ["sku,name,price,category,kind,unit,barcodes,maker_code,track_stock"]
    lines += [f"SKU{n},Barang nomor {n},{price + n % 100},Kategori {n % 40},product,pcs,899{n:010d},W001,ya"
              for n in range(rows)]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def timed_import(
    db: Database, actor: Actor, path: Path, outlet_id: uuid.UUID
) -> tuple[float, float, float, float, int, int]:
    """Seconds in all, CPU seconds in all, seconds in the transaction, CPU seconds in the transaction, items
    created, items updated."""
    started, started_cpu = time.perf_counter(), time.process_time()
    catalog = read_catalog(path)
    began, began_cpu = time.perf_counter(), time.process_time()
    with db.transaction() as session:
        outlet = session.get(Outlet, outlet_id)
        report = import_catalog(session, actor, catalog, default_outlet=outlet)
    ended, ended_cpu = time.perf_counter(), time.process_time()
    return (ended - started, ended_cpu - started_cpu, ended - began, ended_cpu - began_cpu, report.created,
            report.updated)  # fmt: skip


def seeded(path: Path) -> tuple[Database, Actor, uuid.UUID]:
    db = open_database(f"sqlite:///{path}")
    with db.transaction() as s:
        seed = auth.system_actor(s)  # the benchmark's empty database: no one to log in yet
        sentra = setup.create_sentra(s, seed, "BLH", "Sentra Budi Luhur")
        outlet = setup.create_outlet(s, seed, sentra, "TKO", "Galeri", "toko")
        setup.create_worker(s, seed, sentra, "W001", "Siti Rahayu", [outlet])
        outlet_id = outlet.id
        setup.create_user(s, seed, sentra, "admin", "Admin", "admin", "4444")
        admin = auth.login_for_command(s, "admin", "4444").actor
        assert admin is not None
    return db, admin, outlet_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        service_file, raw_file = Path(folder) / "service.sqlite3", Path(folder) / "raw.sqlite3"
        db, admin, outlet_id = seeded(service_file)
        db.dispose()  # the log copied into the file, so that the copy holds everything
        shutil.copyfile(service_file, raw_file)
        db = open_database(f"sqlite:///{service_file}")
        raw = RawImport(raw_file, outlet_id, admin.user_id)
        path = Path(folder) / "catalog.csv"
        for label, price in (("new items", 10_000), ("same items, new prices", 12_000)):
            write_csv(path, args.rows, price)
            seconds, cpu, locked, locked_cpu, created, updated = timed_import(db, admin, path, outlet_id)
            raw_seconds, raw_cpu, raw_created, raw_updated = raw.run(path)
            print(f"{label}: {args.rows} rows")
            print(
                f"  service: {seconds:.2f} s = {args.rows / seconds:,.0f} rows/s ({cpu:.2f} s CPU); write "
                f"transaction {locked:.2f} s ({locked_cpu:.2f} s CPU); created {created}, updated {updated}"
            )
            print(
                f"  raw sqlite3: {raw_seconds:.2f} s = {args.rows / raw_seconds:,.0f} rows/s ({raw_cpu:.2f} s CPU); "
                f"created {raw_created}, updated {raw_updated}"
            )
            print(f"  service / raw: {seconds / raw_seconds:.2f}x wall-clock, {cpu / raw_cpu:.2f}x CPU")
            different = different_tables(service_file, raw_file)
            print(f"  same rows in every table: {'yes' if not different else 'NO: ' + ', '.join(different)}")
        raw.close()
        db.dispose()


if __name__ == "__main__":
    main()
