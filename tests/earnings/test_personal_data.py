"""Workers' personal data: sealed in the database, opened for managers only, every view recorded in the same
transaction, exported, and erased without touching the earnings, payouts or journal."""

from __future__ import annotations

import glob
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from crash.disk_faults import failing_log_writes
from shop import Shop, act_as
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from earnings.ledger_helpers import sell
from ska_pos.db.database import WriteInReadingSession
from ska_pos.db.models import EarningEntry, JournalEntry, Payout, PersonalDataErasure, PersonalDataView, Worker
from ska_pos.services import personal_data, workers
from ska_pos.services.actor import Actor
from ska_pos.services.earnings.slip import payout_slip
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.journal_verify import verify
from ska_pos.services.payouts import record_payout
from ska_pos.services.personal_data import PersonalData
from ska_pos.services.workers import WorkerForm

NIK, PHONE, ACCOUNT = "3171234567890123", "0812-3456-7890", "0123-01-004410-53-1"
PERSONAL = PersonalData(NIK, PHONE, date(2026, 1, 5), "BRI", ACCOUNT)


@pytest.fixture
def dewi(shop: Shop, manager: Actor) -> Worker:
    with shop.db.transaction() as s:
        view = workers.add_worker(s, manager, WorkerForm("W010", "Dewi Lestari", outlet_ids=(shop.cafe.id,),
                                                         personal=PERSONAL))  # fmt: skip
    with shop.db.reading() as s:
        worker = s.get(Worker, view.id)
        assert worker is not None
        return worker


def test_the_database_holds_no_personal_value_in_clear(shop: Shop, dewi: Worker) -> None:
    database = shop.db.engine.url.database
    assert database is not None
    shop.db.dispose()  # the write-ahead log copied into the file
    raw = open(database, "rb").read()  # noqa: SIM115
    for value in (NIK, PHONE, ACCOUNT, "3456-7890"):
        assert value.encode() not in raw
    assert dewi.nik_sealed is not None
    assert dewi.nik_sealed.startswith("pd1:A256GCM:")
    assert (dewi.bank_name, dewi.bank_account_tail) == ("BRI", "0531")


def test_a_manager_reads_the_data_and_the_view_is_recorded_with_it(shop: Shop, manager: Actor, dewi: Worker) -> None:
    with shop.db.transaction() as s:
        assert personal_data.read_personal_data(s, manager, dewi.id) == PERSONAL
        # in the same transaction as the read: a read that is not recorded cannot happen
        recorded = s.scalars(select(PersonalDataView).where(PersonalDataView.worker_id == dewi.id)).all()
    assert [(v.user_id, v.till_id, v.fields, v.purpose) for v in recorded] == [
        (shop.manager.id, manager.till_id, "nik,phone,bank_account", "view")
    ]
    with shop.db.reading() as s:
        log = personal_data.view_records(s, manager, dewi.id)
    assert [(r.user_name, r.till_code, r.fields, r.purpose) for r in log] == [
        ("Agus Manajer", "T1", ("nik", "phone", "bank_account"), "view")
    ]


def test_the_record_of_a_view_goes_with_the_read_s_transaction(shop: Shop, manager: Actor, dewi: Worker) -> None:
    def read_then_fail() -> None:
        with shop.db.transaction() as s:
            personal_data.read_personal_data(s, manager, dewi.id)
            raise RuntimeError("the screen went away")

    with pytest.raises(RuntimeError):
        read_then_fail()
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PersonalDataView)) == 0


def test_personal_data_cannot_be_read_in_a_reading_session(shop: Shop, manager: Actor, dewi: Worker) -> None:
    with pytest.raises(WriteInReadingSession), shop.db.reading() as s:
        personal_data.read_personal_data(s, manager, dewi.id)  # its record must be written: a write transaction


@pytest.mark.parametrize("role", ["cashier", "supervisor"])
def test_cashiers_and_supervisors_are_refused_and_see_no_personal_data(shop: Shop, dewi: Worker, role: str) -> None:
    actor = act_as(shop, role)
    with shop.db.transaction() as s:
        for call in (
            lambda: personal_data.read_personal_data(s, actor, dewi.id),
            lambda: personal_data.export_personal_data(s, actor, dewi.id),
            lambda: personal_data.erase_personal_data(s, actor, dewi.id, "consent withdrawn"),
            lambda: personal_data.view_records(s, actor, dewi.id),
        ):
            with pytest.raises(PermissionDenied, match="Only a manager"):
                call()
        assert workers.get_worker(s, actor, dewi.id).personal is None
        assert all(view.personal is None for view in workers.list_workers(s, actor))
        assert s.scalar(select(func.count()).select_from(PersonalDataView)) == 0


