"""The raw sqlite3 path of `sale_commit.py`: the rows the till's sale writes, written by hand, for comparison."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, replace

from bench_shop import BenchShop

from ska_pos import clock
from ska_pos.db.models import Item
from ska_pos.ids import new_id
from ska_pos.printing.transports import PrinterSettings
from ska_pos.services.printer_settings import load_printers


class RawTill:
    """The same sale written with raw sqlite3 statements: the floor the services are measured against.

    It writes every row the till's commit writes (`complete_sale` and `queue_sale_prints`, as `ui/till/sale_flow.py`
    calls them), the journal entry hashed as docs/journal.md says, and reads inside its transaction only what the
    rows depend on (the receipt number, the journal's last entry). What a till knows for the whole shift (the
    shift, the share rule, the printers) it reads once; the checks the services make (items, prices, workers, the
    open shift, the share rules of the day) it skips: that is the services' overhead, counted against them."""

    def __init__(self, shop: BenchShop, autocheckpoint: int, key: Callable[[], uuid.UUID] = new_id) -> None:
        self.connection = sqlite3.connect(shop.path, isolation_level=None)
        for pragma in ("journal_mode=WAL", f"wal_autocheckpoint={autocheckpoint}", "foreign_keys=ON",
                       "synchronous=FULL", "busy_timeout=5000"):  # fmt: skip
            self.connection.execute(f"PRAGMA {pragma}")
        a = shop.actor
        self.outlet, self.till, self.user = a.outlet_id.hex, a.till_id.hex, a.user_id.hex
        self.till_text, self.outlet_text, self.user_text = str(a.till_id), str(a.outlet_id), str(a.user_id)
        self.shift, self.shift_text, self.rule = shop.shift_id.hex, str(shop.shift_id), shop.share_rule_id.hex
        self.shop, self.key = shop, key
        with shop.db.reading() as session:
            printers = load_printers(session, a.till_id)
        self.kicks_drawer = printers.prints_receipts and printers.receipt.kick_drawer  # said in the sale's entry
        self.recipes = [("receipt", _recipe(printers.receipt, kick_drawer=printers.receipt.kick_drawer)),
                        ("kitchen", _recipe(printers.kitchen, kick_drawer=False))]  # fmt: skip

    def sale(self, items: list[Item]) -> float:
        started = time.perf_counter()
        self._write(items)
        return time.perf_counter() - started

    def _write(self, items: list[Item]) -> None:
        connection, outlet, till, user = self.connection, self.outlet, self.till, self.user
        now = clock.now()
        stamp, day = now.strftime("%Y-%m-%d %H:%M:%S.%f"), clock.today_in(clock.DEFAULT_ZONE).isoformat()
        connection.execute("BEGIN IMMEDIATE")
        seq = connection.execute("SELECT coalesce(max(seq), 0) + 1 FROM sale WHERE till_id = ? AND business_date = ?",
                                 (till, day)).fetchone()[0]  # fmt: skip
        sale_key = self.key()
        sale_id = sale_key.hex
        net = sum(item.price for item in items)
        service = net // 20
        tax = (net + service) // 10
        total = net + service + tax
        receipt_no = f"RAW-T1-{day}-{seq:05d}"
        connection.execute(
            "INSERT INTO sale (outlet_id, till_id, shift_id, cashier_id, customer_id, kind, reason, receipt_no,"
            " business_date, seq, sold_at, subtotal, line_discount_total, sale_discount_total, net_total,"
            " service_charge, service_rate_bp, tax_amount, tax_rate_bp, prices_include_tax, total, rounding, paid,"
            " change, order_type, table_no, note, id) VALUES (" + ",".join("?" * 28) + ")",
            (outlet, till, self.shift, user, None, "sale", "", receipt_no, day, seq + 100_000, stamp, net, 0, 0, net,
             service, 500, tax, 1000, 0, total, 0, total, 500_000 - total, "", "", "", sale_id))  # fmt: skip
        lines, entries, journal_lines = [], [], []
        for number, item in enumerate(items, start=1):
            line_key = self.key()
            line_id = line_key.hex
            lines.append((sale_id, number, item.id.hex, None, item.sku, item.name, "pcs", 1000, item.price,
                          item.price, None, item.price, 0, 0, 0, item.price, "", line_id))  # fmt: skip
            entry_key = self.key()
            entries.append((item.maker_worker_id.hex, outlet, sale_id, line_id, "sale", day, 10_000, 1000,  # type: ignore[union-attr]
                            item.price, item.price * 3 // 10, self.rule, "percent", 3_000, 0, "", user, stamp,
                            entry_key.hex))  # fmt: skip
            credits = [{"id": str(entry_key), "worker_id": str(item.maker_worker_id), "split_bp": 10_000,
                        "quantity": "1", "credited_amount": item.price, "amount": item.price * 3 // 10,
                        "reverses_entry_id": None}]  # fmt: skip
            journal_lines.append({"id": str(line_key), "line_no": number, "item_id": str(item.id), "sku": item.sku,
                                  "quantity": "1", "list_price": item.price, "unit_price": item.price,
                                  "price_override_by_id": None, "gross_amount": item.price, "line_discount": 0,
                                  "sale_discount_part": 0, "included_tax": 0, "net_amount": item.price,
                                  "reverses_line_id": None, "credits": credits})  # fmt: skip
        connection.executemany("INSERT INTO sale_line (sale_id, line_no, item_id, category_id, sku, name, unit,"
                               " quantity, list_price, unit_price, price_override_by_id, gross_amount, line_discount,"
                               " sale_discount_part, included_tax, net_amount, note, id) VALUES ("
                               + ",".join("?" * 18) + ")", lines)  # fmt: skip
        connection.execute("INSERT INTO payment (sale_id, method, amount, tendered, change, reference, created_at,"
                           " id) VALUES (?, 'cash', ?, 500000, ?, '', ?, ?)",
                           (sale_id, total, 500_000 - total, stamp, self.key().hex))  # fmt: skip
        connection.executemany("INSERT INTO earning_entry (worker_id, outlet_id, sale_id, sale_line_id, kind,"
                               " business_date, split_bp, quantity, credited_amount, amount, share_rule_id,"
                               " rule_kind, rule_percent_bp, rule_fixed_per_unit, reason, created_by_id, created_at,"
                               " id) VALUES (" + ",".join("?" * 18) + ")", entries)  # fmt: skip
        sold_at = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        payload = {"id": str(sale_key), "kind": "sale", "receipt_no": receipt_no, "reverses_sale_id": None,
                   "outlet_id": self.outlet_text, "till_id": self.till_text, "shift_id": self.shift_text,
                   "cashier_id": self.user_text, "approved_by_id": None, "business_date": day, "sold_at": sold_at,
                   "subtotal": net, "line_discount_total": 0, "sale_discount_total": 0, "net_total": net,
                   "service_charge": service, "tax_amount": tax, "total": total, "rounding": 0, "paid": total,
                   "change": 500_000 - total, "lines": journal_lines,
                   "payments": [{"method": "cash", "amount": total}],
                   "drawer_opened": self.kicks_drawer}  # fmt: skip
        self._journal("sale", 3, _canonical(payload), sale_id, stamp)
        connection.executemany("INSERT INTO print_job (till_id, sale_id, kind, payload, status, attempts, last_error,"
                               " created_at, printed_at, id) VALUES (?, ?, ?, ?, 'pending', 0, '', ?, NULL, ?)",
                               [(till, sale_id, kind, recipe, stamp, self.key().hex)
                                for kind, recipe in self.recipes])  # fmt: skip
        connection.execute("COMMIT")

    def _journal(self, type_: str, version: int, body: str, record_id: str | None, stamp: str) -> None:
        """The till's next journal entry, chained to the last one (docs/journal.md)."""
        last = self.connection.execute("SELECT seq, hash FROM journal_entry WHERE till_id = ? ORDER BY seq DESC"
                                       " LIMIT 1", (self.till,)).fetchone()  # fmt: skip
        seq, prev_hash = (last[0] + 1, last[1]) if last else (1, self.till_text)
        message = "\n".join((prev_hash, self.till_text, str(seq), type_, str(version), body))
        digest = hashlib.sha256(message.encode("utf-8")).hexdigest()
        self.connection.execute("INSERT INTO journal_entry (till_id, seq, type, record_id, schema_version, payload,"
                                " prev_hash, hash, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                (self.till, seq, type_, record_id, version, body, prev_hash, digest, stamp,
                                 self.key().hex))  # fmt: skip

    def close(self) -> None:
        self.connection.close()


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _recipe(settings: PrinterSettings, *, kick_drawer: bool) -> str:
    """A print job's payload column as `services/print_jobs.py` writes it for a sale (docs/printing.md)."""
    settings = replace(settings, kick_drawer=kick_drawer)
    return json.dumps({"settings": asdict(settings), "language": "id", "copy": False, "kick_drawer": kick_drawer,
                       "data": ""})  # fmt: skip
