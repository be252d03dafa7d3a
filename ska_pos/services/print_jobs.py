"""The print queue's jobs kept in the database (`print_job`), so a job survives a restart and is never dropped.

A sale's receipt and kitchen ticket are recorded by `queue_sale_prints` in the sale's own transaction, so a crash
after the commit cannot lose them; other jobs (reprints, reports) are added by the queue. A row says what to
print, not the printed bytes: a receipt or kitchen ticket names its sale (re-read from the
database, which never changes a committed sale), a report keeps its ready bytes. Finished jobs stay as "done".

Concurrency: the queue calls this store from its own thread while the UI's database thread writes sales. Each
method opens its own short transaction of a single statement, so SQLite's one writer is held for about a
millisecond and the other side waits through `busy_timeout`; a write never follows a read in the same
transaction, so SQLite never has to refuse a lock upgrade. A failed bookkeeping write is logged, never raised
into the print thread: the job then simply stays pending (printed twice at worst, never lost).
"""

from __future__ import annotations

import base64
import functools
import json
import logging
import threading
import uuid
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.database import Database
from ska_pos.db.models import PrintJob as PrintJobRow
from ska_pos.db.models import Sale, SaleLine
from ska_pos.db.models.base import table_of
from ska_pos.db.prepared import PreparedInsert
from ska_pos.i18n import _, current_language
from ska_pos.ids import new_id
from ska_pos.printing.print_queue import JobKind, PrintJob
from ska_pos.printing.transports import PrinterSettings
from ska_pos.reports.receipt_model import KitchenTicket, ReceiptData
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.services.permissions import requires
from ska_pos.services.prep_stations import KITCHEN
from ska_pos.services.printer_settings import DEVICE_KINDS, TillPrinters, load_printers
from ska_pos.services.receipts import kitchen_ticket, receipt_data
from ska_pos.services.sale_print_plan import SalePrintPlan, sale_print_plan
from ska_pos.services.shifts import record_drawer_opening_for_sale
from ska_pos.services.written_sales import WrittenSale, written_sale

log = logging.getLogger(__name__)

WAITING = ("pending", "failed")
_SETTINGS_FIELDS = {field.name for field in fields(PrinterSettings)}


