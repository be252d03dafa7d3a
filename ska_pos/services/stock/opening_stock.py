"""Opening stock from a file, and the stock on hand to a file of the same columns (CSV or XLSX): an outlet starting
to keep its stock in SKA POS types (or exports from elsewhere) what is on its shelves and what each piece cost.

Columns: `outlet_code`, `sku` or `barcode` (either names the item), `quantity`, `unit_cost`; `name` and `unit` are
written by the export for people; on import `name` is ignored and `unit`, where a row gives it, must be the item's
(2000 ml of milk kept by the litre would otherwise post 2000 l). Each row is a `receive` movement with no supplier (its
reason says it is opening stock, from which file), so its cost starts the moving average. Every row is checked
before the first write and each bad row is named with its row and column; nothing is written while any row is bad.
The rows are posted in the caller's one transaction, in batches of `BATCH_ROWS`. Opening stock is for items that
have never moved at their outlet: a second import of the same file refuses every row instead of doubling the
stock (an item already stocked is brought right by a stock take)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Barcode, Item, Outlet, StockMovement, StockOnHand, User
from ska_pos.domain.limits import check_price_bound
from ska_pos.domain.money import parse_rupiah
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.catalog_file import EXTRA_FIELDS, CatalogImportError, RowProblem, read_table
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.stock.ledger import Movement, lock, post

COLUMNS = ("outlet_code", "sku", "barcode", "name", "unit", "quantity", "unit_cost")
REQUIRED = ("outlet_code", "quantity", "unit_cost")
BATCH_ROWS = 1_000
_THOUSANDTH = Decimal("0.001")


@dataclass(frozen=True)
class OpeningRow:
    row_number: int  # the spreadsheet's row (the header is row 1)
    outlet_code: str
    sku: str
    barcode: str
    quantity: Decimal
    unit_cost: int
    unit: str = ""  # as the row writes it, lower case; empty: the item's unit


@dataclass(frozen=True)
class OpeningFile:
    rows: list[OpeningRow]
    problems: list[RowProblem]
    name: str


def read_opening_file(path: Path) -> OpeningFile:
    """The file's rows checked on their own (numbers, an item named), before the database is asked anything."""
    rows: list[OpeningRow] = []
    problems: list[RowProblem] = []
    for number, raw in enumerate(read_table(path, REQUIRED), start=2):
        if not any(value for key, value in raw.items() if key != EXTRA_FIELDS):
            continue  # an empty line
        try:
            rows.append(_row(number, raw))
        except _Bad as bad:
            problems.append(RowProblem(number, bad.column, bad.message))
    return OpeningFile(rows, problems, path.name)


@requires("stock.receive")
def import_opening_stock(session: Session, actor: Actor, opening: OpeningFile) -> int:
    """Posts every row as opening stock, or nothing: all the rows' problems are raised together
    (`CatalogImportError`). Returns how many rows were posted."""
    problems = list(opening.problems)
    sentra = select(User.sentra_id).where(User.id == actor.user_id).scalar_subquery()  # the user's outlets only
    outlets = {code: outlet_id for outlet_id, code in session.execute(
        select(Outlet.id, Outlet.code).where(Outlet.sentra_id == sentra))}  # fmt: skip
    wanted = {row.outlet_code for row in opening.rows if row.outlet_code in outlets}
    for code in sorted(wanted):
        require_outlet(session, actor, outlets[code])  # a manager of one outlet stocks that outlet only
    wanted_ids = [outlets[code] for code in wanted]
    items = _Items(session, wanted_ids)
    seen: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    posted: dict[tuple[uuid.UUID, uuid.UUID], OpeningRow] = {}
    movements: list[Movement] = []
    reason = _("Opening stock ({file})", file=opening.name)
    for row in opening.rows:
        outlet_id = outlets.get(row.outlet_code)
        if outlet_id is None:
            problems.append(RowProblem(row.row_number, "outlet_code", _("Unknown outlet {code}",
                                                                         code=row.outlet_code)))  # fmt: skip
            continue
        try:
            item = items.find(outlet_id, row)
        except _Bad as bad:
            problems.append(RowProblem(row.row_number, bad.column, bad.message))
            continue
        key = (item.id, outlet_id)
        if key in seen:
            problems.append(RowProblem(row.row_number, "sku", _("{name} is on row {row} already", name=item.name,
                                                                 row=seen[key])))  # fmt: skip
            continue
        seen[key] = row.row_number
        posted[key] = row
        movements.append(Movement(item.id, outlet_id, "receive", row.quantity, row.unit_cost, reason=reason))
    if not problems:
        problems = _moved_meanwhile(session, posted, list(wanted_ids))
    if problems:
        raise CatalogImportError(sorted(problems, key=lambda problem: problem.row))
    for start in range(0, len(movements), BATCH_ROWS):
        post(session, actor, movements[start : start + BATCH_ROWS])
    audit.record(session, "stock.opening_import", user_id=actor.user_id, entity="stock_movement", entity_id=None,
                 till_id=None if actor.till_id == NO_PLACE else actor.till_id, file=opening.name,
                 rows=len(movements))  # fmt: skip
    return len(movements)


