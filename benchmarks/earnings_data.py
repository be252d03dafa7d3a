"""A year of a sentra's sales for the earnings benchmark, written fast with raw sqlite3 executemany.

The sentra, outlets, items, workers and share rules are made through the services; the sales are bulk rows
that match what the services write: every sale has its lines, one cash payment and an earnings entry per credited
worker (a tenth of lines split between two workers, a tenth credited to nobody), about 1% of sales are voided the
same day (a void sale with negated lines, payments and entries pointing at what they reverse), and every worker is
paid out at each month's end.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from ska_pos.db.database import open_database
from ska_pos.services import auth, setup

OUTLETS = (("KFE", "kafe", 3000), ("SLN", "salon", 5000), ("LDR", "laundry", 4000), ("JHT", "jahit", 6000),
           ("TKO", "toko", 7000))  # fmt: skip
SALE_COLUMNS = ("id", "outlet_id", "till_id", "cashier_id", "kind", "reverses_sale_id", "reason", "receipt_no",
                "business_date", "seq", "sold_at", "subtotal", "line_discount_total", "sale_discount_total",
                "net_total", "service_charge", "service_rate_bp", "tax_amount", "tax_rate_bp", "prices_include_tax",
                "total", "rounding", "paid", "change", "order_type", "table_no", "note")  # fmt: skip
LINE_COLUMNS = ("id", "sale_id", "line_no", "item_id", "category_id", "reverses_line_id", "sku", "name", "unit",
                "quantity", "list_price", "unit_price", "gross_amount", "line_discount", "sale_discount_part",
                "included_tax", "net_amount", "note")  # fmt: skip
ENTRY_COLUMNS = ("id", "worker_id", "outlet_id", "sale_id", "sale_line_id", "kind", "business_date", "split_bp",
                 "quantity", "credited_amount", "amount", "share_rule_id", "rule_kind", "rule_percent_bp",
                 "rule_fixed_per_unit", "reverses_entry_id", "reason", "created_by_id", "created_at")  # fmt: skip
PAYMENT_COLUMNS = ("id", "sale_id", "method", "amount", "tendered", "change", "reference", "created_at")
Row = tuple[Any, ...]
Sold = tuple[str, list[Row], list[Row]]  # a sale's id, lines and entries
PAYOUT_COLUMNS = ("id", "worker_id", "amount", "method", "reference", "period_from", "period_to", "paid_on",
                  "paid_at", "paid_by_id", "over_balance_reason", "note")  # fmt: skip


@dataclass(frozen=True)
class Place:
    code: str
    outlet: str
    till: str
    rule: str
    percent_bp: int
    items: tuple[tuple[str, str | None, str, str, int], ...]  # id, category id, sku, name, price
    workers: tuple[str, ...]


@dataclass(frozen=True)
class Master:
    places: tuple[Place, ...]
    cashier: str
    manager: str
    workers: tuple[str, ...]


def build_master(path: Path, workers: int) -> Master:
    db = open_database(f"sqlite:///{path}")
    with db.transaction() as s:
        seed = auth.system_actor(s)  # the benchmark's empty database: no one to log in yet
        sentra = setup.create_sentra(s, seed, "BLH", "Sentra Budi Luhur")
        outlets = [setup.create_outlet(s, seed, sentra, code, f"Outlet {code}", kind) for code, kind, _bp in OUTLETS]
        made = [setup.create_worker(s, seed, sentra, f"W{n:03d}", f"Pekerja Nomor {n}", [outlets[n % len(outlets)]])
                for n in range(1, workers + 1)]  # fmt: skip
        cashier = setup.create_user(s, seed, sentra, "kasir", "Kasir", "cashier", "1111")
        manager = setup.create_user(s, seed, sentra, "manajer", "Manajer", "manager", "3333")
        places = []
        for index, (outlet, (code, _kind, bp)) in enumerate(zip(outlets, OUTLETS, strict=True)):
            till = setup.create_till(s, seed, outlet, "T1")
            rule = setup.add_share_rule(s, seed, outlet, valid_from=date(2020, 1, 1), percent_bp=bp)
            category = setup.create_category(s, seed, outlet, "Umum")
            items = tuple((item.id.hex, category.id.hex, item.sku, item.name, item.price) for item in (
                setup.create_item(s, seed, outlet, f"{code}{n:03d}", f"Barang {code} {n}", 5_000 + 2_500 * n,
                                  category=category) for n in range(40)))  # fmt: skip
            crew = tuple(w.id.hex for n, w in enumerate(made) if n % len(outlets) == index)
            places.append(Place(code, outlet.id.hex, till.id.hex, rule.id.hex, bp, items, crew))
        master = Master(tuple(places), cashier.id.hex, manager.id.hex, tuple(w.id.hex for w in made))
    db.dispose()
    return master


class YearWriter:
    """Writes sales day by day until `lines` sale lines exist; rows are flushed in batches."""

    def __init__(self, path: Path, master: Master, *, seed: int = 5) -> None:
        self.connection = sqlite3.connect(path)
        self.connection.execute("PRAGMA synchronous=OFF")
        self.master, self.rng = master, random.Random(seed)
        self.rows: dict[str, list[Row]] = {"sale": [], "sale_line": [], "earning_entry": [],
                                                          "payment": [], "payout": []}  # fmt: skip
        self.lines = 0
        self._next_id = self.rng.getrandbits(64) << 64

    def new_id(self) -> str:
        self._next_id += 1
        return f"{self._next_id:032x}"

    def write_year(self, start: date, lines: int) -> int:
        per_day = lines / 365
        day = start
        while self.lines < lines:
            target = min(lines, round(per_day * ((day - start).days + 1)))
            self._day(day, target)
            if day.month != (day + timedelta(days=1)).month:
                self._payouts(day)
            day += timedelta(days=1)
            if len(self.rows["sale_line"]) > 100_000:
                self.flush()
        self.flush()
        self.connection.close()
        return self.lines

    def _day(self, day: date, target: int) -> None:
        seq = {place.code: 0 for place in self.master.places}
        while self.lines < target:
            place = self.rng.choice(self.master.places)
            seq[place.code] += 1
            moment = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(seconds=seq[place.code] * 40)
            sale = self._sale(place, day, seq[place.code], moment)
            if self.rng.random() < 0.01 and self.lines < target:
                seq[place.code] += 1
                self._void(place, sale, day, seq[place.code], moment + timedelta(minutes=5))

    def _sale(self, place: Place, day: date, seq: int, moment: datetime) -> Sold:
        stamp = moment.strftime("%Y-%m-%d %H:%M:%S.%f")
        sale_id, net, lines, entries = self.new_id(), 0, [], []
        for line_no in range(1, self.rng.choice((1, 2, 2, 3, 4)) + 1):
            item_id, category_id, sku, name, price = self.rng.choice(place.items)
            quantity = self.rng.choice((1, 1, 1, 2, 3))
            line_id, amount = self.new_id(), price * quantity
            net += amount
            lines.append((line_id, sale_id, line_no, item_id, category_id, None, sku, name, "pcs", quantity * 1000,
                          price, price, amount, 0, 0, 0, amount, ""))  # fmt: skip
            entries += self._credits(place, sale_id, line_id, day, quantity, amount, stamp)
            self.lines += 1
        receipt = f"{place.code}-T1-{day:%Y%m%d}-{seq:04d}"
        self.rows["sale"].append((sale_id, place.outlet, place.till, self.master.cashier, "sale", None, "", receipt,
                                  day.isoformat(), seq, stamp, net, 0, 0, net, 0, 0, 0, 0, 0, net, 0, net, 0, "", "",
                                  ""))  # fmt: skip
        self.rows["sale_line"] += lines
        self.rows["earning_entry"] += entries
        self.rows["payment"].append((self.new_id(), sale_id, "cash", net, net, 0, "", stamp))
        return sale_id, lines, entries

    def _credits(self, place: Place, sale_id: str, line_id: str, day: date, quantity: int, amount: int,
                 stamp: str) -> list[Row]:  # fmt: skip
        roll = self.rng.random()
        if roll < 0.1:
            return []
        splits = [(self.rng.choice(place.workers), 10000)]
        if roll > 0.9:
            splits = [(w, bp) for w, bp in zip(self.rng.sample(place.workers, 2), (6000, 4000), strict=True)]
        first = amount * splits[0][1] // 10000 if len(splits) == 2 else amount
        parts = [first, amount - first][: len(splits)]
        return [(self.new_id(), worker, place.outlet, sale_id, line_id, "sale", day.isoformat(), bp,
                 quantity * bp // 10, part, (part * place.percent_bp + 5000) // 10000, place.rule, "percent",
                 place.percent_bp, 0, None, "", self.master.cashier, stamp)
                for (worker, bp), part in zip(splits, parts, strict=True)]  # fmt: skip

    def _void(self, place: Place, original: Sold, day: date,
              seq: int, moment: datetime) -> None:  # fmt: skip
        sale_id, lines, entries = original
        stamp, void_id = moment.strftime("%Y-%m-%d %H:%M:%S.%f"), self.new_id()
        new_line = {line[0]: self.new_id() for line in lines}
        for line in lines:
            (line_id, _s, line_no, item, category, _r, sku, name, unit, qty, lp, up, gross, *_parts, net, note) = line
            self.rows["sale_line"].append((new_line[line_id], void_id, line_no, item, category, line_id, sku, name,
                                           unit, -qty, lp, up, -gross, 0, 0, 0, -net, note))  # fmt: skip
            self.lines += 1
        for e in entries:
            self.rows["earning_entry"].append((self.new_id(), e[1], e[2], void_id, new_line[e[4]], "void",
                                               day.isoformat(), e[7], -e[8], -e[9], -e[10], e[11], e[12], e[13],
                                               e[14], e[0], "Salah input", self.master.cashier, stamp))  # fmt: skip
        net = sum(int(line[16]) for line in lines)
        receipt = f"{place.code}-T1-{day:%Y%m%d}-{seq:04d}"
        self.rows["sale"].append((void_id, place.outlet, place.till, self.master.cashier, "void", sale_id,
                                  "Salah input", receipt, day.isoformat(), seq, stamp, -net, 0, 0, -net, 0, 0, 0, 0, 0,
                                  -net, 0, -net, 0, "", "", ""))  # fmt: skip
        self.rows["payment"].append((self.new_id(), void_id, "cash", -net, -net, 0, "", stamp))

    def _payouts(self, day: date) -> None:
        first = day.replace(day=1)
        stamp = datetime.combine(day, datetime.max.time()).strftime("%Y-%m-%d %H:%M:%S.%f")
        for worker in self.master.workers:
            amount = self.rng.randrange(100, 400) * 1_000
            self.rows["payout"].append((self.new_id(), worker, amount, "cash", "", first.isoformat(), day.isoformat(),
                                        day.isoformat(), stamp, self.master.manager, "", ""))  # fmt: skip

    def flush(self) -> None:
        columns = {"sale": SALE_COLUMNS, "sale_line": LINE_COLUMNS, "earning_entry": ENTRY_COLUMNS,
                   "payment": PAYMENT_COLUMNS, "payout": PAYOUT_COLUMNS}  # fmt: skip
        with self.connection:
            for table, names in columns.items():
                sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
                self.connection.executemany(sql, self.rows[table])
                self.rows[table].clear()
