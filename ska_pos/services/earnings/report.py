"""The earnings report of a period (every worker, or one), for the command line and the manager's exports."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos import clock
from ska_pos.db.models import Sentra, Worker
from ska_pos.i18n import _
from ska_pos.reports.earnings_model import EarningsReport, EarningsRow
from ska_pos.services.earnings.ledger import WorkerEarnings, worker_earnings
from ska_pos.services.earnings.ledger_check import check_ledger
from ska_pos.services.earnings.local_time import sentra_zone
from ska_pos.services.earnings.period import Period
from ska_pos.services.errors import NotFound
from ska_pos.services.export_files import write_csv, write_xlsx

COLUMNS = (
    "worker_code", "worker_name", "credited_revenue", "opening_balance", "earnings", "tips", "payouts", "balance",
)  # fmt: skip
FILE_FORMATS = ("csv", "xlsx")


def worker_id_by_code(session: Session, code: str) -> uuid.UUID:
    worker_id = session.scalar(select(Worker.id).where(Worker.code == code.strip().upper()))
    if worker_id is None:
        raise NotFound(_("Unknown worker {code}", code=code))
    return worker_id


def earnings_report(
    session: Session, period: Period, *, worker_code: str | None = None, language: str = "id",
    now: datetime | None = None,
) -> EarningsReport:  # fmt: skip
    ids = [worker_id_by_code(session, worker_code)] if worker_code else None
    rows = worker_earnings(session, period, worker_ids=ids)
    check = check_ledger(session, period, line_detail=False)
    sentra = session.scalar(select(Sentra.name).order_by(Sentra.code).limit(1))
    made = (now or clock.now()).astimezone(sentra_zone(session))
    return EarningsReport(
        sentra_name=sentra or "", period_from=period.start, period_to=period.end, generated_at=made,
        rows=tuple(report_rows(rows)), net_revenue=check.net_revenue, outlet_share=check.outlet_share,
        balanced=check.balanced, language=language,
    )  # fmt: skip


def report_rows(rows: Sequence[WorkerEarnings]) -> list[EarningsRow]:
    return [
        EarningsRow(r.worker_code, r.worker_name, r.credited_revenue, r.earnings, r.payouts, r.balance, r.tips)
        for r in rows
    ]


def write_rows(rows: Sequence[EarningsRow], fmt: str, path: Path) -> int:
    """The rows as CSV or XLSX with exactly the columns in COLUMNS; returns how many rows were written."""
    values = [
        (r.worker_code, r.worker_name, r.credited_revenue, r.opening_balance, r.earnings, r.tips, r.payouts, r.balance)
        for r in rows
    ]
    if fmt == "csv":
        return write_csv(path, COLUMNS, values)
    if fmt == "xlsx":
        return write_xlsx(path, "earnings", COLUMNS, values)
    raise ValueError(f"unknown file format {fmt!r}")