@dataclass(frozen=True)
class _Recipe:
    """What the payload column holds."""

    settings: PrinterSettings
    language: str = "id"
    copy: bool = False
    kick_drawer: bool = False  # only on the first attempt: a retry an hour later must not open the drawer
    data: bytes = b""  # a report's ready bytes
    station: str = ""  # a kitchen ticket's station (services/prep_stations): only its lines; "" the whole sale

    def to_json(self) -> str:
        return json.dumps(
            {
                "settings": asdict(self.settings),
                "language": self.language,
                "copy": self.copy,
                "kick_drawer": self.kick_drawer,
                "data": base64.b64encode(self.data).decode("ascii"),
                "station": self.station,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> _Recipe:
        raw: dict[str, Any] = json.loads(text or "{}")
        settings = {key: value for key, value in raw.get("settings", {}).items() if key in _SETTINGS_FIELDS}
        return cls(
            PrinterSettings(**settings),
            language=str(raw.get("language", "id")),
            copy=bool(raw.get("copy", False)),
            kick_drawer=bool(raw.get("kick_drawer", False)),
            data=base64.b64decode(raw.get("data", "")),
            station=str(raw.get("station", "")),
        )


class DatabaseJobStore:
    """The JobStore of one till, on the `print_job` table."""

    def __init__(self, database: Database, till_id: uuid.UUID) -> None:
        self.database, self.till_id = database, till_id
        self._payloads: dict[str, ReceiptData | KitchenTicket | bytes] = {}  # a sale never changes: safe to keep
        self._lock = threading.Lock()

    def add(self, job: PrintJob) -> None:
        sale_id = self._sale_of(job)
        recipe = _Recipe(
            settings=job.settings,
            language=getattr(job.payload, "language", "id"),
            copy=isinstance(job.payload, ReceiptData) and job.payload.is_copy,
            kick_drawer=job.settings.kick_drawer,
            data=job.payload if isinstance(job.payload, bytes) else b"",
        )
        row = {
            "id": uuid.UUID(job.id), "till_id": self.till_id, "sale_id": sale_id, "kind": job.kind,
            "payload": recipe.to_json(), "status": "pending", "attempts": job.attempts,
            "last_error": job.last_error, "created_at": clock.now(),
        }  # fmt: skip
        with self.database.transaction() as session:
            session.execute(insert(PrintJobRow), [row])
        with self._lock:
            self._payloads[job.id] = job.payload

    def mark_done(self, job_id: str) -> None:
        self._write(job_id, status="done", printed_at=clock.now(), last_error="")
        with self._lock:
            self._payloads.pop(job_id, None)

    def mark_failed(self, job_id: str, error: str) -> None:
        self._write(job_id, status="failed", attempts=PrintJobRow.attempts + 1, last_error=error)

    def pending(self) -> list[PrintJob]:
        """Waiting and failed jobs of this till, oldest first, printing on the printers as they are set up now."""
        with self.database.reading() as session:
            rows = list(
                session.scalars(
                    select(PrintJobRow)
                    .where(PrintJobRow.till_id == self.till_id, PrintJobRow.status.in_(WAITING))
                    .order_by(PrintJobRow.created_at, PrintJobRow.id)
                )
            )
            if not rows:
                return []
            printers = load_printers(session, self.till_id)
            return [job for row in rows if (job := self._job(session, row, printers)) is not None]

    def count(self) -> int:
        with self.database.reading() as session:
            return int(
                session.scalar(
                    select(func.count(PrintJobRow.id)).where(
                        PrintJobRow.till_id == self.till_id, PrintJobRow.status.in_(WAITING)
                    )
                )
                or 0
            )

    def recorded_kinds(self, session: Session, sale_id: uuid.UUID) -> set[str]:
        """The kinds of job (receipt, kitchen) already recorded for a sale, by `queue_sale_prints`."""
        query = select(PrintJobRow.kind).where(PrintJobRow.till_id == self.till_id, PrintJobRow.sale_id == sale_id)
        return set(session.scalars(query))

    def _sale_of(self, job: PrintJob) -> uuid.UUID | None:
        if isinstance(job.payload, bytes):
            return None
        with self.database.reading() as session:
            return session.scalar(select(Sale.id).where(Sale.receipt_no == job.payload.receipt_no))

    def _write(self, job_id: str, **values: Any) -> None:
        try:
            with self.database.transaction() as session:
                session.execute(update(PrintJobRow).where(PrintJobRow.id == uuid.UUID(job_id)).values(**values))
        except SQLAlchemyError:
            log.exception("could not record print job %s as %s", job_id, values.get("status"))

    def _job(self, session: Session, row: PrintJobRow, printers: TillPrinters) -> PrintJob | None:
        recipe = _Recipe.from_json(row.payload)
        job_id = row.id.hex
        try:
            payload = self._payload(session, job_id, row, recipe)
        except Exception:
            log.exception("print job %s cannot be rebuilt; it stays in the table", job_id)
            return None
        kind: JobKind = "receipt" if row.kind == "receipt" else "kitchen" if row.kind == "kitchen" else "report"
        settings = _current_settings(kind, recipe, printers)
        copies = 1 if recipe.copy else settings.copies  # a reprint is one copy, however many a sale gets
        settings = replace(settings, kick_drawer=recipe.kick_drawer and row.attempts == 0, copies=copies)
        if isinstance(payload, ReceiptData):  # worker names only where the outlet and this printer both want them
            payload = replace(payload, show_workers=payload.show_workers and settings.show_workers)
        return PrintJob(job_id, kind, payload, settings, row.attempts, row.last_error)

    def _payload(
        self, session: Session, job_id: str, row: PrintJobRow, recipe: _Recipe
    ) -> ReceiptData | KitchenTicket | bytes:
        with self._lock:
            known = self._payloads.get(job_id)
        if known is not None:
            return known
        if row.kind == "receipt" and row.sale_id is not None:
            payload: ReceiptData | KitchenTicket | bytes = receipt_data(
                session, row.sale_id, copy=recipe.copy, language=recipe.language
            )
        elif row.kind == "kitchen" and row.sale_id is not None:
            payload = kitchen_ticket(session, row.sale_id, language=recipe.language, station=recipe.station or None)
        else:
            payload = recipe.data
        with self._lock:
            self._payloads[job_id] = payload
        return payload


# Built once: constructing a statement costs more than running it, and these run inside every sale.
_SALE = select(Sale.outlet_id, Sale.shift_id, Sale.kind).where(Sale.id == bindparam("sale_id"))
_INSERT_JOBS = PreparedInsert(insert(table_of(PrintJobRow)))
_SALE_CATEGORIES = select(SaleLine.category_id).where(SaleLine.sale_id == bindparam("sale_id"))


@requires("receipt.queue")
def queue_sale_prints(session: Session, actor: Actor, sale_id: uuid.UUID, *, open_drawer: bool = False) -> int:
    """In the sale's own transaction: its receipt, and a café sale's kitchen ticket, as jobs waiting for this till's
    printers, so that nothing between the commit and the printer can lose them. A receipt that kicks the drawer is
    in the journal: in the sale's own entry when `complete_sale` was told (`open_drawer`) in this transaction, else
    in an entry of its own. Returns how many were queued: 0 when the till has no device printer (its receipts are
    saved as PDFs once the sale commits). A sale of another outlet than the till's is refused: its receipt would
    print (and kick the drawer) at a till that did not ring it up."""
    till_id = actor.till_id
    session.flush()
    connection = session.connection()
    sale = written_sale(session, sale_id) or _read_sale(connection, sale_id)
    if sale is not None and sale.outlet_id != actor.outlet_id:
        raise ValidationError(_("This sale belongs to another outlet"))
    if sale is None:  # the receipt still names it: the insert below then fails on the missing sale, as it should
        plan = SalePrintPlan(load_printers(session, till_id), kitchen_tickets=False)
    else:
        plan = sale.plan or sale_print_plan(session, till_id, sale.outlet_id, sale.shift_id)
    printers, language = plan.printers, current_language()
    said = sale is not None and sale.drawer_opened  # the sale's own journal entry says the drawer opens
    rows = []
    if printers.prints_receipts:
        kick = said or (printers.receipt.kick_drawer and open_drawer)
        settings = replace(printers.receipt, kick_drawer=kick)
        rows.append(_new_row(till_id, sale_id, "receipt", _Recipe(settings, language, kick_drawer=kick)))
        if kick and not said:  # journaled in this transaction; dispatch_receipt then starts the job, journals nothing
            record_drawer_opening_for_sale(session, till_id, sale_id)
    # Only a sale goes to a kitchen, of an outlet whose profile has kitchen tickets; voids and refunds do not.
    if sale is not None and sale.kind == "sale" and plan.kitchen_tickets:
        for station, settings in _kitchen_printers(connection, sale_id, plan):
            rows.append(_new_row(till_id, sale_id, "kitchen", _Recipe(settings, language, station=station)))
    if rows:
        _INSERT_JOBS.run(connection, rows)
    return len(rows)


def _kitchen_printers(
    connection: Connection, sale_id: uuid.UUID, plan: SalePrintPlan
) -> list[tuple[str, PrinterSettings]]:
    """A ticket per station that makes something of the sale, on its printer ("" the whole sale, on the kitchen
    printer, where the outlet routes nothing elsewhere); a station with no printer to go to gets none."""
    kitchen, routing = plan.printers.kitchen, plan.routing
    if not routing.routes:
        return [("", kitchen)] if plan.printers.prints_kitchen_tickets else []
    categories = list(connection.execute(_SALE_CATEGORIES, {"sale_id": sale_id}).scalars())
    stations = [code for code, _lines in routing.split(categories, lambda category: category)]
    printers = [(code, routing.printer_for(code, kitchen)) for code in stations]
    return [(code, settings) for code, settings in printers if settings.kind in DEVICE_KINDS]


def _read_sale(connection: Connection, sale_id: uuid.UUID) -> WrittenSale | None:
    """A sale this transaction did not write: whether its receipt opens the drawer is `open_drawer`'s to say."""
    row = connection.execute(_SALE, {"sale_id": sale_id}).first()
    return WrittenSale(row.outlet_id, row.shift_id, row.kind, None, drawer_opened=False) if row else None


def _new_row(till_id: uuid.UUID, sale_id: uuid.UUID | None, kind: JobKind, recipe: _Recipe) -> dict[str, Any]:
    return {
        "id": new_id(), "till_id": till_id, "sale_id": sale_id, "kind": kind, "payload": _recipe_json(recipe),
        "status": "pending", "attempts": 0, "last_error": "", "created_at": clock.now(),
    }  # fmt: skip


def add_ready_job(session: Session, till_id: uuid.UUID, settings: PrinterSettings, data: bytes, language: str) -> None:
    """A job whose bytes are made already (a tab's kitchen ticket), written in the caller's transaction; the queue
    takes it up (`PrintQueue.pick_up`) once that commits."""
    recipe = _Recipe(replace(settings, kick_drawer=False, copies=1), language, data=data)
    row = _new_row(till_id, None, "report", recipe)
    _INSERT_JOBS.run(session.connection(), [row])


@functools.lru_cache(maxsize=64)
def _recipe_json(recipe: _Recipe) -> str:
    """A sale's recipes repeat (the same printers, language and drawer) sale after sale: made once each."""
    return recipe.to_json()


def kitchen_ticket_if_cafe(session: Session, sale_id: uuid.UUID, *, language: str) -> KitchenTicket | None:
    """The kitchen ticket of a sale at an outlet whose profile has kitchen tickets (a café by default); None for
    the others (they have no kitchen)."""
    outlet_id = session.scalar(select(Sale.outlet_id).where(Sale.id == sale_id))
    wanted = outlet_id is not None and profile_of(session, outlet_id).kitchen_tickets
    return kitchen_ticket(session, sale_id, language=language) if wanted else None


def _current_settings(kind: JobKind, recipe: _Recipe, printers: TillPrinters) -> PrinterSettings:
    """A receipt or kitchen ticket goes to the printer as it is set up now (a supervisor may have fixed a wrong
    address since); a report keeps the printer it was made for, its bytes being made for that paper."""
    own_station = kind == "kitchen" and recipe.station not in ("", KITCHEN)  # its printer as the sale found it
    current = printers.receipt if kind == "receipt" else printers.kitchen if kind == "kitchen" else None
    if own_station:
        return recipe.settings
    if current is None or current.kind not in DEVICE_KINDS:
        return recipe.settings
    return current