def _moved_meanwhile(
    session: Session, posted: dict[tuple[uuid.UUID, uuid.UUID], OpeningRow], outlet_ids: list[uuid.UUID]
) -> list[RowProblem]:
    """On PostgreSQL, the rows of items another transaction gave a movement since `_Items` read them: two imports of
    the same file at once both read "never moved" before either wrote, and both posted (the stock doubled). Each
    item's on-hand row is locked first, in one sorted pass in batches (the bind parameters of one statement are
    limited), and the items are asked again once the other import has committed. SQLite's BEGIN IMMEDIATE already
    holds the whole file, so what `_Items` read still holds."""
    if not posted or session.connection().dialect.name != "postgresql":
        return []
    keys = sorted(posted)
    for start in range(0, len(keys), BATCH_ROWS):
        lock(session, keys[start : start + BATCH_ROWS])
    again = _Items(session, outlet_ids)
    return [RowProblem(row.row_number, _column_of(row), _("{name} has stock movements already: count it instead",
                                                          name=again.by_id[item_id].name))
            for (item_id, _outlet_id), row in posted.items() if again.by_id[item_id].moved]  # fmt: skip


def opening_stock_rows(session: Session, outlet_id: uuid.UUID) -> Iterator[tuple[Any, ...]]:
    """The outlet's tracked products in the import's columns, by SKU: what is on hand and its average cost (an
    item never moved has 0), so the file is also the form to fill for a new outlet."""
    first_barcode = select(func.min(Barcode.code)).where(Barcode.item_id == Item.id).correlate(Item).scalar_subquery()
    rows = session.execute(
        select(Outlet.code, Item.sku, first_barcode, Item.name, Item.unit, StockOnHand.quantity, StockOnHand.avg_cost)
        .join(Outlet, Outlet.id == Item.outlet_id)
        .outerjoin(StockOnHand, (StockOnHand.item_id == Item.id) & (StockOnHand.outlet_id == Item.outlet_id))
        .where(Item.outlet_id == outlet_id, Item.track_stock, Item.kind == "product")
        .order_by(Item.sku)
    )  # fmt: skip
    for code, sku, barcode, name, unit, quantity, cost in rows:
        yield code, sku, barcode or "", name, unit, f"{(quantity or Decimal(0)).normalize():f}", cost or 0


class _Bad(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column, self.message = column, message


def _row(number: int, raw: dict[str, str]) -> OpeningRow:
    if raw.get(EXTRA_FIELDS):
        raise _Bad("", _("more fields than the header names"))
    outlet_code = raw.get("outlet_code", "").upper()
    if not outlet_code:
        raise _Bad("outlet_code", _("the outlet's code is missing"))
    sku, barcode = raw.get("sku", "").upper(), raw.get("barcode", "")
    if not sku and not barcode:
        raise _Bad("sku", _("name the item by its SKU or its barcode"))
    return OpeningRow(number, outlet_code, sku, barcode, _quantity(raw.get("quantity", "")),
                      _cost(raw.get("unit_cost", "")), raw.get("unit", "").strip().lower())  # fmt: skip


def _quantity(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation as error:
        raise _Bad("quantity", _("not a quantity: {text}", text=text)) from error
    # the bound before quantizing: 1e30 in thousandths overflows the context (InvalidOperation, not a message)
    if not value.is_finite() or value <= 0 or value > 10**9 or value != value.quantize(_THOUSANDTH):
        raise _Bad("quantity", _("the quantity must be more than 0, to the thousandth"))
    return value


def _cost(text: str) -> int:
    try:
        cost = int(text) if text.isascii() and text.isdigit() else parse_rupiah(text)
        check_price_bound(cost)
    except ValueError as error:
        raise _Bad("unit_cost", str(error)) from error
    if cost < 0:
        raise _Bad("unit_cost", _("A cost cannot be below zero"))
    return cost


class _Items:
    """The outlets' items by SKU and by barcode, and which have moved already: three queries for the whole file."""

    def __init__(self, session: Session, outlet_ids: Sequence[uuid.UUID]) -> None:
        moved = exists().where(StockMovement.item_id == Item.id, StockMovement.outlet_id == Item.outlet_id)
        query = select(Item.id, Item.outlet_id, Item.sku, Item.name, Item.track_stock, Item.kind, Item.unit,
                       moved.label("moved"))  # fmt: skip
        self.by_sku = {(row.outlet_id, row.sku): row for row in session.execute(
            query.where(Item.outlet_id.in_(outlet_ids)))}  # fmt: skip
        self.by_id = by_id = {row.id: row for row in self.by_sku.values()}
        self.by_barcode = {(outlet_id, code): by_id[item_id] for item_id, outlet_id, code in session.execute(
            select(Barcode.item_id, Barcode.outlet_id, Barcode.code).where(Barcode.outlet_id.in_(outlet_ids)))
            if item_id in by_id}  # fmt: skip

    def find(self, outlet_id: uuid.UUID, row: OpeningRow) -> Any:
        item = self.by_sku.get((outlet_id, row.sku)) if row.sku else self.by_barcode.get((outlet_id, row.barcode))
        if item is None:
            column, code = ("sku", row.sku) if row.sku else ("barcode", row.barcode)
            raise _Bad(column, _("No item {sku} at this outlet", sku=code))
        if not item.track_stock or item.kind != "product":
            raise _Bad(_column_of(row), _("The stock of {name} is not tracked", name=item.name))
        if item.moved:
            raise _Bad(_column_of(row), _("{name} has stock movements already: count it instead", name=item.name))
        if row.unit and row.unit != item.unit:
            raise _Bad("unit", _("{name} is kept in {unit}, not in {written}", name=item.name, unit=item.unit,
                                 written=row.unit))  # fmt: skip
        return item


def _column_of(row: OpeningRow) -> str:
    return "sku" if row.sku else "barcode"