def test_the_list_shows_managers_only_what_is_held_masked(shop: Shop, manager: Actor, dewi: Worker) -> None:
    with shop.db.reading() as s:
        summary = workers.get_worker(s, manager, dewi.id).personal
    assert summary is not None
    assert (summary.has_nik, summary.has_phone, summary.masked_account) == (True, True, "••••0531")
    assert NIK not in repr(summary)


def test_the_export_holds_what_the_system_knows_about_the_worker(shop: Shop, manager: Actor, dewi: Worker) -> None:
    sell(shop, [(shop.es_teh, Decimal(2), ((dewi.id, 10000),))], day=date(2026, 11, 3))
    with shop.db.transaction() as s:
        record_payout(s, manager, dewi.id, 1_000, "cash", paid_on=date(2026, 11, 10))
    with shop.db.transaction() as s:
        exported = personal_data.export_personal_data(s, manager, dewi.id)
    document = json.loads(exported.to_json())
    assert document["personal_data"] == {"nik": NIK, "phone": PHONE, "bank_name": "BRI", "bank_account": ACCOUNT,
                                         "consent_date": "2026-01-05"}  # fmt: skip
    assert document["worker"]["code"] == "W010"
    assert document["worker"]["outlets"] == ["KFE"]
    # es teh: Rp5.000 x 2, the café's 40% share
    assert document["earnings_summary"] == {"earned_total": 4_000, "paid_out_total": 1_000, "balance": 3_000,
                                            "sale_lines": 1, "first_date": "2026-11-03",
                                            "last_date": "2026-11-03", "currency": "IDR"}  # fmt: skip
    assert [v["purpose"] for v in document["views_of_personal_data"]] == ["export"]
    with shop.db.reading() as s:
        assert [v.purpose for v in personal_data.view_records(s, manager, dewi.id)] == ["export"]


def test_erasing_removes_the_data_and_keeps_earnings_payouts_and_journal(
    shop: Shop, manager: Actor, dewi: Worker
) -> None:
    sell(shop, [(shop.es_teh, Decimal(2), ((dewi.id, 10000),))], day=date(2026, 11, 3))
    with shop.db.transaction() as s:
        record_payout(s, manager, dewi.id, 1_000, "transfer", reference="TRF-1", paid_on=date(2026, 11, 10))

    def ledger() -> tuple[object, ...]:
        with shop.db.reading() as s:
            return (
                s.execute(select(EarningEntry.id, EarningEntry.amount).order_by(EarningEntry.id)).all(),
                s.execute(select(Payout.id, Payout.amount).order_by(Payout.id)).all(),
                s.execute(select(JournalEntry.id, JournalEntry.hash).order_by(JournalEntry.id)).all(),
            )

    before = ledger()
    with shop.db.transaction() as s:
        with pytest.raises(ValidationError, match="why"):
            personal_data.erase_personal_data(s, manager, dewi.id, "  ")
        erasure = personal_data.erase_personal_data(s, manager, dewi.id, "Consent withdrawn by letter")
    assert (erasure.user_name, erasure.till_code) == ("Agus Manajer", "T1")
    assert erasure.reason == "Consent withdrawn by letter"
    with shop.db.transaction() as s:
        worker = s.get(Worker, dewi.id)
        assert worker is not None
        sealed = (worker.nik_sealed, worker.phone_sealed, worker.bank_account_sealed)
        assert sealed == (None, None, None)
        assert (worker.bank_name, worker.bank_account_tail, worker.consent_date) == ("", "", None)
        assert personal_data.read_personal_data(s, manager, dewi.id) == PersonalData()
        assert [e.reason for e in personal_data.erasure_records(s, manager, dewi.id)] == ["Consent withdrawn by letter"]
        report = verify(s)
        payout_id = s.scalars(select(Payout.id).where(Payout.worker_id == dewi.id)).one()
        slip = payout_slip(s, payout_id)
    assert report.ok, list(report.lines())
    assert ledger() == before
    assert (slip.amount, slip.bank_name, slip.account_tail) == (1_000, "", "")  # the slip still prints, without them


