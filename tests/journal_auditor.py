"""An auditor's own journal checker, written from docs/journal.md alone: no SKA POS import, only the standard
library and the SQLite file. Tests run it beside `ska-pos verify`; where they disagree, the document is wrong."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

SALE_TYPES = ("sale", "void", "refund")
CLOSING_TYPES = ("shift_close", "day_close")


def audit(path: Path) -> list[str]:
    """Every problem found in the file's journal; an empty list when the chains hold."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT till_id, seq, type, schema_version, payload, prev_hash, hash FROM journal_entry "
            "ORDER BY till_id, seq"
        ).fetchall()
    chains: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows:
        chains.setdefault(str(uuid.UUID(hex=row[0])), []).append(row[1:])  # stored as 32 hex digits
    return [problem for till, entries in chains.items() for problem in _audit_chain(till, entries)]


def drawer_openings(path: Path) -> dict[str, int]:
    """How often each till's cash drawer opened: its `drawer_open` entries, and its sale-type entries whose payload
    says `drawer_opened` (version 3 on)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT till_id, type, payload FROM journal_entry").fetchall()
    counts: dict[str, int] = {}
    for till_id, type_, payload in rows:
        till = str(uuid.UUID(hex=till_id))
        opened = type_ == "drawer_open" or (type_ in SALE_TYPES and json.loads(payload).get("drawer_opened") is True)
        counts[till] = counts.get(till, 0) + opened
    return counts


def entry_hash(prev_hash: str, till: str, seq: int, type_: str, version: int, payload: str) -> str:
    text = "\n".join((prev_hash, till, str(seq), type_, str(version), payload))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _audit_chain(till: str, entries: list[tuple[Any, ...]]) -> list[str]:
    problems: list[str] = []
    previous, expected = till, 1
    sales: dict[int, dict[str, Any]] = {}
    last_closed: dict[str, int] = {}
    grand: dict[str, int] = {}
    hashes: dict[int, str] = {}
    for seq, type_, version, payload, prev_hash, hash_ in entries:
        if seq != expected:
            problems.append(f"{till}: gap before {seq}")
        if prev_hash != previous or entry_hash(prev_hash, till, seq, type_, version, payload) != hash_:
            problems.append(f"{till}: entry {seq} does not hash")
        body = json.loads(payload)
        if type_ in SALE_TYPES:
            sales[seq] = body
        if type_ in CLOSING_TYPES:
            problems += _audit_closing(till, seq, type_, body, last_closed.get(type_, 0), sales, grand, hashes)
            last_closed[type_] = body["last_seq"]
        previous, expected, hashes[seq] = hash_, seq + 1, hash_
    return problems


def _audit_closing(
    till: str, seq: int, type_: str, closing: dict[str, Any], last_closed: int, sales: dict[int, dict[str, Any]],
    grand: dict[str, int], hashes: dict[int, str],
) -> list[str]:  # fmt: skip
    problems = []
    if closing["first_seq"] != last_closed + 1 or closing["last_seq"] != seq - 1:
        problems.append(f"{till}: closing {seq} is not contiguous")
    wanted = hashes.get(closing["last_seq"], till) if closing["last_seq"] else till
    if closing["last_hash"] != wanted:
        problems.append(f"{till}: closing {seq} ends on another hash")
    covered = [sale for number, sale in sales.items() if closing["first_seq"] <= number <= closing["last_seq"]]
    if totals(covered) != closing["totals"]:
        problems.append(f"{till}: closing {seq} totals differ")
    grand[type_] = grand.get(type_, 0) + closing["totals"]["total"]
    if grand[type_] != closing["grand_total"]:
        problems.append(f"{till}: closing {seq} grand total differs")
    return problems


def totals(sales: list[dict[str, Any]]) -> dict[str, Any]:
    """A closing's `totals` over the sale-type payloads it covers."""
    result: dict[str, Any] = {"sales": 0, "voids": 0, "refunds": 0, "gross": 0, "discounts": 0, "net": 0, "tax": 0,
                              "service": 0, "rounding": 0, "total": 0, "void_total": 0, "refund_total": 0,
                              "payments": {}}  # fmt: skip
    for sale in sales:
        result[{"sale": "sales", "void": "voids", "refund": "refunds"}[sale["kind"]]] += 1
        for name, field in (("gross", "subtotal"), ("net", "net_total"), ("tax", "tax_amount"),
                            ("service", "service_charge"), ("rounding", "rounding"), ("total", "total")):  # fmt: skip
            result[name] += sale[field]
        result["discounts"] += sale["line_discount_total"] + sale["sale_discount_total"]
        if sale["kind"] != "sale":
            result[sale["kind"] + "_total"] += sale["total"]
        for payment in sale["payments"]:
            result["payments"][payment["method"]] = result["payments"].get(payment["method"], 0) + payment["amount"]
    return result