def test_views_and_erasures_are_append_only(shop: Shop, manager: Actor, dewi: Worker) -> None:
    with shop.db.transaction() as s:
        personal_data.read_personal_data(s, manager, dewi.id)
        personal_data.erase_personal_data(s, manager, dewi.id, "consent withdrawn")
    for table in (PersonalDataView.__tablename__, PersonalDataErasure.__tablename__):
        for statement in (f"UPDATE {table} SET worker_id = worker_id", f"DELETE FROM {table}"):
            with pytest.raises(DBAPIError, match="never updated or deleted"), shop.db.transaction() as s:
                s.execute(text(statement))


def test_a_recorded_view_or_erasure_cannot_be_replaced(shop: Shop, manager: Actor, dewi: Worker) -> None:
    """SQLite's INSERT OR REPLACE deletes the row in its way without firing the DELETE trigger: a view's purpose or
    viewer could be rewritten past the append-only triggers."""
    with shop.db.transaction() as s:
        personal_data.read_personal_data(s, manager, dewi.id)
        personal_data.erase_personal_data(s, manager, dewi.id, "consent withdrawn")
    for table, column in ((PersonalDataView.__tablename__, "purpose"), (PersonalDataErasure.__tablename__, "reason")):
        columns = [row[1] for row in _raw_columns(shop, table)]
        copy = ", ".join("'rewritten'" if name == column else name for name in columns)
        with pytest.raises(DBAPIError, match="never replaced"), shop.db.transaction() as s:
            s.execute(text(f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) SELECT {copy} FROM {table}"))
        with shop.db.reading() as s:
            assert "rewritten" not in s.execute(text(f"SELECT {column} FROM {table}")).scalars().all()


def _raw_columns(shop: Shop, table: str) -> list[tuple[object, ...]]:
    with shop.db.reading() as s:
        return [tuple(row) for row in s.execute(text(f"PRAGMA table_info({table})"))]


def test_erased_values_are_gone_from_the_database_file_not_only_from_the_row(shop: Shop, manager: Actor) -> None:
    """SQLite leaves a row's old bytes in the page's free space unless `secure_delete` is on: the sealed values,
    which this computer's key still opens, would outlive the erasure in the file (and in every backup made from it
    afterwards). Debian builds SQLite with it on; the SQLite of Python's Windows and macOS installers does not, so
    the till's connections are made here as there, and the till must turn it on itself."""
    shop.db.dispose()
    event.listen(shop.db.engine, "connect", lambda connection, _record: connection.execute("PRAGMA secure_delete=OFF"),
                 insert=True)  # fmt: skip
    with shop.db.transaction() as s:
        view = workers.add_worker(s, manager, WorkerForm("W010", "Dewi Lestari", outlet_ids=(shop.cafe.id,),
                                                         personal=PERSONAL))  # fmt: skip
        worker = s.get(Worker, view.id)
        assert worker is not None
        sealed = [value.split(":")[3] for value in (worker.nik_sealed, worker.phone_sealed,
                                                    worker.bank_account_sealed) if value]  # fmt: skip
    assert len(sealed) == 3
    with shop.db.transaction() as s:
        personal_data.erase_personal_data(s, manager, view.id, "consent withdrawn")
    database = shop.db.engine.url.database
    assert database is not None
    shop.db.dispose()  # the write-ahead log copied into the file, as when the till closes
    raw = b"".join(open(path, "rb").read() for path in glob.glob(f"{database}*"))  # noqa: SIM115
    assert [value for value in sealed if value.encode() in raw] == []


def test_an_export_whose_commit_fails_leaves_no_file_behind(
    shop: Shop, manager: Actor, dewi: Worker, tmp_path: Path
) -> None:
    """The file is written inside the transaction that records the export: when that commit fails (a full disk),
    the worker's data must not stay in a file that no record of a view accounts for."""
    target = tmp_path / "dewi.json"
    with failing_log_writes(shop.db.engine, "disk full"), pytest.raises(OperationalError), shop.db.transaction() as s:
        personal_data.export_personal_data_to(s, manager, dewi.id, target)
    with shop.db.reading() as s:
        assert personal_data.view_records(s, manager, dewi.id) == []
    assert not target.exists()
    with shop.db.transaction() as s:  # the disk is back: the export is written and recorded
        personal_data.export_personal_data_to(s, manager, dewi.id, target)
    assert json.loads(target.read_text())["personal_data"]["nik"] == NIK
